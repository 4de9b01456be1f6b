// SPDX-License-Identifier: GPL-3.0-or-later
// manifest.json of a backup archive: what it holds, from which workspace and when, with the
// SHA-256 of each file so a damaged copy is refused before anything is restored.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace ClientDesk {

class BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::BackupManifest)

public:
    static constexpr int FormatVersion = 1;
    static inline const QString StoreEntry = QStringLiteral("store.db");
    static inline const QString KeyFileEntry = QStringLiteral("keyfile.json");
    static inline const QString ManifestEntry = QStringLiteral("manifest.json");

    struct File
    {
        QByteArray sha256;
        qint64 size = 0;
    };

    QString workspaceId;
    QDateTime createdAt;
    int schemaVersion = 0;
    // By entry name: StoreEntry and KeyFileEntry.
    QMap<QString, File> files;

    QByteArray toJson() const;
    // Refuses another format, a newer version (NewerStore) and missing fields.
    static Result<BackupManifest> fromJson(const QByteArray &json);
};

} // namespace ClientDesk
