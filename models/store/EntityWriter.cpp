// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/EntityWriter.h"

#include "models/store/RepositorySupport.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
// Adds `delta` to a listed table's live-row count (list_counts, schema 3); other tables have none.
Result<void> adjustCount(Store &store, const QString &entity, int delta)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("UPDATE list_counts SET live = live + ? WHERE name = ?"));
    query.addBindValue(delta);
    query.addBindValue(entity);
    if (!query.exec())
        return StoreError::from(query.lastError());
    return {};
}
} // namespace

EntityWriter::EntityWriter(Store &store, QString entity,
                           std::optional<SearchIndex::Kind> searchKind)
    : m_store(store)
    , m_entity(std::move(entity))
    , m_searchKind(searchKind)
{ }

Result<Change> EntityWriter::insert(const QString &id, const EntityTable::Values &values,
                                    const std::optional<SearchDocument> &document)
{
    auto rowid = EntityTable(m_store.database(), m_entity)
                     .insert(id, values, RepositorySupport::now(m_store));
    if (!rowid)
        return rowid.error();
    if (auto counted = adjustCount(m_store, m_entity, +1); !counted)
        return counted.error();
    if (m_searchKind && document) {
        auto indexed = SearchIndex(m_store.database())
                           .put(*m_searchKind, *rowid, document->title, document->body);
        if (!indexed)
            return indexed.error();
    }
    return RepositorySupport::change(Change::Operation::Create, m_entity, id,
                                     EntityTable::columnNames(values), 0);
}

Result<std::optional<Change>> EntityWriter::update(const QString &id,
                                                   const EntityTable::Values &values,
                                                   const std::optional<SearchDocument> &document)
{
    EntityTable table(m_store.database(), m_entity);
    auto row = table.identity(id);
    if (!row)
        return row.error();
    auto changed = table.update(id, values, RepositorySupport::now(m_store));
    if (!changed)
        return changed.error();
    if (changed->isEmpty())
        return std::optional<Change>();
    if (m_searchKind && document) {
        auto indexed = SearchIndex(m_store.database())
                           .put(*m_searchKind, row->rowid, document->title, document->body);
        if (!indexed)
            return indexed.error();
    }
    return std::optional<Change>(
        RepositorySupport::change(Change::Operation::Update, m_entity, id, *changed, row->version));
}

Result<Change> EntityWriter::tombstone(const QString &id)
{
    EntityTable table(m_store.database(), m_entity);
    auto row = table.identity(id);
    if (!row)
        return row.error();
    if (auto done = table.tombstone(id, RepositorySupport::now(m_store)); !done)
        return done.error();
    if (auto counted = adjustCount(m_store, m_entity, -1); !counted)
        return counted.error();
    if (m_searchKind) {
        auto removed = SearchIndex(m_store.database()).remove(*m_searchKind, row->rowid);
        if (!removed)
            return removed.error();
    }
    return RepositorySupport::change(Change::Operation::Delete, m_entity, id, {}, row->version);
}

Result<void> EntityWriter::create(const QString &id, const EntityTable::Values &values,
                                  const std::optional<SearchDocument> &document)
{
    return m_store.writeChanges([&]() -> Result<QList<Change>> {
        auto change = insert(id, values, document);
        if (!change)
            return change.error();
        return QList<Change> {*change};
    });
}

Result<void> EntityWriter::change(const QString &id, const EntityTable::Values &values,
                                  const std::optional<SearchDocument> &document)
{
    return m_store.writeChanges([&]() -> Result<QList<Change>> {
        auto change = update(id, values, document);
        if (!change)
            return change.error();
        return *change ? QList<Change> {**change} : QList<Change>();
    });
}

Result<void> EntityWriter::remove(const QString &id)
{
    return m_store.writeChanges([&]() -> Result<QList<Change>> {
        auto change = tombstone(id);
        if (!change)
            return change.error();
        return QList<Change> {*change};
    });
}

} // namespace ClientDesk
