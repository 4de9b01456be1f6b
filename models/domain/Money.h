// SPDX-License-Identifier: GPL-3.0-or-later
// An amount of money: whole minor units (cents, yen, fils) beside its ISO 4217 currency code.
#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace ClientDesk {

class Money
{
public:
    Money() = default;
    Money(qint64 minor, QString currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    { }

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool operator==(const Money &other) const = default;

    // Checked arithmetic on minor units: an overflow is an error, never a wrap.
    static Result<qint64> add(qint64 a, qint64 b);
    static Result<qint64> subtract(qint64 a, qint64 b);
    static Result<qint64> multiply(qint64 a, qint64 b);

    // Plain decimal with the currency's minor digits and a point, no grouping or symbol:
    // "1234.56", "-0.05", "1234" (JPY), "1.234" (BHD). The UI localises it for display.
    // A currency that is not known is shown as its minor units, with no decimal point.
    QString toDecimalString() const;
    // Parses what toDecimalString() writes: "12", "12.5", "12.50", "-3.10". Surrounding spaces
    // are ignored; grouping, a plus sign, a comma or more decimals than the currency has are not.
    static Result<Money> fromDecimalString(const QString &text, const QString &currency);

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace ClientDesk
