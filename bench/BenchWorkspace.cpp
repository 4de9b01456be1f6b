// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchWorkspace.h"

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
    return Workspace::open(dir, std::move(keys.value()), clock);
}

} // namespace ClientDesk
