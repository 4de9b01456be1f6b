// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/Samples.h"

#include <algorithm>
#include <cmath>

namespace ClientDesk {

QList<double> Samples::sorted() const
{
    QList<double> values = m_values;
    std::sort(values.begin(), values.end());
    return values;
}

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    const QList<double> values = sorted();
    if (p == 50 && values.size() % 2 == 0) {
        const qsizetype upper = values.size() / 2;
        return (values.at(upper - 1) + values.at(upper)) / 2;
    }
    const auto rank = qsizetype(std::ceil(p / 100 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

} // namespace ClientDesk
