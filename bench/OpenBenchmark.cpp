// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/OpenBenchmark.h"

#include "bench/BenchWorkspace.h"
#include "bench/FileCache.h"
#include "bench/ModelPages.h"
#include "bench/Samples.h"
#include "models/domain/SystemClock.h"
#include "models/itemmodels/ClientsModel.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <optional>

namespace ClientDesk {

namespace {
struct Split
{
    double workspace = 0;
    double model = 0;
    double page = 0;
    double total() const { return workspace + model + page; }
};

double lapMs(QElapsedTimer &timer)
{
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

// One cold-ish open: a new connection, a new model, nothing of the previous run kept.
Result<Split> openOnce(const QString &dir, const KeyRing &keys, const Clock &clock)
{
    Split split;
    KeyRing copy = keys.clone();
    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(dir, std::move(copy), clock);
    if (!workspace)
        return workspace.error();
    split.workspace = lapMs(timer);
    ClientsModel model((*workspace)->store().database());
    split.model = lapMs(timer);
    const int rows = ModelPages::readFirstPage(model);
    split.page = lapMs(timer);
    if (rows == 0)
        return Error(ErrorKind::Io,
                     QStringLiteral("The clients list showed nothing: %1").arg(model.lastError()));
    return split;
}
} // namespace

OpenBenchmark::OpenBenchmark(Options options)
    : m_options(std::move(options))
{ }

Result<void> OpenBenchmark::run(BenchmarkReport &report)
{
    QTextStream err(stderr);
    const SystemClock clock;
    const QString &label = m_options.label;
    const QString &dir = m_options.workspace;

    Samples unlock;
    std::optional<KeyRing> keys;
    for (int i = 0; i < m_options.unlockRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto unlocked = BenchWorkspace::unlock(dir);
        if (!unlocked)
            return unlocked.error();
        unlock.add(lapMs(timer));
        keys.emplace(std::move(unlocked.value()));
    }

    if (auto current = BenchWorkspace::openCurrent(dir, *keys, clock); !current)
        return current.error();

    Samples total, workspace, model, page;
    for (int i = 0; i < m_options.runs; ++i) {
        auto split = openOnce(dir, *keys, clock);
        if (!split)
            return split.error();
        total.add(split->total());
        workspace.add(split->workspace);
        model.add(split->model);
        page.add(split->page);
        err << "open " << label << ": " << qRound(split->total()) << " ms (workspace "
            << qRound(split->workspace) << ", model " << qRound(split->model) << ", page "
            << qRound(split->page) << ")\n";
        err.flush();
    }

    Samples cold;
    for (int i = 0; FileCache::isSupported() && i < m_options.coldRuns; ++i) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            FileCache::evict(Workspace::storePath(dir) + suffix);
        auto split = openOnce(dir, *keys, clock);
        if (!split)
            return split.error();
        cold.add(split->total());
        err << "open " << label << " (file cache dropped): " << qRound(split->total()) << " ms\n";
        err.flush();
    }

    const bool isM = label == QStringLiteral("M");
    const bool isL = label == QStringLiteral("L");
    const auto baseline = [&](const QString &what) -> std::optional<double> {
        return isL ? report.value(QStringLiteral("open.M.") + what) : std::nullopt;
    };
    const QString baselineName = isL ? QStringLiteral("open M") : QString();

    using Row = BenchmarkReport::Row;
    report.add(Row(QStringLiteral("open.%1.unlock").arg(label),
                   QStringLiteral("unlock %1: passphrase → keys (scrypt, interactive)").arg(label),
                   unlock.median())
                   .withNote(QStringLiteral("Workspace::unlock, median of %1; ARCHITECTURE.md "
                                            "expects 0.3–0.5 s")
                                 .arg(unlock.size())));
    const BenchmarkReport::Aim aim = isM ? BenchmarkReport::Aim::ValueAtMost
        : isL                            ? BenchmarkReport::Aim::RatioAtMost
                                         : BenchmarkReport::Aim::None;
    report.add(Row(QStringLiteral("open.%1.median").arg(label),
                   QStringLiteral("open %1: keys → first page of clients").arg(label),
                   total.median())
                   .versus(baselineName, baseline(QStringLiteral("median")))
                   .withAim(aim, isL ? 1.2 : 250)
                   .withNote(QStringLiteral("median of %1 runs, %2–%3 ms; a new connection each "
                                            "run, OS file cache warm")
                                 .arg(total.size())
                                 .arg(total.min(), 0, 'f', 1)
                                 .arg(total.max(), 0, 'f', 1)));
    const std::tuple<QString, QString, const Samples *> splits[] = {
        {QStringLiteral("workspace"), QStringLiteral("  of which Workspace::open"), &workspace},
        {QStringLiteral("model"), QStringLiteral("  of which ClientsModel(db) (counts rows)"),
         &model},
        {QStringLiteral("page"), QStringLiteral("  of which data() of the first page"), &page},
    };
    for (const auto &[key, figure, samples] : splits) {
        report.add(Row(QStringLiteral("open.%1.%2").arg(label, key), figure, samples->median())
                       .versus(baselineName, baseline(key)));
    }
    if (!cold.isEmpty())
        report.add(
            Row(QStringLiteral("open.%1.cold").arg(label),
                QStringLiteral("open %1, store dropped from the OS file cache").arg(label),
                cold.median())
                .versus(baselineName, baseline(QStringLiteral("cold")))
                .withNote(
                    QStringLiteral("median of %1 runs (posix_fadvise DONTNEED)").arg(cold.size())));
    return {};
}

} // namespace ClientDesk
