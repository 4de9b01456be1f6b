// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace's unlocked keys (master key, data key) and the operations that wrap them into its
// KeyFile.
#pragma once

#include "models/crypto/KeyFile.h"
#include "models/crypto/RecoveryKey.h"
#include "models/crypto/SecretBytes.h"

namespace ClientDesk {

class KeyRing
{
public:
    static constexpr qsizetype KeySize = 32;

    // Fresh random master and data keys for a new workspace.
    static KeyRing generate();
    // The slow path (scrypt): run it off the GUI thread.
    static Result<KeyRing> unlockWithPassphrase(const KeyFile &keyFile, QByteArrayView passphrase);
    static Result<KeyRing> unlockWithMasterKey(const KeyFile &keyFile, SecretBytes masterKey);
    // The recovery kit's way in (scrypt as well: off the GUI thread).
    static Result<KeyRing> unlockWithRecoveryKey(const KeyFile &keyFile,
                                                 const RecoveryKey &recoveryKey);

    KeyRing(KeyRing &&) = default;
    KeyRing &operator=(KeyRing &&) = default;

    // Writes (or replaces) the passphrase slot; the store is not touched.
    void writePassphraseSlot(KeyFile &keyFile, QByteArrayView passphrase,
                             const ScryptKdf::Params &params) const;
    // Writes (or replaces) the recovery slot: a key written before stops working.
    void writeRecoverySlot(KeyFile &keyFile, const RecoveryKey &recoveryKey,
                           const ScryptKdf::Params &params) const;
    void writeDataKey(KeyFile &keyFile) const;

    const SecretBytes &masterKey() const { return m_masterKey; }
    const SecretBytes &dataKey() const { return m_dataKey; }
    KeyRing clone() const;
    // The same master key with another data key: a rotation's new key, or a pending one.
    KeyRing withDataKey(SecretBytes dataKey) const;

    // A short tag that tells which data key a store was keyed with, without revealing it.
    static QByteArray keyCheck(const SecretBytes &dataKey);
    // A subkey of the master key for one purpose (HKDF-SHA256), e.g. the audit anchor's MAC.
    SecretBytes deriveSubkey(QByteArrayView purpose) const;

private:
    KeyRing(SecretBytes masterKey, SecretBytes dataKey);
    static Result<SecretBytes> openSlot(const KeyFile &keyFile, const QString &type,
                                        QByteArrayView secret);
    void writeSlot(KeyFile &keyFile, const QString &type, QByteArrayView secret,
                   const ScryptKdf::Params &params) const;

    SecretBytes m_masterKey;
    SecretBytes m_dataKey;
};

} // namespace ClientDesk
