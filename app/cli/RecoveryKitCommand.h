// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli recovery-kit new`: replaces the recovery key; the old one stops working.
#pragma once

#include "app/cli/WorkspaceCommand.h"

namespace ClientDesk {

class RecoveryKitCommand final : public WorkspaceCommand
{
public:
    static const QCommandLineOption OutputOption;

    QString name() const override { return QStringLiteral("recovery-kit new"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
