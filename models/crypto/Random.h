// SPDX-License-Identifier: GPL-3.0-or-later
// Cryptographically strong random bytes from OpenSSL's RAND_bytes.
#pragma once

#include "models/crypto/SecretBytes.h"

namespace ClientDesk {

class Random
{
public:
    // For key material: the buffer wipes itself.
    static SecretBytes secret(qsizetype size);
    // For salts and nonces, which are not secret.
    static QByteArray bytes(qsizetype size);
};

} // namespace ClientDesk
