// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/UnlockCommand.h"

#include "models/store/StoreError.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

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

Result<void> UnlockCommand::checkOptions(const QCommandLineParser &parser) const
{
    // There is no lasting unlocked state between commands; opening the store is the check.
    if (!parser.isSet(CheckOption))
        return Error(ErrorKind::Usage,
                     QCoreApplication::translate("ClientDesk::UnlockCommand",
                                                 "The command line keeps no unlocked state; use "
                                                 "`unlock --check`."));
    return {};
}

int UnlockCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                             CliContext &context)
{
    // Reading every page proves the whole store decrypts, not just the pages opening touched.
    QSqlQuery query(workspace.store().database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return fail(context, StoreError::from(query.lastError()));
    if (query.value(0).toString() != QLatin1String("ok"))
        return fail(
            context,
            Error(ErrorKind::InvalidInput,
                  QCoreApplication::translate("ClientDesk::UnlockCommand",
                                              "The passphrase is right, but the store is damaged. "
                                              "Restore it from a backup.")));
    context.out << (parser.isSet(RecoveryKeyFileOption)
                        ? QCoreApplication::translate("ClientDesk::UnlockCommand",
                                                      "The recovery key opens this workspace.")
                        : QCoreApplication::translate("ClientDesk::UnlockCommand",
                                                      "The passphrase opens this workspace."))
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
