// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/DailyBackups.h"

#include "models/store/StoreLog.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ClientDesk {

namespace {
// daily-2026-01-15.cdbackup, and what a crash leaves while one is written
// (daily-2026-01-15.cdbackup.store-XXXXXX and its journal).
const QRegularExpression
    DailyName(QStringLiteral("^daily-(\\d{4}-\\d{2}-\\d{2})\\.cdbackup(\\..*)?$"));
// Workspace::open's copies before a migration: pre-migration-schema2-20260115-093000.db and
// its .keyfile.json.
const QRegularExpression MigrationName(
    QStringLiteral("^pre-migration-schema\\d+-(\\d{8})-\\d{6}\\.(db|keyfile\\.json)$"));

QDate dayOf(const QString &fileName)
{
    if (const auto daily = DailyName.match(fileName); daily.hasMatch())
        return QDate::fromString(daily.captured(1), Qt::ISODate);
    if (const auto copy = MigrationName.match(fileName); copy.hasMatch())
        return QDate::fromString(copy.captured(1), QStringLiteral("yyyyMMdd"));
    return {};
}
} // namespace

DailyBackups::DailyBackups(const Clock &clock)
    : m_clock(clock)
{ }

QDate DailyBackups::today() const
{
    return m_clock.now().toUTC().date();
}

QString DailyBackups::todaysBackup(const QString &dir) const
{
    return Workspace::backupsPath(dir) + QStringLiteral("/daily-") + today().toString(Qt::ISODate)
        + WorkspaceBackup::Extension;
}

Result<int> DailyBackups::prune(const QString &dir) const
{
    const QDir backups(Workspace::backupsPath(dir));
    if (!backups.exists())
        return 0;
    const QDate oldestKept = today().addDays(-KeepDays);
    int removed = 0;
    bool failed = false;
    const QStringList names = backups.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QDate day = dayOf(name);
        if (!day.isValid() || day >= oldestKept)
            continue;
        if (QFile::remove(backups.filePath(name)))
            ++removed;
        else
            failed = true;
    }
    if (removed > 0)
        qCInfo(lcStore) << "pruned" << removed << "backup files past" << KeepDays << "days";
    // What a crash left of a backup written today or lately, as soon as nothing holds it.
    removed += WorkspaceBackup::removeLeftovers(todaysBackup(dir));
    if (failed)
        return Error(ErrorKind::Io,
                     DailyBackups::tr("Some backups older than %1 days could not be removed from "
                                      "%2.")
                         .arg(KeepDays)
                         .arg(QDir::toNativeSeparators(backups.path())));
    return removed;
}

Result<QString> DailyBackups::run(const QString &dir, const KeyRing &keys) const
{
    const Result<int> pruned = prune(dir);
    const QString file = todaysBackup(dir);
    if (QFile::exists(file)) {
        if (!pruned)
            return pruned.error();
        return QString();
    }
    if (!QDir().mkpath(Workspace::backupsPath(dir)))
        return Error(ErrorKind::Io, DailyBackups::tr("Could not create the backups folder."));
    if (auto written = WorkspaceBackup::write(dir, keys, file, m_clock); !written)
        return written.error();
    if (!pruned)
        return pruned.error();
    return file;
}

} // namespace ClientDesk
