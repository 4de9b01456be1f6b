// SPDX-License-Identifier: GPL-3.0-or-later
// Derives a key-encryption key from a passphrase with scrypt (OpenSSL EVP_PBE_scrypt).
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Result.h"

namespace ClientDesk {

class ScryptKdf
{
public:
    struct Params
    {
        quint64 n = 1ULL << 17;
        quint32 r = 8;
        quint32 p = 1;

        // About 0.3 s and 128 MiB on a current laptop: the cost every interactive unlock pays.
        static Params interactive() { return {}; }
        bool operator==(const Params &) const = default;
    };

    static constexpr qsizetype SaltSize = 16;
    static constexpr qsizetype KeySize = 32;

    // Refuses parameters outside a sane range, so a tampered key file cannot demand
    // terabytes of memory or a key that takes no work to guess.
    static Result<void> checkParams(const Params &params);
    static Result<SecretBytes> derive(QByteArrayView passphrase, QByteArrayView salt,
                                      const Params &params);
};

} // namespace ClientDesk
