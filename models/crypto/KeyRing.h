// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace's unlocked keys (master key, data key) and the operations that wrap them into its
// KeyFile.
#pragma once

#include "models/crypto/KeyFile.h"
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

    KeyRing(KeyRing &&) = default;
    KeyRing &operator=(KeyRing &&) = default;

    // Writes (or replaces) the passphrase slot; the store is not touched.
    void writePassphraseSlot(KeyFile &keyFile, QByteArrayView passphrase,
                             const ScryptKdf::Params &params) const;
    void writeDataKey(KeyFile &keyFile) const;

    const SecretBytes &masterKey() const { return m_masterKey; }
    const SecretBytes &dataKey() const { return m_dataKey; }
    KeyRing clone() const;

    // A short tag that tells which data key a store was keyed with, without revealing it.
    static QByteArray keyCheck(const SecretBytes &dataKey);
    // A subkey of the master key for one purpose (HKDF-SHA256), e.g. the audit anchor's MAC.
    SecretBytes deriveSubkey(QByteArrayView purpose) const;

private:
    KeyRing(SecretBytes masterKey, SecretBytes dataKey);

    SecretBytes m_masterKey;
    SecretBytes m_dataKey;
};

} // namespace ClientDesk
