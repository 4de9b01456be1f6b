// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/Random.h"

#include <openssl/rand.h>
#include <stdexcept>

namespace ClientDesk {

namespace {
void fill(char *data, qsizetype size)
{
    // RAND_bytes only fails when the OS entropy source is broken; nothing safe can go on then.
    if (size > 0
        && RAND_bytes(reinterpret_cast<unsigned char *>(data), static_cast<int>(size)) != 1)
        throw std::runtime_error("the system's random number generator failed");
}
} // namespace

SecretBytes Random::secret(qsizetype size)
{
    SecretBytes secret(size);
    fill(secret.data(), size);
    return secret;
}

QByteArray Random::bytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    fill(bytes.data(), size);
    return bytes;
}

} // namespace ClientDesk
