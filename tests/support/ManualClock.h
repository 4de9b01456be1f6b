// SPDX-License-Identifier: GPL-3.0-or-later
// A Clock that only moves when a test moves it.
#pragma once

#include "models/domain/Clock.h"

namespace ClientDesk::Test {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC))
        : m_now(std::move(start))
    { }

    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void advanceDays(int days) { advance(qint64(days) * 24 * 60 * 60 * 1000); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

} // namespace ClientDesk::Test
