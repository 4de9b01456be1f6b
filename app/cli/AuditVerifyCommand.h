// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli audit verify`: checks the audit log's hash chain and names the first broken
// entry.
#pragma once

#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

class AuditVerifyCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::AuditVerifyCommand)

public:
    QString name() const override { return QStringLiteral("audit verify"); }
    QString description() const override;

protected:
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
