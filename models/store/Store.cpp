// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Store.h"

#include "models/store/AuditLog.h"
#include "models/store/CrashPoint.h"
#include "models/store/Outbox.h"
#include "models/store/SqlCipherDriver.h"
#include "models/store/StoreError.h"
#include "models/store/StoreFile.h"
#include "models/store/StoreLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clientdesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error storeError(const QSqlError &error)
{
    return StoreError::from(error);
}

Result<QVariant> pragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        return storeError(query.lastError());
    return query.next() ? query.value(0) : QVariant();
}
} // namespace

Store::Store(QString path, QString connectionName, const Clock &clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
{ }

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const SecretBytes &dataKey,
                                           const Clock &clock, const Options &options)
{
    SqlCipherDriver::registerDriver();
    std::unique_ptr<Store> store(new Store(path, nextConnectionName(), clock));
    auto *driver = new SqlCipherDriver;
    driver->setRawKey(dataKey);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, store->m_connectionName);
    db.setDatabaseName(path);
    QStringList connectOptions;
    if (options.readOnly)
        connectOptions << QStringLiteral("QSQLCIPHER_OPEN_READONLY");
    if (!options.create)
        connectOptions << QStringLiteral("QSQLCIPHER_NO_CREATE");
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return storeError(db.lastError());
    store->m_options = options;
    if (auto applied = store->applyPragmas(options); !applied)
        return applied.error();
    qCDebug(lcStore) << "store opened" << (options.readOnly ? "read-only" : "read-write");
    return store;
}

