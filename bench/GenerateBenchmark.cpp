// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/GenerateBenchmark.h"

#include "bench/BenchWorkspace.h"
#include "bench/ClientLikeRows.h"
#include "bench/InsertBenchmark.h"
#include "bench/RawSqlCipher.h"
#include "bench/RecordedDemoLoad.h"
#include "bench/Samples.h"
#include "models/crypto/Random.h"
#include "models/domain/SystemClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ClientDesk {

namespace {
constexpr int BaselineRepeats = 3;

double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}

qint64 storeBytes(const QString &workspace)
{
    const QString path = Workspace::storePath(workspace);
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Each timed write starts with no dirty pages of an earlier one left for the kernel to write.
void settleDisk()
{
#ifdef Q_OS_UNIX
    ::sync();
#endif
}

// The rows of the generated tables in a store the raw connection holds.
Result<qint64> rowsIn(RawSqlCipher &db)
{
    qint64 rows = 0;
    for (const char *table :
         {"client", "contact", "project", "deliverable", "invoice", "invoice_line"}) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        auto count = db.scalar(sql.constData());
        if (!count)
            return count.error();
        rows += count->toLongLong();
    }
    return rows;
}
} // namespace

GenerateBenchmark::GenerateBenchmark(Options options)
    : m_options(std::move(options))
{ }

QString GenerateBenchmark::describe(const DemoDataGenerator::Counts &counts)
{
    return QStringLiteral("%1 clients, %2 contacts, %3 projects, %4 deliverables, %5 invoices, "
                          "%6 invoice lines")
        .arg(counts.clients)
        .arg(counts.contacts)
        .arg(counts.projects)
        .arg(counts.deliverables)
        .arg(counts.invoices)
        .arg(counts.invoiceLines);
}

Result<double> GenerateBenchmark::measureBareBaseline(const QString &dir) const
{
    QTextStream err(stderr);
    const ClientLikeRows rows = ClientLikeRows::generate(m_options.baselineRows, m_options.seed);
    const SecretBytes key = Random::secret(32);
    Samples rowsPerSecond;
    for (int i = 0; i < BaselineRepeats; ++i) {
        auto ms = InsertBenchmark::insertRaw(dir, rows, key);
        if (!ms)
            return ms.error();
        rowsPerSecond.add(double(rows.size()) / *ms * 1000);
        err << "generate: raw C API into a bare table " << qRound(*ms) << " ms\n";
        err.flush();
    }
    return rowsPerSecond.median();
}

Result<GenerateBenchmark::Generated> GenerateBenchmark::generate(const QString &workspace) const
{
    QTextStream err(stderr);
    const SystemClock clock;
    auto created = BenchWorkspace::create(workspace, clock);
    if (!created)
        return created.error();
    std::unique_ptr<Workspace> opened = std::move(created.value());

    int lastTenth = -1;
    const DemoDataGenerator::Progress progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err << "generate " << m_options.label << ": " << tenth * 10 << " %\n";
            err.flush();
        }
        return true;
    };
    settleDisk();
    QElapsedTimer timer;
    timer.start();
    auto generated =
        DemoDataGenerator(opened->store(), m_options.seed).generate(m_options.counts, progress);
    Generated result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!generated)
        return generated.error();
    result.counts = *generated;
    timer.restart();
    opened.reset();
    result.closeSeconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

// The same seed's load, recorded through the generator's Sink into memory from a fresh workspace
// of its own (same migrations, indexes and agency), then written into that workspace's store
// through the raw C API, in one transaction, with reference checks off as generate() has them.
Result<GenerateBenchmark::SameLoad> GenerateBenchmark::measureSameLoad(const QString &dir) const
{
    QTextStream err(stderr);
    const QString workspace = QDir(dir).filePath(QStringLiteral("same-load"));
    const SystemClock clock;
    auto created = BenchWorkspace::create(workspace, clock);
    if (!created)
        return created.error();
    err << "generate " << m_options.label << ": recording the same load for the raw C API\n";
    err.flush();
    RecordedDemoLoad recording;
    if (auto recorded = DemoDataGenerator((*created)->store(), m_options.seed)
                            .writeTo(recording, m_options.counts);
        !recorded)
        return recorded.error();
    const SecretBytes key = (*created)->keyRing().dataKey().clone();
    created->reset();

    SameLoad result;
    result.rows = recording.rows();
    result.bytes = recording.bytes();
    {
        auto db =
            RawSqlCipher::open(Workspace::storePath(workspace), key, InsertBenchmark::CacheKiB);
        if (!db)
            return db.error();
        if (auto off = (*db)->exec("PRAGMA foreign_keys = OFF;"); !off)
            return off.error();
        err << "generate " << m_options.label << ": the same load through the raw C API\n";
        err.flush();
        settleDisk();
        QElapsedTimer timer;
        timer.start();
        if (auto begun = (*db)->exec("BEGIN IMMEDIATE;"); !begun)
            return begun.error();
        if (auto replayed = recording.replay(**db); !replayed)
            return replayed.error();
        if (auto committed = (*db)->exec("COMMIT;"); !committed)
            return committed.error();
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        auto rows = rowsIn(**db);
        if (!rows)
            return rows.error();
        if (*rows != m_options.counts.total())
            return Error(ErrorKind::Io,
                         QStringLiteral("The raw C API wrote %1 rows, not %2.")
                             .arg(*rows)
                             .arg(m_options.counts.total()));
    }
    QDir(workspace).removeRecursively();
    return result;
}

