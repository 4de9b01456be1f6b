// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli info`: schema and cipher facts and row counts, with no personal data.
#pragma once

#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

class InfoCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString description() const override;

protected:
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
