// SPDX-License-Identifier: GPL-3.0-or-later
// clientdesk-cli: finds the command named on the command line, parses its options and runs it.
#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace ClientDesk {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::Cli)

public:
    explicit Cli(CliContext &context);

    // `arguments` as the process got them (program name first); returns the exit code.
    int run(const QStringList &arguments);

private:
    Command *find(const QStringList &words, qsizetype &consumed) const;
    void printUsage(QTextStream &stream) const;

    CliContext &m_context;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace ClientDesk
