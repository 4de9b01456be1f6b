// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DateField.h"

#include "models/itemmodels/ItemModelText.h"

#include <QDateEdit>
#include <QLineEdit>

namespace ClientDesk {

QDateEdit *DateField::create(QWidget *parent, const QString &accessibleName, const QDate &date)
{
    auto *edit = date.isValid() ? new QDateEdit(date, parent) : new QDateEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(ItemModelText::shortDateFormat(QLocale()));
    // The box takes the focus and passes keys to the line edit inside it (whose focus proxy it
    // is), so that edit is no stop of its own: one named control for keyboard and screen reader
    // users. The edit's policy spreads to its proxy, hence the box's is set again after.
    const Qt::FocusPolicy policy = edit->focusPolicy();
    if (auto *inner = edit->findChild<QLineEdit *>())
        inner->setFocusPolicy(Qt::NoFocus);
    edit->setFocusPolicy(policy);
    return edit;
}

} // namespace ClientDesk
