// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/BackupManifest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClientDesk {

namespace {
const QString FormatName = QStringLiteral("clientdesk-backup");

Error notABackup()
{
    return Error(ErrorKind::InvalidInput,
                 BackupManifest::tr("This is not a ClientDesk backup, or its manifest.json is "
                                    "damaged."));
}
} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject fileObjects;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        fileObjects.insert(
            it.key(),
            QJsonObject {{QStringLiteral("sha256"), QString::fromLatin1(it->sha256.toHex())},
                         {QStringLiteral("size"), it->size}});
    const QJsonObject root {
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("workspaceId"), workspaceId},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("files"), fileObjects},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notABackup();
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return notABackup();
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > FormatVersion)
        return Error(ErrorKind::NewerStore,
                     BackupManifest::tr("The backup was made by a newer version of ClientDesk. "
                                        "Update ClientDesk to restore it."));
    BackupManifest manifest;
    manifest.workspaceId = root.value(QStringLiteral("workspaceId")).toString();
    manifest.createdAt = QDateTime::fromString(root.value(QStringLiteral("createdAt")).toString(),
                                               Qt::ISODateWithMs);
    manifest.schemaVersion = root.value(QStringLiteral("schemaVersion")).toInt(-1);
    const QJsonObject fileObjects = root.value(QStringLiteral("files")).toObject();
    for (auto it = fileObjects.begin(); it != fileObjects.end(); ++it) {
        const QJsonObject file = it.value().toObject();
        const QByteArray hex = file.value(QStringLiteral("sha256")).toString().toLatin1();
        const qint64 size = file.value(QStringLiteral("size")).toInteger(-1);
        const QByteArray sha256 = QByteArray::fromHex(hex);
        if (sha256.size() != 32 || sha256.toHex() != hex || size < 0)
            return notABackup();
        manifest.files.insert(it.key(), {sha256, size});
    }
    if (version < 1 || manifest.workspaceId.isEmpty() || !manifest.createdAt.isValid()
        || manifest.schemaVersion < 0 || !manifest.files.contains(StoreEntry)
        || !manifest.files.contains(KeyFileEntry))
        return notABackup();
    return manifest;
}

} // namespace ClientDesk
