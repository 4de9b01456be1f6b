// SPDX-License-Identifier: GPL-3.0-or-later
// The source of time: wall-clock and monotonic, injected so tests can move it.
#pragma once

#include <QDateTime>

namespace ClientDesk {

class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time, always in UTC.
    virtual QDateTime now() const = 0;
    // Milliseconds on a clock that never goes backwards, for timeouts and idle detection.
    virtual qint64 monotonicMs() const = 0;
};

} // namespace ClientDesk
