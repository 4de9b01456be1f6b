// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Workspace.h"

#include "models/crypto/Random.h"
#include "models/store/AuditAnchor.h"
#include "models/store/AuditLog.h"
#include "models/store/CrashPoint.h"
#include "models/store/Migrator.h"
#include "models/store/StoreError.h"
#include "models/store/StoreFile.h"
#include "models/store/StoreLog.h"
#include "models/store/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ClientDesk {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Error queryError(const QSqlQuery &query)
{
    return StoreError::from(query.lastError());
}

Result<void> insertRow(Store &store, const Change &change, const QString &sql,
                       const QVariantList &values)
{
    return store.write(change, [&]() -> Result<void> {
        QSqlQuery query(store.database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return queryError(query);
        return {};
    });
}

Result<void> seedRows(Store &store, const QString &workspaceId, const WorkspaceSetup &setup,
                      const QString &ownerId, const QString &deviceId)
{
    const QString now = store.clock().now().toString(Qt::ISODateWithMs);
    store.setActor(ownerId, deviceId);
    const Change workspace {Change::Operation::Create,
                            QStringLiteral("workspace"),
                            workspaceId,
                            {QStringLiteral("name"), QStringLiteral("region")},
                            true,
                            0};
    auto done = insertRow(
        store, workspace,
        QStringLiteral("INSERT INTO workspace (id, name, region, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?)"),
        {workspaceId, setup.workspaceName.trimmed(), Region::key(setup.region), now, now});
    if (!done)
        return done;
    const Change owner {
        Change::Operation::Create,
        QStringLiteral("member"),
        ownerId,
        {QStringLiteral("email"), QStringLiteral("display_name"), QStringLiteral("role")},
        true,
        0};
    done = insertRow(
        store, owner,
        QStringLiteral("INSERT INTO member (id, workspace_id, email, display_name, "
                       "role, updated_at) VALUES (?, ?, ?, ?, 'owner', ?)"),
        {ownerId, workspaceId, setup.ownerEmail.trimmed(), setup.ownerName.trimmed(), now});
    if (!done)
        return done;
    return WorkspaceSettings(store).setValue(WorkspaceSettings::DeviceId, deviceId);
}

// The workspace row, its owner and the device id land together or not at all.
Result<void> seedWorkspace(Store &store, const QString &workspaceId, const WorkspaceSetup &setup,
                           const QString &ownerId, const QString &deviceId)
{
    return store.transaction(
        [&] { return seedRows(store, workspaceId, setup, ownerId, deviceId); });
}

// The key file and the store are checked before any slow key derivation, so a misplaced or
// damaged file is named at once.
Result<KeyFile> loadAndDiagnose(const QString &dir)
{
    auto keyFile = KeyFile::load(Workspace::keyFilePath(dir));
    if (!keyFile)
        return keyFile;
    if (auto diagnosed = StoreFile::diagnose(Workspace::storePath(dir), keyFile->storeSalt());
        !diagnosed)
        return diagnosed.error();
    return keyFile;
}

// A rotation that stopped after re-keying the store, before its key file caught up, left the
// new key pending: it opens the store and becomes the current key.
Result<std::unique_ptr<Store>> openWithPendingKey(const QString &dir, KeyFile &keyFile,
                                                  KeyRing &keys, const Clock &clock)
{
    KeyFile finished = keyFile;
    finished.setDataKey(*keyFile.pendingDataKey());
    finished.setPendingDataKey(std::nullopt);
    auto pending = KeyRing::unlockWithMasterKey(finished, keys.masterKey().clone());
    if (!pending)
        return pending.error();
    auto store = Store::open(Workspace::storePath(dir), pending->dataKey(), clock, {});
    if (!store)
        return store.error();
    if (auto saved = finished.save(Workspace::keyFilePath(dir)); !saved)
        return saved.error();
    qCInfo(lcStore) << "interrupted key rotation finished on open";
    keyFile = std::move(finished);
    keys = std::move(pending.value());
    return store;
}

// The key file's entry for a data key: wrapped by the master key, with its check value.
KeyFile::WrappedDataKey wrapDataKey(const KeyRing &keys, const KeyFile &keyFile)
{
    KeyFile scratch = keyFile;
    keys.writeDataKey(scratch);
    return scratch.dataKey();
}

Result<void> copyForMigration(const QString &dir, int version, const QDateTime &now)
{
    const QString backups = Workspace::backupsPath(dir);
    if (!QDir().mkpath(backups))
        return Error(ErrorKind::Io, Workspace::tr("Could not create the backups folder."));
    const QString stem = backups
        + QStringLiteral("/pre-migration-schema%1-%2")
              .arg(version)
              .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::copy(Workspace::storePath(dir), stem + QStringLiteral(".db"))
        || !QFile::copy(Workspace::keyFilePath(dir), stem + QStringLiteral(".keyfile.json")))
        return Error(ErrorKind::Io,
                     Workspace::tr("Could not copy the store before updating it (is the "
                                   "disk full?). Nothing was changed."));
    return {};
}
} // namespace

