// SPDX-License-Identifier: GPL-3.0-or-later
// `clientdesk-bench all`: runs every benchmark in a process of its own (so no figure pays for
// another's memory or caches), on the cached M and L data sets, then prints the whole table.
#pragma once

#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

namespace ClientDesk {

class SuiteRunner
{
public:
    struct Options
    {
        // Holds the data sets M/ and L/ (workspaces), their markers M.complete and L.complete,
        // and datasets.tsv, the figures of their generation.
        QString dataDir;
        // Where the processes collect their rows; a fresh file in dataDir when empty.
        QString resultsFile;
        bool skipGenerate = false;
        // The data sets to measure, of M and L.
        QStringList labels {QStringLiteral("M"), QStringLiteral("L")};
    };

    explicit SuiteRunner(Options options);

    // Fails when a benchmark process fails; a missed aim is reported, not an error.
    Result<void> run();

    static QString workspaceDir(const QString &dataDir, const QString &label);

private:
    Result<void> runChild(const QStringList &arguments) const;
    void printDataSets() const;

    Options m_options;
};

} // namespace ClientDesk
