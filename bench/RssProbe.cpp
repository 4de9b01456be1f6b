// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/RssProbe.h"

#include "bench/BenchWorkspace.h"
#include "bench/ModelPages.h"
#include "models/domain/SystemClock.h"
#include "models/itemmodels/ClientsModel.h"
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"

#include <QFile>

namespace ClientDesk {

namespace {
double megabytes(qint64 bytes)
{
    return double(bytes) / 1e6;
}
} // namespace

RssProbe::RssProbe(Options options)
    : m_options(std::move(options))
{ }

bool RssProbe::isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

std::optional<qint64> RssProbe::statusBytes(const char *field)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QByteArray prefix = QByteArray(field) + ':';
    // "VmRSS:	  123456 kB"
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kib = parts.value(0).toLongLong(&ok);
        if (ok && parts.value(1) == "kB")
            return kib * 1024;
    }
    return std::nullopt;
#else
    Q_UNUSED(field);
    return std::nullopt;
#endif
}

Result<void> RssProbe::run(BenchmarkReport &report)
{
    if (!isSupported())
        return Error(ErrorKind::Usage,
                     QStringLiteral("rss: not measured on this OS; it reads /proc/self/status, "
                                    "which only Linux has."));
    const auto before = statusBytes("VmRSS");
    const SystemClock clock;
    auto workspace = BenchWorkspace::open(m_options.workspace, clock);
    if (!workspace)
        return workspace.error();
    const QSqlDatabase db = (*workspace)->store().database();
    ClientsModel clients(db);
    ProjectsModel projects(db);
    InvoicesModel invoices(db, clock);
    for (const PagedSqlModel *model :
         {static_cast<PagedSqlModel *>(&clients), static_cast<PagedSqlModel *>(&projects),
          static_cast<PagedSqlModel *>(&invoices)}) {
        if (ModelPages::readFirstPage(*model) == 0)
            return Error(ErrorKind::Io,
                         QStringLiteral("A list showed nothing: %1").arg(model->lastError()));
    }
    const auto resident = statusBytes("VmRSS");
    const auto peak = statusBytes("VmHWM");
    if (!before || !resident || !peak)
        return Error(ErrorKind::Io, QStringLiteral("Cannot read /proc/self/status."));

    const QString &label = m_options.label;
    const bool isM = label == QStringLiteral("M");
    const bool isL = label == QStringLiteral("L");
    using Row = BenchmarkReport::Row;
    using Unit = BenchmarkReport::Unit;
    report.add(
        Row(QStringLiteral("rss.%1.open").arg(label),
            QStringLiteral("RSS %1: open, first pages of 3 lists").arg(label), megabytes(*resident),
            Unit::Megabytes)
            .versus(isL ? QStringLiteral("RSS M") : QString(),
                    isL ? report.value(QStringLiteral("rss.M.open")) : std::nullopt)
            .withAim(isM || isL ? BenchmarkReport::Aim::ValueAtMost : BenchmarkReport::Aim::None,
                     isL ? 250 : 120)
            .withNote(QStringLiteral("VmRSS of a fresh process (QCoreApplication, no "
                                     "widgets); MB = 10^6 bytes")));
    report.add(Row(QStringLiteral("rss.%1.start").arg(label),
                   QStringLiteral("  of which the process before opening"), megabytes(*before),
                   Unit::Megabytes));
    report.add(Row(QStringLiteral("rss.%1.peak").arg(label),
                   QStringLiteral("  peak (VmHWM), with scrypt's 128 MiB during unlock"),
                   megabytes(*peak), Unit::Megabytes));
    return {};
}

} // namespace ClientDesk
