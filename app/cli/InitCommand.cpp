// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InitCommand.h"

#include "models/crypto/RecoveryKit.h"
#include "models/domain/WorkspaceSetup.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ClientDesk {

namespace {
// Names and emails are personal data, so they come from a file or the terminal, not argv.
Result<WorkspaceSetup> setupFromProfile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Io,
            InitCommand::tr("Could not read the profile file: %1").arg(file.errorString()));
    const QJsonObject profile = QJsonDocument::fromJson(file.read(1 << 20)).object();
    if (profile.isEmpty())
        return Error(
            ErrorKind::InvalidInput,
            InitCommand::tr("The profile file must be a JSON object with workspaceName, ownerName "
                            "and ownerEmail."));
    WorkspaceSetup setup;
    setup.workspaceName = profile.value(QStringLiteral("workspaceName")).toString();
    setup.ownerName = profile.value(QStringLiteral("ownerName")).toString();
    setup.ownerEmail = profile.value(QStringLiteral("ownerEmail")).toString();
    return setup;
}

Result<WorkspaceSetup> setupFromTerminal(CliContext &context)
{
    if (!context.prompt.interactive())
        return Error(
            ErrorKind::Usage,
            InitCommand::tr("No terminal to ask for the workspace details: pass --profile FILE."));
    WorkspaceSetup setup;
    setup.workspaceName =
        context.prompt.ask(InitCommand::tr("Workspace name: "), false).value_or(QString());
    setup.ownerName = context.prompt.ask(InitCommand::tr("Your name: "), false).value_or(QString());
    setup.ownerEmail =
        context.prompt.ask(InitCommand::tr("Your email: "), false).value_or(QString());
    return setup;
}
} // namespace

const QCommandLineOption InitCommand::ProfileOption(
    QStringLiteral("profile"),
    QCoreApplication::translate("ClientDesk::InitCommand",
                                "JSON file with workspaceName, ownerName, ownerEmail."),
    QStringLiteral("FILE"));
const QCommandLineOption InitCommand::RegionOption(
    QStringLiteral("region"),
    QCoreApplication::translate("ClientDesk::InitCommand",
                                "Where the agency operates: eu, uk, ch or other."),
    QStringLiteral("REGION"), QStringLiteral("eu"));

QString InitCommand::description() const
{
    return InitCommand::tr("Create a workspace: its encrypted store, keys and owner.");
}

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(ProfileOption);
    parser.addOption(RegionOption);
    parser.addOption(PassphraseFileOption);
}

int InitCommand::execute(const QCommandLineParser &parser, CliContext &context)
{
    const auto region = Region::fromKey(parser.value(RegionOption));
    if (!region)
        return fail(
            context,
            Error(ErrorKind::Usage, InitCommand::tr("Unknown region; use eu, uk, ch or other.")));
    auto setup = parser.isSet(ProfileOption) ? setupFromProfile(parser.value(ProfileOption))
                                             : setupFromTerminal(context);
    if (!setup)
        return fail(context, setup.error());
    setup->region = *region;
    setup->workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto valid = setup->validate(); !valid)
        return fail(context, valid.error());

    const QString dir = parser.isSet(WorkspaceOption)
        ? QDir(parser.value(WorkspaceOption)).absolutePath()
        : context.paths.workspaceDir(setup->workspaceId);
    if (Workspace::exists(dir))
        return fail(context,
                    Error(ErrorKind::InvalidInput,
                          InitCommand::tr("%1 already holds a workspace.")
                              .arg(QDir::toNativeSeparators(dir))));
    auto passphrase = readNewPassphrase(parser, context, PassphraseFileOption);
    if (!passphrase)
        return fail(context, passphrase.error());
    auto workspace = Workspace::create(dir, *setup, passphrase->view(), context.clock, context.kdf);
    passphrase->clear();
    if (!workspace)
        return fail(context, workspace.error());
    context.out << InitCommand::tr("Created the workspace in %1").arg(QDir::toNativeSeparators(dir))
                << Qt::endl;
    context.out << InitCommand::tr("Workspace id: %1").arg((*workspace)->id()) << Qt::endl;
    // Shown this once and kept nowhere: printing it is how the person gets their kit.
    const auto recoveryKey = (*workspace)->takeRecoveryKey();
    QString kit = RecoveryKit::text((*workspace)->name(), (*workspace)->id(), context.clock.now(),
                                    *recoveryKey);
    context.out << Qt::endl << kit << Qt::endl;
    kit.fill(QLatin1Char('\0'));
    context.err << InitCommand::tr("The recovery kit above is shown only now. Save or print it "
                                   "before you close this terminal.")
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
