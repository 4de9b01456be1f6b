// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-cli import-csv FILE`: imports clients or contacts from a CSV file, all or nothing.
#pragma once

#include "app/cli/WorkspaceCommand.h"

#include <QCoreApplication>

namespace ClientDesk {

class ImportCsvCommand final : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::ImportCsvCommand)

public:
    static const QCommandLineOption EntityOption;
    static const QCommandLineOption MapOption;

    QString name() const override { return QStringLiteral("import-csv"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    bool takesFile() const override { return true; }

protected:
    Result<void> checkOptions(const QCommandLineParser &parser) const override;
    Workspace::Migration migration() const override { return Workspace::Migration::Apply; }
    int executeOn(Workspace &workspace, const QCommandLineParser &parser,
                  CliContext &context) override;
};

} // namespace ClientDesk
