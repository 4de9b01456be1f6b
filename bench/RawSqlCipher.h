// SPDX-License-Identifier: GPL-3.0-or-later
// A connection through libsqlcipher's sqlite3 C API alone, keyed and configured exactly as the
// QSQLCIPHER driver and Store configure theirs: the baseline the driver is measured against.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace ClientDesk {

class RawSqlCipher
{
public:
    // Creates or opens `path` with the raw 32-byte key, cipher_page_size 4096, WAL,
    // synchronous FULL, secure_delete, foreign_keys and a `cacheKiB` page cache, each read back.
    static Result<std::unique_ptr<RawSqlCipher>> open(const QString &path, const SecretBytes &key,
                                                      int cacheKiB);
    ~RawSqlCipher();
    Q_DISABLE_COPY_MOVE(RawSqlCipher)

    sqlite3 *handle() const { return m_db; }
    Result<void> exec(const char *sql);
    // The first column of the first row, as text (empty when there is no row).
    Result<QByteArray> scalar(const char *sql);
    // An error naming what failed, with SQLite's message.
    Error error(const QString &context) const;

private:
    explicit RawSqlCipher(sqlite3 *db)
        : m_db(db)
    { }
    Result<void> configure(const SecretBytes &key, int cacheKiB);

    sqlite3 *m_db;
};

} // namespace ClientDesk
