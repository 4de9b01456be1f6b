// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/SystemClock.h"

namespace ClientDesk {

SystemClock::SystemClock()
{
    m_timer.start();
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_timer.elapsed();
}

} // namespace ClientDesk
