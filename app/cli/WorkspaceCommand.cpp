// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>
#include <QDir>

namespace ClientDesk {

void WorkspaceCommand::addOptions(QCommandLineParser &parser) const
{
    if (unlockWith() != Unlock::RecoveryKey)
        parser.addOption(PassphraseFileOption);
    if (unlockWith() != Unlock::Passphrase)
        parser.addOption(RecoveryKeyFileOption);
}

Result<KeyRing> WorkspaceCommand::unlock(const QString &dir, const QCommandLineParser &parser,
                                         CliContext &context) const
{
    const bool recovery = unlockWith() == Unlock::RecoveryKey
        || (unlockWith() == Unlock::PassphraseOrRecoveryKey && parser.isSet(RecoveryKeyFileOption));
    if (recovery) {
        auto recoveryKey = readRecoveryKey(parser, context);
        if (!recoveryKey)
            return recoveryKey.error();
        return Workspace::unlockWithRecoveryKey(dir, *recoveryKey);
    }
    auto passphrase =
        readPassphrase(parser, context, PassphraseFileOption,
                       QCoreApplication::translate("ClientDesk::WorkspaceCommand", "Passphrase: "));
    if (!passphrase)
        return passphrase.error();
    auto keys = Workspace::unlock(dir, passphrase->view());
    passphrase->clear();
    return keys;
}

Result<void> WorkspaceCommand::checkOptions(const QCommandLineParser &) const
{
    return {};
}

int WorkspaceCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    if (auto checked = checkOptions(parser); !checked)
        return fail(context, checked.error());
    auto dir = workspaceDir(parser, context);
    if (!dir)
        return fail(context, dir.error());
    if (!Workspace::exists(*dir))
        return fail(context,
                    Error(ErrorKind::InvalidInput,
                          QCoreApplication::translate("ClientDesk::WorkspaceCommand",
                                                      "%1 is not a ClientDesk workspace (it has "
                                                      "no keyfile.json).")
                              .arg(QDir::toNativeSeparators(*dir))));
    auto keys = unlock(*dir, parser, context);
    if (!keys)
        return fail(context, keys.error());
    auto workspace =
        Workspace::open(*dir, std::move(keys.value()), context.clock, Migrator(), migration());
    if (!workspace)
        return fail(context, workspace.error());
    return executeOn(**workspace, parser, context);
}

} // namespace ClientDesk
