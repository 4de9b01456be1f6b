// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ResetPassphraseCommand.h"

#include "models/store/Workspace.h"

#include <QCoreApplication>

namespace ClientDesk {

QString ResetPassphraseCommand::description() const
{
    return QCoreApplication::translate("ClientDesk::ResetPassphraseCommand",
                                       "Set a new passphrase with the recovery key.");
}

void ResetPassphraseCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(NewPassphraseFileOption);
}

int ResetPassphraseCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                                      CliContext &context)
{
    auto passphrase = readNewPassphrase(parser, context, NewPassphraseFileOption);
    if (!passphrase)
        return fail(context, passphrase.error());
    auto changed = workspace.changePassphrase(passphrase->view(), context.kdf);
    passphrase->clear();
    if (!changed)
        return fail(context, changed.error());
    context.out << QCoreApplication::translate(
        "ClientDesk::ResetPassphraseCommand",
        "The passphrase was reset. The recovery key keeps working; to replace it, "
        "run `clientdesk-cli recovery-kit new`.")
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
