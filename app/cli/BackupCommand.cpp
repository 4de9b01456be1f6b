// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/BackupCommand.h"

#include "models/store/WorkspaceBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ClientDesk {

const QCommandLineOption BackupCommand::OutputOption(
    QStringLiteral("output"),
    QCoreApplication::translate("ClientDesk::BackupCommand",
                                "Write the backup to FILE (a new file, e.g. name.cdbackup)."),
    QStringLiteral("FILE"));

QString BackupCommand::description() const
{
    return BackupCommand::tr("Write an encrypted backup of the workspace to one file.");
}

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(OutputOption);
}

Result<void> BackupCommand::checkOptions(const QCommandLineParser &parser) const
{
    if (!parser.isSet(OutputOption) || parser.value(OutputOption).isEmpty())
        return Error(ErrorKind::Usage,
                     BackupCommand::tr("Name the backup file: backup --output FILE."));
    if (QFileInfo::exists(parser.value(OutputOption)))
        return Error(ErrorKind::InvalidInput,
                     BackupCommand::tr("%1 already exists. Choose a new file name for the backup.")
                         .arg(QDir::toNativeSeparators(parser.value(OutputOption))));
    return {};
}

int BackupCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                             CliContext &context)
{
    const QString file = QFileInfo(parser.value(OutputOption)).absoluteFilePath();
    auto written =
        WorkspaceBackup::write(workspace.dir(), workspace.keyRing(), file, context.clock);
    if (!written)
        return fail(context, written.error());
    context.out << BackupCommand::tr("Backup written to %1. It restores with the workspace's "
                                     "current passphrase: clientdesk-cli restore FILE --workspace "
                                     "NEW-FOLDER.")
                       .arg(QDir::toNativeSeparators(file))
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
