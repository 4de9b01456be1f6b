// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace ClientDesk {

namespace {
// The size of the alphabet the characters are drawn from, as a guesser would assume it.
int alphabetSize(const QString &text)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : text) {
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0)
        + (other ? 100 : 0);
}
} // namespace

PassphraseStrength PassphraseStrength::assess(const QString &passphrase)
{
    PassphraseStrength strength;
    const qsizetype length = passphrase.size();
    if (length < MinimumLength)
        return strength;
    // Repeated characters add little: count distinct ones at full value, the rest at a quarter.
    const qsizetype distinct = QSet<QChar>(passphrase.cbegin(), passphrase.cend()).size();
    const double effectiveLength = double(distinct) + double(length - distinct) / 4.0;
    strength.m_bits = effectiveLength * std::log2(std::max(2, alphabetSize(passphrase)));
    if (strength.m_bits >= 80)
        strength.m_level = Strong;
    else if (strength.m_bits >= 50)
        strength.m_level = Fair;
    else
        strength.m_level = Weak;
    return strength;
}

QString PassphraseStrength::label() const
{
    switch (m_level) {
    case TooShort:
        return PassphraseStrength::tr("Too short");
    case Weak:
        return PassphraseStrength::tr("Weak");
    case Fair:
        return PassphraseStrength::tr("Fair");
    case Strong:
        break;
    }
    return PassphraseStrength::tr("Strong");
}

QString PassphraseStrength::hint() const
{
    switch (m_level) {
    case TooShort:
        return PassphraseStrength::tr(
                   "Use at least %1 characters. A few unrelated words make a good passphrase.")
            .arg(MinimumLength);
    case Weak:
        return PassphraseStrength::tr(
            "Easy to guess. Add more words, or mix in capitals, digits and symbols.");
    case Fair:
        return PassphraseStrength::tr("Acceptable. Another word or two would make it strong.");
    case Strong:
        break;
    }
    return PassphraseStrength::tr("Strong passphrase.");
}

} // namespace ClientDesk
