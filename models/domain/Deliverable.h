// SPDX-License-Identifier: GPL-3.0-or-later
// Something a project promises to hand over, with its due date and when it was done.
#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ClientDesk {

class Deliverable
{
public:
    enum class Status { Open, InProgress, Done };

    QString id;
    QString projectId;
    QString title;
    Status status = Status::Open;
    QDate dueDate;
    // Set only while the status is Done; reopening a deliverable clears it.
    QDate doneDate;
    qint64 version = 0;

    // Checks every field; the message names the field to fix, never echoes its value.
    Result<void> validate() const;

    // The stable keys stored in the database and the sync protocol.
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
};

} // namespace ClientDesk
