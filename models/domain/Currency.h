// SPDX-License-Identifier: GPL-3.0-or-later
// The ISO 4217 currencies an amount may be in, and how many minor digits each one has.
#pragma once

#include <QString>
#include <QStringList>

namespace ClientDesk {

class Currency
{
public:
    // Active circulating currencies only: no funds, precious metals, units of account
    // (XDR, XSU, XUA) or the testing codes XTS and XXX. Codes are upper case, as ISO writes them.
    static bool isKnown(const QString &code);
    // The ISO 4217 exponent: 2 for EUR (cents), 0 for JPY, 3 for BHD; -1 for an unknown code.
    static int minorDigits(const QString &code);
    // Every known code, sorted.
    static QStringList codes();
};

} // namespace ClientDesk