void GenerateBenchmark::report(const Generated &generated, const QString &workspace,
                               double bareRowsPerSecond, const std::optional<SameLoad> &sameLoad,
                               BenchmarkReport &report) const
{
    using Row = BenchmarkReport::Row;
    using Unit = BenchmarkReport::Unit;
    const QString &label = m_options.label;
    const double rows = double(generated.counts.total());
    const double rate = rows / generated.seconds;
    const bool isM = label == QStringLiteral("M");
    report.add(
        Row(QStringLiteral("generate.%1.time").arg(label),
            QStringLiteral("generate %1: time").arg(label), generated.seconds, Unit::Seconds)
            .withNote(
                QStringLiteral("%1 rows: %2").arg(qint64(rows)).arg(describe(generated.counts))));
    Row rateRow(QStringLiteral("generate.%1.rate").arg(label),
                QStringLiteral("generate %1: rows/s").arg(label), rate, Unit::RowsPerSecond);
    if (sameLoad) {
        rateRow
            .versus(QStringLiteral("raw C API, same load"),
                    double(sameLoad->rows) / sameLoad->seconds)
            .withAim(isM ? BenchmarkReport::Aim::RatioAtMost : BenchmarkReport::Aim::None, 1.5)
            .withNote(QStringLiteral("baseline: the same rows, statements and schema through "
                                     "sqlite3_bind/step (this seed's load recorded, %1 MB in "
                                     "memory), one transaction, foreign keys off as generate() "
                                     "has them; audit entries left out")
                          .arg(qRound(megabytes(sameLoad->bytes))));
    }
    report.add(rateRow);
    if (sameLoad)
        report.add(Row(QStringLiteral("generate.%1.raw").arg(label),
                       QStringLiteral("  raw C API, same load: time"), sameLoad->seconds,
                       Unit::Seconds));
    report.add(Row(QStringLiteral("generate.%1.rate.bare").arg(label),
                   QStringLiteral("generate %1: rows/s against a bare table").arg(label), rate,
                   Unit::RowsPerSecond)
                   .versus(QStringLiteral("raw C API, bare table"), bareRowsPerSecond)
                   .withNote(QStringLiteral("the former baseline: %1 client-like rows into one "
                                            "table with its key only (no secondary index, no "
                                            "search documents), median of %2 runs; it measures "
                                            "the schema more than the driver")
                                 .arg(m_options.baselineRows)
                                 .arg(BaselineRepeats)));
    report.add(Row(QStringLiteral("generate.%1.close").arg(label),
                   QStringLiteral("generate %1: close after (WAL checkpoint)").arg(label),
                   generated.closeSeconds, Unit::Seconds));
    report.add(Row(QStringLiteral("generate.%1.size").arg(label),
                   QStringLiteral("generate %1: store size").arg(label),
                   megabytes(storeBytes(workspace)), Unit::Megabytes));
}

Result<void> GenerateBenchmark::run(BenchmarkReport &report)
{
    std::unique_ptr<QTemporaryDir> scratch;
    QString workspace = m_options.workspace;
    if (workspace.isEmpty()) {
        QDir().mkpath(m_options.scratchDir);
        scratch = std::make_unique<QTemporaryDir>(
            QDir(m_options.scratchDir).filePath(QStringLiteral("generate-XXXXXX")));
        if (!scratch->isValid())
            return Error(
                ErrorKind::Io,
                QStringLiteral("Cannot make a scratch folder in %1.").arg(m_options.scratchDir));
        workspace = scratch->filePath(QStringLiteral("workspace"));
    }
    // The baselines' stores go beside the workspace: the same file system, the same disk.
    const QString parent = QFileInfo(QDir::cleanPath(workspace)).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(ErrorKind::Io, QStringLiteral("Cannot make the folder %1.").arg(parent));
    QTemporaryDir baselineDir(QDir(parent).filePath(QStringLiteral(".generate-baseline-XXXXXX")));
    auto bare = measureBareBaseline(baselineDir.path());
    if (!bare)
        return bare.error();
    auto generated = generate(workspace);
    if (!generated)
        return generated.error();
    std::optional<SameLoad> sameLoad;
    if (m_options.sameLoad) {
        auto measured = measureSameLoad(baselineDir.path());
        if (!measured)
            return measured.error();
        sameLoad = *measured;
    }
    this->report(*generated, workspace, *bare, sameLoad, report);
    return {};
}

} // namespace ClientDesk
