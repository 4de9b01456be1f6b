// SPDX-License-Identifier: GPL-3.0-or-later
// Wraps keys with AES-256-GCM: sealed = nonce (12) ‖ ciphertext ‖ tag (16), bound to a context.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Result.h"

namespace ClientDesk {

class AeadCipher
{
public:
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;

    // `context` is authenticated but not stored: opening with another context fails, so a
    // blob cannot be moved to another role or another workspace's key file.
    static QByteArray seal(const SecretBytes &key, QByteArrayView plaintext,
                           QByteArrayView context);
    // Fails with ErrorKind::WrongKey when the key or context is wrong or the blob was altered.
    static Result<SecretBytes> open(const SecretBytes &key, QByteArrayView sealed,
                                    QByteArrayView context);
};

} // namespace ClientDesk
