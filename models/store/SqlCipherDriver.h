// SPDX-License-Identifier: GPL-3.0-or-later
// The in-project QSQLCIPHER Qt SQL driver: QSqlDatabase connections to SQLCipher-encrypted files.
#pragma once

#include "models/crypto/SecretBytes.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

struct sqlite3;

namespace ClientDesk {

class SqlCipherResult;

class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    static constexpr char Name[] = "QSQLCIPHER";

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Safe to call any number of times; the stock QSQLITE plugin is never involved.
    static void registerDriver();

    // The 32-byte raw data key for the next open(), which wipes it whatever the outcome.
    void setRawKey(const SecretBytes &key);
    sqlite3 *connectionHandle() const { return m_db; }

    // Re-encrypts every page under a new 32-byte raw key (sqlite3_rekey). SQLCipher 3.4 answers
    // success even when its rewrite failed and rolled back, so callers learn the outcome by
    // opening the file again.
    bool rekey(const SecretBytes &newKey);
    // Copies the open database through SQLite's online backup API into a new file at `path`,
    // keyed with `key` and the store's cipher page size before its first page is written: an
    // un-keyed destination would silently become a plain SQLite file.
    bool backupTo(const QString &path, const SecretBytes &key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &databaseName, const QString &user = QString(),
              const QString &password = QString(), const QString &host = QString(), int port = -1,
              const QString &connectOptions = QString()) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

private:
    friend class SqlCipherResult;

    struct OpenOptions
    {
        bool readOnly = false;
        bool create = true;
        int busyTimeoutMs = 5000;
    };
    struct ColumnInfo
    {
        QString name;
        QByteArray declaredType;
        bool notNull = false;
        QVariant defaultValue;
        int primaryKeyOrdinal = 0;
    };

    // Built from sqlite3_errmsg and the primary result code only, so never from bound values.
    static QSqlError sqliteError(sqlite3 *db, int resultCode, const QString &context,
                                 QSqlError::ErrorType type);

    bool parseOptions(const QString &connectOptions, OpenOptions *options);
    bool failOpen(const QSqlError &error);
    bool unlock(const SecretBytes &key);
    bool runTransactionStatement(const char *sql, const QString &context);
    QList<ColumnInfo> tableInfo(const QString &tableName) const;

    // Results register themselves so close() can finalize their statements first.
    void attach(SqlCipherResult *result) const;
    void detach(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    SecretBytes m_pendingKey;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace ClientDesk
