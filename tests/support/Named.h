// SPDX-License-Identifier: GPL-3.0-or-later
// Finds a control as a screen reader names it: the UI tests reach widgets by their accessible
// names, the names a person hears.
#pragma once

#include <QString>
#include <QWidget>

namespace ClientDesk::Test {

// The first child of `root` of type T whose accessible name is `accessibleName`, or null.
template<typename T>
T *named(const QWidget *root, const QString &accessibleName)
{
    const auto widgets = root->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

} // namespace ClientDesk::Test
