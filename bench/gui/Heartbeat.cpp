// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/gui/Heartbeat.h"

#include <algorithm>

namespace ClientDesk {

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
}

void Heartbeat::start()
{
    m_gaps.clear();
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void Heartbeat::stop()
{
    m_timer.stop();
    beat();
}

void Heartbeat::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gaps.append(double(now - m_last) / 1e6);
    m_last = now;
}

double Heartbeat::longest() const
{
    return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
}

double Heartbeat::percentile(double p) const
{
    if (m_gaps.isEmpty())
        return 0;
    QList<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    const auto at = qsizetype(p * double(sorted.size() - 1));
    return sorted.at(at);
}

} // namespace ClientDesk
