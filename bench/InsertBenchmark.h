// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 1: bulk insert through QSQLCIPHER (one QSqlQuery prepared once, bound per row, one
// transaction) against the raw sqlite3 C API on the same SQLCipher, key, pragmas and cache.
#pragma once

#include "bench/BenchmarkReport.h"
#include "bench/ClientLikeRows.h"
#include "models/crypto/SecretBytes.h"

#include <QString>

namespace ClientDesk {

class InsertBenchmark
{
public:
    struct Options
    {
        // Where the throw-away stores go; both paths write to the same file system.
        QString dir;
        qsizetype rows = 200'000;
        // Each path runs this many times, alternating which goes first; medians are reported.
        int repeats = 3;
        quint64 seed = 1;
    };
    // The page cache both paths use, the generator's bulk budget (ARCHITECTURE.md).
    static constexpr int CacheKiB = 64 * 1024;

    explicit InsertBenchmark(Options options);

    Result<void> run(BenchmarkReport &report);

    // One timed raw C API insert of `rows` into a new store in `dir`, in milliseconds; the
    // baseline other figures (generate) compare against too.
    static Result<double> insertRaw(const QString &dir, const ClientLikeRows &rows,
                                    const SecretBytes &key);
    // The same through the QSQLCIPHER driver, on a connection Store opened: bound row by row, or
    // with `batch` through QSqlQuery::execBatch in batches of a list per column.
    static Result<double> insertQt(const QString &dir, const ClientLikeRows &rows,
                                   const SecretBytes &key, bool batch);

    // The QSQLCIPHER path's first cost, apart: QSqlQuery::bindValue for every value of every
    // row on a prepared insert, never executed (the driver keeps positional binds itself).
    static Result<double> bindOnly(const QString &dir, const ClientLikeRows &rows,
                                   const SecretBytes &key);

private:
    Options m_options;
};

} // namespace ClientDesk
