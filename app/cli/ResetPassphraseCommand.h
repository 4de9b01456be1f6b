// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli reset-passphrase`: sets a new passphrase for whoever has the recovery key.
#pragma once

#include "app/cli/WorkspaceCommand.h"

namespace ClientDesk {

class ResetPassphraseCommand final : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("reset-passphrase"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    Unlock unlockWith() const override { return Unlock::RecoveryKey; }
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
