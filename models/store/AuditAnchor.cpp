// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/AuditAnchor.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ClientDesk {

QByteArray AuditAnchor::mac(const KeyRing &keys, const QString &workspaceId, qint64 seq,
                            const QByteArray &hash)
{
    const SecretBytes key = keys.deriveSubkey("clientdesk audit anchor v1");
    const QByteArray message = workspaceId.toUtf8() + '\n' + QByteArray::number(seq) + '\n' + hash;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()),
         static_cast<size_t>(message.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
}

KeyFile::AuditAnchor AuditAnchor::make(const KeyRing &keys, const QString &workspaceId,
                                       const AuditLog::Head &head)
{
    return {head.seq, head.hash, mac(keys, workspaceId, head.seq, head.hash)};
}

bool AuditAnchor::isAuthentic(const KeyRing &keys, const QString &workspaceId,
                              const KeyFile::AuditAnchor &anchor)
{
    const QByteArray expected = mac(keys, workspaceId, anchor.seq, anchor.hash);
    return expected.size() == anchor.mac.size()
        && CRYPTO_memcmp(expected.constData(), anchor.mac.constData(),
                         static_cast<size_t>(expected.size()))
        == 0;
}

} // namespace ClientDesk
