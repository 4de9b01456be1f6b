// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/SearchBenchmark.h"

#include "bench/BenchWorkspace.h"
#include "bench/Samples.h"
#include "models/domain/SystemClock.h"
#include "models/store/SearchService.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTextStream>
#include <QTimer>

namespace ClientDesk {

namespace {
// A query that takes longer than this has failed the benchmark by any measure.
constexpr int TimeoutMs = 60'000;
// Typed first, not counted: it opens the worker's connection.
const QString WarmUpQuery = QStringLiteral("warm");
} // namespace

SearchBenchmark::SearchBenchmark(Options options)
    : m_options(std::move(options))
{ }

Result<SearchBenchmark::Answer> SearchBenchmark::timeSearch(SearchService &service,
                                                            const QString &text)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(2); });
    quint64 ticket = 0;
    Answer answer;
    QString failure;
    QObject::connect(&service, &SearchService::resultsReady, &loop,
                     [&](quint64 ready, const QList<SearchHit> &hits) {
                         if (ready != ticket)
                             return;
                         answer.hits = hits.size();
                         loop.exit(0);
                     });
    QObject::connect(&service, &SearchService::searchFailed, &loop,
                     [&](quint64 failed, const QString &message) {
                         if (failed != ticket)
                             return;
                         failure = message;
                         loop.exit(1);
                     });
    QElapsedTimer timer;
    timer.start();
    ticket = service.search(text);
    timeout.start(TimeoutMs);
    const int outcome = loop.exec();
    answer.ms = double(timer.nsecsElapsed()) / 1e6;
    if (outcome == 1)
        return Error(ErrorKind::Io, QStringLiteral("A search failed: %1").arg(failure));
    if (outcome == 2)
        return Error(ErrorKind::Io,
                     QStringLiteral("A search took longer than %1 s.").arg(TimeoutMs / 1000));
    return answer;
}

Result<void> SearchBenchmark::run(BenchmarkReport &report)
{
    QTextStream err(stderr);
    const SystemClock clock;
    auto workspace = BenchWorkspace::open(m_options.workspace, clock);
    if (!workspace)
        return workspace.error();

    const QString &file = m_options.queriesFile;
    auto queries = !file.isEmpty() && QFile::exists(file)
        ? SearchQueries::load(file)
        : SearchQueries::draw((*workspace)->store().database(), m_options.seed);
    if (!queries)
        return queries.error();
    if (!file.isEmpty() && !QFile::exists(file)) {
        if (auto saved = SearchQueries::save(file, *queries); !saved)
            return saved;
    }

    SearchService service((*workspace)->store().path(), (*workspace)->keyRing().dataKey(), clock);
    auto first = timeSearch(service, WarmUpQuery);
    if (!first)
        return first.error();

    Samples all;
    QMap<QString, Samples> byCategory;
    qsizetype hits = 0;
    for (const SearchQueries::Query &query : std::as_const(*queries)) {
        auto answer = timeSearch(service, query.text);
        if (!answer)
            return answer.error();
        all.add(answer->ms);
        byCategory[query.category].add(answer->ms);
        hits += answer->hits;
    }
    err << "search " << m_options.label << ": " << all.size() << " queries, slowest "
        << qRound(all.max()) << " ms\n";
    err.flush();

    const QString &label = m_options.label;
    const bool isM = label == QStringLiteral("M");
    const bool isL = label == QStringLiteral("L");
    const QString baselineName = isL ? QStringLiteral("search M") : QString();
    const auto baseline = [&](const QString &what) -> std::optional<double> {
        return isL ? report.value(QStringLiteral("search.M.") + what) : std::nullopt;
    };
    using Row = BenchmarkReport::Row;
    report.add(
        Row(QStringLiteral("search.%1.first").arg(label),
            QStringLiteral("search %1: first query (opens the worker connection)").arg(label),
            first->ms));
    report.add(Row(QStringLiteral("search.%1.p50").arg(label),
                   QStringLiteral("search %1: p50").arg(label), all.median())
                   .versus(baselineName, baseline(QStringLiteral("p50")))
                   .withNote(QStringLiteral("%1 queries, search() → resultsReady one at a time; "
                                            "%2 hits on average")
                                 .arg(all.size())
                                 .arg(double(hits) / double(all.size()), 0, 'f', 1)));
    report.add(
        Row(QStringLiteral("search.%1.p95").arg(label), QStringLiteral("search %1: p95").arg(label),
            all.percentile(95))
            .versus(baselineName, baseline(QStringLiteral("p95")))
            .withAim(isM || isL ? BenchmarkReport::Aim::ValueAtMost : BenchmarkReport::Aim::None,
                     isL ? 100 : 50));
    report.add(Row(QStringLiteral("search.%1.max").arg(label),
                   QStringLiteral("search %1: slowest").arg(label), all.max())
                   .versus(baselineName, baseline(QStringLiteral("max"))));
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const QString key = QStringLiteral("p95.") + it.key();
        report.add(Row(QStringLiteral("search.%1.%2").arg(label, key),
                       QStringLiteral("  p95 of the %1 %2 queries").arg(it->size()).arg(it.key()),
                       it->percentile(95))
                       .versus(baselineName, baseline(key))
                       .withNote(QStringLiteral("p50 %1 ms").arg(it->median(), 0, 'f', 1)));
    }
    return {};
}

} // namespace ClientDesk
