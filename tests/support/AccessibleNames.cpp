// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/AccessibleNames.h"

#include <QWidget>

namespace ClientDesk::Test {

QStringList AccessibleNames::ofFocusable(const QWidget *window, QStringList &problems)
{
    QStringList names;
    const auto widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible())
            continue;
        const QString name = widget->accessibleName();
        if (name.isEmpty())
            problems << QStringLiteral("a %1 without a name")
                            .arg(QLatin1String(widget->metaObject()->className()));
        else if (names.contains(name))
            problems << QStringLiteral("two controls named \"%1\"").arg(name);
        names << name;
    }
    return names;
}

} // namespace ClientDesk::Test
