// SPDX-License-Identifier: GPL-3.0-or-later
// Puts ClientDesk in the person's language: its own translations (built into the binary) and
// Qt's for the standard dialogs and buttons, plus the matching locale for money and dates.
#pragma once

#include <QString>

namespace ClientDesk {

class Translations
{
public:
    // `code` is a Preferences language ("" for the system's). Returns the language installed
    // ("en" when ClientDesk has none for it: English is the source text).
    static QString install(const QString &code);
};

} // namespace ClientDesk
