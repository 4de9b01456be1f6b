// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BackupRestore.h"

#include "models/crypto/KeyFile.h"
#include "models/store/StoreError.h"
#include "models/store/StoreFile.h"
#include "models/store/StoreLog.h"
#include "models/store/Workspace.h"
#include "models/store/ZipReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace ClientDesk {

namespace {
constexpr qint64 MaxSmallEntry = 1 << 20;

Error damagedBackup(const QString &detail)
{
    return Error(ErrorKind::InvalidInput,
                 BackupRestore::tr("The backup is damaged and was not restored: %1").arg(detail));
}

// The most an entry may hold: what the manifest says, and never more than a key file can be.
qint64 allowedSize(const BackupManifest &manifest, const QString &name)
{
    const qint64 declared = manifest.files.value(name).size;
    return name == BackupManifest::StoreEntry ? declared : std::min(declared, MaxSmallEntry);
}

// Refuses a backup the disk cannot hold before anything is unpacked, rather than filling it.
Result<void> checkFreeSpace(const BackupManifest &manifest, const QString &staging)
{
    const qint64 store = allowedSize(manifest, BackupManifest::StoreEntry);
    const qint64 keyFile = allowedSize(manifest, BackupManifest::KeyFileEntry);
    const qint64 needed = store > std::numeric_limits<qint64>::max() - keyFile
        ? std::numeric_limits<qint64>::max()
        : store + keyFile;
    const QStorageInfo storage(staging);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || needed <= available)
        return {}; // cannot tell: a write that fails says so itself
    qCInfo(lcStore) << "restore refused: the backup needs" << needed << "bytes," << available
                    << "free";
    const QLocale locale;
    return Error(ErrorKind::Io,
                 BackupRestore::tr("The backup needs %1 but the disk has %2 free. Make room, or "
                                   "restore onto another disk.")
                     .arg(locale.formattedDataSize(needed, 1, QLocale::DataSizeSIFormat),
                          locale.formattedDataSize(available, 1, QLocale::DataSizeSIFormat)));
}

Result<void> extractTo(const ZipReader &archive, const BackupManifest &manifest,
                       const QString &name, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Stops at the manifest's size: a hostile entry cannot fill the disk before it is refused.
    auto hash = archive.extract(name, out, allowedSize(manifest, name));
    if (!hash) {
        if (hash.error().kind() == ErrorKind::InvalidInput)
            return damagedBackup(hash.error().message());
        return hash.error();
    }
    const BackupManifest::File expected = manifest.files.value(name);
    if (*hash != expected.sha256 || out.size() != expected.size)
        return damagedBackup(
            BackupRestore::tr("%1 does not match the checksum in its manifest.").arg(name));
    if (!out.commit())
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not write %1 (is the disk full?): %2")
                         .arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

Result<void> unpack(const QString &file, const QString &staging, BackupManifest &manifest)
{
    ZipReader archive(file);
    if (auto opened = archive.open(); !opened) {
        if (opened.error().kind() == ErrorKind::InvalidInput)
            return Error(ErrorKind::InvalidInput,
                         BackupRestore::tr("%1 is not a ClientDesk backup, or it is damaged. %2")
                             .arg(QDir::toNativeSeparators(file), opened.error().message()));
        return opened;
    }
    if (!archive.contains(BackupManifest::ManifestEntry))
        return Error(ErrorKind::InvalidInput,
                     BackupRestore::tr("%1 is not a ClientDesk backup (it has no manifest.json).")
                         .arg(QDir::toNativeSeparators(file)));
    auto manifestJson = archive.read(BackupManifest::ManifestEntry, MaxSmallEntry);
    if (!manifestJson)
        return damagedBackup(manifestJson.error().message());
    auto parsed = BackupManifest::fromJson(*manifestJson);
    if (!parsed)
        return parsed.error();
    manifest = *parsed;
    if (auto room = checkFreeSpace(manifest, staging); !room)
        return room;
    for (const QString &name : {BackupManifest::KeyFileEntry, BackupManifest::StoreEntry}) {
        if (auto extracted = extractTo(archive, manifest, name, staging + QLatin1Char('/') + name);
            !extracted)
            return extracted;
    }
    auto keyFile = KeyFile::load(Workspace::keyFilePath(staging));
    if (!keyFile)
        return keyFile.error();
    if (keyFile->workspaceId() != manifest.workspaceId)
        return damagedBackup(
            BackupRestore::tr("its key file belongs to another workspace than its manifest."));
    return StoreFile::diagnose(Workspace::storePath(staging), keyFile->storeSalt());
}

// The folders from `path` up that do not exist yet, deepest first.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    for (QFileInfo folder(path); !folder.exists() && !folder.isRoot();
         folder = QFileInfo(folder.absolutePath()))
        missing << folder.absoluteFilePath();
    return missing;
}

