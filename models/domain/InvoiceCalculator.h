// SPDX-License-Identifier: GPL-3.0-or-later
// Computes invoice amounts from lines: per-line net and tax, rounded half away from zero, and
// totals.
#pragma once

#include "models/domain/InvoiceLine.h"
#include "models/domain/Result.h"

#include <QList>

namespace ClientDesk {

class InvoiceCalculator
{
public:
    // Wide enough for any product of two qint64 values; __extension__ keeps -Wpedantic quiet.
    __extension__ using Wide = __int128;

    struct LineAmounts
    {
        qint64 net = 0;
        qint64 tax = 0;
    };
    struct TaxRow
    {
        int taxRateBp = 0;
        qint64 net = 0;
        qint64 tax = 0;
    };
    struct Totals
    {
        qint64 net = 0;
        qint64 tax = 0;
        qint64 total = 0;
        // One row per tax rate used on the invoice, lowest rate first.
        QList<TaxRow> byRate;
    };
    using TaxBreakdownRow = TaxRow;
    using InvoiceTotals = Totals;

    // net = round(quantityMilli × unitPriceMinor / 1000), tax = round(net × taxRateBp / 10000).
    static Result<LineAmounts> line(const InvoiceLine &line);
    // The sums of the rounded line amounts; an amount beyond qint64 is an error.
    static Result<Totals> totals(const QList<InvoiceLine> &lines);

    // numerator / denominator rounded half away from zero (1.5 → 2, -1.5 → -2).
    // Requires denominator > 0 and a quotient that fits in qint64; see roundedQuotient().
    static qint64 roundHalfAwayFromZero(Wide numerator, qint64 denominator);
    // The same, checked: an error when the rounded quotient does not fit in qint64.
    static Result<qint64> roundedQuotient(Wide numerator, qint64 denominator);
};

} // namespace ClientDesk
