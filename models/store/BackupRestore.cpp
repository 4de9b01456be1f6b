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
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ClientDesk {

namespace {
constexpr qint64 MaxSmallEntry = 1 << 20;

Error damagedBackup(const QString &detail)
{
    return Error(ErrorKind::InvalidInput,
                 BackupRestore::tr("The backup is damaged and was not restored: %1").arg(detail));
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
    auto hash = archive.extract(name, out);
    if (!hash)
        return hash.error();
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

BackupRestore::BackupRestore(QString dir, QString staging, BackupManifest manifest)
    : m_dir(std::move(dir))
    , m_staging(std::move(staging))
    , m_manifest(std::move(manifest))
{ }

BackupRestore::~BackupRestore()
{
    if (!m_finished)
        QDir(m_staging).removeRecursively();
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
    if (!QDir().mkpath(info.absolutePath()))
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString staging = info.absolutePath() + QStringLiteral("/.") + info.fileName()
        + QStringLiteral(".restoring-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkdir(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error(ErrorKind::Io,
                     BackupRestore::tr("Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())));
    std::unique_ptr<BackupRestore> restore(
        new BackupRestore(info.absoluteFilePath(), staging, BackupManifest()));
    if (auto unpacked = unpack(file, staging, restore->m_manifest); !unpacked)
        return unpacked.error(); // the destructor removes the staging folder
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
