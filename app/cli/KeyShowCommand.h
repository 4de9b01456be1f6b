// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli key show --raw`: prints the store's raw key, so the data is never locked in.
#pragma once

#include "app/cli/WorkspaceCommand.h"

namespace ClientDesk {

class KeyShowCommand final : public WorkspaceCommand
{
public:
    static const QCommandLineOption RawOption;

    QString name() const override { return QStringLiteral("key show"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;

protected:
    Result<void> checkOptions(const QCommandLineParser &parser) const override;
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
