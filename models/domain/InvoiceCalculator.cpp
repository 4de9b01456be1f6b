// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/InvoiceCalculator.h"

#include <QCoreApplication>

#include <limits>
#include <map>

namespace ClientDesk {

namespace {
using Wide = InvoiceCalculator::Wide;
__extension__ using UnsignedWide = unsigned __int128;

constexpr qint64 QuantityScale = 1000;
constexpr qint64 RateScale = 10000;

bool fits(Wide value)
{
    return value >= std::numeric_limits<qint64>::min()
        && value <= std::numeric_limits<qint64>::max();
}

Wide roundWide(Wide numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    // Work on the magnitude, so halves round the same way on both sides of zero.
    const bool negative = numerator < 0;
    const UnsignedWide magnitude = negative ? 0 - UnsignedWide(numerator) : UnsignedWide(numerator);
    const auto divisor = UnsignedWide(denominator);
    UnsignedWide quotient = magnitude / divisor;
    if (2 * (magnitude % divisor) >= divisor)
        ++quotient;
    return negative ? -Wide(quotient) : Wide(quotient);
}

Error lineTooLarge(int position)
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::InvoiceCalculator",
                                             "The amount of line %1 is too large.")
                     .arg(position));
}

Error totalTooLarge()
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::InvoiceCalculator",
                                             "The invoice total is too large."));
}

struct WideSums
{
    Wide net = 0;
    Wide tax = 0;
};
} // namespace

qint64 InvoiceCalculator::roundHalfAwayFromZero(Wide numerator, qint64 denominator)
{
    const Wide quotient = roundWide(numerator, denominator);
    Q_ASSERT(fits(quotient));
    return qint64(quotient);
}

Result<qint64> InvoiceCalculator::roundedQuotient(Wide numerator, qint64 denominator)
{
    const Wide quotient = roundWide(numerator, denominator);
    if (!fits(quotient))
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("ClientDesk::InvoiceCalculator",
                                                 "The amount is too large."));
    return qint64(quotient);
}

Result<InvoiceCalculator::LineAmounts> InvoiceCalculator::line(const InvoiceLine &line)
{
    const Wide net = roundWide(Wide(line.quantityMilli) * line.unitPriceMinor, QuantityScale);
    if (!fits(net))
        return lineTooLarge(line.position);
    const Wide tax = roundWide(net * line.taxRateBp, RateScale);
    if (!fits(tax))
        return lineTooLarge(line.position);
    return LineAmounts {qint64(net), qint64(tax)};
}

Result<InvoiceCalculator::Totals> InvoiceCalculator::totals(const QList<InvoiceLine> &lines)
{
    // Summed wide and checked at the end, so the result does not depend on the lines' order.
    WideSums all;
    std::map<int, WideSums> byRate;
    for (const InvoiceLine &invoiceLine : lines) {
        const Result<LineAmounts> amounts = line(invoiceLine);
        if (!amounts)
            return amounts.error();
        all.net += amounts->net;
        all.tax += amounts->tax;
        WideSums &rate = byRate[invoiceLine.taxRateBp];
        rate.net += amounts->net;
        rate.tax += amounts->tax;
    }

    const Wide total = all.net + all.tax;
    if (!fits(all.net) || !fits(all.tax) || !fits(total))
        return totalTooLarge();
    Totals result {qint64(all.net), qint64(all.tax), qint64(total), {}};
    for (const auto &[rateBp, sums] : byRate) {
        if (!fits(sums.net) || !fits(sums.tax))
            return totalTooLarge();
        result.byRate.append(TaxRow {rateBp, qint64(sums.net), qint64(sums.tax)});
    }
    return result;
}

} // namespace ClientDesk
