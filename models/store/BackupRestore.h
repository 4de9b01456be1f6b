// SPDX-License-Identifier: GPL-3.0-or-later
// Restores a backup archive into a new workspace folder: checked and unpacked beside it first,
// moved into place only once its passphrase opens it.
#pragma once

#include "models/domain/Clock.h"
#include "models/store/BackupManifest.h"

#include <QCoreApplication>

#include <memory>

namespace ClientDesk {

class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::BackupRestore)

public:
    // Refuses a target folder that is not empty and a backup larger than the free space, then
    // unpacks the archive into a hidden staging folder beside it, checking each file against the
    // manifest's size and SHA-256 and the key file against the store. Nothing appears at `dir`
    // yet; no key derivation happens.
    static Result<std::unique_ptr<BackupRestore>> stage(const QString &file, const QString &dir);
    // Unless finish() moved the staging folder into place: removes it, and the folders above
    // `dir` that stage() created for it.
    ~BackupRestore();
    Q_DISABLE_COPY_MOVE(BackupRestore)

    const BackupManifest &manifest() const { return m_manifest; }
    // Unlocks the staged copy with the passphrase it had when the backup was made, opens it,
    // runs quick_check, and renames the folder into place.
    Result<void> finish(QByteArrayView passphrase, const Clock &clock);

private:
    BackupRestore(QString dir, QStringList createdFolders);

    QString m_dir;
    // Deepest first; removed again if they are still empty when the restore fails.
    QStringList m_createdFolders;
    // Empty until the staging folder exists: only a folder made here is ever removed.
    QString m_staging;
    BackupManifest m_manifest;
    bool m_finished = false;
};

} // namespace ClientDesk
