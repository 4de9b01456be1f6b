// SPDX-License-Identifier: GPL-3.0-or-later
// How long the GUI thread can be kept from answering while a person works on the M data set:
// a 1 ms heartbeat timer on the GUI thread records every gap between its beats while the
// benchmark types searches letter by letter into the real main window and scrolls the clients
// list from top to bottom. The longest gap is the longest stall a person could feel. The
// baseline is the same heartbeat with the window open and nothing happening.
#pragma once

#include "bench/BenchmarkReport.h"
#include "models/domain/Result.h"

#include <QString>

namespace ClientDesk {

class GuiStallBenchmark
{
public:
    struct Options
    {
        QString workspace;
        QString label = QStringLiteral("M");
        // Words typed, one letter at a time, each letter this long after the last.
        int typingIntervalMs = 60;
    };

    explicit GuiStallBenchmark(Options options);

    Result<void> run(BenchmarkReport &report);

private:
    Options m_options;
};

} // namespace ClientDesk
