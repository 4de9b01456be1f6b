// SPDX-License-Identifier: GPL-3.0-or-later
// Collects the accessible names of a window's controls, for the tests that every control a
// keyboard reaches has a readable name, unique in its window.
#pragma once

#include <QStringList>

class QWidget;

namespace ClientDesk::Test {

class AccessibleNames
{
public:
    // The names of the visible widgets that Tab reaches, in child order. Each one without a
    // name, or with a name another already has, is described in `problems`.
    static QStringList ofFocusable(const QWidget *window, QStringList &problems);
};

} // namespace ClientDesk::Test
