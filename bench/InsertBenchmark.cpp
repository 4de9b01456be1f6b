// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/InsertBenchmark.h"

#include "bench/RawSqlCipher.h"
#include "bench/Samples.h"
#include "models/crypto/Random.h"
#include "models/domain/SystemClock.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlcipher/sqlite3.h>

namespace ClientDesk {

namespace {
void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QString storePath(const QString &dir, const QString &name)
{
    return QDir(dir).filePath(name + QStringLiteral(".db"));
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

Result<double> rawInsertInto(RawSqlCipher &db, const ClientLikeRows &rows)
{
    if (auto created = db.exec(ClientLikeRows::CreateTableSql); !created)
        return created.error();
    QElapsedTimer timer;
    timer.start();
    if (auto begun = db.exec("BEGIN IMMEDIATE;"); !begun)
        return begun.error();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db.handle(), ClientLikeRows::InsertSql, -1, &statement, nullptr)
        != SQLITE_OK)
        return db.error(QStringLiteral("Cannot prepare the insert"));
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < ClientLikeRows::ColumnCount; ++column) {
            const QByteArray &value = rows.utf8(row, column);
            if (sqlite3_bind_text(statement, column + 1, value.constData(), int(value.size()),
                                  SQLITE_STATIC)
                != SQLITE_OK) {
                sqlite3_finalize(statement);
                return db.error(QStringLiteral("Cannot bind"));
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            sqlite3_finalize(statement);
            return db.error(QStringLiteral("Cannot insert"));
        }
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    if (auto committed = db.exec("COMMIT;"); !committed)
        return committed.error();
    return elapsedMs(timer);
}

Result<double> qtInsertInto(QSqlDatabase db, const ClientLikeRows &rows)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(ClientLikeRows::CreateTableSql)))
        return StoreError::from(query.lastError());
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        return StoreError::from(db.lastError());
    if (!query.prepare(QString::fromLatin1(ClientLikeRows::InsertSql)))
        return StoreError::from(query.lastError());
    for (qsizetype row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < ClientLikeRows::ColumnCount; ++column)
            query.bindValue(column, rows.text(row, column));
        if (!query.exec())
            return StoreError::from(query.lastError());
    }
    if (!db.commit())
        return StoreError::from(db.lastError());
    return elapsedMs(timer);
}
// The bulk path through QSQLCIPHER: QSqlQuery::execBatch with one list per column, in batches,
// as the generator and imports use it. Building the lists is inside the timing.
Result<double> qtBatchInsertInto(QSqlDatabase db, const ClientLikeRows &rows)
{
    constexpr qsizetype BatchRows = 5000;
    QSqlQuery query(db);
    if (!query.exec(QString::fromLatin1(ClientLikeRows::CreateTableSql)))
        return StoreError::from(query.lastError());
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        return StoreError::from(db.lastError());
    if (!query.prepare(QString::fromLatin1(ClientLikeRows::InsertSql)))
        return StoreError::from(query.lastError());
    for (qsizetype first = 0; first < rows.size(); first += BatchRows) {
        const qsizetype last = std::min(rows.size(), first + BatchRows);
        for (int column = 0; column < ClientLikeRows::ColumnCount; ++column) {
            QVariantList values;
            values.reserve(last - first);
            for (qsizetype row = first; row < last; ++row)
                values.emplaceBack(rows.text(row, column));
            query.bindValue(column, values);
        }
        if (!query.execBatch())
            return StoreError::from(query.lastError());
    }
    if (!db.commit())
        return StoreError::from(db.lastError());
    return elapsedMs(timer);
}
} // namespace

Result<double> InsertBenchmark::bindOnly(const QString &dir, const ClientLikeRows &rows,
                                         const SecretBytes &key)
{
    const QString path = storePath(dir, QStringLiteral("insert-bind-only"));
    removeStore(path);
    Result<double> elapsed = Error(ErrorKind::Io, QString());
    {
        const SystemClock clock;
        auto store = Store::open(path, key, clock, {.create = true, .cacheKiB = CacheKiB});
        if (!store)
            return store.error();
        QSqlQuery query((*store)->database());
        if (!query.exec(QString::fromLatin1(ClientLikeRows::CreateTableSql))
            || !query.prepare(QString::fromLatin1(ClientLikeRows::InsertSql)))
            return StoreError::from(query.lastError());
        QElapsedTimer timer;
        timer.start();
        for (qsizetype row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < ClientLikeRows::ColumnCount; ++column)
                query.bindValue(column, rows.text(row, column));
        }
        elapsed = elapsedMs(timer);
    }
    removeStore(path);
    return elapsed;
}

InsertBenchmark::InsertBenchmark(Options options)
    : m_options(std::move(options))
{ }

