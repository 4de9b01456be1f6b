// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli init`: creates a workspace, its keys and its owner.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace ClientDesk {

class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::InitCommand)

public:
    static const QCommandLineOption ProfileOption;
    static const QCommandLineOption RegionOption;

    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ClientDesk