QString Workspace::storePath(const QString &dir)
{
    return dir + QStringLiteral("/store.db");
}

QString Workspace::keyFilePath(const QString &dir)
{
    return dir + QStringLiteral("/keyfile.json");
}

QString Workspace::backupsPath(const QString &dir)
{
    return dir + QStringLiteral("/backups");
}

bool Workspace::exists(const QString &dir)
{
    return QFile::exists(keyFilePath(dir));
}

Workspace::Workspace(QString dir, KeyFile keyFile, KeyRing keys, std::unique_ptr<Store> store)
    : m_dir(std::move(dir))
    , m_keyFile(std::move(keyFile))
    , m_keys(std::move(keys))
    , m_store(std::move(store))
{ }

Workspace::~Workspace()
{
    // Closing is when the head is anchored; a failure here is logged, and the next close
    // tries again (the store may be ahead of its anchor, never behind it).
    if (auto anchored = anchorAudit(); !anchored)
        qCWarning(lcStore) << "could not anchor the audit log on close";
}

Result<AuditVerification> Workspace::verifyAudit() const
{
    std::optional<AuditLog::Head> head;
    if (const auto anchor = m_keyFile.auditAnchor()) {
        if (!AuditAnchor::isAuthentic(m_keys, id(), *anchor))
            return Error(
                ErrorKind::InvalidInput,
                Workspace::tr("The audit anchor in the key file was altered, so the audit log "
                              "cannot be checked against it."));
        head = AuditLog::Head {anchor->seq, anchor->hash};
    }
    return AuditLog(m_store->database()).verify(head);
}

Result<void> Workspace::anchorAudit()
{
    auto head = AuditLog(m_store->database()).head();
    if (!head)
        return head.error();
    const auto current = m_keyFile.auditAnchor();
    if (current && current->seq == head->seq && current->hash == head->hash)
        return {};
    // An anchor never moves back, and an altered one is never papered over: a log shorter
    // than its anchor, or an anchor that fails its MAC, keeps showing so until someone looks.
    if (current
        && (head->seq < current->seq || !AuditAnchor::isAuthentic(m_keys, id(), *current))) {
        qCWarning(lcStore) << "audit log is behind its anchor; anchor kept";
        return {};
    }
    return updateKeyFile([&](KeyFile &file) -> Result<void> {
        // Checked again on the file as it is now: another process may have moved it on.
        const auto anchored = file.auditAnchor();
        if (anchored
            && (head->seq < anchored->seq || !AuditAnchor::isAuthentic(m_keys, id(), *anchored)))
            return {};
        file.setAuditAnchor(AuditAnchor::make(m_keys, id(), *head));
        return {};
    });
}

