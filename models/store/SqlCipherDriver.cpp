// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SqlCipherDriver.h"

#include "models/store/SqlCipherResult.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;

namespace ClientDesk {

namespace {
constexpr qsizetype RawKeySize = 32;

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

int prepareStatement(sqlite3 *db, QByteArrayView sql, Statement *statement)
{
    sqlite3_stmt *raw = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &raw, nullptr);
    statement->reset(raw);
    return rc;
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
}

// Runs a one-row query; the first column of its row, if any, lands in firstColumn.
int queryScalar(sqlite3 *db, const char *sql, QByteArray *firstColumn)
{
    Statement statement;
    int rc = prepareStatement(db, sql, &statement);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(statement.get());
    if (rc == SQLITE_ROW && firstColumn) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), 0));
        *firstColumn = QByteArray(text, sqlite3_column_bytes(statement.get(), 0));
    }
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

// SQLCipher's raw-key form x'<64 hex digits>' skips key derivation; built in wiping buffers so
// the key never passes through SQL text or a QString.
SecretBytes rawKeyLiteral(const SecretBytes &key)
{
    const SecretBytes hex = key.toHex();
    SecretBytes literal(hex.size() + 3);
    char *out = literal.data();
    out[0] = 'x';
    out[1] = '\'';
    std::memcpy(out + 2, hex.constData(), size_t(hex.size()));
    out[literal.size() - 1] = '\'';
    return literal;
}

int applyRawKey(sqlite3 *db, const SecretBytes &key)
{
    const SecretBytes literal = rawKeyLiteral(key);
    return sqlite3_key(db, literal.constData(), int(literal.size()));
}

// SQLCipher 3.x does not record its page size in the file: every open, and every new file,
// has to be told.
constexpr char CipherPageSize[] = "PRAGMA cipher_page_size = 4096;";
constexpr char CipherPageSizeValue[] = "4096";

struct ConnectionCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

// How often a backup step that found the source busy is retried, and how long it waits.
constexpr int BackupBusyRetries = 50;
constexpr int BackupBusyWaitMs = 100;
} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    // Results that outlive the driver find it gone through QSqlResult's QPointer.
    m_results.clear();
}

void SqlCipherDriver::registerDriver()
{
    // QSqlDatabase owns the creator and would delete an earlier one on re-registration.
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

void SqlCipherDriver::setRawKey(const SecretBytes &key)
{
    m_pendingKey = key.clone();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case FinishQuery:
    case BatchOperations:
        return true;
    // Without NamedPlaceholders QSqlResult::savePrepare rewrites ":name" to "?" and maps the
    // names to positions itself.
    case NamedPlaceholders:
    case QuerySize:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &databaseName, const QString & /*user*/,
                           const QString & /*password*/, const QString & /*host*/, int /*port*/,
                           const QString &connectOptions)
{
    if (isOpen())
        close();
    // The key serves this one attempt, whatever its outcome, and is wiped on return.
    const SecretBytes key = std::move(m_pendingKey);

    OpenOptions options;
    if (!parseOptions(connectOptions, &options))
        return false;
    if (key.isEmpty())
        return failOpen(QSqlError(tr("No data key was set; the store is never opened without "
                                     "encryption."),
                                  QString(), QSqlError::ConnectionError));
    if (key.size() != RawKeySize)
        return failOpen(QSqlError(tr("The data key must be %1 bytes.").arg(RawKeySize), QString(),
                                  QSqlError::ConnectionError));

    int flags = SQLITE_OPEN_NOMUTEX;
    if (options.readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);

    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(databaseName.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QSqlError error =
            sqliteError(db, rc, tr("Cannot open the store file"), QSqlError::ConnectionError);
        sqlite3_close_v2(db);
        return failOpen(error);
    }
    m_db = db;
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    if (!unlock(key))
        return false;

    setOpen(true);
    setOpenError(false);
    setLastError(QSqlError());
    return true;
}

bool SqlCipherDriver::parseOptions(const QString &connectOptions, OpenOptions *options)
{
    static constexpr QLatin1StringView busyTimeout("QSQLCIPHER_BUSY_TIMEOUT");
    const QStringList parts = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString option = part.trimmed();
        if (option == "QSQLCIPHER_OPEN_READONLY"_L1) {
            options->readOnly = true;
        } else if (option == "QSQLCIPHER_NO_CREATE"_L1) {
            options->create = false;
        } else if (option.startsWith(busyTimeout)) {
            const QStringView value = QStringView(option).mid(busyTimeout.size()).trimmed();
            bool ok = value.startsWith(u'=');
            const int ms = ok ? value.mid(1).trimmed().toInt(&ok) : 0;
            if (!ok || ms < 0)
                return failOpen(QSqlError(tr("Invalid busy timeout: %1").arg(option), QString(),
                                          QSqlError::ConnectionError));
            options->busyTimeoutMs = ms;
        } else if (!option.isEmpty()) {
            // A misspelt option would otherwise silently create or write a file.
            return failOpen(QSqlError(tr("Unknown connect option: %1").arg(option), QString(),
                                      QSqlError::ConnectionError));
        }
    }
    return true;
}

