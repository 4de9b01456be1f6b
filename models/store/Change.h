// SPDX-License-Identifier: GPL-3.0-or-later
// One mutation of the store as the audit log and outbox record it: what changed, never the values.
#pragma once

#include <QString>
#include <QStringList>

namespace ClientDesk {

class Change
{
public:
    enum class Operation { Create, Update, Delete };

    Operation operation = Operation::Update;
    QString entity;
    QString entityId;
    // Names of the fields touched; their values stay out of the audit log.
    QStringList fields;
    // Synced entities also get an outbox entry for the sync engine.
    bool synced = false;
    qint64 baseVersion = 0;

    static QString operationName(Operation operation);
};

} // namespace ClientDesk
