// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the Alt+letters of an editor pane: unique in the pane, and clear of the main window's
// menus (File, Edit, View, Go, Help), or one key would do two things.
#pragma once

#include <QStringList>

class QWidget;

namespace ClientDesk::Test {

class Mnemonics
{
public:
    // The texts of the visible labels and buttons, and of the tabs, of `pane` whose mnemonic is
    // taken already, by a menu or by an earlier text.
    static QStringList clashes(const QWidget *pane);
};

} // namespace ClientDesk::Test
