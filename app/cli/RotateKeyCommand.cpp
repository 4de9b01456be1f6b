// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RotateKeyCommand.h"

#include "models/crypto/RecoveryKit.h"

namespace ClientDesk {

const QCommandLineOption RotateKeyCommand::AllOption(
    QStringLiteral("all"),
    QCoreApplication::translate("ClientDesk::RotateKeyCommand",
                                "Also replace the master key and the recovery kit, so that no "
                                "earlier passphrase, recovery key or copy of the key file opens "
                                "the store. Prints the new recovery kit."));

QString RotateKeyCommand::description() const
{
    return RotateKeyCommand::tr("Re-encrypt the store under a new data key (the passphrase "
                                "stays the same).");
}

void RotateKeyCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(AllOption);
}

int RotateKeyCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                                CliContext &context)
{
    if (parser.isSet(AllOption))
        return rotateAll(workspace, parser, context);
    if (auto rotated = workspace.rotateDataKey(); !rotated)
        return fail(context, rotated.error());
    context.out << RotateKeyCommand::tr("The store was re-encrypted under a new data key. Backups "
                                        "made before keep the key they were made with.")
                << Qt::endl;
    return 0;
}

int RotateKeyCommand::rotateAll(Workspace &workspace, const QCommandLineParser &parser,
                                CliContext &context)
{
    // The new master key is wrapped under the passphrase, so it is needed once more.
    auto passphrase =
        readPassphrase(parser, context, PassphraseFileOption,
                       RotateKeyCommand::tr("Passphrase again (it protects the new master key): "));
    if (!passphrase)
        return fail(context, passphrase.error());
    auto recoveryKey = workspace.rotateAllKeys(passphrase->view(), context.kdf);
    passphrase->clear();
    if (!recoveryKey)
        return fail(context, recoveryKey.error());
    context.out << RotateKeyCommand::tr(
        "The store was re-encrypted under a new data key, and the master key was "
        "replaced: earlier recovery keys, keychain entries and copies of the key "
        "file no longer open it. Unlocking automatically is off until you turn it "
        "on again. Backups made before open only with the passphrase or recovery "
        "key of their time.")
                << Qt::endl;
    QString kit =
        RecoveryKit::text(workspace.name(), workspace.id(), context.clock.now(), *recoveryKey);
    context.out << Qt::endl << kit << Qt::endl;
    kit.fill(QLatin1Char('\0'));
    context.err << RotateKeyCommand::tr("The new recovery kit above is shown only now. Save or "
                                        "print it; the previous one no longer works.")
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
