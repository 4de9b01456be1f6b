// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts as people type and read them in their language: "1.234,50" in German, "1,234.50"
// in English, converted exactly to and from minor units (no floating point on the way).
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace ClientDesk {

class LocalMoney
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::LocalMoney)

public:
    // "1,234.50 EUR" in the locale (the currency code, never a guessed symbol).
    static QString format(const Money &money, const QLocale &locale = {});
    // The number alone, for an edit field: "1234.50" or "1234,50", no grouping.
    static QString formatPlain(const Money &money, const QLocale &locale = {});
    // Reads an amount typed in the locale: its decimal separator, optional group separators
    // and spaces, an optional minus sign. Too many decimals for the currency, letters or an
    // empty field are errors that say what to type.
    static Result<Money> parse(const QString &text, const QString &currency,
                               const QLocale &locale = {});
};

} // namespace ClientDesk
