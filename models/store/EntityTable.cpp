// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/EntityTable.h"

#include "models/store/StoreError.h"
#include "models/store/StoreLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}
// A text value that is empty but not meant as NULL: the driver binds a null QString as SQL NULL,
// and the NOT NULL text columns want ''.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QStringLiteral("");
    return value;
}
} // namespace

EntityTable::EntityTable(QSqlDatabase database, QString table)
    : m_database(std::move(database))
    , m_table(std::move(table))
{ }

Error EntityTable::failed(const QSqlQuery &query) const
{
    return StoreError::from(query.lastError());
}

Error EntityTable::notFound() const
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::EntityTable",
                                             "It no longer exists; it may have been deleted."));
}

QStringList EntityTable::columnNames(const Values &values)
{
    QStringList names;
    for (const auto &[name, value] : values)
        names << name;
    return names;
}

QStringList EntityTable::selectColumns(const Values &values)
{
    return QStringList {QStringLiteral("id")} + columnNames(values)
        + QStringList {QStringLiteral("version")};
}

bool EntityTable::sameValue(const QVariant &stored, const QVariant &wanted)
{
    if (stored.isNull() || wanted.isNull())
        return stored.isNull() == wanted.isNull();
    if (wanted.typeId() == QMetaType::QByteArray)
        return stored.toByteArray() == wanted.toByteArray();
    if (isInteger(wanted))
        return stored.toLongLong() == wanted.toLongLong();
    return stored.toString() == wanted.toString();
}

Result<qint64> EntityTable::insert(const QString &id, const Values &values, const QString &now)
{
    const QStringList columns = QStringList {QStringLiteral("id")} + columnNames(values)
        + QStringList {QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), columns.size());
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_table, columns.join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", "))));
    query.addBindValue(id);
    for (const auto &[name, value] : values)
        query.addBindValue(bindable(value));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return failed(query);
    return query.lastInsertId().toLongLong();
}

Result<QStringList> EntityTable::update(const QString &id, const Values &values, const QString &now)
{
    auto current = row(id, columnNames(values));
    if (!current)
        return current.error();
    if (!*current)
        return notFound();
    QStringList changed;
    QStringList assignments;
    QVariantList binds;
    for (const auto &[name, value] : values) {
        if (sameValue((*current)->value(name), value))
            continue;
        changed << name;
        assignments << name + QStringLiteral(" = ?");
        binds << bindable(value);
    }
    if (changed.isEmpty())
        return changed;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE %1 SET %2, updated_at = ? WHERE id = ?")
                      .arg(m_table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    return changed;
}

Result<void> EntityTable::tombstone(const QString &id, const QString &now)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ? "
                                 "WHERE id = ? AND deleted_at IS NULL")
                      .arg(m_table));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    if (query.numRowsAffected() != 1)
        return notFound();
    return {};
}

Result<std::optional<QSqlRecord>> EntityTable::row(const QString &id,
                                                   const QStringList &columns) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted_at IS NULL")
                      .arg(columns.join(QStringLiteral(", ")), m_table));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return std::optional<QSqlRecord>();
    return std::optional<QSqlRecord>(query.record());
}

Result<EntityTable::Identity> EntityTable::identity(const QString &id) const
{
    auto found = row(id, {QStringLiteral("rowid"), QStringLiteral("version")});
    if (!found)
        return found.error();
    if (!*found)
        return notFound();
    return Identity {(*found)->value(0).toLongLong(), (*found)->value(1).toLongLong()};
}

} // namespace ClientDesk
