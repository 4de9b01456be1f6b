// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli change-passphrase`: re-wraps the master key under a new passphrase.
#pragma once

#include "app/cli/WorkspaceCommand.h"

namespace ClientDesk {

class ChangePassphraseCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("change-passphrase"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    // What is printed once the new passphrase is in place.
    virtual QString doneMessage() const;
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
