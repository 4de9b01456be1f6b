// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/GenerateBenchmark.h"

#include "bench/BenchWorkspace.h"
#include "bench/ClientLikeRows.h"
#include "bench/InsertBenchmark.h"
#include "bench/Samples.h"
#include "models/crypto/Random.h"
#include "models/domain/SystemClock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

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

Result<double> GenerateBenchmark::measureBaseline(const QString &dir) const
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
        err << "generate: raw C API baseline " << qRound(*ms) << " ms\n";
        err.flush();
    }
    return rowsPerSecond.median();
}

Result<void> GenerateBenchmark::generate(const QString &workspace, double baselineRowsPerSecond,
                                         BenchmarkReport &report) const
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
    QElapsedTimer timer;
    timer.start();
    auto generated =
        DemoDataGenerator(opened->store(), m_options.seed).generate(m_options.counts, progress);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!generated)
        return generated.error();
    timer.restart();
    opened.reset();
    const double closeSeconds = double(timer.nsecsElapsed()) / 1e9;

    using Row = BenchmarkReport::Row;
    using Unit = BenchmarkReport::Unit;
    const QString &label = m_options.label;
    const double rows = double(generated->total());
    const bool isM = label == QStringLiteral("M");
    report.add(
        Row(QStringLiteral("generate.%1.time").arg(label),
            QStringLiteral("generate %1: time").arg(label), seconds, Unit::Seconds)
            .withNote(QStringLiteral("%1 rows: %2").arg(qint64(rows)).arg(describe(*generated))));
    report.add(
        Row(QStringLiteral("generate.%1.rate").arg(label),
            QStringLiteral("generate %1: rows/s").arg(label), rows / seconds, Unit::RowsPerSecond)
            .versus(QStringLiteral("raw C API insert"), baselineRowsPerSecond)
            .withAim(isM ? BenchmarkReport::Aim::RatioAtMost : BenchmarkReport::Aim::None, 1.5)
            .withNote(QStringLiteral("baseline: %1 client-like rows, median of %2 runs")
                          .arg(m_options.baselineRows)
                          .arg(BaselineRepeats)));
    report.add(Row(QStringLiteral("generate.%1.close").arg(label),
                   QStringLiteral("generate %1: close after (WAL checkpoint)").arg(label),
                   closeSeconds, Unit::Seconds));
    report.add(Row(QStringLiteral("generate.%1.size").arg(label),
                   QStringLiteral("generate %1: store size").arg(label),
                   megabytes(storeBytes(workspace)), Unit::Megabytes));
    return {};
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
    // The baseline's stores go beside the workspace: the same file system, the same disk.
    const QString parent = QFileInfo(QDir::cleanPath(workspace)).absolutePath();
    if (!QDir().mkpath(parent))
        return Error(ErrorKind::Io, QStringLiteral("Cannot make the folder %1.").arg(parent));
    QTemporaryDir baselineDir(QDir(parent).filePath(QStringLiteral(".insert-baseline-XXXXXX")));
    auto baseline = measureBaseline(baselineDir.path());
    if (!baseline)
        return baseline.error();
    return generate(workspace, *baseline, report);
}

} // namespace ClientDesk
