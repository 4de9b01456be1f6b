// SPDX-License-Identifier: GPL-3.0-or-later
// A rough estimate of how hard a passphrase is to guess, with a hint a person can act on.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ClientDesk {

class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::PassphraseStrength)

public:
    enum Level { TooShort, Weak, Fair, Strong };

    static constexpr int MinimumLength = 10;

    static PassphraseStrength assess(const QString &passphrase);

    Level level() const { return m_level; }
    double bits() const { return m_bits; }
    // Whether ClientDesk accepts it for a new workspace.
    bool acceptable() const { return m_level >= Fair; }
    QString label() const;
    QString hint() const;

private:
    Level m_level = TooShort;
    double m_bits = 0;
};

} // namespace ClientDesk
