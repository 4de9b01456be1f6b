// SPDX-License-Identifier: GPL-3.0-or-later
// Brings a store's schema up to date, one numbered migration per transaction.
#pragma once

#include "models/domain/Result.h"
#include "models/store/Migrations.h"

namespace ClientDesk {

class Store;

class Migrator
{
public:
    explicit Migrator(QList<Migrations::Migration> migrations = Migrations::all());

    int latestVersion() const;
    // NewerStore when the store was written by a newer ClientDesk; nothing is changed then.
    Result<void> checkSupported(int storeVersion) const;
    // Applies each missing migration in its own transaction with its user_version bump.
    // Taking a copy of the closed store first is the caller's job (Workspace does it).
    Result<void> migrate(Store &store) const;

private:
    QList<Migrations::Migration> m_migrations;
};

} // namespace ClientDesk