Result<void> Workspace::updateKeyFile(const std::function<Result<void>(KeyFile &)> &change)
{
    // The key file is read again under a lock and only the field at hand is changed, so a
    // change another process made meanwhile (the CLI while the app is open: a new recovery
    // kit, a reset passphrase) is never overwritten by this process's older copy.
    QLockFile lock(keyFilePath(m_dir) + QStringLiteral(".lock"));
    // Held for milliseconds (slow key derivations run before it is taken), so a lock file
    // older than a few seconds is left from a process that died, even one killed before it
    // wrote its process id into the file.
    lock.setStaleLockTime(std::chrono::seconds(5));
    if (!lock.tryLock(std::chrono::seconds(15)))
        return Error(ErrorKind::Io,
                     Workspace::tr("Another ClientDesk program is changing this workspace's key "
                                   "file. Try again in a moment."));
    auto current = KeyFile::load(keyFilePath(m_dir));
    if (!current)
        return current.error();
    if (current->workspaceId() != id())
        return Error(ErrorKind::WrongKey,
                     Workspace::tr("The key file was replaced by one of another workspace."));
    if (auto changed = change(*current); !changed)
        return changed;
    if (auto saved = current->save(keyFilePath(m_dir)); !saved)
        return saved;
    m_keyFile = std::move(current.value());
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &dir,
                                                     const WorkspaceSetup &setup,
                                                     QByteArrayView passphrase, const Clock &clock,
                                                     const ScryptKdf::Params &kdf)
{
    if (auto valid = setup.validate(); !valid)
        return valid.error();
    const QDir target(dir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System))
        return Error(ErrorKind::InvalidInput,
                     Workspace::tr("The folder is not empty. Choose an empty or new folder for the "
                                   "workspace."));
    // Built in a hidden staging folder beside the target and renamed into place at the end:
    // a crash or error part-way leaves no half-made workspace where one is expected.
    const QFileInfo info(QDir::cleanPath(dir));
    if (!QDir().mkpath(info.absolutePath()))
        return Error(ErrorKind::Io, Workspace::tr("Could not create the workspace folder."));
    const QString staging = info.absolutePath() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".creating-") + newId().left(8);
    if (!QDir().mkdir(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error(ErrorKind::Io, Workspace::tr("Could not create the workspace folder."));
    auto discard = [&staging](const Error &error) -> Result<std::unique_ptr<Workspace>> {
        QDir(staging).removeRecursively();
        return error;
    };

    KeyRing keys = KeyRing::generate();
    KeyFile keyFile;
    keyFile.setWorkspaceId(setup.workspaceId.isEmpty() ? newId() : setup.workspaceId);
    {
        auto store = Store::open(storePath(staging), keys.dataKey(), clock, {.create = true});
        if (!store)
            return discard(store.error());
        if (auto migrated = Migrator().migrate(**store); !migrated)
            return discard(migrated.error());
        if (auto seeded = seedWorkspace(**store, keyFile.workspaceId(), setup, newId(), newId());
            !seeded)
            return discard(seeded.error());
        if (auto checkpointed = (*store)->checkpoint(); !checkpointed)
            return discard(checkpointed.error());
    }
    auto salt = StoreFile::readSalt(storePath(staging));
    if (!salt)
        return discard(salt.error());
    keyFile.setStoreSalt(*salt);
    keys.writePassphraseSlot(keyFile, passphrase, kdf);
    RecoveryKey recoveryKey = RecoveryKey::generate();
    keys.writeRecoverySlot(keyFile, recoveryKey, kdf);
    keys.writeDataKey(keyFile);
    if (auto saved = keyFile.save(keyFilePath(staging)); !saved)
        return discard(saved.error());
    if (target.exists() && !QDir().rmdir(dir))
        return discard(Error(ErrorKind::Io, Workspace::tr("Could not use the workspace folder.")));
    if (!QDir().rename(staging, dir))
        return discard(
            Error(ErrorKind::Io, Workspace::tr("Could not move the new workspace into place.")));
    qCInfo(lcStore) << "workspace created";
    auto workspace = open(dir, std::move(keys), clock);
    if (workspace)
        (*workspace)->m_newRecoveryKey = std::move(recoveryKey);
    return workspace;
}

Result<KeyRing> Workspace::unlock(const QString &dir, QByteArrayView passphrase)
{
    auto keyFile = loadAndDiagnose(dir);
    if (!keyFile)
        return keyFile.error();
    return KeyRing::unlockWithPassphrase(*keyFile, passphrase);
}

Result<KeyRing> Workspace::unlockWithRecoveryKey(const QString &dir, const RecoveryKey &recoveryKey)
{
    auto keyFile = loadAndDiagnose(dir);
    if (!keyFile)
        return keyFile.error();
    return KeyRing::unlockWithRecoveryKey(*keyFile, recoveryKey);
}

bool Workspace::unlocksAutomatically(const QString &dir)
{
    const auto keyFile = KeyFile::load(keyFilePath(dir));
    return keyFile && keyFile->keychainEnabled();
}

Result<KeyRing> Workspace::unlockWithKeyStore(const QString &dir, KeyStore &keyStore)
{
    auto keyFile = loadAndDiagnose(dir);
    if (!keyFile)
        return keyFile.error();
    if (!keyFile->keychainEnabled())
        return Error(ErrorKind::WrongKey,
                     Workspace::tr("Unlocking automatically is turned off for this workspace."));
    auto masterKey = keyStore.readMasterKey(keyFile->workspaceId());
    if (!masterKey)
        return masterKey.error();
    auto keys = KeyRing::unlockWithMasterKey(*keyFile, std::move(masterKey.value()));
    if (!keys)
        return Error(ErrorKind::WrongKey,
                     Workspace::tr("The key saved in the system keychain does not open this "
                                   "workspace (it is from an older copy of it)."));
    return keys;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dir, KeyRing keys,
                                                   const Clock &clock, const Migrator &migrator,
                                                   Migration migration)
{
    auto keyFile = loadAndDiagnose(dir);
    if (!keyFile)
        return keyFile.error();
    if (KeyRing::keyCheck(keys.dataKey()) != keyFile->dataKey().check)
        return Error(ErrorKind::WrongKey, Workspace::tr("These keys belong to another workspace."));
    auto store = Store::open(storePath(dir), keys.dataKey(), clock, {});
    if (!store && keyFile->pendingDataKey()) {
        if (auto pending = openWithPendingKey(dir, *keyFile, keys, clock))
            store = std::move(pending);
    }
    if (!store)
        return store.error();
    auto version = (*store)->schemaVersion();
    if (!version)
        return version.error();
    if (auto supported = migrator.checkSupported(*version); !supported)
        return supported.error();
    if (*version < migrator.latestVersion() && migration == Migration::Apply) {
        if (*version > 0) {
            if (auto checkpointed = (*store)->checkpoint(); !checkpointed)
                return checkpointed.error();
            store.value().reset();
            if (auto copied = copyForMigration(dir, *version, clock.now()); !copied)
                return copied.error();
            store = Store::open(storePath(dir), keys.dataKey(), clock, {});
            if (!store)
                return store.error();
        }
        if (auto migrated = migrator.migrate(**store); !migrated)
            return migrated.error();
    }
    std::unique_ptr<Workspace> workspace(
        new Workspace(dir, std::move(keyFile.value()), std::move(keys), std::move(store.value())));
    if (auto identity = workspace->loadIdentity(); !identity)
        return identity.error();
    qCInfo(lcStore) << "workspace opened";
    return workspace;
}

Result<void> Workspace::loadIdentity()
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM workspace LIMIT 1")))
        return queryError(query);
    if (!query.next() || query.value(0).toString() != m_keyFile.workspaceId())
        return Error(ErrorKind::WrongKey,
                     Workspace::tr("The key file and the store belong to different workspaces."));
    m_name = query.value(1).toString();
    if (!query.exec(QStringLiteral(
            "SELECT id FROM member WHERE role = 'owner' AND deleted_at IS NULL LIMIT 1")))
        return queryError(query);
    if (query.next())
        m_ownerId = query.value(0).toString();
    query.finish();
    auto device = WorkspaceSettings(*m_store).value(WorkspaceSettings::DeviceId);
    if (!device)
        return device.error();
    m_deviceId = device->value_or(QString());
    m_store->setActor(m_ownerId, m_deviceId);
    return {};
}

