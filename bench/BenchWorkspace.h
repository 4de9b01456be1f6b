// SPDX-License-Identifier: GPL-3.0-or-later
// The workspaces benchmarks run on: made by Workspace::create with the interactive KDF (so
// unlocking costs what it costs a user) and a passphrase every benchmark process knows.
#pragma once

#include "models/domain/Clock.h"
#include "models/store/Workspace.h"

#include <QByteArray>

#include <memory>

namespace ClientDesk {

class BenchWorkspace
{
public:
    // Not a secret: bench workspaces hold generated demo data only.
    static inline const QByteArray Passphrase = QByteArrayLiteral("clientdesk-bench");

    // Creates a workspace in an empty or missing folder and keeps it open.
    static Result<std::unique_ptr<Workspace>> create(const QString &dir, const Clock &clock);
    // Workspace::unlock with Passphrase: the scrypt step, timed by the open benchmark.
    static Result<KeyRing> unlock(const QString &dir);
    // Unlocks and opens, for benchmarks that do not time these steps; refuses a data set made
    // by an older schema (see openCurrent).
    static Result<std::unique_ptr<Workspace>> open(const QString &dir, const Clock &clock);
    // Opens without migrating and refuses a store whose schema is older than the code's: opening
    // it for real would migrate it (copying the store to backups/ first) and time that instead.
    static Result<std::unique_ptr<Workspace>> openCurrent(const QString &dir, const KeyRing &keys,
                                                          const Clock &clock);
};

} // namespace ClientDesk
