// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/RecoveryKitCommand.h"

#include "app/AppLog.h"
#include "models/crypto/RecoveryKit.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace ClientDesk {

const QCommandLineOption RecoveryKitCommand::OutputOption(
    QStringLiteral("output"),
    QCoreApplication::translate("ClientDesk::RecoveryKitCommand",
                                "Save the new kit to FILE instead of printing it."),
    QStringLiteral("FILE"));

QString RecoveryKitCommand::description() const
{
    return QCoreApplication::translate("ClientDesk::RecoveryKitCommand",
                                       "Make a new recovery kit; the old recovery key stops "
                                       "working.");
}

void RecoveryKitCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(OutputOption);
}

int RecoveryKitCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                                  CliContext &context)
{
    auto key = workspace.regenerateRecoveryKey(context.kdf);
    if (!key)
        return fail(context, key.error());
    qCInfo(lcApp) << "new recovery kit made";
    QString kit = RecoveryKit::text(workspace.name(), workspace.id(), context.clock.now(), *key);
    if (parser.isSet(OutputOption)) {
        const QString path = parser.value(OutputOption);
        auto saved = RecoveryKit::save(path, kit);
        kit.fill(QLatin1Char('\0'));
        if (!saved) {
            // The new key is in force, so it must not be lost: print it after all.
            context.err << saved.error().message() << Qt::endl
                        << QCoreApplication::translate(
                               "ClientDesk::RecoveryKitCommand",
                               "The new recovery key is already in force; it is printed "
                               "below instead. Keep it safe.")
                        << Qt::endl;
            context.out << key->formatted() << Qt::endl;
            return saved.error().exitCode();
        }
        context.out << QCoreApplication::translate("ClientDesk::RecoveryKitCommand",
                                                   "Saved the new recovery kit to %1. The old "
                                                   "recovery key no longer works.")
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
        return 0;
    }
    context.out << kit << Qt::endl;
    kit.fill(QLatin1Char('\0'));
    context.err << QCoreApplication::translate("ClientDesk::RecoveryKitCommand",
                                               "The old recovery key no longer works.")
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
