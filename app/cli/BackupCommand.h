// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli backup --output FILE`: writes one .cdbackup file that restores on its own.
#pragma once

#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

class BackupCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::BackupCommand)

public:
    static const QCommandLineOption OutputOption;

    QString name() const override { return QStringLiteral("backup"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    Result<void> checkOptions(const QCommandLineParser &parser) const override;
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
