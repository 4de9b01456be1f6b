// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/crypto/KeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ClientDesk {

namespace {
const QString FormatName = QStringLiteral("clientdesk-keyfile");

Error damaged()
{
    return Error(ErrorKind::InvalidInput,
                 KeyFile::tr("The key file is damaged or incomplete. Restore it from a backup."));
}

QString encode(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> decode(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

QJsonObject wrappedToJson(const KeyFile::WrappedDataKey &key)
{
    return {{QStringLiteral("wrapped"), encode(key.wrapped)},
            {QStringLiteral("check"), encode(key.check)}};
}

std::optional<KeyFile::WrappedDataKey> wrappedFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto wrapped = decode(object.value(QStringLiteral("wrapped")));
    const auto check = decode(object.value(QStringLiteral("check")));
    if (!wrapped || !check || wrapped->isEmpty())
        return std::nullopt;
    return KeyFile::WrappedDataKey {*wrapped, *check};
}

QJsonObject slotToJson(const KeyFile::Slot &slot)
{
    const QJsonObject kdf {{QStringLiteral("name"), QStringLiteral("scrypt")},
                           {QStringLiteral("n"), static_cast<qint64>(slot.kdf.n)},
                           {QStringLiteral("r"), static_cast<qint64>(slot.kdf.r)},
                           {QStringLiteral("p"), static_cast<qint64>(slot.kdf.p)},
                           {QStringLiteral("salt"), encode(slot.salt)}};
    return {{QStringLiteral("type"), slot.type},
            {QStringLiteral("kdf"), kdf},
            {QStringLiteral("wrappedMasterKey"), encode(slot.wrappedMasterKey)}};
}

std::optional<KeyFile::Slot> slotFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonObject kdf = object.value(QStringLiteral("kdf")).toObject();
    const auto salt = decode(kdf.value(QStringLiteral("salt")));
    const auto wrapped = decode(object.value(QStringLiteral("wrappedMasterKey")));
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type.isEmpty() || kdf.value(QStringLiteral("name")).toString() != QStringLiteral("scrypt")
        || !salt || !wrapped)
        return std::nullopt;
    const qint64 n = kdf.value(QStringLiteral("n")).toInteger(-1);
    const qint64 r = kdf.value(QStringLiteral("r")).toInteger(-1);
    const qint64 p = kdf.value(QStringLiteral("p")).toInteger(-1);
    if (n <= 0 || r <= 0 || p <= 0 || r > 0xffff || p > 0xffff)
        return std::nullopt;
    KeyFile::Slot slot;
    slot.type = type;
    slot.kdf.n = static_cast<quint64>(n);
    slot.kdf.r = static_cast<quint32>(r);
    slot.kdf.p = static_cast<quint32>(p);
    if (!ScryptKdf::checkParams(slot.kdf))
        return std::nullopt;
    slot.salt = *salt;
    slot.wrappedMasterKey = *wrapped;
    return slot;
}

const QStringList KnownFields {
    QStringLiteral("format"),         QStringLiteral("version"),     QStringLiteral("workspaceId"),
    QStringLiteral("storeSalt"),      QStringLiteral("slots"),       QStringLiteral("dataKey"),
    QStringLiteral("pendingDataKey"), QStringLiteral("auditAnchor"), QStringLiteral("keychain"),
};
} // namespace

Result<KeyFile> KeyFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error(
            ErrorKind::InvalidInput,
            KeyFile::tr("This folder has no key file (keyfile.json), so it is not a ClientDesk "
                        "workspace, or its key file was removed."));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     KeyFile::tr("Could not read the key file: %1").arg(file.errorString()));
    constexpr qint64 MaxSize = 1 << 20;
    if (file.size() > MaxSize)
        return damaged();
    return fromJson(file.readAll());
}

