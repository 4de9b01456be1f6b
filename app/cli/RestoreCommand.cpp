// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RestoreCommand.h"

#include "models/store/BackupRestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace ClientDesk {

QString RestoreCommand::description() const
{
    return RestoreCommand::tr("Restore a backup file into a new, empty workspace folder.");
}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(PassphraseFileOption);
}

int RestoreCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    // Never the data dir's only workspace: a restore goes into a folder named on purpose.
    if (!parser.isSet(WorkspaceOption) || parser.value(WorkspaceOption).isEmpty())
        return fail(context,
                    Error(ErrorKind::Usage,
                          RestoreCommand::tr("Name the new folder to restore into: "
                                             "restore FILE --workspace NEW-FOLDER.")));
    const QString dir = QDir(parser.value(WorkspaceOption)).absolutePath();
    // The archive is checked and unpacked before the passphrase is asked for, so a damaged
    // file or a non-empty folder costs no key derivation.
    auto staged = BackupRestore::stage(parser.positionalArguments().constFirst(), dir);
    if (!staged)
        return fail(context, staged.error());
    auto passphrase =
        readPassphrase(parser, context, PassphraseFileOption,
                       RestoreCommand::tr("Passphrase (as it was when the backup was made): "));
    if (!passphrase)
        return fail(context, passphrase.error());
    auto restored = (*staged)->finish(passphrase->view(), context.clock);
    passphrase->clear();
    if (!restored)
        return fail(context, restored.error());
    context.out << RestoreCommand::tr("Restored the backup made %1 into %2.")
                       .arg(QLocale().toString((*staged)->manifest().createdAt.toLocalTime(),
                                               QLocale::ShortFormat),
                            QDir::toNativeSeparators(dir))
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
