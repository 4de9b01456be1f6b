// SPDX-License-Identifier: GPL-3.0-or-later
// clientdesk-bench: the benchmarks behind the issues' figures, one subcommand each (README.md).
#include "bench/BenchmarkReport.h"
#include "bench/GenerateBenchmark.h"
#include "bench/InsertBenchmark.h"
#include "bench/OpenBenchmark.h"
#include "bench/RssProbe.h"
#include "bench/SearchBenchmark.h"
#include "bench/SuiteRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace ClientDesk;

namespace {
const QString Commands = QStringLiteral("insert, generate, open, search, rss, all, report");

struct Arguments
{
    QString command;
    QCommandLineParser parser;
    QCommandLineOption results {QStringLiteral("results"),
                                QStringLiteral("Append this run's figures to FILE; figures "
                                               "already there serve as baselines."),
                                QStringLiteral("FILE")};
    QCommandLineOption workspace {QStringLiteral("workspace"),
                                  QStringLiteral("The workspace to measure (generate: to make)."),
                                  QStringLiteral("DIR")};
    QCommandLineOption label {QStringLiteral("label"),
                              QStringLiteral("The data set's name: M and L carry the aims."),
                              QStringLiteral("NAME"), QStringLiteral("M")};
    QCommandLineOption rows {QStringLiteral("rows"),
                             QStringLiteral("insert: rows per run (default 200000)."),
                             QStringLiteral("N"), QStringLiteral("200000")};
    QCommandLineOption repeats {QStringLiteral("repeats"),
                                QStringLiteral("insert: runs of each path (default 3)."),
                                QStringLiteral("N"), QStringLiteral("3")};
    QCommandLineOption dir {QStringLiteral("dir"),
                            QStringLiteral("insert: where the throw-away stores go."),
                            QStringLiteral("DIR")};
    QCommandLineOption size {QStringLiteral("size"),
                             QStringLiteral("generate: the data set, S, M or L."),
                             QStringLiteral("SIZE")};
    QCommandLineOption counts {
        QStringLiteral("counts"),
        QStringLiteral("generate: exact rows instead of --size: clients,contacts,projects,"
                       "deliverables,invoices,lines."),
        QStringLiteral("LIST")};
    QCommandLineOption baselineRows {
        QStringLiteral("baseline-rows"),
        QStringLiteral("generate: rows of its bare-table raw C API baseline (default 200000)."),
        QStringLiteral("N"), QStringLiteral("200000")};
    QCommandLineOption skipSameLoad {
        QStringLiteral("skip-same-load"),
        QStringLiteral("generate: leave out the raw C API writing the same load (it holds the "
                       "load in memory, about 0.5 GB for M, and takes as long again).")};
    QCommandLineOption seed {QStringLiteral("seed"),
                             QStringLiteral("generate: the generator's seed (default 1)."),
                             QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption scratch {QStringLiteral("scratch"),
                                QStringLiteral("generate: where a scratch workspace goes when "
                                               "--workspace is not given."),
                                QStringLiteral("DIR")};
    QCommandLineOption runs {QStringLiteral("runs"),
                             QStringLiteral("open: timed opens (default 7)."), QStringLiteral("N"),
                             QStringLiteral("7")};
    QCommandLineOption queries {QStringLiteral("queries"),
                                QStringLiteral("search: the query set; drawn and written there "
                                               "when FILE does not exist."),
                                QStringLiteral("FILE")};
    QCommandLineOption data {QStringLiteral("data"),
                             QStringLiteral("all: the folder with the data sets M/ and L/."),
                             QStringLiteral("DIR")};
    QCommandLineOption labels {QStringLiteral("labels"),
                               QStringLiteral("all: the data sets to measure (default M,L)."),
                               QStringLiteral("LIST"), QStringLiteral("M,L")};
    QCommandLineOption skipGenerate {QStringLiteral("skip-generate"),
                                     QStringLiteral("all: leave out the generate figure.")};

    Arguments()
    {
        parser.setApplicationDescription(QStringLiteral("ClientDesk benchmarks. Commands: ")
                                         + Commands + QStringLiteral(". See bench/README.md."));
        parser.addHelpOption();
        parser.addPositionalArgument(QStringLiteral("command"), Commands);
        parser.addOptions({results, workspace, label, rows, repeats, dir, size, counts,
                           baselineRows, skipSameLoad, seed, scratch, runs, queries, data, labels,
                           skipGenerate});
    }
};

Result<qint64> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0)
        return Error(
            ErrorKind::Usage,
            QStringLiteral("--%1 takes a positive number.").arg(option.names().constFirst()));
    return value;
}

Result<QString> requiredValue(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return Error(ErrorKind::Usage,
                     QStringLiteral("--%1 is required.").arg(option.names().constFirst()));
    return parser.value(option);
}

Result<DemoDataGenerator::Counts> parseCounts(const QString &text)
{
    const QStringList values = text.split(u',');
    QList<qint64> numbers;
    for (const QString &value : values) {
        bool ok = false;
        numbers << value.trimmed().toLongLong(&ok);
        if (!ok || numbers.constLast() < 0)
            numbers.clear();
    }
    if (values.size() != 6 || numbers.size() != 6)
        return Error(ErrorKind::Usage,
                     QStringLiteral("--counts takes six numbers: clients,contacts,projects,"
                                    "deliverables,invoices,lines."));
    return DemoDataGenerator::Counts {numbers[0], numbers[1], numbers[2],
                                      numbers[3], numbers[4], numbers[5]};
}

