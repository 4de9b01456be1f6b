// SPDX-License-Identifier: GPL-3.0-or-later
// The append-only, hash-chained audit log: each entry stores SHA-256(previous hash ‖ canonical
// entry).
#pragma once

#include "models/domain/Result.h"
#include "models/store/AuditVerification.h"
#include "models/store/Change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace ClientDesk {

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::AuditLog)

public:
    static constexpr qsizetype HashSize = 32;

    explicit AuditLog(QSqlDatabase database);

    // Appends inside the caller's transaction, so the entry lands with the change or not at all.
    Result<void> append(const Change &change, const QDateTime &at, const QString &memberId,
                        const QString &deviceId);
    // The newest entry's sequence number and hash (0 and empty for an empty log).
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };
    Result<Head> head() const;

    // Walks the whole chain in order, streaming rows; names the first entry that fails. With
    // an anchor (a head recorded outside the store), also reports a chain cut below it or an
    // anchored entry that was rewritten.
    Result<AuditVerification> verify(const std::optional<Head> &anchor = std::nullopt) const;

    // The exact bytes that are hashed for one entry; fixed forever for format version 1.
    static QByteArray canonicalEntry(qint64 seq, const QString &at, const QString &memberId,
                                     const QString &deviceId, const QString &action,
                                     const QString &entity, const QString &entityId,
                                     const QString &fieldsText);
    static QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical);

private:
    QSqlDatabase m_database;
};

} // namespace ClientDesk
