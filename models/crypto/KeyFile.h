// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's key file (keyfile.json): versioned JSON holding the wrapped keys, written
// atomically.
#pragma once

#include "models/crypto/ScryptKdf.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ClientDesk {

class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::KeyFile)

public:
    static constexpr int FormatVersion = 1;

    // One way to reach the master key: a passphrase (scrypt KEK), or later the recovery key.
    struct Slot
    {
        QString type;
        ScryptKdf::Params kdf;
        QByteArray salt;
        QByteArray wrappedMasterKey;
    };

    // A data key wrapped by the master key, with its key-check value.
    struct WrappedDataKey
    {
        QByteArray wrapped;
        QByteArray check;
    };

    // The audit head anchored outside the store, authenticated with a key from the master key.
    struct AuditAnchor
    {
        qint64 seq = 0;
        QByteArray hash;
        QByteArray mac;
    };

    static inline const QString PassphraseSlot = QStringLiteral("passphrase");
    static inline const QString RecoverySlot = QStringLiteral("recovery");

    static Result<KeyFile> load(const QString &path);
    static Result<KeyFile> fromJson(const QByteArray &json);
    Result<void> save(const QString &path) const;
    QByteArray toJson() const;

    QString workspaceId() const { return m_workspaceId; }
    void setWorkspaceId(const QString &id) { m_workspaceId = id; }

    // The first 16 bytes of the store file (SQLCipher's salt): tells "another store's key
    // file" apart from "a damaged store" before any key is tried.
    QByteArray storeSalt() const { return m_storeSalt; }
    void setStoreSalt(const QByteArray &salt) { m_storeSalt = salt; }

    std::optional<Slot> slot(const QString &type) const;
    void setSlot(const Slot &slot);
    void removeSlot(const QString &type);

    WrappedDataKey dataKey() const { return m_dataKey; }
    void setDataKey(const WrappedDataKey &key) { m_dataKey = key; }
    std::optional<WrappedDataKey> pendingDataKey() const { return m_pendingDataKey; }
    void setPendingDataKey(const std::optional<WrappedDataKey> &key) { m_pendingDataKey = key; }

    std::optional<AuditAnchor> auditAnchor() const { return m_auditAnchor; }
    void setAuditAnchor(const std::optional<AuditAnchor> &anchor) { m_auditAnchor = anchor; }

    bool keychainEnabled() const { return m_keychainEnabled; }
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }

private:
    QString m_workspaceId;
    QByteArray m_storeSalt;
    QList<Slot> m_slots;
    WrappedDataKey m_dataKey;
    std::optional<WrappedDataKey> m_pendingDataKey;
    std::optional<AuditAnchor> m_auditAnchor;
    bool m_keychainEnabled = false;
    // Fields this version does not know are kept, so an older build never drops them.
    QJsonObject m_unknown;
};

} // namespace ClientDesk
