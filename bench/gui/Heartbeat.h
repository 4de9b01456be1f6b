// SPDX-License-Identifier: GPL-3.0-or-later
// A 1 ms timer on the GUI thread that records the gaps between its beats: a gap much longer
// than 1 ms is time the event loop spent on something else (a stall).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace ClientDesk {

class Heartbeat : public QObject
{
    Q_OBJECT

public:
    explicit Heartbeat(QObject *parent = nullptr);

    void start();
    void stop();
    // The gaps since start(), in milliseconds.
    const QList<double> &gaps() const { return m_gaps; }
    double longest() const;
    double percentile(double p) const;

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

} // namespace ClientDesk
