// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 2: DemoDataGenerator filling a fresh workspace, in rows per second against the raw
// sqlite3 C API writing the same load (the same rows, statements and schema) in the same
// process; beside it, the rate against a bare one-key table, the former baseline.
#pragma once

#include "bench/BenchmarkReport.h"
#include "models/store/DemoDataGenerator.h"

#include <QString>

#include <optional>

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
        // Rows of the bare-table baseline.
        qsizetype baselineRows = 200'000;
        // Also write the same load through the raw C API: recorded from a second generation,
        // held in memory (about 0.5 GB for M) and replayed into a fresh workspace.
        bool sameLoad = true;
    };

    explicit GenerateBenchmark(Options options);

    Result<void> run(BenchmarkReport &report);

    // "100000 clients, 250000 contacts, ...", as the report and README state counts.
    static QString describe(const DemoDataGenerator::Counts &counts);

private:
    struct Generated
    {
        DemoDataGenerator::Counts counts;
        double seconds = 0;
        double closeSeconds = 0;
    };
    struct SameLoad
    {
        double seconds = 0;
        qint64 rows = 0;
        qint64 bytes = 0;
    };

    Result<double> measureBareBaseline(const QString &dir) const;
    Result<Generated> generate(const QString &workspace) const;
    Result<SameLoad> measureSameLoad(const QString &dir) const;
    void report(const Generated &generated, const QString &workspace, double bareRowsPerSecond,
                const std::optional<SameLoad> &sameLoad, BenchmarkReport &report) const;

    Options m_options;
};

} // namespace ClientDesk