Result<void> runInsert(const Arguments &args, BenchmarkReport &report)
{
    auto rows = positiveNumber(args.parser, args.rows);
    auto repeats = positiveNumber(args.parser, args.repeats);
    if (!rows)
        return rows.error();
    if (!repeats)
        return repeats.error();
    const QString base =
        args.parser.isSet(args.dir) ? args.parser.value(args.dir) : QDir::tempPath();
    QDir().mkpath(base);
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("insert-XXXXXX")));
    if (!dir.isValid())
        return Error(ErrorKind::Io, QStringLiteral("Cannot make a folder in %1.").arg(base));
    return InsertBenchmark({.dir = dir.path(), .rows = *rows, .repeats = int(*repeats)})
        .run(report);
}

Result<void> runGenerate(const Arguments &args, BenchmarkReport &report)
{
    const QCommandLineParser &parser = args.parser;
    GenerateBenchmark::Options options;
    options.workspace = parser.value(args.workspace);
    options.scratchDir = parser.isSet(args.scratch) ? parser.value(args.scratch) : QDir::tempPath();
    auto seed = positiveNumber(parser, args.seed);
    if (!seed)
        return seed.error();
    options.seed = quint64(*seed);
    auto baselineRows = positiveNumber(parser, args.baselineRows);
    if (!baselineRows)
        return baselineRows.error();
    options.baselineRows = *baselineRows;
    options.sameLoad = !parser.isSet(args.skipSameLoad);
    if (parser.isSet(args.counts)) {
        auto counts = parseCounts(parser.value(args.counts));
        if (!counts)
            return counts.error();
        options.counts = *counts;
        options.label =
            parser.isSet(args.label) ? parser.value(args.label) : QStringLiteral("custom");
    } else {
        const auto size = DemoDataGenerator::sizeFromName(parser.value(args.size));
        if (!size)
            return Error(ErrorKind::Usage,
                         QStringLiteral("generate needs --size S|M|L or "
                                        "--counts."));
        options.counts = DemoDataGenerator::counts(*size);
        options.label =
            parser.isSet(args.label) ? parser.value(args.label) : parser.value(args.size).toUpper();
    }
    return GenerateBenchmark(options).run(report);
}

Result<void> runOpen(const Arguments &args, BenchmarkReport &report)
{
    auto workspace = requiredValue(args.parser, args.workspace);
    auto runs = positiveNumber(args.parser, args.runs);
    if (!workspace)
        return workspace.error();
    if (!runs)
        return runs.error();
    return OpenBenchmark({.workspace = *workspace,
                          .label = args.parser.value(args.label),
                          .runs = int(*runs)})
        .run(report);
}

Result<void> runSearch(const Arguments &args, BenchmarkReport &report)
{
    auto workspace = requiredValue(args.parser, args.workspace);
    if (!workspace)
        return workspace.error();
    return SearchBenchmark({.workspace = *workspace,
                            .label = args.parser.value(args.label),
                            .queriesFile = args.parser.value(args.queries)})
        .run(report);
}

Result<void> runRss(const Arguments &args, BenchmarkReport &report)
{
    auto workspace = requiredValue(args.parser, args.workspace);
    if (!workspace)
        return workspace.error();
    return RssProbe({.workspace = *workspace, .label = args.parser.value(args.label)}).run(report);
}

int fail(const Error &error)
{
    QTextStream(stderr) << "clientdesk-bench: " << error.message() << '\n';
    return error.exitCode();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clientdesk-bench"));
    // The store's progress messages would drown the figures; its warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("clientdesk.*.info=false\n"
                                                    "clientdesk.*.debug=false"));
    Arguments args;
    args.parser.process(app);
    const QStringList positional = args.parser.positionalArguments();
    if (positional.size() != 1)
        return fail(Error(ErrorKind::Usage, QStringLiteral("give one command: ") + Commands));
    const QString command = positional.constFirst();
    const QString resultsFile = args.parser.value(args.results);

    if (command == QStringLiteral("all")) {
        auto data = requiredValue(args.parser, args.data);
        if (!data)
            return fail(data.error());
        auto done = SuiteRunner({.dataDir = *data,
                                 .resultsFile = resultsFile,
                                 .skipGenerate = args.parser.isSet(args.skipGenerate),
                                 .labels = args.parser.value(args.labels).split(u',')})
                        .run();
        return done ? 0 : fail(done.error());
    }

    auto report = BenchmarkReport::load(resultsFile);
    if (!report)
        return fail(report.error());
    QTextStream out(stdout);
    if (command == QStringLiteral("report")) {
        report->print(out, QStringLiteral("Figures in %1:").arg(resultsFile), true);
        return 0;
    }
    const QHash<QString, std::function<Result<void>(const Arguments &, BenchmarkReport &)>>
        benchmarks {{QStringLiteral("insert"), runInsert},
                    {QStringLiteral("generate"), runGenerate},
                    {QStringLiteral("open"), runOpen},
                    {QStringLiteral("search"), runSearch},
                    {QStringLiteral("rss"), runRss}};
    const auto benchmark = benchmarks.constFind(command);
    if (benchmark == benchmarks.constEnd())
        return fail(
            Error(ErrorKind::Usage,
                  QStringLiteral("unknown command %1; the commands: %2").arg(command, Commands)));
    if (auto done = (*benchmark)(args, *report); !done)
        return fail(done.error());
    report->print(out, QStringLiteral("clientdesk-bench ") + command);
    if (auto saved = report->save(resultsFile); !saved)
        return fail(saved.error());
    return 0;
}
