// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Outbox.h"

#include "models/store/StoreError.h"
#include "models/store/StoreLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ClientDesk {

namespace {
Error queryFailed(const QSqlQuery &query)
{
    return StoreError::from(query.lastError());
}
} // namespace

Outbox::Outbox(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<void> Outbox::append(const Change &change, const QDateTime &at)
{
    QSqlQuery insert(m_database);
    insert.prepare(
        QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, op, changed_fields, "
                       "base_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    insert.addBindValue(change.entity);
    insert.addBindValue(change.entityId);
    insert.addBindValue(Change::operationName(change.operation));
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(change.fields)).toJson(QJsonDocument::Compact)));
    insert.addBindValue(change.baseVersion);
    insert.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return queryFailed(insert);
    return {};
}

} // namespace ClientDesk
