// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/KeyRing.h"

#include "models/crypto/AeadCipher.h"
#include "models/crypto/CryptoLog.h"
#include "models/crypto/Random.h"

#include <QCoreApplication>

#include <memory>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <stdexcept>

namespace ClientDesk {

namespace {
QByteArray slotContext(const KeyFile &keyFile, const QString &slotType)
{
    return "clientdesk/v1/" + keyFile.workspaceId().toUtf8() + "/master-key/" + slotType.toUtf8();
}

QByteArray dataKeyContext(const KeyFile &keyFile)
{
    return "clientdesk/v1/" + keyFile.workspaceId().toUtf8() + "/data-key";
}

Error wrongPassphrase()
{
    return Error(
        ErrorKind::WrongKey,
        QCoreApplication::translate("ClientDesk::KeyRing", "The passphrase is not correct."));
}

Error keyFileDamaged()
{
    return Error(ErrorKind::WrongKey,
                 QCoreApplication::translate("ClientDesk::KeyRing",
                                             "The key file's data key does not open with this "
                                             "master key: the key file was altered or belongs "
                                             "to another workspace."));
}
} // namespace

KeyRing::KeyRing(SecretBytes masterKey, SecretBytes dataKey)
    : m_masterKey(std::move(masterKey))
    , m_dataKey(std::move(dataKey))
{ }

KeyRing KeyRing::generate()
{
    return KeyRing(Random::secret(KeySize), Random::secret(KeySize));
}

Result<SecretBytes> KeyRing::openSlot(const KeyFile &keyFile, const QString &type,
                                      QByteArrayView secret)
{
    const auto slot = keyFile.slot(type);
    if (!slot)
        return Error(ErrorKind::WrongKey,
                     type == KeyFile::RecoverySlot
                         ? QCoreApplication::translate("ClientDesk::KeyRing",
                                                       "This workspace has no recovery key set.")
                         : QCoreApplication::translate("ClientDesk::KeyRing",
                                                       "This workspace has no passphrase set."));
    auto kek = ScryptKdf::derive(secret, slot->salt, slot->kdf);
    if (!kek)
        return kek.error();
    auto master = AeadCipher::open(*kek, slot->wrappedMasterKey, slotContext(keyFile, type));
    if (!master) {
        qCInfo(lcCrypto).noquote() << type << "unlock refused";
        if (type == KeyFile::RecoverySlot)
            return Error(ErrorKind::WrongKey,
                         QCoreApplication::translate(
                             "ClientDesk::KeyRing",
                             "This recovery key does not open the workspace: it belongs to "
                             "another workspace, or a newer recovery kit replaced it."));
        return wrongPassphrase();
    }
    return master;
}

Result<KeyRing> KeyRing::unlockWithPassphrase(const KeyFile &keyFile, QByteArrayView passphrase)
{
    auto master = openSlot(keyFile, KeyFile::PassphraseSlot, passphrase);
    if (!master)
        return master.error();
    return unlockWithMasterKey(keyFile, std::move(master.value()));
}

Result<KeyRing> KeyRing::unlockWithRecoveryKey(const KeyFile &keyFile,
                                               const RecoveryKey &recoveryKey)
{
    auto master = openSlot(keyFile, KeyFile::RecoverySlot, recoveryKey.secret().view());
    if (!master)
        return master.error();
    return unlockWithMasterKey(keyFile, std::move(master.value()));
}

Result<KeyRing> KeyRing::unlockWithMasterKey(const KeyFile &keyFile, SecretBytes masterKey)
{
    auto dataKey = AeadCipher::open(masterKey, keyFile.dataKey().wrapped, dataKeyContext(keyFile));
    if (!dataKey || dataKey->size() != KeySize || keyCheck(*dataKey) != keyFile.dataKey().check)
        return keyFileDamaged();
    return KeyRing(std::move(masterKey), std::move(dataKey.value()));
}

void KeyRing::writePassphraseSlot(KeyFile &keyFile, QByteArrayView passphrase,
                                  const ScryptKdf::Params &params) const
{
    writeSlot(keyFile, KeyFile::PassphraseSlot, passphrase, params);
}

void KeyRing::writeRecoverySlot(KeyFile &keyFile, const RecoveryKey &recoveryKey,
                                const ScryptKdf::Params &params) const
{
    writeSlot(keyFile, KeyFile::RecoverySlot, recoveryKey.secret().view(), params);
}

void KeyRing::writeSlot(KeyFile &keyFile, const QString &type, QByteArrayView secret,
                        const ScryptKdf::Params &params) const
{
    KeyFile::Slot slot;
    slot.type = type;
    slot.kdf = params;
    slot.salt = Random::bytes(ScryptKdf::SaltSize);
    auto kek = ScryptKdf::derive(secret, slot.salt, params);
    if (!kek)
        throw std::runtime_error("scrypt failed for parameters ClientDesk chose itself");
    slot.wrappedMasterKey = AeadCipher::seal(*kek, m_masterKey.view(), slotContext(keyFile, type));
    keyFile.setSlot(slot);
}

void KeyRing::writeDataKey(KeyFile &keyFile) const
{
    keyFile.setDataKey({AeadCipher::seal(m_masterKey, m_dataKey.view(), dataKeyContext(keyFile)),
                        keyCheck(m_dataKey)});
}

KeyRing KeyRing::clone() const
{
    return KeyRing(m_masterKey.clone(), m_dataKey.clone());
}

KeyRing KeyRing::withDataKey(SecretBytes dataKey) const
{
    return KeyRing(m_masterKey.clone(), std::move(dataKey));
}

QByteArray KeyRing::keyCheck(const SecretBytes &dataKey)
{
    static constexpr char label[] = "ClientDesk data key check v1";
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), dataKey.constData(), static_cast<int>(dataKey.size()),
         reinterpret_cast<const unsigned char *>(label), sizeof(label) - 1, mac, &length);
    return QByteArray(reinterpret_cast<const char *>(mac), 16);
}

SecretBytes KeyRing::deriveSubkey(QByteArrayView purpose) const
{
    SecretBytes subkey(KeySize);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), &EVP_PKEY_CTX_free);
    size_t length = static_cast<size_t>(KeySize);
    const bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) == 1
        && EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) == 1
        && EVP_PKEY_CTX_set1_hkdf_key(
               ctx.get(), reinterpret_cast<const unsigned char *>(m_masterKey.constData()),
               static_cast<int>(m_masterKey.size()))
            == 1
        && EVP_PKEY_CTX_add1_hkdf_info(ctx.get(),
                                       reinterpret_cast<const unsigned char *>(purpose.data()),
                                       static_cast<int>(purpose.size()))
            == 1
        && EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char *>(subkey.data()), &length)
            == 1;
    if (!ok)
        throw std::runtime_error("HKDF failed");
    return subkey;
}

} // namespace ClientDesk
