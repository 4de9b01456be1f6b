// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery key of a workspace's recovery kit: 160 random bits a person can write down,
// type back, and have a typo caught before any key derivation.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ClientDesk {

class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::RecoveryKey)

public:
    static constexpr qsizetype SecretSize = 20;
    static constexpr qsizetype GroupCount = 6;
    static constexpr qsizetype GroupLength = 6;

    static RecoveryKey generate();
    // Accepts any case, spaces, hyphens and line breaks, and the look-alikes O (for 0) and
    // I, L (for 1). A mistyped key is refused by its checksum, naming nothing of the key.
    static Result<RecoveryKey> parse(QStringView text);

    RecoveryKey(RecoveryKey &&) = default;
    RecoveryKey &operator=(RecoveryKey &&) = default;
    RecoveryKey clone() const { return RecoveryKey(m_secret.clone()); }

    // Six groups of six characters (Crockford base32: digits and letters without I, L, O, U),
    // the last two characters carrying a checksum.
    QStringList groups() const;
    QString formatted() const { return groups().join(QLatin1Char('-')); }
    // What wraps the master key in the recovery slot.
    const SecretBytes &secret() const { return m_secret; }

private:
    explicit RecoveryKey(SecretBytes secret);

    SecretBytes m_secret;
};

} // namespace ClientDesk