Result<double> InsertBenchmark::insertRaw(const QString &dir, const ClientLikeRows &rows,
                                          const SecretBytes &key)
{
    const QString path = storePath(dir, QStringLiteral("insert-raw"));
    removeStore(path);
    Result<double> elapsed = Error(ErrorKind::Io, QString());
    {
        auto db = RawSqlCipher::open(path, key, CacheKiB);
        if (!db)
            return db.error();
        elapsed = rawInsertInto(**db, rows);
    }
    removeStore(path);
    return elapsed;
}

Result<double> InsertBenchmark::insertQt(const QString &dir, const ClientLikeRows &rows,
                                         const SecretBytes &key, bool batch)
{
    const QString path = storePath(dir, QStringLiteral("insert-qsqlcipher"));
    removeStore(path);
    Result<double> elapsed = Error(ErrorKind::Io, QString());
    {
        const SystemClock clock;
        auto store = Store::open(path, key, clock, {.create = true, .cacheKiB = CacheKiB});
        if (!store)
            return store.error();
        elapsed = batch ? qtBatchInsertInto((*store)->database(), rows)
                        : qtInsertInto((*store)->database(), rows);
    }
    removeStore(path);
    return elapsed;
}

Result<void> InsertBenchmark::run(BenchmarkReport &report)
{
    QTextStream err(stderr);
    err << "insert: making " << m_options.rows << " client-like rows\n";
    err.flush();
    const ClientLikeRows rows = ClientLikeRows::generate(m_options.rows, m_options.seed);
    const SecretBytes key = Random::secret(32);
    Samples raw;
    Samples qt;
    Samples batch;
    enum Path { Raw, PerRow, Batch };
    for (int i = 0; i < m_options.repeats; ++i) {
        // Rotating the order spreads drift (a busy neighbour, a warming disk) over all three.
        for (int step = 0; step < 3; ++step) {
            const Path path = Path((i + step) % 3);
            auto ms = path == Raw ? insertRaw(m_options.dir, rows, key)
                                  : insertQt(m_options.dir, rows, key, path == Batch);
            if (!ms)
                return ms.error();
            (path == Raw ? raw : path == Batch ? batch : qt).add(*ms);
            err << "insert: "
                << (path == Raw         ? "raw C API        "
                        : path == Batch ? "QSQLCIPHER batch "
                                        : "QSQLCIPHER row   ")
                << qRound(*ms) << " ms\n";
            err.flush();
        }
    }
    auto bound = bindOnly(m_options.dir, rows, key);
    if (!bound)
        return bound.error();

    using Row = BenchmarkReport::Row;
    const double count = double(rows.size());
    const auto spread = [&](const Samples &samples) {
        return QStringLiteral("%1 rows, median of %2; each run %3–%4 ms")
            .arg(rows.size())
            .arg(samples.size())
            .arg(qRound(samples.min()))
            .arg(qRound(samples.max()));
    };
    const double rawRate = count / raw.median() * 1000;
    report.add(Row(QStringLiteral("insert.raw"), QStringLiteral("insert, raw sqlite3 C API"),
                   rawRate, BenchmarkReport::Unit::RowsPerSecond)
                   .withNote(spread(raw)));
    report.add(Row(QStringLiteral("insert.qsqlcipher.batch"),
                   QStringLiteral("insert, QSQLCIPHER (QSqlQuery::execBatch)"),
                   count / batch.median() * 1000, BenchmarkReport::Unit::RowsPerSecond)
                   .versus(QStringLiteral("raw C API"), rawRate)
                   .withAim(BenchmarkReport::Aim::RatioAtMost, 1.3)
                   .withNote(spread(batch) + QStringLiteral("; 5 000-row batches, the bulk path")));
    report.add(
        Row(QStringLiteral("insert.qsqlcipher"),
            QStringLiteral("insert, QSQLCIPHER (QSqlQuery, row by row)"),
            count / qt.median() * 1000, BenchmarkReport::Unit::RowsPerSecond)
            .versus(QStringLiteral("raw C API"), rawRate)
            .withNote(spread(qt) + QStringLiteral("; QSqlQuery::bindValue and exec() per row")));
    report.add(Row(QStringLiteral("insert.qsqlcipher.extra"),
                   QStringLiteral("  QSQLCIPHER's extra time over the raw C API"),
                   qt.median() - raw.median()));
    report.add(Row(QStringLiteral("insert.qsqlcipher.bind"),
                   QStringLiteral("  of which QSqlQuery::bindValue alone"), *bound)
                   .withNote(QStringLiteral("%1 binds, not executed: a QVariant per value into "
                                            "the driver's own list of bound values")
                                 .arg(rows.size() * ClientLikeRows::ColumnCount)));
    return {};
}

} // namespace ClientDesk
