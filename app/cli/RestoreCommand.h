// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli restore FILE --workspace NEW-DIR`: restores a backup into a new folder.
#pragma once

#include "app/cli/Command.h"

#include <QCoreApplication>

namespace ClientDesk {

class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesFile() const override { return true; }
    int execute(const QCommandLineParser &parser, CliContext &context) override;
};

} // namespace ClientDesk
