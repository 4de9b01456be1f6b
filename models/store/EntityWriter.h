// SPDX-License-Identifier: GPL-3.0-or-later
// Creates, updates and tombstones rows of one synced entity with their search document, and
// names the Change each write makes, so repositories stay declarative.
#pragma once

#include "models/domain/Result.h"
#include "models/store/Change.h"
#include "models/store/EntityTable.h"
#include "models/store/SearchIndex.h"

#include <optional>

namespace ClientDesk {

class Store;

class EntityWriter
{
public:
    // What the search index holds for a row; entities that are not searched pass none.
    struct SearchDocument
    {
        QString title;
        QString body;
    };

    EntityWriter(Store &store, QString entity, std::optional<SearchIndex::Kind> searchKind = {});

    // Each runs inside the caller's transaction and returns the Change to record
    // (std::nullopt when an update changed nothing).
    Result<Change> insert(const QString &id, const EntityTable::Values &values,
                          const std::optional<SearchDocument> &document = {});
    Result<std::optional<Change>> update(const QString &id, const EntityTable::Values &values,
                                         const std::optional<SearchDocument> &document = {});
    Result<Change> tombstone(const QString &id);

    // One write in a transaction of its own, with its audit and outbox entries.
    Result<void> create(const QString &id, const EntityTable::Values &values,
                        const std::optional<SearchDocument> &document = {});
    Result<void> change(const QString &id, const EntityTable::Values &values,
                        const std::optional<SearchDocument> &document = {});
    Result<void> remove(const QString &id);

private:
    Store &m_store;
    QString m_entity;
    std::optional<SearchIndex::Kind> m_searchKind;
};

} // namespace ClientDesk
