// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/SuiteRunner.h"

#include "bench/BenchmarkReport.h"
#include "bench/GenerateBenchmark.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

namespace ClientDesk {

namespace {
// The counts a data set's marker records ("counts=c,ct,p,d,i,l"), described; empty if none.
QString markerCounts(const QString &markerPath)
{
    QFile marker(markerPath);
    if (!marker.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (const QByteArray &line : marker.readAll().split('\n')) {
        if (!line.startsWith("counts="))
            continue;
        const QList<QByteArray> values = line.mid(7).split(',');
        if (values.size() != 6)
            return {};
        DemoDataGenerator::Counts counts {values[0].toLongLong(), values[1].toLongLong(),
                                          values[2].toLongLong(), values[3].toLongLong(),
                                          values[4].toLongLong(), values[5].toLongLong()};
        return QStringLiteral("%1 rows: %2")
            .arg(counts.total())
            .arg(GenerateBenchmark::describe(counts));
    }
    return {};
}
} // namespace

SuiteRunner::SuiteRunner(Options options)
    : m_options(std::move(options))
{ }

QString SuiteRunner::workspaceDir(const QString &dataDir, const QString &label)
{
    return QDir(dataDir).filePath(label);
}

Result<void> SuiteRunner::runChild(const QStringList &arguments) const
{
    QTextStream err(stderr);
    err << "\n== clientdesk-bench " << arguments.join(u' ') << '\n';
    err.flush();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                arguments + QStringList {QStringLiteral("--results"), m_options.resultsFile});
    if (!child.waitForStarted())
        return Error(ErrorKind::Io,
                     QStringLiteral("Cannot start %1: %2")
                         .arg(QCoreApplication::applicationFilePath(), child.errorString()));
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return Error(ErrorKind::Io,
                     QStringLiteral("clientdesk-bench %1 failed (exit code %2).")
                         .arg(arguments.join(u' '))
                         .arg(child.exitCode()));
    return {};
}

void SuiteRunner::printDataSets() const
{
    QTextStream out(stdout);
    out << "\nData sets (" << m_options.dataDir << "):\n";
    for (const QString &label : m_options.labels) {
        const QString counts =
            markerCounts(QDir(m_options.dataDir).filePath(label + QStringLiteral(".complete")));
        out << "  " << label << ": " << (counts.isEmpty() ? QStringLiteral("missing") : counts)
            << '\n';
    }
    out.flush();
    auto generated =
        BenchmarkReport::load(QDir(m_options.dataDir).filePath(QStringLiteral("datasets.tsv")));
    if (generated && !generated->isEmpty())
        generated->print(out, QStringLiteral("When the data sets were generated (cached):"), true);
}

Result<void> SuiteRunner::run()
{
    const QDir data(m_options.dataDir);
    if (m_options.resultsFile.isEmpty())
        m_options.resultsFile = data.filePath(
            QStringLiteral("results-%1.tsv")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QFile::remove(m_options.resultsFile);
    const QString scratch = data.filePath(QStringLiteral("scratch"));

    QList<QStringList> steps {{QStringLiteral("insert"), QStringLiteral("--dir"), scratch}};
    if (!m_options.skipGenerate)
        steps.append({QStringLiteral("generate"), QStringLiteral("--size"), QStringLiteral("M"),
                      QStringLiteral("--scratch"), scratch});
    const QString queries = data.filePath(QStringLiteral("queries.tsv"));
    for (const QString &command :
         {QStringLiteral("open"), QStringLiteral("search"), QStringLiteral("rss")}) {
        for (const QString &label : std::as_const(m_options.labels)) {
            const QString workspace = workspaceDir(m_options.dataDir, label);
            if (!Workspace::exists(workspace)) {
                QTextStream(stderr) << "all: no " << label << " data set in " << workspace
                                    << "; its figures are skipped\n";
                continue;
            }
            QStringList step {command, QStringLiteral("--workspace"), workspace,
                              QStringLiteral("--label"), label};
            if (command == QStringLiteral("search"))
                step << QStringLiteral("--queries") << queries;
            steps.append(step);
        }
    }
    QDir().mkpath(scratch);
    for (const QStringList &step : std::as_const(steps)) {
        if (auto done = runChild(step); !done)
            return done;
    }

    printDataSets();
    auto results = BenchmarkReport::load(m_options.resultsFile);
    if (!results)
        return results.error();
    QTextStream out(stdout);
    results->print(out, QStringLiteral("All figures (results in %1):").arg(m_options.resultsFile),
                   true);
    return {};
}

} // namespace ClientDesk
