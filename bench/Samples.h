// SPDX-License-Identifier: GPL-3.0-or-later
// A set of measurements (milliseconds, rows per second, ...) and the order statistics a
// benchmark reports: median, percentiles, min and max.
#pragma once

#include <QList>

namespace ClientDesk {

class Samples
{
public:
    void add(double value) { m_values.append(value); }
    qsizetype size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    double median() const { return percentile(50); }
    // Nearest-rank percentile (p in 0..100): the value below which p % of the samples lie.
    double percentile(double p) const;
    double min() const;
    double max() const;

private:
    QList<double> sorted() const;

    QList<double> m_values;
};

} // namespace ClientDesk
