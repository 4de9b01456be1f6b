// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 2: DemoDataGenerator filling a fresh workspace, in rows per second against the raw
// sqlite3 C API insert rate measured in the same process.
#pragma once

#include "bench/BenchmarkReport.h"
#include "models/store/DemoDataGenerator.h"

#include <QString>

namespace ClientDesk {

class GenerateBenchmark
{
public:
    struct Options
    {
        // The new workspace; empty for a scratch one, removed afterwards.
        QString workspace;
        // Where scratch stores go when `workspace` is empty.
        QString scratchDir;
        // "M", "L", or another name; M carries the aim.
        QString label;
        DemoDataGenerator::Counts counts;
        quint64 seed = 1;
        qsizetype baselineRows = 200'000;
    };

    explicit GenerateBenchmark(Options options);

    Result<void> run(BenchmarkReport &report);

    // "100000 clients, 250000 contacts, ...", as the report and README state counts.
    static QString describe(const DemoDataGenerator::Counts &counts);

private:
    Result<double> measureBaseline(const QString &dir) const;
    Result<void> generate(const QString &workspace, double baselineRowsPerSecond,
                          BenchmarkReport &report) const;

    Options m_options;
};

} // namespace ClientDesk
