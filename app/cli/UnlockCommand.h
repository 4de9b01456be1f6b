// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli unlock --check`: verifies that the passphrase opens the workspace's store.
#pragma once

#include "app/cli/WorkspaceCommand.h"

namespace ClientDesk {

class UnlockCommand final : public WorkspaceCommand
{
public:
    static const QCommandLineOption CheckOption;

    QString name() const override { return QStringLiteral("unlock"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    Unlock unlockWith() const override { return Unlock::PassphraseOrRecoveryKey; }
    Result<void> checkOptions(const QCommandLineParser &parser) const override;
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