Result<RecoveryKey> Workspace::regenerateRecoveryKey(const ScryptKdf::Params &kdf)
{
    RecoveryKey recoveryKey = RecoveryKey::generate();
    KeyFile prepared = m_keyFile;
    m_keys.writeRecoverySlot(prepared, recoveryKey, kdf);
    if (auto installed = installRecoverySlot(prepared); !installed)
        return installed.error();
    return recoveryKey;
}

Result<void> Workspace::installRecoverySlot(const KeyFile &prepared)
{
    const auto slot = prepared.slot(KeyFile::RecoverySlot);
    if (prepared.workspaceId() != id() || !slot)
        return Error(ErrorKind::InvalidInput,
                     Workspace::tr("The new recovery kit does not belong to this workspace."));
    if (auto saved = updateKeyFile([&](KeyFile &file) -> Result<void> {
            file.setSlot(*slot);
            return {};
        });
        !saved)
        return saved;
    qCInfo(lcStore) << "recovery key replaced";
    return {};
}

Result<void> Workspace::setUnlocksAutomatically(bool enabled)
{
    if (m_keyFile.keychainEnabled() == enabled)
        return {};
    if (auto saved = updateKeyFile([&](KeyFile &file) -> Result<void> {
            file.setKeychainEnabled(enabled);
            return {};
        });
        !saved)
        return saved;
    qCInfo(lcStore) << "unlock automatically:" << enabled;
    return {};
}

