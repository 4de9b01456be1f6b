// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Migrations.h"

namespace ClientDesk {

namespace {
// Version 1: the workspace, its members, local settings, the audit log and the sync outbox.
// SQLite 3.15 (SQLCipher 3.4): later migrations rebuild tables the 12-step way, never
// RENAME/DROP COLUMN.
Migrations::Migration foundation()
{
    return {1,
            QStringLiteral("foundation"),
            {
                QStringLiteral("CREATE TABLE workspace ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " name TEXT NOT NULL,"
                               " region TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " version INTEGER NOT NULL DEFAULT 0,"
                               " updated_at TEXT NOT NULL,"
                               " deleted_at TEXT)"),
                QStringLiteral("CREATE TABLE member ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " workspace_id TEXT NOT NULL REFERENCES workspace(id),"
                               " email TEXT NOT NULL,"
                               " display_name TEXT NOT NULL,"
                               " role TEXT NOT NULL CHECK (role IN"
                               "  ('owner', 'admin', 'staff', 'viewer')),"
                               " version INTEGER NOT NULL DEFAULT 0,"
                               " updated_at TEXT NOT NULL,"
                               " deleted_at TEXT)"),
                QStringLiteral("CREATE TABLE settings ("
                               " key TEXT PRIMARY KEY NOT NULL,"
                               " value TEXT)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " seq INTEGER PRIMARY KEY NOT NULL,"
                               " at TEXT NOT NULL,"
                               " member_id TEXT NOT NULL,"
                               " device_id TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " entity TEXT NOT NULL,"
                               " entity_id TEXT NOT NULL,"
                               " fields TEXT NOT NULL,"
                               " prev_hash BLOB NOT NULL,"
                               " hash BLOB NOT NULL)"),
                QStringLiteral("CREATE TABLE outbox ("
                               " mutation_id TEXT PRIMARY KEY NOT NULL,"
                               " entity TEXT NOT NULL,"
                               " entity_id TEXT NOT NULL,"
                               " op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),"
                               " changed_fields TEXT NOT NULL,"
                               " base_version INTEGER NOT NULL,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX outbox_created ON outbox (created_at)"),
            }};
}
} // namespace

const QList<Migrations::Migration> &Migrations::all()
{
    static const QList<Migration> migrations {foundation()};
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace ClientDesk
