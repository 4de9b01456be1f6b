// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 4: search as the user meets it, end to end through SearchService (search() to
// resultsReady, one query at a time) over the seeded prefix set; p50 and p95.
#pragma once

#include "bench/BenchmarkReport.h"
#include "bench/SearchQueries.h"

#include <QString>

namespace ClientDesk {

class SearchService;

class SearchBenchmark
{
public:
    struct Options
    {
        QString workspace;
        // "M" and "L" carry aims; L is compared with M's p95 from the results.
        QString label;
        // Read when it exists, else the queries are drawn and written there (when set).
        QString queriesFile;
        quint64 seed = 7;
    };

    explicit SearchBenchmark(Options options);

    Result<void> run(BenchmarkReport &report);

private:
    struct Answer
    {
        double ms = 0;
        qsizetype hits = 0;
    };
    static Result<Answer> timeSearch(SearchService &service, const QString &text);

    Options m_options;
};

} // namespace ClientDesk
