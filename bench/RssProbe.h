// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 5: the resident memory of a fresh process holding an open workspace with the first pages
// of the clients, projects and invoices lists loaded. Reads /proc/self/status: Linux only.
#pragma once

#include "bench/BenchmarkReport.h"

#include <QString>

#include <optional>

namespace ClientDesk {

class RssProbe
{
public:
    struct Options
    {
        QString workspace;
        // "M" and "L" carry aims; L is compared with M's figure from the results.
        QString label;
    };

    static bool isSupported();
    // A "Vm…" field of /proc/self/status (VmRSS, VmHWM) in bytes; nothing off Linux.
    static std::optional<qint64> statusBytes(const char *field);

    explicit RssProbe(Options options);

    Result<void> run(BenchmarkReport &report);

private:
    Options m_options;
};

} // namespace ClientDesk
