// SPDX-License-Identifier: GPL-3.0-or-later
// A piece of work for a client, from lead to done, with an optional budget and dates.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ClientDesk {

class Project
{
public:
    enum class Status { Lead, Active, OnHold, Done };

    QString id;
    QString clientId;
    QString name;
    Status status = Status::Lead;
    std::optional<Money> budget;
    QDate startDate;
    QDate dueDate;
    qint64 version = 0;

    // Checks every field; the message names the field to fix, never echoes its value.
    Result<void> validate() const;

    // The stable keys stored in the database and the sync protocol.
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
};

} // namespace ClientDesk
