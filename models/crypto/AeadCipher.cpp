// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/AeadCipher.h"

#include "models/crypto/Random.h"

#include <QCoreApplication>

#include <memory>
#include <openssl/evp.h>
#include <stdexcept>

namespace ClientDesk {

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

unsigned char *bytes(char *data)
{
    return reinterpret_cast<unsigned char *>(data);
}

Error authenticationFailed()
{
    return Error(ErrorKind::WrongKey,
                 QCoreApplication::translate("ClientDesk::AeadCipher",
                                             "The key does not fit, or the wrapped key was "
                                             "altered."));
}
} // namespace

QByteArray AeadCipher::seal(const SecretBytes &key, QByteArrayView plaintext,
                            QByteArrayView context)
{
    if (key.size() != KeySize)
        throw std::invalid_argument("AES-256-GCM needs a 32-byte key");
    const QByteArray nonce = Random::bytes(NonceSize);
    QByteArray sealed = nonce + QByteArray(plaintext.size() + TagSize, '\0');
    unsigned char *out = bytes(sealed.data()) + NonceSize;

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key.view()),
                              bytes(nonce))
            == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(context),
                             static_cast<int>(context.size()))
            == 1
        && EVP_EncryptUpdate(ctx.get(), out, &length, bytes(plaintext),
                             static_cast<int>(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(ctx.get(), out + length, &length) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(TagSize),
                               out + plaintext.size())
            == 1;
    if (!ok)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return sealed;
}

Result<SecretBytes> AeadCipher::open(const SecretBytes &key, QByteArrayView sealed,
                                     QByteArrayView context)
{
    if (key.size() != KeySize || sealed.size() < NonceSize + TagSize)
        return authenticationFailed();
    const qsizetype plainSize = sealed.size() - NonceSize - TagSize;
    const auto *nonce = bytes(sealed);
    const auto *cipherText = nonce + NonceSize;
    QByteArray tag(sealed.last(TagSize).toByteArray());
    SecretBytes plain(plainSize);

    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    const bool ok = ctx
        && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(key.view()), nonce) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(context),
                             static_cast<int>(context.size()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), bytes(plain.data()), &length, cipherText,
                             static_cast<int>(plainSize))
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(TagSize),
                               tag.data())
            == 1
        && EVP_DecryptFinal_ex(ctx.get(), bytes(plain.data()) + length, &length) == 1;
    if (!ok)
        return authenticationFailed();
    return plain;
}

} // namespace ClientDesk
