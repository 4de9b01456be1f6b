// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Command.h"

#include "app/AppLog.h"
#include "models/crypto/Passphrase.h"
#include "models/crypto/PassphraseStrength.h"
#include "models/crypto/RecoveryKit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ClientDesk {

namespace {
Result<SecretBytes> readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     Command::tr("Could not read the passphrase file: %1").arg(file.errorString()));
    constexpr qint64 MaxSize = 64 * 1024;
    QByteArray contents = file.read(MaxSize);
    SecretBytes passphrase = Passphrase::fromFileContents(contents);
    if (passphrase.isEmpty())
        return Error(ErrorKind::InvalidInput, Command::tr("The passphrase file is empty."));
    return passphrase;
}
} // namespace

const QCommandLineOption Command::WorkspaceOption(
    QStringLiteral("workspace"),
    QCoreApplication::translate("ClientDesk::Command", "The workspace folder."),
    QStringLiteral("DIR"));
const QCommandLineOption Command::PassphraseFileOption(
    QStringLiteral("passphrase-file"),
    QCoreApplication::translate("ClientDesk::Command",
                                "Read the passphrase from the first line of FILE."),
    QStringLiteral("FILE"));
const QCommandLineOption Command::NewPassphraseFileOption(
    QStringLiteral("new-passphrase-file"),
    QCoreApplication::translate("ClientDesk::Command",
                                "Read the new passphrase from the first line of FILE."),
    QStringLiteral("FILE"));

const QCommandLineOption Command::RecoveryKeyFileOption(
    QStringLiteral("recovery-key-file"),
    QCoreApplication::translate("ClientDesk::Command",
                                "Read the recovery key from FILE (the saved recovery kit)."),
    QStringLiteral("FILE"));

void Command::addOptions(QCommandLineParser &) const { }

Result<QString> Command::workspaceDir(const QCommandLineParser &parser, CliContext &context)
{
    if (parser.isSet(WorkspaceOption))
        return QDir(parser.value(WorkspaceOption)).absolutePath();
    const QStringList found = context.paths.existingWorkspaces();
    if (found.size() == 1)
        return found.constFirst();
    if (found.isEmpty())
        return Error(
            ErrorKind::Usage,
            Command::tr("No workspace found. Create one with `clientdesk-cli init`, or name one "
                        "with --workspace DIR."));
    return Error(ErrorKind::Usage,
                 Command::tr("There are several workspaces; choose one with --workspace DIR."));
}

Result<SecretBytes> Command::readPassphrase(const QCommandLineParser &parser, CliContext &context,
                                            const QCommandLineOption &fileOption,
                                            const QString &prompt)
{
    if (parser.isSet(fileOption))
        return readSecretFile(parser.value(fileOption));
    if (!context.prompt.interactive())
        return Error(ErrorKind::Usage,
                     Command::tr("No terminal to ask for the passphrase: pass --%1 FILE.")
                         .arg(fileOption.names().constFirst()));
    auto typed = context.prompt.ask(prompt, true);
    if (!typed || typed->isEmpty())
        return Error(ErrorKind::InvalidInput, Command::tr("No passphrase was entered."));
    SecretBytes passphrase = Passphrase::encode(*typed);
    typed->fill(QLatin1Char('\0'));
    return passphrase;
}

Result<SecretBytes> Command::readNewPassphrase(const QCommandLineParser &parser,
                                               CliContext &context,
                                               const QCommandLineOption &fileOption)
{
    QString typed;
    if (parser.isSet(fileOption)) {
        auto fromFile = readSecretFile(parser.value(fileOption));
        if (!fromFile)
            return fromFile;
        typed = QString::fromUtf8(fromFile->constData(), fromFile->size());
    } else {
        if (!context.prompt.interactive())
            return Error(ErrorKind::Usage,
                         Command::tr("No terminal to ask for the new passphrase: pass --%1 FILE.")
                             .arg(fileOption.names().constFirst()));
        auto first = context.prompt.ask(Command::tr("New passphrase: "), true);
        auto second = context.prompt.ask(Command::tr("Repeat the new passphrase: "), true);
        const bool match = first && second && *first == *second;
        if (match)
            typed = *first;
        for (auto *answer : {&first, &second}) {
            if (*answer)
                (*answer)->fill(QLatin1Char('\0'));
        }
        if (!match)
            return Error(ErrorKind::InvalidInput, Command::tr("The two passphrases do not match."));
    }
    const PassphraseStrength strength = PassphraseStrength::assess(typed);
    if (!strength.acceptable()) {
        typed.fill(QLatin1Char('\0'));
        return Error(ErrorKind::InvalidInput,
                     Command::tr("The new passphrase is too weak (%1). %2")
                         .arg(strength.label(), strength.hint()));
    }
    SecretBytes passphrase = Passphrase::encode(typed);
    typed.fill(QLatin1Char('\0'));
    return passphrase;
}

Result<RecoveryKey> Command::readRecoveryKey(const QCommandLineParser &parser, CliContext &context)
{
    QString text;
    if (parser.isSet(RecoveryKeyFileOption)) {
        QFile file(parser.value(RecoveryKeyFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return Error(
                ErrorKind::Io,
                Command::tr("Could not read the recovery key file: %1").arg(file.errorString()));
        constexpr qint64 MaxSize = 64 * 1024;
        QByteArray contents = file.read(MaxSize);
        text = QString::fromUtf8(contents);
        SecretBytes::wipe(contents);
    } else {
        if (!context.prompt.interactive())
            return Error(ErrorKind::Usage,
                         Command::tr("No terminal to ask for the recovery key: pass --%1 FILE.")
                             .arg(RecoveryKeyFileOption.names().constFirst()));
        text = context.prompt.ask(Command::tr("Recovery key: "), true).value_or(QString());
    }
    auto key = RecoveryKit::findKey(text);
    text.fill(QLatin1Char('\0'));
    return key;
}

int Command::fail(CliContext &context, const Error &error)
{
    qCInfo(lcApp) << "command failed with exit code" << error.exitCode();
    context.err << error.message() << Qt::endl;
    return error.exitCode();
}

} // namespace ClientDesk
