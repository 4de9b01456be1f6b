// SPDX-License-Identifier: GPL-3.0-or-later
// A Command that needs the workspace unlocked: it asks for the passphrase and opens the store
// first.
#pragma once

#include "app/cli/Command.h"

namespace ClientDesk {

class Workspace;

class WorkspaceCommand : public Command
{
public:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliContext &context) final;

protected:
    virtual int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                          CliContext &context) = 0;
};

} // namespace ClientDesk
