// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and writes one synced entity table by id, and tells which columns a write changed.
#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ClientDesk {

class EntityTable
{
public:
    // Column name and value, in the order the table lists them. Names are the repository's
    // own constants, never user input, so they may be spliced into SQL.
    using Values = QList<std::pair<QString, QVariant>>;

    EntityTable(QSqlDatabase database, QString table);

    // Inserts a new row; returns its rowid (the search index keys documents by it).
    Result<qint64> insert(const QString &id, const Values &values, const QString &now);
    // Writes only the columns whose value differs; returns their names (empty: nothing changed).
    // NotFound-style InvalidInput when the row is missing or tombstoned.
    Result<QStringList> update(const QString &id, const Values &values, const QString &now);
    // Marks the row deleted (a tombstone the sync engine sends on).
    Result<void> tombstone(const QString &id, const QString &now);
    // The live row's columns, or std::nullopt when there is none.
    Result<std::optional<QSqlRecord>> row(const QString &id, const QStringList &columns) const;
    // What a write needs to know of a live row, in one read: its rowid (which keys its search
    // document) and its version (the base version of the change).
    struct Identity
    {
        qint64 rowid = 0;
        qint64 version = 0;
    };
    Result<Identity> identity(const QString &id) const;

    static QStringList columnNames(const Values &values);
    // id, the value columns and version: what a repository reads back into an entity.
    static QStringList selectColumns(const Values &values);
    static bool sameValue(const QVariant &stored, const QVariant &wanted);

private:
    Error failed(const QSqlQuery &query) const;
    Error notFound() const;

    QSqlDatabase m_database;
    QString m_table;
};

} // namespace ClientDesk
