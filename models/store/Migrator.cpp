// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Migrator.h"

#include "models/store/Store.h"
#include "models/store/StoreLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

Migrator::Migrator(QList<Migrations::Migration> migrations)
    : m_migrations(std::move(migrations))
{ }

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<void> Migrator::checkSupported(int storeVersion) const
{
    if (storeVersion > latestVersion())
        return Error(ErrorKind::NewerStore,
                     QCoreApplication::translate("ClientDesk::Migrator",
                                                 "This workspace was saved by a newer version of "
                                                 "ClientDesk (schema %1; this version knows up to "
                                                 "%2). Update ClientDesk to open it; the store "
                                                 "was not changed.")
                         .arg(storeVersion)
                         .arg(latestVersion()));
    return {};
}

Result<void> Migrator::migrate(Store &store) const
{
    auto current = store.schemaVersion();
    if (!current)
        return current.error();
    if (auto supported = checkSupported(*current); !supported)
        return supported;
    for (const Migrations::Migration &migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        auto applied = store.transaction([&]() -> Result<void> {
            QSqlQuery query(store.database());
            QStringList statements = migration.statements;
            statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
            for (const QString &statement : std::as_const(statements)) {
                if (!query.exec(statement)) {
                    qCWarning(lcStore) << "migration" << migration.version << "failed, code"
                                       << query.lastError().nativeErrorCode();
                    return Error(ErrorKind::Io,
                                 QCoreApplication::translate(
                                     "ClientDesk::Migrator",
                                     "Updating the store to schema %1 failed. Nothing was "
                                     "changed.")
                                     .arg(migration.version));
                }
            }
            return {};
        });
        if (!applied)
            return applied;
        qCInfo(lcStore) << "store migrated to schema" << migration.version;
    }
    return {};
}

} // namespace ClientDesk
