// SPDX-License-Identifier: GPL-3.0-or-later
// A date field as every form here has it: a QDateEdit with a calendar, the locale's short date
// with the year in full, one named stop for the keyboard and screen readers.
#pragma once

#include <QDate>

class QDateEdit;
class QWidget;

namespace ClientDesk {

class DateField
{
public:
    static QDateEdit *create(QWidget *parent, const QString &accessibleName,
                             const QDate &date = {});
};

} // namespace ClientDesk
