// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Money.h"

#include "models/domain/Currency.h"

#include <QCoreApplication>

#include <algorithm>

namespace ClientDesk {

namespace {
Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput, QCoreApplication::translate("ClientDesk::Money", text));
}

Error tooLarge()
{
    return invalid(QT_TRANSLATE_NOOP("ClientDesk::Money", "The amount is too large."));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Appends the digits to value (value * 10 + digit, each step checked); false on overflow.
bool appendDigits(qint64 &value, QStringView digits)
{
    for (QChar c : digits) {
        if (__builtin_mul_overflow(value, qint64(10), &value)
            || __builtin_add_overflow(value, qint64(c.unicode() - u'0'), &value))
            return false;
    }
    return true;
}
} // namespace

Result<qint64> Money::add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return tooLarge();
    return sum;
}

Result<qint64> Money::subtract(qint64 a, qint64 b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return tooLarge();
    return difference;
}

Result<qint64> Money::multiply(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return tooLarge();
    return product;
}

QString Money::toDecimalString() const
{
    // The magnitude as unsigned, so the most negative amount has one too.
    const quint64 magnitude = m_minor < 0 ? 0 - quint64(m_minor) : quint64(m_minor);
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    const int digits = Currency::minorDigits(m_currency);
    if (digits <= 0)
        return sign + QString::number(magnitude);

    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return sign + QString::number(magnitude / scale) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

Result<Money> Money::fromDecimalString(const QString &text, const QString &currency)
{
    const int digits = Currency::minorDigits(currency);
    if (digits < 0)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Money", "Choose a known currency."));

    QStringView rest = QStringView(text).trimmed();
    const bool negative = rest.startsWith(u'-');
    if (negative)
        rest = rest.mid(1);
    const qsizetype point = rest.indexOf(u'.');
    const QStringView whole = point < 0 ? rest : rest.left(point);
    const QStringView fraction = point < 0 ? QStringView() : rest.mid(point + 1);

    const auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), isAsciiDigit);
    };
    if (whole.isEmpty() || !allDigits(whole) || (point >= 0 && fraction.isEmpty())
        || !allDigits(fraction))
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Money", "Enter the amount as a number, such as 12.50."));
    if (fraction.size() > digits)
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::Money", "The amount has more decimal places than its currency allows."));

    qint64 minor = 0;
    if (!appendDigits(minor, whole) || !appendDigits(minor, fraction))
        return tooLarge();
    for (qsizetype i = fraction.size(); i < digits; ++i) {
        if (__builtin_mul_overflow(minor, qint64(10), &minor))
            return tooLarge();
    }
    return Money(negative ? -minor : minor, currency);
}

} // namespace ClientDesk
