// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/GenerateCommand.h"

#include "models/store/DemoDataGenerator.h"
#include "models/store/StoreError.h"
#include "models/store/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ClientDesk {

namespace {
// Progress goes to a person watching, never into a file or a pipe that a script reads.
bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

std::optional<quint64> seedOf(const QCommandLineParser &parser)
{
    bool ok = false;
    const quint64 seed = parser.value(GenerateCommand::SeedOption).toULongLong(&ok);
    return ok ? std::optional<quint64>(seed) : std::nullopt;
}

Result<bool> hasClients(Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM client)")) || !query.next())
        return StoreError::from(query.lastError());
    return query.value(0).toBool();
}
} // namespace

const QCommandLineOption GenerateCommand::SizeOption(
    QStringLiteral("size"),
    QCoreApplication::translate("ClientDesk::GenerateCommand",
                                "S (1 000 clients), M (100 000) or L (1 000 000)."),
    QStringLiteral("SIZE"));
const QCommandLineOption GenerateCommand::SeedOption(
    QStringLiteral("seed"),
    QCoreApplication::translate("ClientDesk::GenerateCommand",
                                "The same seed always makes the same data (default 1)."),
    QStringLiteral("N"), QStringLiteral("1"));

QString GenerateCommand::description() const
{
    return GenerateCommand::tr("Fill an empty workspace with realistic demo data.");
}

void GenerateCommand::addOptions(QCommandLineParser &parser) const
{
    WorkspaceCommand::addOptions(parser);
    parser.addOption(SizeOption);
    parser.addOption(SeedOption);
}

Result<void> GenerateCommand::checkOptions(const QCommandLineParser &parser) const
{
    if (!DemoDataGenerator::sizeFromName(parser.value(SizeOption)))
        return Error(ErrorKind::Usage,
                     GenerateCommand::tr("Choose the size with --size S, M or L."));
    if (!seedOf(parser))
        return Error(ErrorKind::Usage,
                     GenerateCommand::tr("The seed is a whole number from 0 to 2^64 - 1."));
    return {};
}

int GenerateCommand::executeOn(Workspace &workspace, const QCommandLineParser &parser,
                               CliContext &context)
{
    auto occupied = hasClients(workspace.store());
    if (!occupied)
        return fail(context, occupied.error());
    if (*occupied)
        return fail(context,
                    Error(ErrorKind::InvalidInput,
                          GenerateCommand::tr(
                              "generate fills an empty workspace, and this one already has "
                              "clients. Create a new workspace with `clientdesk-cli init`.")));

    const auto size = *DemoDataGenerator::sizeFromName(parser.value(SizeOption));
    const bool showProgress = stderrIsTerminal();
    const qint64 started = context.clock.monotonicMs();
    qint64 shown = started;
    bool progressShown = false;
    const auto progress = [&](qint64 done, qint64 total) {
        const qint64 now = context.clock.monotonicMs();
        if (showProgress && now - shown >= 1000) {
            shown = now;
            progressShown = true;
            context.err << QStringLiteral("\r%1 %").arg(total > 0 ? done * 100 / total : 100)
                        << Qt::flush;
        }
        return true;
    };
    auto generated = DemoDataGenerator(workspace.store(), *seedOf(parser)).generate(size, progress);
    if (progressShown)
        context.err << (generated ? QStringLiteral("\r100 %") : QString()) << Qt::endl;
    if (!generated)
        return fail(context, generated.error());

    const qint64 elapsedMs = std::max<qint64>(1, context.clock.monotonicMs() - started);
    const qint64 rows = generated->total();
    context.out << GenerateCommand::tr(
                       "Generated %1 clients, %2 contacts, %3 projects, %4 deliverables, "
                       "%5 invoices and %6 invoice lines: %7 rows in %8 s (%9 rows/s).")
                       .arg(generated->clients)
                       .arg(generated->contacts)
                       .arg(generated->projects)
                       .arg(generated->deliverables)
                       .arg(generated->invoices)
                       .arg(generated->invoiceLines)
                       .arg(rows)
                       .arg(double(elapsedMs) / 1000.0, 0, 'f', 1)
                       .arg(rows * 1000 / elapsedMs)
                << Qt::endl;
    return 0;
}

} // namespace ClientDesk
