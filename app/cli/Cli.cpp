// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include "app/AppLog.h"
#include "app/cli/AuditVerifyCommand.h"
#include "app/cli/BackupCommand.h"
#include "app/cli/ChangePassphraseCommand.h"
#include "app/cli/GenerateCommand.h"
#include "app/cli/ImportCsvCommand.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/InitCommand.h"
#include "app/cli/KeyShowCommand.h"
#include "app/cli/RecoveryKitCommand.h"
#include "app/cli/ResetPassphraseCommand.h"
#include "app/cli/RestoreCommand.h"
#include "app/cli/RotateKeyCommand.h"
#include "app/cli/UnlockCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

Cli::Cli(CliContext &context)
    : m_context(context)
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<UnlockCommand>());
    m_commands.push_back(std::make_unique<ChangePassphraseCommand>());
    m_commands.push_back(std::make_unique<ResetPassphraseCommand>());
    m_commands.push_back(std::make_unique<RecoveryKitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<AuditVerifyCommand>());
    m_commands.push_back(std::make_unique<KeyShowCommand>());
    m_commands.push_back(std::make_unique<RotateKeyCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<ImportCsvCommand>());
}

Command *Cli::find(const QStringList &words, qsizetype &consumed) const
{
    for (const auto &command : m_commands) {
        const QStringList name = command->name().split(QLatin1Char(' '));
        if (words.mid(0, name.size()) == name) {
            consumed = name.size();
            return command.get();
        }
    }
    return nullptr;
}

void Cli::printUsage(QTextStream &stream) const
{
    stream << Cli::tr("Usage: clientdesk-cli COMMAND [--workspace DIR] [options]") << Qt::endl
           << Qt::endl
           << Cli::tr("Commands:") << Qt::endl;
    for (const auto &command : m_commands)
        stream << QStringLiteral("  %1 %2").arg(command->name(), -20).arg(command->description())
               << Qt::endl;
    stream << Qt::endl
           << Cli::tr(
                  "Secrets are read from a terminal or a file flag, never from the command line.")
           << Qt::endl
           << Cli::tr("Exit codes: 0 done, 1 usage, 2 wrong passphrase or key, 3 invalid input, "
                      "4 I/O or disk, 5 store from a newer version, 6 refused by policy.")
           << Qt::endl;
}

int Cli::run(const QStringList &arguments)
{
    const QStringList words = arguments.mid(1);
    if (words.isEmpty() || words.constFirst() == QLatin1String("--help")
        || words.constFirst() == QLatin1String("-h")
        || words.constFirst() == QLatin1String("help")) {
        printUsage(words.isEmpty() ? m_context.err : m_context.out);
        return words.isEmpty() ? static_cast<int>(ErrorKind::Usage) : 0;
    }
    qsizetype consumed = 0;
    Command *command = find(words, consumed);
    if (!command) {
        m_context.err << Cli::tr("Unknown command. Run `clientdesk-cli --help` for the list.")
                      << Qt::endl;
        return static_cast<int>(ErrorKind::Usage);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->description());
    parser.addOption(Command::WorkspaceOption);
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    command->addOptions(parser);
    const QStringList commandArguments = QStringList {arguments.constFirst()} + words.mid(consumed);
    if (!parser.parse(commandArguments)) {
        m_context.err << parser.errorText() << Qt::endl;
        return static_cast<int>(ErrorKind::Usage);
    }
    if (parser.isSet(help)) {
        m_context.out << parser.helpText();
        return 0;
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (positional > (command->takesFile() ? 1 : 0)) {
        m_context.err << Cli::tr("Unexpected argument; secrets and personal data are never taken "
                                 "from the command line.")
                      << Qt::endl;
        return static_cast<int>(ErrorKind::Usage);
    }
    if (command->takesFile() && positional == 0) {
        m_context.err << Cli::tr("Name the file: clientdesk-cli %1 FILE.").arg(command->name())
                      << Qt::endl;
        return static_cast<int>(ErrorKind::Usage);
    }
    qCInfo(lcApp) << "running command" << command->name();
    return command->execute(parser, m_context);
}

} // namespace ClientDesk
