// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ChangePassphraseCommand.h"

#include "models/store/Workspace.h"

#include <QCoreApplication>

namespace ClientDesk {

QString ChangePassphraseCommand::description() const
{
    return QCoreApplication::translate("ClientDesk::ChangePassphraseCommand",
                                       "Change the passphrase; the store is not re-encrypted.");
}

void ChangePassphraseCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(NewPassphraseFileOption);
}

int ChangePassphraseCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                                       CliContext &context)
{
    auto passphrase = readNewPassphrase(parser, context, NewPassphraseFileOption);
    if (!passphrase)
        return fail(context, passphrase.error());
    auto changed = workspace.changePassphrase(passphrase->view(), context.kdf);
    passphrase->clear();
    if (!changed)
        return fail(context, changed.error());
    context.out << doneMessage() << Qt::endl;
    return 0;
}

QString ChangePassphraseCommand::doneMessage() const
{
    return QCoreApplication::translate("ClientDesk::ChangePassphraseCommand",
                                       "The passphrase was changed.");
}

} // namespace ClientDesk
