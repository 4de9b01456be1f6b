// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UnlockCommand.h"

#include "models/store/Workspace.h"

#include <QCoreApplication>

namespace ClientDesk {

const QCommandLineOption UnlockCommand::CheckOption(
    QStringLiteral("check"),
    QCoreApplication::translate("ClientDesk::UnlockCommand",
                                "Only check that the passphrase opens the store."));

QString UnlockCommand::description() const
{
    return QCoreApplication::translate("ClientDesk::UnlockCommand",
                                       "Check that the passphrase opens the workspace.");
}

void UnlockCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(CheckOption);
}

int UnlockCommand::executeOn(Workspace &, const QCommandLineParser &parser, CliContext &context)
{
    // Opening the store is the check; there is no unlocked state to keep between commands.
    if (!parser.isSet(CheckOption))
        return fail(
            context,
            Error(ErrorKind::Usage,
                  QCoreApplication::translate("ClientDesk::UnlockCommand",
                                              "The command line has no lasting unlocked state; "
                                              "use `unlock --check`.")));
    context.out << QCoreApplication::translate("ClientDesk::UnlockCommand",
                                               "The passphrase opens this workspace.")
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
