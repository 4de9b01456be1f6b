// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli rotate-key`: re-encrypts the store under a new data key; with --all also
// replaces the master key and the recovery kit.
#pragma once

#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

class RotateKeyCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::RotateKeyCommand)

public:
    static const QCommandLineOption AllOption;

    QString name() const override { return QStringLiteral("rotate-key"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    Workspace::Migration migration() const override { return Workspace::Migration::Apply; }
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;

private:
    int rotateAll(Workspace &workspace, const QCommandLineParser &parser, CliContext &context);
};

} // namespace ClientDesk