Result<void> quickCheck(Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return StoreError::from(query.lastError());
    if (!query.next() || query.value(0).toString() != QStringLiteral("ok"))
        return damagedBackup(BackupRestore::tr("the store in it fails SQLite's check."));
    return {};
}
} // namespace

BackupRestore::BackupRestore(QString dir, QStringList createdFolders)
    : m_dir(std::move(dir))
    , m_createdFolders(std::move(createdFolders))
{ }

BackupRestore::~BackupRestore()
{
    if (m_finished)
        return;
    if (!m_staging.isEmpty())
        QDir(m_staging).removeRecursively();
    // rmdir removes only an empty folder: whatever else appeared in one meanwhile stays.
    for (const QString &folder : std::as_const(m_createdFolders)) {
        if (!QDir().rmdir(folder))
            break;
    }
}

Result<std::unique_ptr<BackupRestore>> BackupRestore::stage(const QString &file, const QString &dir)
{
    const QDir target(dir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System))
        return Error(ErrorKind::InvalidInput,
                     BackupRestore::tr("The folder %1 is not empty. A backup is restored into an "
                                       "empty or new folder, never over a workspace.")
                         .arg(QDir::toNativeSeparators(dir)));
    // Unpacked in a hidden folder beside the target and renamed into place at the end, as
    // Workspace::create does: an error or crash part-way leaves no half-restored workspace.
    const QFileInfo info(QDir::cleanPath(QDir(dir).absolutePath()));
    const QString parent = info.absolutePath();
    std::unique_ptr<BackupRestore> restore(
        new BackupRestore(info.absoluteFilePath(), missingFolders(parent)));
    // From here on, an error return leaves the cleanup to the destructor.
    if (!QDir().mkpath(parent))
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(parent)));
    const QString staging = parent + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".restoring-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkdir(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(parent)));
    restore->m_staging = staging;
    if (auto unpacked = unpack(file, staging, restore->m_manifest); !unpacked)
        return unpacked.error();
    return restore;
}

Result<void> BackupRestore::finish(QByteArrayView passphrase, const Clock &clock)
{
    if (m_finished)
        return {};
    auto keys = Workspace::unlock(m_staging, passphrase);
    if (!keys)
        return keys.error();
    {
        auto workspace = Workspace::open(m_staging, std::move(keys.value()), clock, Migrator(),
                                         Workspace::Migration::Skip);
        if (!workspace)
            return workspace.error();
        if (auto checked = quickCheck((*workspace)->store()); !checked)
            return checked;
        auto version = (*workspace)->store().schemaVersion();
        if (!version)
            return version.error();
        if (*version != m_manifest.schemaVersion)
            return damagedBackup(
                BackupRestore::tr("its store does not have the schema its manifest names."));
    }
    if (QDir(m_dir).exists() && !QDir().rmdir(m_dir))
        return Error(ErrorKind::InvalidInput,
                     BackupRestore::tr("The folder %1 is no longer empty; nothing was restored.")
                         .arg(QDir::toNativeSeparators(m_dir)));
    if (!QDir().rename(m_staging, m_dir))
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not move the restored workspace into "
                                       "%1.")
                         .arg(QDir::toNativeSeparators(m_dir)));
    m_finished = true;
    qCInfo(lcStore) << "backup restored";
    return {};
}

} // namespace ClientDesk
