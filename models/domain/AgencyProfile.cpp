// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/AgencyProfile.h"

#include "models/domain/Currency.h"

#include <QCoreApplication>

#include <algorithm>

namespace ClientDesk {

namespace {
constexpr int MaxTaxRateBp = 10000;
constexpr int MaxPaymentTermsDays = 365;
constexpr int MinRetentionYears = 7;
constexpr int MaxRetentionYears = 30;
constexpr qsizetype MinIbanLength = 15;
constexpr qsizetype MaxIbanLength = 34;

Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::AgencyProfile", text));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiAlphanumeric(QChar c)
{
    return isAsciiDigit(c) || isAsciiUpper(c);
}
} // namespace

bool AgencyProfile::isValidIban(const QString &iban)
{
    QString compact = iban.trimmed().toUpper();
    compact.remove(QLatin1Char(' '));
    if (compact.size() < MinIbanLength || compact.size() > MaxIbanLength)
        return false;
    if (!isAsciiUpper(compact[0]) || !isAsciiUpper(compact[1]) || !isAsciiDigit(compact[2])
        || !isAsciiDigit(compact[3]))
        return false;
    if (!std::all_of(compact.cbegin(), compact.cend(), isAsciiAlphanumeric))
        return false;

    // ISO 13616: country and check digits move to the end, letters count as 10..35, and the
    // whole number taken mod 97 must be 1. Done digit by digit, so it never needs a big integer.
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        if (isAsciiDigit(c)) {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder == 1;
}

bool AgencyProfile::isValidBic(const QString &bic)
{
    const QString upper = bic.trimmed().toUpper();
    return (upper.size() == 8 || upper.size() == 11)
        && std::all_of(upper.cbegin(), upper.cend(), isAsciiAlphanumeric);
}

Result<void> AgencyProfile::validate() const
{
    if (!Currency::isKnown(defaultCurrency))
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::AgencyProfile", "Choose the default currency."));
    if (defaultTaxRateBp < 0 || defaultTaxRateBp > MaxTaxRateBp)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::AgencyProfile",
                                         "The default tax rate must be between 0 % and 100 %."));
    if (paymentTermsDays < 0 || paymentTermsDays > MaxPaymentTermsDays)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::AgencyProfile",
                                         "The payment terms must be between 0 and 365 days."));
    if (retentionYears < MinRetentionYears || retentionYears > MaxRetentionYears)
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::AgencyProfile",
                              "Invoices must be kept for between 7 and 30 years after issue."));
    if (!iban.trimmed().isEmpty() && !isValidIban(iban))
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::AgencyProfile",
            "The IBAN is not valid; check it for a missing or mistyped character."));
    if (!bic.trimmed().isEmpty() && !isValidBic(bic))
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::AgencyProfile",
                                         "The BIC must be 8 or 11 letters and digits."));
    return {};
}

} // namespace ClientDesk
