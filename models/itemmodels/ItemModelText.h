// SPDX-License-Identifier: GPL-3.0-or-later
// How the list models show stored values: status names, money, dates, in the user's language.
#pragma once

#include <QLocale>
#include <QString>

namespace ClientDesk {

class ItemModelText
{
public:
    static QString clientStatus(const QString &key);
    static QString projectStatus(const QString &key);
    static QString invoiceStatus(const QString &key);
    // Minor units and ISO 4217 code as "1,234.50 EUR" in the current locale.
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = {});
    static QString date(const QString &isoDate);
    // The locale's short date format with a four-digit year ("07.12.2026", "12/7/2026").
    static QString shortDateFormat(const QLocale &locale);
    static QString dateTime(const QString &isoDateTime);
};

} // namespace ClientDesk
