// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/WorkspaceSettings.h"

#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
Error settingsError(const QSqlQuery &query)
{
    return StoreError::from(query.lastError());
}
} // namespace

WorkspaceSettings::WorkspaceSettings(Store &store)
    : m_store(store)
{ }

Result<std::optional<QString>> WorkspaceSettings::value(const QString &key) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return settingsError(query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<void> WorkspaceSettings::setValue(const QString &key, const QString &value)
{
    Change change;
    change.operation = Change::Operation::Update;
    change.entity = QStringLiteral("setting");
    change.entityId = key;
    change.fields = {QStringLiteral("value")};
    return m_store.write(change, [&]() -> Result<void> {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return settingsError(query);
        return {};
    });
}

} // namespace ClientDesk
