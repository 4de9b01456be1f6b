// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ItemModelText.h"

#include "models/domain/Currency.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ClientDesk {

QString ItemModelText::clientStatus(const QString &key)
{
    if (key == QLatin1String("active"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Active");
    if (key == QLatin1String("archived"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Archived");
    return QCoreApplication::translate("ClientDesk::ItemModelText", "Erased");
}

QString ItemModelText::projectStatus(const QString &key)
{
    if (key == QLatin1String("lead"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Lead");
    if (key == QLatin1String("active"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Active");
    if (key == QLatin1String("on_hold"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "On hold");
    return QCoreApplication::translate("ClientDesk::ItemModelText", "Done");
}

QString ItemModelText::invoiceStatus(const QString &key)
{
    if (key == QLatin1String("draft"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Draft");
    if (key == QLatin1String("issued"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Issued");
    if (key == QLatin1String("paid"))
        return QCoreApplication::translate("ClientDesk::ItemModelText", "Paid");
    return QCoreApplication::translate("ClientDesk::ItemModelText", "Void");
}

QString ItemModelText::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = std::max(0, Currency::minorDigits(currency));
    // Whole and fractional parts in integers: a double would round large amounts.
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        text += locale.decimalPoint()
            + QStringLiteral("%1").arg(qulonglong(magnitude % quint64(scale)), digits, 10,
                                       QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + text + u' ' + currency;
}

QString ItemModelText::date(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, shortDateFormat(QLocale())) : QString();
}

QString ItemModelText::dateTime(const QString &isoDateTime)
{
    const QDateTime when = QDateTime::fromString(isoDateTime, Qt::ISODateWithMs);
    const QLocale locale;
    const QString format =
        shortDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
    return when.isValid() ? locale.toString(when.toLocalTime(), format) : QString();
}

QString ItemModelText::shortDateFormat(const QLocale &locale)
{
    // The locale's short order and separators, with the year in full: "07.12.26" could be
    // any century, and an invoice's date must not be read two ways.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace ClientDesk