Result<void> Workspace::changePassphrase(QByteArrayView newPassphrase, const ScryptKdf::Params &kdf)
{
    // scrypt runs first, outside the key file's lock; under it only the slot is swapped in.
    KeyFile scratch = m_keyFile;
    m_keys.writePassphraseSlot(scratch, newPassphrase, kdf);
    const KeyFile::Slot slot = *scratch.slot(KeyFile::PassphraseSlot);
    if (auto saved = updateKeyFile([&](KeyFile &file) -> Result<void> {
            file.setSlot(slot);
            return {};
        });
        !saved)
        return saved;
    qCInfo(lcStore) << "passphrase changed";
    return {};
}

Result<void> Workspace::rotateDataKey()
{
    KeyRing next = m_keys.withDataKey(Random::secret(KeyRing::KeySize));
    const KeyFile::WrappedDataKey pending = wrapDataKey(next, m_keyFile);
    // (1) The new key is saved as pending before any page changes, so whatever happens next
    // one of the two keys in the key file opens the store.
    bool pendingSaved = false;
    const Result<void> rekeyed = m_store->rekey(next.dataKey(), [&]() -> Result<void> {
        if (auto saved = updateKeyFile([&](KeyFile &file) -> Result<void> {
                file.setPendingDataKey(pending);
                return {};
            });
            !saved)
            return saved;
        pendingSaved = true;
        CrashPoint::hit("rotate.after-pending");
        return {};
    });
    if (!pendingSaved)
        return rekeyed;
    // (2) SQLCipher does not report a rewrite that failed, so the file itself is asked.
    if (auto landed = confirmRekey(next, rekeyed); !landed)
        return landed;
    CrashPoint::hit("rotate.after-rekey");
    // (3) The swap: pending becomes current. SQLCipher keeps the file's salt on a rekey, so
    // storeSalt stays as it is.
    if (auto saved = updateKeyFile([&](KeyFile &file) -> Result<void> {
            next.writeDataKey(file);
            file.setPendingDataKey(std::nullopt);
            return {};
        });
        !saved)
        return saved; // the pending key still opens the store; the next open finishes the swap
    m_keys = std::move(next);
    CrashPoint::hit("rotate.after-swap");
    qCInfo(lcStore) << "data key rotated";
    return {};
}