Result<KeyFile> KeyFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged();
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return Error(ErrorKind::InvalidInput, KeyFile::tr("This is not a ClientDesk key file."));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > FormatVersion)
        return Error(ErrorKind::NewerStore,
                     KeyFile::tr("The key file was written by a newer version of ClientDesk. "
                                 "Update ClientDesk to open this workspace."));
    if (version < 1)
        return damaged();

    KeyFile keyFile;
    keyFile.m_workspaceId = root.value(QStringLiteral("workspaceId")).toString();
    const auto salt = decode(root.value(QStringLiteral("storeSalt")));
    const auto dataKey = wrappedFromJson(root.value(QStringLiteral("dataKey")));
    if (keyFile.m_workspaceId.isEmpty() || !salt || !dataKey)
        return damaged();
    keyFile.m_storeSalt = *salt;
    keyFile.m_dataKey = *dataKey;

    const QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue &value : slotArray) {
        const auto slot = slotFromJson(value);
        if (!slot)
            return damaged();
        keyFile.m_slots.append(*slot);
    }
    if (keyFile.m_slots.isEmpty())
        return damaged();

    if (root.contains(QStringLiteral("pendingDataKey"))) {
        const auto pending = wrappedFromJson(root.value(QStringLiteral("pendingDataKey")));
        if (!pending)
            return damaged();
        keyFile.m_pendingDataKey = pending;
    }
    if (root.contains(QStringLiteral("auditAnchor"))) {
        const QJsonObject anchor = root.value(QStringLiteral("auditAnchor")).toObject();
        const auto hash = decode(anchor.value(QStringLiteral("hash")));
        const auto mac = decode(anchor.value(QStringLiteral("mac")));
        if (!hash || !mac)
            return damaged();
        keyFile.m_auditAnchor =
            AuditAnchor {anchor.value(QStringLiteral("seq")).toInteger(), *hash, *mac};
    }
    keyFile.m_keychainEnabled = root.value(QStringLiteral("keychain"))
                                    .toObject()
                                    .value(QStringLiteral("enabled"))
                                    .toBool(false);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!KnownFields.contains(it.key()))
            keyFile.m_unknown.insert(it.key(), it.value());
    }
    return keyFile;
}

QByteArray KeyFile::toJson() const
{
    QJsonObject root = m_unknown;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("workspaceId"), m_workspaceId);
    root.insert(QStringLiteral("storeSalt"), encode(m_storeSalt));
    QJsonArray slotArray;
    for (const Slot &slot : m_slots)
        slotArray.append(slotToJson(slot));
    root.insert(QStringLiteral("slots"), slotArray);
    root.insert(QStringLiteral("dataKey"), wrappedToJson(m_dataKey));
    if (m_pendingDataKey)
        root.insert(QStringLiteral("pendingDataKey"), wrappedToJson(*m_pendingDataKey));
    if (m_auditAnchor) {
        root.insert(QStringLiteral("auditAnchor"),
                    QJsonObject {{QStringLiteral("seq"), m_auditAnchor->seq},
                                 {QStringLiteral("hash"), encode(m_auditAnchor->hash)},
                                 {QStringLiteral("mac"), encode(m_auditAnchor->mac)}});
    }
    root.insert(QStringLiteral("keychain"),
                QJsonObject {{QStringLiteral("enabled"), m_keychainEnabled}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> KeyFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io,
                     KeyFile::tr("Could not write the key file: %1").arg(file.errorString()));
    // Wrapped keys are safe at rest, but nobody else on the machine needs to read them.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return Error(ErrorKind::Io,
                     KeyFile::tr("Could not write the key file (is the disk full?): %1")
                         .arg(file.errorString()));
    return {};
}

std::optional<KeyFile::Slot> KeyFile::slot(const QString &type) const
{
    for (const Slot &slot : m_slots) {
        if (slot.type == type)
            return slot;
    }
    return std::nullopt;
}

void KeyFile::setSlot(const Slot &slot)
{
    removeSlot(slot.type);
    m_slots.append(slot);
}

void KeyFile::removeSlot(const QString &type)
{
    m_slots.removeIf([&type](const Slot &slot) { return slot.type == type; });
}

} // namespace ClientDesk
