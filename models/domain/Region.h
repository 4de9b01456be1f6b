// SPDX-License-Identifier: GPL-3.0-or-later
// Where a workspace's agency operates; it decides privacy wording and legal defaults.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ClientDesk {

class Region
{
public:
    enum Code { EuEea, UnitedKingdom, Switzerland, Other };

    static QList<Code> all() { return {EuEea, UnitedKingdom, Switzerland, Other}; }
    // The stable key stored and typed on the command line: "eu", "uk", "ch", "other".
    static QString key(Code code);
    static std::optional<Code> fromKey(const QString &key);
    // The name shown to a person, translated.
    static QString displayName(Code code);
};

} // namespace ClientDesk
