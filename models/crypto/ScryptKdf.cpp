// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/ScryptKdf.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace ClientDesk {

namespace {
constexpr quint64 MinN = 1ULL << 10;
// scrypt needs 128·r·N bytes; more than 1 GiB is no setting ClientDesk ever writes.
constexpr quint64 MaxMemory = 1ULL << 30;
// N·r·p at most 16× the interactive cost, so a tampered key file cannot stall an unlock.
constexpr quint64 MaxWork = 16ULL * (1ULL << 17) * 8;

Error invalidParams()
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::ScryptKdf",
                                             "The key file asks for key-derivation settings "
                                             "ClientDesk does not accept; it may be damaged."));
}
} // namespace

Result<void> ScryptKdf::checkParams(const Params &params)
{
    const bool powerOfTwo = params.n != 0 && (params.n & (params.n - 1)) == 0;
    if (!powerOfTwo || params.n < MinN || params.r < 1 || params.r > 32 || params.p < 1
        || params.p > 16)
        return invalidParams();
    if (params.n > MaxMemory / (128ULL * params.r) || params.n * params.r > MaxWork / params.p)
        return invalidParams();
    return {};
}

Result<SecretBytes> ScryptKdf::derive(QByteArrayView passphrase, QByteArrayView salt,
                                      const Params &params)
{
    if (auto checked = checkParams(params); !checked)
        return checked.error();
    SecretBytes key(KeySize);
    const int rc =
        EVP_PBE_scrypt(passphrase.data(), static_cast<size_t>(passphrase.size()),
                       reinterpret_cast<const unsigned char *>(salt.data()),
                       static_cast<size_t>(salt.size()), params.n, params.r, params.p, MaxMemory,
                       reinterpret_cast<unsigned char *>(key.data()), static_cast<size_t>(KeySize));
    if (rc != 1)
        return Error(ErrorKind::Io,
                     QCoreApplication::translate("ClientDesk::ScryptKdf",
                                                 "Could not derive the key: not enough memory."));
    return key;
}

} // namespace ClientDesk
