// SPDX-License-Identifier: GPL-3.0-or-later
// A customer of the agency: who they are, how to reach and bill them, and how they are tagged.
#pragma once

#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ClientDesk {

class Client
{
public:
    // Erased: personal data is gone and the record is an anonymous placeholder that issued
    // invoices still point to (PRIVACY.md).
    enum class Status { Active, Archived, Erased };

    QString id;
    QString name;
    QString legalName;
    QString email;
    QString phone;
    QString billingAddress;
    QString taxId;
    QString notes;
    Status status = Status::Active;
    QStringList tags;
    qint64 version = 0;

    // Checks every field; the message names the field to fix, never echoes its value.
    Result<void> validate() const;

    // The stable keys stored in the database and the sync protocol.
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
};

} // namespace ClientDesk
