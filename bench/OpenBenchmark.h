// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 3: from the keys in hand to the first page of the clients list (Workspace::open,
// ClientsModel, data() of the first page), each run on a new connection; and the passphrase
// unlock (scrypt) that comes before it, reported apart.
#pragma once

#include "bench/BenchmarkReport.h"

#include <QString>

namespace ClientDesk {

class OpenBenchmark
{
public:
    struct Options
    {
        QString workspace;
        // "M" carries the absolute aim; "L" is compared with M's figure from the results.
        QString label;
        int runs = 7;
        int unlockRuns = 3;
        // Runs with the store's pages dropped from the OS file cache first (Linux).
        int coldRuns = 3;
    };

    explicit OpenBenchmark(Options options);

    Result<void> run(BenchmarkReport &report);

private:
    Options m_options;
};

} // namespace ClientDesk
