// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/AuditLog.h"

#include "models/store/StoreError.h"
#include "models/store/StoreLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
Error queryFailed(const QSqlQuery &query)
{
    return StoreError::from(query.lastError());
}

QString fieldsJson(const QStringList &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact));
}
} // namespace

AuditLog::AuditLog(QSqlDatabase database)
    : m_database(std::move(database))
{ }

QByteArray AuditLog::canonicalEntry(qint64 seq, const QString &at, const QString &memberId,
                                    const QString &deviceId, const QString &action,
                                    const QString &entity, const QString &entityId,
                                    const QString &fieldsText)
{
    const QJsonArray entry {seq, at, memberId, deviceId, action, entity, entityId, fieldsText};
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

QByteArray AuditLog::chainHash(const QByteArray &previousHash, const QByteArray &canonical)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonical);
    return hash.result();
}

Result<void> AuditLog::append(const Change &change, const QDateTime &at, const QString &memberId,
                              const QString &deviceId)
{
    QSqlQuery last(m_database);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return queryFailed(last);
    qint64 seq = 1;
    QByteArray previousHash(HashSize, '\0');
    if (last.next()) {
        seq = last.value(0).toLongLong() + 1;
        previousHash = last.value(1).toByteArray();
    }
    last.finish();

    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    const QString action = Change::operationName(change.operation);
    const QString fields = fieldsJson(change.fields);
    const QByteArray hash = chainHash(previousHash,
                                      canonicalEntry(seq, when, memberId, deviceId, action,
                                                     change.entity, change.entityId, fields));
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, member_id, device_id, action, entity, entity_id, "
        "fields, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(seq);
    insert.addBindValue(when);
    insert.addBindValue(memberId);
    insert.addBindValue(deviceId);
    insert.addBindValue(action);
    insert.addBindValue(change.entity);
    insert.addBindValue(change.entityId);
    insert.addBindValue(fields);
    insert.addBindValue(previousHash);
    insert.addBindValue(hash);
    if (!insert.exec())
        return queryFailed(insert);
    return {};
}

Result<AuditLog::Head> AuditLog::head() const
{
    QSqlQuery last(m_database);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return queryFailed(last);
    if (!last.next())
        return Head();
    return Head {last.value(0).toLongLong(), last.value(1).toByteArray()};
}

Result<AuditVerification> AuditLog::verify(const std::optional<Head> &anchor) const
{
    QSqlQuery rows(m_database);
    rows.setForwardOnly(true);
    if (!rows.exec(
            QStringLiteral("SELECT seq, at, member_id, device_id, action, entity, "
                           "entity_id, fields, prev_hash, hash FROM audit_log ORDER BY seq")))
        return queryFailed(rows);

    AuditVerification result;
    QByteArray expectedPrevious(HashSize, '\0');
    qint64 expectedSeq = 1;
    while (rows.next()) {
        const qint64 seq = rows.value(0).toLongLong();
        const QByteArray storedPrevious = rows.value(8).toByteArray();
        const QByteArray storedHash = rows.value(9).toByteArray();
        if (seq != expectedSeq || storedPrevious != expectedPrevious) {
            result.intact = false;
            result.brokenSeq = seq;
            result.problem =
                AuditLog::tr("Entry %1 does not follow entry %2: entries before it were "
                             "removed, inserted or reordered.")
                    .arg(seq)
                    .arg(expectedSeq - 1);
            return result;
        }
        const QByteArray canonical = canonicalEntry(
            seq, rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
            rows.value(4).toString(), rows.value(5).toString(), rows.value(6).toString(),
            rows.value(7).toString());
        if (chainHash(storedPrevious, canonical) != storedHash) {
            result.intact = false;
            result.brokenSeq = seq;
            result.problem =
                AuditLog::tr("Entry %1 was altered: its contents no longer match its hash.")
                    .arg(seq);
            return result;
        }
        if (anchor && seq == anchor->seq && storedHash != anchor->hash) {
            result.intact = false;
            result.brokenSeq = seq;
            result.problem =
                AuditLog::tr("Entry %1 is not the entry recorded when the workspace was last "
                             "closed: the log was rewritten from there.")
                    .arg(seq);
            return result;
        }
        expectedPrevious = storedHash;
        expectedSeq = seq + 1;
        ++result.entries;
        result.headSeq = seq;
        result.headHash = storedHash;
    }
    if (rows.lastError().isValid())
        return queryFailed(rows);
    if (anchor && result.headSeq < anchor->seq) {
        result.intact = false;
        result.brokenSeq = result.headSeq + 1;
        result.problem =
            AuditLog::tr("The log ends at entry %1, but it reached entry %2 when the workspace "
                         "was last closed: entries were cut off its end.")
                .arg(result.headSeq)
                .arg(anchor->seq);
    }
    return result;
}

} // namespace ClientDesk
