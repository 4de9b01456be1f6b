// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchWorkspace.h"

#include "models/store/Migrator.h"

namespace ClientDesk {

Result<std::unique_ptr<Workspace>> BenchWorkspace::create(const QString &dir, const Clock &clock)
{
    WorkspaceSetup setup;
    setup.workspaceName = QStringLiteral("Benchmark Agency");
    setup.region = Region::EuEea;
    setup.ownerName = QStringLiteral("Bea Bench");
    setup.ownerEmail = QStringLiteral("bea.bench@example-agency.test");
    return Workspace::create(dir, setup, Passphrase, clock, ScryptKdf::Params::interactive());
}

Result<KeyRing> BenchWorkspace::unlock(const QString &dir)
{
    if (!Workspace::exists(dir))
        return Error(ErrorKind::InvalidInput,
                     QStringLiteral("%1 holds no workspace; make one with "
                                    "`clientdesk-bench generate --workspace %1`.")
                         .arg(dir));
    return Workspace::unlock(dir, Passphrase);
}

Result<std::unique_ptr<Workspace>> BenchWorkspace::open(const QString &dir, const Clock &clock)
{
    auto keys = unlock(dir);
    if (!keys)
        return keys.error();
    return openCurrent(dir, *keys, clock);
}

Result<std::unique_ptr<Workspace>>
BenchWorkspace::openCurrent(const QString &dir, const KeyRing &keys, const Clock &clock)
{
    const Migrator migrator;
    auto workspace =
        Workspace::open(dir, keys.clone(), clock, migrator, Workspace::Migration::Skip);
    if (!workspace)
        return workspace.error();
    auto version = (*workspace)->store().schemaVersion();
    if (!version)
        return version.error();
    if (*version < migrator.latestVersion())
        return Error(ErrorKind::InvalidInput,
                     QStringLiteral("The data set in %1 has schema %2, the code %3: make it again "
                                    "(bench/run does when the schema changed).")
                         .arg(dir)
                         .arg(*version)
                         .arg(migrator.latestVersion()));
    return workspace;
}

} // namespace ClientDesk