Result<RecoveryKey> Workspace::rotateAllKeys(QByteArrayView passphrase,
                                             const ScryptKdf::Params &kdf)
{
    // The passphrase is checked before anything changes: the new master key is wrapped under it.
    auto keyFile = KeyFile::load(keyFilePath(m_dir));
    if (!keyFile)
        return keyFile.error();
    if (auto checked = KeyRing::unlockWithPassphrase(*keyFile, passphrase); !checked)
        return checked.error();
    if (auto rotated = rotateDataKey(); !rotated)
        return rotated.error();
    CrashPoint::hit("rotate.before-master");

    // One atomic write of the key file swaps the master key: its slots, the data key wrapped
    // under it and the audit anchor's MAC all change together, or none does.
    KeyRing next = KeyRing::generate().withDataKey(m_keys.dataKey().clone());
    RecoveryKey recoveryKey = RecoveryKey::generate();
    auto head = AuditLog(m_store->database()).head();
    if (!head)
        return head.error();
    // scrypt runs first, outside the key file's lock; under it the prepared parts go in.
    KeyFile scratch = m_keyFile;
    next.writePassphraseSlot(scratch, passphrase, kdf);
    next.writeRecoverySlot(scratch, recoveryKey, kdf);
    next.writeDataKey(scratch);
    auto saved = updateKeyFile([&](KeyFile &file) -> Result<void> {
        file.setSlot(*scratch.slot(KeyFile::PassphraseSlot));
        file.setSlot(*scratch.slot(KeyFile::RecoverySlot));
        file.setDataKey(scratch.dataKey());
        file.setPendingDataKey(std::nullopt);
        file.setKeychainEnabled(false);
        // The anchor moves to the new key. One that is altered stays as it is, and one the
        // log is cut below keeps its place, so either still shows.
        const auto anchored = file.auditAnchor();
        if (anchored && !AuditAnchor::isAuthentic(m_keys, id(), *anchored))
            return {};
        AuditLog::Head anchorHead = *head;
        if (anchored && head->seq < anchored->seq)
            anchorHead = {anchored->seq, anchored->hash};
        file.setAuditAnchor(AuditAnchor::make(next, id(), anchorHead));
        return {};
    });
    if (!saved)
        return saved.error();
    m_keys = std::move(next);
    CrashPoint::hit("rotate.after-master");
    qCInfo(lcStore) << "master key rotated";
    return recoveryKey;
}

Result<void> Workspace::confirmRekey(const KeyRing &next, const Result<void> &rekeyed)
{
    // The connection is closed and opened on the new key, so a rewrite that failed part-way
    // is rolled back first and shows as the old key still opening the store.
    if (m_store->reopen(next.dataKey())) {
        const Change change {Change::Operation::Update,
                             QStringLiteral("workspace"),
                             id(),
                             {QStringLiteral("data_key")},
                             false,
                             0};
        return m_store->write(change, [] { return Result<void>(); });
    }
    if (auto reopened = m_store->reopen(m_keys.dataKey()); !reopened)
        return reopened; // neither key opens it: the pending key stays for the next open
    if (!updateKeyFile([](KeyFile &file) -> Result<void> {
            file.setPendingDataKey(std::nullopt);
            return {};
        }))
        qCWarning(lcStore) << "could not clear the pending key after a failed rotation";
    const QString reason = rekeyed ? QString() : QLatin1Char(' ') + rekeyed.error().message();
    return Error(rekeyed ? ErrorKind::Io : rekeyed.error().kind(),
                 Workspace::tr("The store could not be re-encrypted, so its key was not "
                               "changed.%1")
                     .arg(reason));
}

} // namespace ClientDesk
