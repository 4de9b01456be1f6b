// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LocalMoney.h"

#include "models/itemmodels/ItemModelText.h"

namespace ClientDesk {

QString LocalMoney::format(const Money &money, const QLocale &locale)
{
    return ItemModelText::money(money.minor(), money.currency(), locale);
}

QString LocalMoney::formatPlain(const Money &money, const QLocale &locale)
{
    QString text = money.toDecimalString();
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    text.replace(QLatin1Char('-'), locale.negativeSign());
    return text;
}

Result<Money> LocalMoney::parse(const QString &text, const QString &currency, const QLocale &locale)
{
    QString plain = text.trimmed();
    if (plain.isEmpty())
        return Error(ErrorKind::InvalidInput, tr("Enter an amount."));
    // Grouping (in any position) and spaces carry no value; the locale's decimal
    // separator becomes the point Money reads.
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    if (!group.isEmpty() && group != point)
        plain.remove(group);
    plain.remove(QLatin1Char(' '));
    plain.remove(QChar(0x00a0));
    plain.remove(QChar(0x202f));
    plain.replace(locale.negativeSign(), QStringLiteral("-"));
    if (point != QStringLiteral("."))
        plain.replace(point, QStringLiteral("."));
    auto parsed = Money::fromDecimalString(plain, currency);
    if (!parsed)
        return Error(ErrorKind::InvalidInput,
                     tr("Type the amount in %1 as a number, such as %2.")
                         .arg(currency, formatPlain(Money(123450, currency), locale)));
    return parsed;
}

} // namespace ClientDesk
