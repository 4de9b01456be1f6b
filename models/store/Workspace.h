// SPDX-License-Identifier: GPL-3.0-or-later
// An unlocked workspace: its folder, key file, keys and open store. Destroying it locks the
// workspace.
#pragma once

#include "models/crypto/KeyFile.h"
#include "models/crypto/KeyRing.h"
#include "models/crypto/KeyStore.h"
#include "models/crypto/RecoveryKey.h"
#include "models/domain/Clock.h"
#include "models/domain/WorkspaceSetup.h"
#include "models/store/AuditVerification.h"
#include "models/store/Migrator.h"
#include "models/store/Store.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace ClientDesk {

class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::Workspace)

public:
    static QString storePath(const QString &dir);
    static QString keyFilePath(const QString &dir);
    static QString backupsPath(const QString &dir);
    // True when the folder holds a workspace (its key file).
    static bool exists(const QString &dir);

    // Makes a new workspace in an empty or missing folder: keys (a passphrase slot and a
    // recovery slot), store, owner, audit entries. takeRecoveryKey() hands out the recovery key.
    static Result<std::unique_ptr<Workspace>>
    create(const QString &dir, const WorkspaceSetup &setup, QByteArrayView passphrase,
           const Clock &clock, const ScryptKdf::Params &kdf = ScryptKdf::Params::interactive());

    // Derives the keys from the passphrase (scrypt: slow, safe on any thread). Touches nothing.
    static Result<KeyRing> unlock(const QString &dir, QByteArrayView passphrase);
    // The same with the recovery kit's key (scrypt too).
    static Result<KeyRing> unlockWithRecoveryKey(const QString &dir,
                                                 const RecoveryKey &recoveryKey);
    // Whether "unlock automatically on this device" is on (a small read of the key file).
    static bool unlocksAutomatically(const QString &dir);
    // The master key from the OS keychain (may block on IPC: off the GUI thread). Any
    // failure says why; it never leads to a new key.
    static Result<KeyRing> unlockWithKeyStore(const QString &dir, KeyStore &keyStore);
    // Whether opening brings an older schema up to date. Commands that only look (info,
    // audit verify, unlock --check) leave the store as it is.
    enum class Migration { Apply, Skip };

    // Opens the store with unlocked keys, migrating an older schema after copying it to
    // backups/. On any error every file is left as it was.
    static Result<std::unique_ptr<Workspace>> open(const QString &dir, KeyRing keys,
                                                   const Clock &clock,
                                                   const Migrator &migrator = Migrator(),
                                                   Migration migration = Migration::Apply);

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    QString dir() const { return m_dir; }
    QString id() const { return m_keyFile.workspaceId(); }
    QString name() const { return m_name; }
    QString ownerId() const { return m_ownerId; }
    QString deviceId() const { return m_deviceId; }
    // This device's invoice number series (from its device id), so two devices issuing
    // offline never hand out the same number; the server enforces uniqueness as well.
    QString invoiceSeries() const { return m_deviceId.left(6).toUpper(); }
    Store &store() { return *m_store; }
    const KeyFile &keyFile() const { return m_keyFile; }
    // A copy of the unlocked keys, to reopen the store on another thread's connection.
    KeyRing keyRing() const { return m_keys.clone(); }

    // The audit chain checked against the anchor the key file holds (its MAC first).
    Result<AuditVerification> verifyAudit() const;
    // Records the audit head in the key file (when it moved); done on close and lock.
    Result<void> anchorAudit();

    // The recovery key made by create() or regenerateRecoveryKey(), once: nobody keeps it.
    std::optional<RecoveryKey> takeRecoveryKey() { return std::exchange(m_newRecoveryKey, {}); }
    // Replaces the recovery slot with a new key; the old recovery key stops working.
    Result<RecoveryKey>
    regenerateRecoveryKey(const ScryptKdf::Params &kdf = ScryptKdf::Params::interactive());
    // The same in two steps, so the slow one runs off the GUI thread: the caller writes a new
    // recovery slot into a copy of keyFile() (KeyRing::writeRecoverySlot, on a worker), and
    // this saves that slot as the workspace's own.
    Result<void> installRecoverySlot(const KeyFile &prepared);

    bool unlocksAutomatically() const { return m_keyFile.keychainEnabled(); }
    // Records whether the master key is in the OS keychain; the caller writes or removes the
    // keychain entry first (KeyStore calls block, so it does that off the GUI thread).
    Result<void> setUnlocksAutomatically(bool enabled);

    // Re-wraps the master key under a new passphrase; the store is not touched.
    Result<void> changePassphrase(QByteArrayView newPassphrase,
                                  const ScryptKdf::Params &kdf = ScryptKdf::Params::interactive());

    // Re-encrypts the store under a new random data key: saved as pending first, then PRAGMA
    // rekey, then pending becomes current. A crash at any point leaves a key in the key file
    // that opens the store (open() finishes an interrupted swap). Needs the store to itself.
    Result<void> rotateDataKey();
    // Shuts out every passphrase, recovery key and keychain entry given out before, also the
    // ones in copies of the key file (backups): rotateDataKey(), then a new master key wrapped
    // under `passphrase` (the current one, asked again) and a new recovery key, which it
    // returns. Copies of the key file then open only their own copy of the store. Unlocking
    // automatically is turned off (the keychain holds the old master key).
    Result<RecoveryKey>
    rotateAllKeys(QByteArrayView passphrase,
                  const ScryptKdf::Params &kdf = ScryptKdf::Params::interactive());

private:
    Workspace(QString dir, KeyFile keyFile, KeyRing keys, std::unique_ptr<Store> store);
    // Reads the key file afresh under a lock, applies `change` and saves it atomically.
    Result<void> updateKeyFile(const std::function<Result<void>(KeyFile &)> &change);
    Result<void> loadIdentity();
    Result<void> confirmRekey(const KeyRing &next, const Result<void> &rekeyed);

    QString m_dir;
    KeyFile m_keyFile;
    KeyRing m_keys;
    std::unique_ptr<Store> m_store;
    QString m_name;
    QString m_ownerId;
    QString m_deviceId;
    std::optional<RecoveryKey> m_newRecoveryKey;
};

} // namespace ClientDesk
