// SPDX-License-Identifier: GPL-3.0-or-later
// Makes a backup of a workspace: one .cdbackup file (a ZIP) holding an encrypted copy of the
// store, a copy of its key file and a manifest, so it restores on its own.
#pragma once

#include "models/crypto/KeyRing.h"
#include "models/domain/Clock.h"
#include "models/store/BackupManifest.h"

#include <QCoreApplication>

namespace ClientDesk {

class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::WorkspaceBackup)

public:
    static inline const QString Extension = QStringLiteral(".cdbackup");

    // Writes a backup of the workspace in `dir` into a new file at `file` (refused if one is
    // there). The store is read on a connection of its own through SQLite's backup API, so
    // this runs on any thread while the workspace stays open and in use. The copy is keyed
    // with the current data key before its first page is written, checked (not plain SQLite,
    // opens, quick_check) and only then packed; the file appears whole or not at all. It
    // restores with the workspace's passphrase as it is now, also after later key rotations.
    // First it removes what earlier writes that crashed left beside `file` (removeLeftovers()).
    static Result<BackupManifest> write(const QString &dir, const KeyRing &keys,
                                        const QString &file, const Clock &clock);
    // Removes what writes that crashed left in the folder of `file`: their copies of the store,
    // named after `file` or after any other .cdbackup there plus ".store-" and six letters, and
    // SQLite's side files of those. Nothing else goes, nor a copy that a running write holds or
    // that is less than a minute old. Returns how many files went.
    static int removeLeftovers(const QString &file);
};

} // namespace ClientDesk
