// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Store.h"

#include "models/store/AuditLog.h"
#include "models/store/Outbox.h"
#include "models/store/SqlCipherDriver.h"
#include "models/store/StoreFile.h"
#include "models/store/StoreLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ClientDesk::Store", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("clientdesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error storeError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    qCWarning(lcStore) << "store error, sqlite code" << code;
    if (code == QLatin1String("26") || code == QLatin1String("11"))
        return Error(ErrorKind::InvalidInput,
                     tr("The store file is damaged and cannot be read with its key. Restore it "
                        "from a backup."));
    if (code == QLatin1String("13"))
        return Error(ErrorKind::Io, tr("The disk is full. Free some space and try again."));
    if (code == QLatin1String("5") || code == QLatin1String("6"))
        return Error(ErrorKind::Io, tr("The store is in use by another ClientDesk process."));
    if (code == QLatin1String("8"))
        return Error(ErrorKind::Io, tr("The store is read-only here."));
    return Error(ErrorKind::Io, tr("The store could not be used: %1").arg(error.databaseText()));
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
            return Error(ErrorKind::Io,
                         tr("The store refused a required setting (%1).").arg(setting.check));
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
    if (!db.transaction())
        return storeError(db.lastError());
    Result<void> outcome = work();
    if (outcome && !db.commit())
        outcome = storeError(db.lastError());
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
    return transaction([&]() -> Result<void> {
        if (auto done = work(); !done)
            return done;
        const QDateTime now = m_clock.now();
        if (auto audited = AuditLog(database()).append(change, now, m_memberId, m_deviceId);
            !audited)
            return audited;
        if (change.synced)
            return Outbox(database()).append(change, now);
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

Result<void> Store::verifyEncryptedOnDisk() const
{
    if (StoreFile::isPlainSqlite(m_path)) {
        qCCritical(lcStore) << "store file on disk is not encrypted";
        return Error(ErrorKind::Io,
                     tr("The store was written without encryption. ClientDesk "
                        "stopped to protect your data."));
    }
    return {};
}

} // namespace ClientDesk