Result<void> Store::applyPragmas(const Options &options)
{
    QSqlDatabase db = database();
    // SQLCipher 3.4 ignores pragmas it does not know without a word: read each one back.
    struct Setting
    {
        QString set;
        QString check;
        QVariant expected;
    };
    QList<Setting> settings {
        {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA foreign_keys"), 1},
        {QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA secure_delete"), 1},
        {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA synchronous"), 2},
        {QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheKiB),
         QStringLiteral("PRAGMA cache_size"), -options.cacheKiB},
    };
    if (!options.readOnly)
        settings.prepend({QStringLiteral("PRAGMA journal_mode = WAL"),
                          QStringLiteral("PRAGMA journal_mode"), QStringLiteral("wal")});
    for (const Setting &setting : std::as_const(settings)) {
        if (auto set = pragma(db, setting.set); !set)
            return set.error();
        auto value = pragma(db, setting.check);
        if (!value)
            return value.error();
        if (value->toString() != setting.expected.toString()) {
            qCWarning(lcStore) << "pragma did not take effect:" << setting.check;
            return Error(
                ErrorKind::Io,
                Store::tr("The store refused a required setting (%1).").arg(setting.check));
        }
    }
    return {};
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Store::schemaVersion() const
{
    QSqlDatabase db = database();
    auto version = pragma(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> Store::setCacheBudget(int kib)
{
    QSqlDatabase db = database();
    auto set = pragma(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    if (!set)
        return set.error();
    return {};
}

void Store::setActor(const QString &memberId, const QString &deviceId)
{
    m_memberId = memberId;
    m_deviceId = deviceId;
}

Result<void> Store::transaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = database();
    if (m_transactionDepth > 0) {
        const QString savepoint = QStringLiteral("nested%1").arg(m_transactionDepth);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SAVEPOINT ") + savepoint))
            return storeError(query.lastError());
        ++m_transactionDepth;
        Result<void> outcome = work();
        --m_transactionDepth;
        if (outcome && query.exec(QStringLiteral("RELEASE ") + savepoint))
            return outcome;
        if (outcome)
            outcome = storeError(query.lastError());
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        query.exec(QStringLiteral("RELEASE ") + savepoint);
        return outcome;
    }
    if (!db.transaction())
        return storeError(db.lastError());
    ++m_transactionDepth;
    Result<void> outcome = work();
    --m_transactionDepth;
    if (outcome)
        CrashPoint::hit("store.transaction.before-commit");
    if (outcome && !db.commit())
        outcome = storeError(db.lastError());
    if (outcome)
        CrashPoint::hit("store.transaction.after-commit");
    if (!outcome) {
        db.rollback();
        return outcome;
    }
    if (!m_encryptionVerified) {
        if (auto verified = verifyEncryptedOnDisk(); !verified)
            return verified;
        m_encryptionVerified = true;
    }
    return {};
}

Result<void> Store::write(const Change &change, const std::function<Result<void>()> &work)
{
    return writeChanges([&]() -> Result<QList<Change>> {
        if (auto done = work(); !done)
            return done.error();
        return QList<Change> {change};
    });
}

Result<void> Store::writeChanges(const std::function<Result<QList<Change>>()> &work)
{
    return transaction([&]() -> Result<void> {
        auto changes = work();
        if (!changes)
            return changes.error();
        CrashPoint::hit("store.write.after-work");
        const QDateTime now = m_clock.now();
        AuditLog audit(database());
        Outbox outbox(database());
        for (const Change &change : std::as_const(*changes)) {
            if (auto audited = audit.append(change, now, m_memberId, m_deviceId); !audited)
                return audited;
            CrashPoint::hit("store.write.after-audit");
            if (change.synced) {
                if (auto queued = outbox.append(change, now); !queued)
                    return queued;
                CrashPoint::hit("store.write.after-outbox");
            }
        }
        return {};
    });
}

Result<void> Store::checkpoint()
{
    QSqlDatabase db = database();
    auto done = pragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!done)
        return done.error();
    return {};
}

// Under WAL, SQLCipher's rewrite of every page would put new-key pages in the WAL beside
// old-key ones; SQLite3MultipleCiphers refuses WAL rekeys for that reason and libsql re-keys in
// DELETE mode. Under a rollback journal SQLCipher writes the journal with the old key, so a
// crash part-way leaves a hot journal that rolls the store back to the old key on the next
// open. Leaving WAL also needs the store to itself: another connection would go on reading
// with the old key.
Result<void> Store::leaveWal()
{
    QSqlDatabase db = database();
    auto checkpointed = pragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpointed)
        return checkpointed.error();
    const Error inUse(ErrorKind::Io,
                      Store::tr("The store is in use elsewhere (another window, process or "
                                "search). Close it there and try again."));
    if (checkpointed->toInt() != 0)
        return inUse;
    auto mode = pragma(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (!mode)
        return mode.error();
    if (mode->toString() != QStringLiteral("delete"))
        return inUse;
    // Held from here until returnToWal(): nobody opens the store while its key changes.
    for (const QString &statement : {QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
                                     QStringLiteral("BEGIN EXCLUSIVE"), QStringLiteral("COMMIT")}) {
        if (auto done = pragma(db, statement); !done)
            return done.error();
    }
    return {};
}

Result<void> Store::returnToWal()
{
    QSqlDatabase db = database();
    if (auto normal = pragma(db, QStringLiteral("PRAGMA locking_mode = NORMAL")); !normal)
        return normal.error();
    auto mode = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString() != QStringLiteral("wal"))
        return Error(ErrorKind::Io,
                     Store::tr("The store refused a required setting (%1).")
                         .arg(QStringLiteral("PRAGMA journal_mode")));
    return {};
}

Result<void> Store::rekey(const SecretBytes &newKey,
                          const std::function<Result<void>()> &beforeRekey)
{
    auto *driver = qobject_cast<SqlCipherDriver *>(database().driver());
    if (!driver || m_transactionDepth > 0)
        return Error(ErrorKind::Io,
                     Store::tr("The store cannot be re-keyed in the middle of "
                               "other work."));
    Result<void> outcome = leaveWal();
    if (outcome)
        outcome = beforeRekey();
    if (outcome && !driver->rekey(newKey))
        outcome = storeError(driver->lastError());
    // Back to WAL whatever happened above, so the store keeps its journal mode.
    if (auto restored = returnToWal(); !restored && outcome)
        outcome = restored;
    if (outcome)
        qCInfo(lcStore) << "store re-keyed";
    return outcome;
}

Result<void> Store::reopen(const SecretBytes &key)
{
    QSqlDatabase db = database();
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    if (!driver || m_transactionDepth > 0)
        return Error(ErrorKind::Io,
                     Store::tr("The store cannot be reopened in the middle of "
                               "other work."));
    db.close();
    m_encryptionVerified = false;
    driver->setRawKey(key);
    if (!db.open())
        return storeError(db.lastError());
    return applyPragmas(m_options);
}

Result<void> Store::backupTo(const QString &path, const SecretBytes &key) const
{
    auto *driver = qobject_cast<SqlCipherDriver *>(database().driver());
    if (!driver)
        return Error(ErrorKind::Io, Store::tr("The store is not open."));
    if (!driver->backupTo(path, key))
        return storeError(driver->lastError());
    return {};
}

Result<void> Store::verifyEncryptedOnDisk() const
{
    if (StoreFile::isPlainSqlite(m_path)) {
        qCCritical(lcStore) << "store file on disk is not encrypted";
        return Error(ErrorKind::Io,
                     Store::tr("The store was written without encryption. ClientDesk "
                               "stopped to protect your data."));
    }
    return {};
}

} // namespace ClientDesk