bool SqlCipherDriver::unlock(const SecretBytes &key)
{
    const auto fail = [this](int rc, const QString &context) {
        const QSqlError error = sqliteError(m_db, rc, context, QSqlError::ConnectionError);
        close();
        return failOpen(error);
    };

    int rc = applyRawKey(m_db, key);
    if (rc != SQLITE_OK)
        return fail(rc, tr("Cannot apply the store key"));
    rc = sqlite3_exec(m_db, CipherPageSize, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(rc, tr("Cannot set the cipher page size"));

    // A plain SQLite answering instead of SQLCipher would ignore the key and write clear text.
    QByteArray cipherVersion;
    rc = queryScalar(m_db, "PRAGMA cipher_version;", &cipherVersion);
    if (rc != SQLITE_OK || cipherVersion.isEmpty()) {
        close();
        return failOpen(QSqlError(tr("The SQLite library in use has no encryption; the store "
                                     "is not opened."),
                                  QString(), QSqlError::ConnectionError));
    }

    // sqlite3_key never fails for a wrong key: the first read of the schema does.
    rc = queryScalar(m_db, "SELECT count(*) FROM sqlite_master;", nullptr);
    if (rc != SQLITE_OK)
        return fail(rc, tr("Cannot read the store with this key"));
    return true;
}

bool SqlCipherDriver::rekey(const SecretBytes &newKey)
{
    if (!m_db || newKey.size() != RawKeySize) {
        setLastError(
            QSqlError(tr("Cannot re-key the store"),
                      tr("The store is not open, or the key is not %1 bytes.").arg(RawKeySize),
                      QSqlError::StatementError));
        return false;
    }
    const SecretBytes literal = rawKeyLiteral(newKey);
    const int rc = sqlite3_rekey(m_db, literal.constData(), int(literal.size()));
    if (rc != SQLITE_OK) {
        setLastError(
            sqliteError(m_db, rc, tr("Cannot re-key the store"), QSqlError::StatementError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::backupTo(const QString &path, const SecretBytes &key)
{
    const QString context = tr("Cannot copy the store");
    if (!m_db || key.size() != RawKeySize) {
        setLastError(QSqlError(
            context, tr("The store is not open, or the key is not %1 bytes.").arg(RawKeySize),
            QSqlError::StatementError));
        return false;
    }
    sqlite3 *raw = nullptr;
    int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    const Connection destination(raw);
    const auto fail = [&](sqlite3 *db, int code) {
        setLastError(sqliteError(db, code, context, QSqlError::StatementError));
        return false;
    };
    if (rc != SQLITE_OK)
        return fail(destination.get(), rc);
    rc = applyRawKey(destination.get(), key);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(destination.get(), CipherPageSize, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(destination.get(), rc);
    // Only a keyed connection has a cipher page size to report: proof that the pages the copy
    // writes will be encrypted.
    QByteArray pageSize;
    rc = queryScalar(destination.get(), "PRAGMA cipher_page_size;", &pageSize);
    if (rc != SQLITE_OK || pageSize != CipherPageSizeValue) {
        setLastError(QSqlError(context, tr("The copy could not be keyed, so nothing was copied."),
                               QSqlError::StatementError));
        return false;
    }

    sqlite3_backup *backup = sqlite3_backup_init(destination.get(), "main", m_db, "main");
    if (!backup)
        return fail(destination.get(), sqlite3_errcode(destination.get()));
    // One step copies every page under one read of the source: a consistent snapshot, while
    // writers on other connections carry on in the WAL.
    int retries = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(BackupBusyWaitMs);
    } while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++retries < BackupBusyRetries);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(destination.get(), rc);
    if (finished != SQLITE_OK)
        return fail(destination.get(), finished);
    return true;
}

bool SqlCipherDriver::failOpen(const QSqlError &error)
{
    setLastError(error);
    setOpenError(true);
    return false;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        for (SqlCipherResult *result : std::as_const(m_results))
            result->releaseStatement();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

bool SqlCipherDriver::beginTransaction()
{
    // Taking the write lock up front avoids SQLITE_BUSY when a read lock would later upgrade.
    return runTransactionStatement("BEGIN IMMEDIATE;", tr("Cannot begin a transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT;", tr("Cannot commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK;", tr("Cannot roll back the transaction"));
}

bool SqlCipherDriver::runTransactionStatement(const char *sql, const QString &context)
{
    if (!m_db) {
        setLastError(QSqlError(context, tr("The store is not open."), QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqliteError(m_db, rc, context, QSqlError::TransactionError));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_db)
        return names;
    Statement statement;
    if (prepareStatement(m_db,
                         "SELECT name, type FROM sqlite_master UNION ALL "
                         "SELECT name, type FROM sqlite_temp_master ORDER BY 1;",
                         &statement)
        != SQLITE_OK)
        return names;
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
        const QString name = columnText(statement.get(), 0);
        const QString kind = columnText(statement.get(), 1);
        // SQLite reserves the sqlite_ prefix for its own tables (sqlite_sequence, sqlite_stat1).
        const bool internal = name.startsWith("sqlite_"_L1, Qt::CaseInsensitive);
        const int wanted = kind == "view"_L1 ? QSql::Views
            : kind != "table"_L1             ? 0
            : internal                       ? QSql::SystemTables
                                             : QSql::Tables;
        if (type & wanted)
            names.append(name);
    }
    if (type & QSql::SystemTables)
        names.append(u"sqlite_master"_s);
    return names;
}

QList<SqlCipherDriver::ColumnInfo> SqlCipherDriver::tableInfo(const QString &tableName) const
{
    QList<ColumnInfo> columns;
    if (!m_db)
        return columns;
    const QByteArray sql =
        "PRAGMA table_info(" + escapeIdentifier(tableName, TableName).toUtf8() + ");";
    Statement statement;
    if (prepareStatement(m_db, sql, &statement) != SQLITE_OK)
        return columns;
    while (sqlite3_step(statement.get()) == SQLITE_ROW) {
        sqlite3_stmt *row = statement.get();
        ColumnInfo column;
        column.name = columnText(row, 1);
        column.declaredType = columnText(row, 2).toUtf8();
        column.notNull = sqlite3_column_int(row, 3) != 0;
        if (sqlite3_column_type(row, 4) != SQLITE_NULL)
            column.defaultValue = columnText(row, 4);
        column.primaryKeyOrdinal = sqlite3_column_int(row, 5);
        columns.append(column);
    }
    return columns;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    const QList<ColumnInfo> columns = tableInfo(tableName);
    const auto keyColumns = std::count_if(columns.cbegin(), columns.cend(),
                                          [](const auto &c) { return c.primaryKeyOrdinal > 0; });
    QSqlRecord record;
    for (const ColumnInfo &column : columns) {
        QSqlField field(column.name, SqlCipherResult::metaTypeForDeclaredType(column.declaredType),
                        tableName);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(column.defaultValue);
        // Only a lone INTEGER PRIMARY KEY aliases the rowid, which SQLite fills in itself.
        field.setAutoValue(keyColumns == 1 && column.primaryKeyOrdinal > 0
                           && column.declaredType.compare("INTEGER", Qt::CaseInsensitive) == 0);
        record.append(field);
    }
    return record;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QList<ColumnInfo> columns = tableInfo(tableName);
    std::stable_sort(columns.begin(), columns.end(), [](const auto &a, const auto &b) {
        return a.primaryKeyOrdinal < b.primaryKeyOrdinal;
    });
    QSqlIndex index(tableName);
    for (const ColumnInfo &column : std::as_const(columns)) {
        if (column.primaryKeyOrdinal > 0)
            index.append(QSqlField(column.name,
                                   SqlCipherResult::metaTypeForDeclaredType(column.declaredType),
                                   tableName));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    // Qt's models pass names through here more than once; escaping twice would break them.
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

QSqlError SqlCipherDriver::sqliteError(sqlite3 *db, int resultCode, const QString &context,
                                       QSqlError::ErrorType type)
{
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode);
    return QSqlError(context, QString::fromUtf8(message), type, QString::number(resultCode & 0xff));
}

void SqlCipherDriver::attach(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

} // namespace ClientDesk
