// SPDX-License-Identifier: GPL-3.0-or-later
// The real Clock: the system's UTC time and its monotonic timer.
#pragma once

#include "models/domain/Clock.h"

#include <QElapsedTimer>

namespace ClientDesk {

class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime now() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace ClientDesk
