// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/WorkspaceBackup.h"

#include "models/store/CrashPoint.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"
#include "models/store/StoreFile.h"
#include "models/store/StoreLog.h"
#include "models/store/Workspace.h"
#include "models/store/ZipWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <sys/file.h>
#endif

namespace ClientDesk {

namespace {
// The source connection only reads; a small cache keeps the app's memory where it was.
constexpr int CopyCacheKiB = 2048;

Result<QByteArray> sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error(ErrorKind::Io,
                     WorkspaceBackup::tr("Could not read the copy of the store: %1")
                         .arg(file.errorString()));
    return hash.result();
}

// The copy must be encrypted, open with the key and pass SQLite's quick check before it is
// called a backup.
Result<int> checkCopy(const QString &path, const SecretBytes &key, const QString &workspaceId,
                      const Clock &clock)
{
    const Error notSound(ErrorKind::Io,
                         WorkspaceBackup::tr("The copy of the store failed its check, so no "
                                             "backup was written."));
    if (StoreFile::isPlainSqlite(path)) {
        qCCritical(lcStore) << "backup copy is not encrypted; discarded";
        return notSound;
    }
    auto copy = Store::open(path, key, clock, {.cacheKiB = CopyCacheKiB});
    if (!copy)
        return copy.error();
    QSqlQuery query((*copy)->database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return StoreError::from(query.lastError());
    if (!query.next() || query.value(0).toString() != QStringLiteral("ok"))
        return notSound;
    if (!query.exec(QStringLiteral("SELECT id FROM workspace LIMIT 1")))
        return StoreError::from(query.lastError());
    if (!query.next() || query.value(0).toString() != workspaceId)
        return notSound;
    query.finish();
    return (*copy)->schemaVersion();
}

// SQLite's own side files of the copy while it was open; they are gone after a clean close.
void removeSideFiles(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// QTemporaryFile creates a copy a moment before write() holds it: one younger than this may
// belong to a write that is just starting.
constexpr qint64 LeftoverAgeSecs = 60;

// Marks the copy as in use for as long as `copy` stays open. The kernel lets go when the
// process ends, however it ends, so a copy nobody holds is one a crash left.
void holdCopy(QFile &copy)
{
#ifdef Q_OS_UNIX
    if (::flock(copy.handle(), LOCK_EX | LOCK_NB) != 0)
        qCWarning(lcStore) << "could not lock the backup's copy of the store";
#else
    Q_UNUSED(copy) // Windows does not remove a file that another process has open.
#endif
}

bool heldByARunningWrite(const QString &path)
{
#ifdef Q_OS_UNIX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // cannot tell, so it stays
    // flock locks belong to one open file: a write in this same process is seen as well.
    return ::flock(file.handle(), LOCK_EX | LOCK_NB) != 0;
#else
    Q_UNUSED(path)
    return false;
#endif
}
} // namespace

int WorkspaceBackup::removeLeftovers(const QString &file)
{
    const QFileInfo target(file);
    // QTemporaryFile fills the six places with letters (digits, too, in other Qt versions).
    const QRegularExpression copyName(
        QStringLiteral("^(?:.+\\.cdbackup|%1)\\.store-[A-Za-z0-9]{6}(-journal|-wal|-shm)?$")
            .arg(QRegularExpression::escape(target.fileName())));
    const QDateTime abandonedBefore = QDateTime::currentDateTimeUtc().addSecs(-LeftoverAgeSecs);
    int removed = 0;
    QStringList sideFiles;
    const QFileInfoList entries =
        target.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = copyName.match(entry.fileName());
        if (!match.hasMatch() || entry.lastModified() > abandonedBefore)
            continue;
        if (match.hasCaptured(1))
            sideFiles << entry.absoluteFilePath();
        else if (!heldByARunningWrite(entry.absoluteFilePath())
                 && QFile::remove(entry.absoluteFilePath()))
            ++removed;
    }
    // A side file goes with its copy, once that is gone.
    for (const QString &side : std::as_const(sideFiles)) {
        if (!QFileInfo::exists(side.left(side.lastIndexOf(QLatin1Char('-'))))
            && QFile::remove(side))
            ++removed;
    }
    if (removed > 0)
        qCInfo(lcStore) << "removed" << removed << "files left by backups that did not finish";
    return removed;
}

Result<BackupManifest> WorkspaceBackup::write(const QString &dir, const KeyRing &keys,
                                              const QString &file, const Clock &clock)
{
    const QFileInfo target(file);
    if (target.exists())
        return Error(ErrorKind::InvalidInput,
                     WorkspaceBackup::tr("%1 already exists. Choose a new file name for the "
                                         "backup.")
                         .arg(QDir::toNativeSeparators(file)));
    if (!target.absoluteDir().exists())
        return Error(ErrorKind::InvalidInput,
                     WorkspaceBackup::tr("The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath())));
    auto keyFile = KeyFile::load(Workspace::keyFilePath(dir));
    if (!keyFile)
        return keyFile.error();
    // A rotation since these keys were unlocked would pair the copy with the wrong key file.
    if (keyFile->dataKey().check != KeyRing::keyCheck(keys.dataKey()))
        return Error(ErrorKind::WrongKey,
                     WorkspaceBackup::tr("The workspace's key changed since it was unlocked. "
                                         "Unlock it again and repeat the backup."));

    removeLeftovers(target.absoluteFilePath());
    // The copy is built beside the target (same disk, the place the user chose) under a name
    // that starts with the target's, so a crash leaves nothing that is hard to place, and the
    // next write removes it. It stays open (and held) until it is removed again.
    QTemporaryFile copyFile(target.absoluteFilePath() + QStringLiteral(".store-XXXXXX"));
    if (!copyFile.open())
        return Error(
            ErrorKind::Io,
            WorkspaceBackup::tr("Could not create a file in %1: %2")
                .arg(QDir::toNativeSeparators(target.absolutePath()), copyFile.errorString()));
    holdCopy(copyFile);
    const QString copyPath = copyFile.fileName();
    struct SideFiles
    {
        QString path;
        ~SideFiles() { removeSideFiles(path); }
    } sideFiles {copyPath};

    {
        auto source = Store::open(Workspace::storePath(dir), keys.dataKey(), clock,
                                  {.cacheKiB = CopyCacheKiB});
        if (!source)
            return source.error();
        if (auto copied = (*source)->backupTo(copyPath, keys.dataKey()); !copied)
            return Error(copied.error().kind(),
                         WorkspaceBackup::tr("The backup could not be written. %1")
                             .arg(copied.error().message()));
    }
    auto schemaVersion = checkCopy(copyPath, keys.dataKey(), keyFile->workspaceId(), clock);
    if (!schemaVersion)
        return schemaVersion.error();
    auto storeHash = sha256Of(copyPath);
    if (!storeHash)
        return storeHash.error();
    auto salt = StoreFile::readSalt(copyPath);
    if (!salt)
        return salt.error();
    CrashPoint::hit("backup.after-copy");

    // The copy has its own salt; the key file travels with it, naming it, and with nothing
    // pending (the copy was keyed with the current key).
    KeyFile copiedKeys = *keyFile;
    copiedKeys.setStoreSalt(*salt);
    copiedKeys.setPendingDataKey(std::nullopt);
    const QByteArray keyFileJson = copiedKeys.toJson();

    BackupManifest manifest;
    manifest.workspaceId = keyFile->workspaceId();
    manifest.createdAt = clock.now();
    manifest.schemaVersion = *schemaVersion;
    manifest.files.insert(BackupManifest::StoreEntry, {*storeHash, QFileInfo(copyPath).size()});
    manifest.files.insert(
        BackupManifest::KeyFileEntry,
        {QCryptographicHash::hash(keyFileJson, QCryptographicHash::Sha256), keyFileJson.size()});

    ZipWriter archive(target.absoluteFilePath());
    // The store is encrypted, so compressing it gains nothing.
    Result<void> packed =
        archive.addFile(BackupManifest::StoreEntry, copyPath, ZipWriter::Compression::Store);
    if (packed)
        packed = archive.addBytes(BackupManifest::KeyFileEntry, keyFileJson);
    if (packed)
        packed = archive.addBytes(BackupManifest::ManifestEntry, manifest.toJson());
    if (packed)
        packed = archive.commit();
    if (!packed)
        return packed.error();
    qCInfo(lcStore) << "backup written";
    return manifest;
}

} // namespace ClientDesk
