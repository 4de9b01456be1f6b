// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli generate --size S|M|L --seed N`: fills an empty workspace with demo data.
#pragma once

#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

class GenerateCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::GenerateCommand)

public:
    static const QCommandLineOption SizeOption;
    static const QCommandLineOption SeedOption;

    QString name() const override { return QStringLiteral("generate"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    Result<void> checkOptions(const QCommandLineParser &parser) const override;
    // It writes, so an older schema is brought up to date first.
    Workspace::Migration migration() const override { return Workspace::Migration::Apply; }
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
