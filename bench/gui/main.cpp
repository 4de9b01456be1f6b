// SPDX-License-Identifier: GPL-3.0-or-later
// clientdesk-gui-bench: the longest GUI-thread stall while typing searches and scrolling the
// clients list in the real main window (bench/README.md). Runs on the offscreen platform
// unless QT_QPA_PLATFORM says otherwise.
#include "bench/BenchmarkReport.h"
#include "bench/gui/GuiStallBenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace ClientDesk;

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("clientdesk-gui-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("clientdesk.*.info=false\n"
                                                    "clientdesk.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("The workspace to measure (made by "
                                                      "clientdesk-bench generate)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("The data set's name."),
                                   QStringLiteral("NAME"), QStringLiteral("M"));
    const QCommandLineOption results(QStringLiteral("results"),
                                     QStringLiteral("Append the figures to FILE."),
                                     QStringLiteral("FILE"));
    parser.addOptions({workspace, label, results});
    parser.process(app);
    const auto fail = [](const Error &error) {
        std::fprintf(stderr, "clientdesk-gui-bench: %s\n", qPrintable(error.message()));
        return error.exitCode();
    };
    if (!parser.isSet(workspace))
        return fail(Error(ErrorKind::Usage, QStringLiteral("give --workspace DIR")));

    auto report = BenchmarkReport::load(parser.value(results));
    if (!report)
        return fail(report.error());
    GuiStallBenchmark benchmark(
        {.workspace = parser.value(workspace), .label = parser.value(label)});
    if (auto done = benchmark.run(*report); !done)
        return fail(done.error());
    QTextStream out(stdout);
    report->print(out, QStringLiteral("clientdesk-gui-bench"));
    if (auto saved = report->save(parser.value(results)); !saved)
        return fail(saved.error());
    return 0;
}
