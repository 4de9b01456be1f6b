// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/RawSqlCipher.h"

#include <cstring>
#include <sqlcipher/sqlite3.h>

namespace ClientDesk {

RawSqlCipher::~RawSqlCipher()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<RawSqlCipher>> RawSqlCipher::open(const QString &path,
                                                         const SecretBytes &key, int cacheKiB)
{
    sqlite3 *db = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<RawSqlCipher> connection(new RawSqlCipher(db));
    if (rc != SQLITE_OK)
        return connection->error(QStringLiteral("Cannot open %1").arg(path));
    if (auto configured = connection->configure(key, cacheKiB); !configured)
        return configured.error();
    return connection;
}

Result<void> RawSqlCipher::configure(const SecretBytes &key, int cacheKiB)
{
    // The same raw-key form the driver uses: x'<64 hex digits>', no key derivation.
    const SecretBytes hex = key.toHex();
    SecretBytes literal(hex.size() + 3);
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    std::memcpy(literal.data() + 2, hex.constData(), size_t(hex.size()));
    literal.data()[literal.size() - 1] = '\'';
    if (sqlite3_key(m_db, literal.constData(), int(literal.size())) != SQLITE_OK)
        return error(QStringLiteral("Cannot apply the key"));
    if (auto done = exec("PRAGMA cipher_page_size = 4096;"); !done)
        return done;
    auto version = scalar("PRAGMA cipher_version;");
    if (!version || version->isEmpty())
        return Error(ErrorKind::Io, QStringLiteral("The sqlite3 library in use is not SQLCipher."));

    const QByteArray cache = QByteArray::number(-cacheKiB);
    struct Setting
    {
        QByteArray set;
        QByteArray check;
        QByteArray expected;
    };
    const Setting settings[] = {
        {"PRAGMA journal_mode = WAL;", "PRAGMA journal_mode;", "wal"},
        {"PRAGMA foreign_keys = ON;", "PRAGMA foreign_keys;", "1"},
        {"PRAGMA secure_delete = ON;", "PRAGMA secure_delete;", "1"},
        {"PRAGMA synchronous = FULL;", "PRAGMA synchronous;", "2"},
        {"PRAGMA cache_size = " + cache + ';', "PRAGMA cache_size;", cache},
    };
    for (const Setting &setting : settings) {
        if (auto set = scalar(setting.set.constData()); !set)
            return set.error();
        auto value = scalar(setting.check.constData());
        if (!value)
            return value.error();
        if (*value != setting.expected)
            return Error(ErrorKind::Io,
                         QStringLiteral("The setting %1 did not take effect.")
                             .arg(QString::fromLatin1(setting.check)));
    }
    return {};
}

Result<void> RawSqlCipher::exec(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return error(QStringLiteral("Cannot run \"%1\"").arg(QString::fromUtf8(sql)));
    return {};
}

Result<QByteArray> RawSqlCipher::scalar(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return error(QStringLiteral("Cannot prepare \"%1\"").arg(QString::fromUtf8(sql)));
    QByteArray value;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        value = QByteArray(text, sqlite3_column_bytes(statement, 0));
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return error(QStringLiteral("Cannot run \"%1\"").arg(QString::fromUtf8(sql)));
    return value;
}

Error RawSqlCipher::error(const QString &context) const
{
    const QString message =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    return Error(ErrorKind::Io, context + QStringLiteral(": ") + message);
}

} // namespace ClientDesk
