// SPDX-License-Identifier: GPL-3.0-or-later
// One line of an invoice: what was sold, how much of it, at what price and tax rate.
#pragma once

#include <QString>

namespace ClientDesk {

class InvoiceLine
{
public:
    QString id;
    // Where the line stands on the invoice, counted from 1; messages name the line by it.
    int position = 0;
    QString description;
    // Thousandths of a unit: 1.5 hours = 1500.
    qint64 quantityMilli = 0;
    // Minor units of the invoice's currency.
    qint64 unitPriceMinor = 0;
    // Basis points: 19 % = 1900.
    int taxRateBp = 0;

    bool operator==(const InvoiceLine &other) const = default;
};

} // namespace ClientDesk
