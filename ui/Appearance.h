// SPDX-License-Identifier: GPL-3.0-or-later
// Puts the whole application in Light, Dark or System appearance. Light and Dark use the Fusion
// style (without icons on dialog buttons) with a palette of their own; System goes back to the
// platform's style and palette as they were before the first change (Qt 6.4 cannot ask the platform
// for its colour scheme).
#pragma once

#include "ui/Preferences.h"

#include <QColor>

class QPalette;

namespace ClientDesk {

class Appearance
{
public:
    // Needs a QApplication. The first call remembers the platform's style and palette.
    static void apply(Preferences::Appearance appearance);
    // What apply() last set; System before any call.
    static Preferences::Appearance current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // A red for error text that reads well on the palette's window colour.
    static QColor errorColor(const QPalette &palette);
};

} // namespace ClientDesk
