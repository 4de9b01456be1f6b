// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DailyBackups with a manual clock: one backup a day in backups/, restorable, and every
// backup (and pre-migration copy) gone once it is more than 30 days old — the day before, the
// day of and the day after.
#include "models/store/BackupRestore.h"
#include "models/store/ClientRepository.h"
#include "models/store/DailyBackups.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <sys/file.h>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestDailyBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesTodaysBackupOnceADay();
    void dailyBackupRestoresAndOpens();
    void keepsBackupsThirtyDaysThenRemovesThem();
    void prunesPreMigrationCopiesAndLeftoversButNothingElse();
    void removesWhatABackupThatCrashedTodayLeft();

private:
    static QStringList backups(const TempWorkspace &temp);
    static void touch(const QString &path);
    // Makes a file look as if it was last written two minutes ago.
    static void backdate(const QString &path);
};

QStringList TestDailyBackups::backups(const TempWorkspace &temp)
{
    return QDir(Workspace::backupsPath(temp.dir()))
        .entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestDailyBackups::touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old copy");
}

void TestDailyBackups::backdate(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120),
                             QFileDevice::FileModificationTime));
}

void TestDailyBackups::makesTodaysBackupOnceADay()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    const DailyBackups daily(temp.clock());
    QCOMPARE(QFileInfo(daily.todaysBackup(temp.dir())).fileName(),
             QStringLiteral("daily-2026-01-15.cdbackup"));

    auto first = daily.run(temp.dir(), workspace->keyRing());
    QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
    QCOMPARE(*first, daily.todaysBackup(temp.dir()));
    QCOMPARE(backups(temp), QStringList {QStringLiteral("daily-2026-01-15.cdbackup")});
    const QDateTime written = QFileInfo(*first).lastModified();

    // Later the same day (unlock, close, unlock again): nothing new, nothing rewritten.
    temp.clock().advance(6 * 60 * 60 * 1000);
    auto again = daily.run(temp.dir(), workspace->keyRing());
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(QFileInfo(*first).lastModified(), written);

    temp.clock().advanceDays(1);
    auto next = daily.run(temp.dir(), workspace->keyRing());
    QVERIFY(next);
    QCOMPARE(QFileInfo(*next).fileName(), QStringLiteral("daily-2026-01-16.cdbackup"));
    QCOMPARE(backups(temp),
             QStringList({QStringLiteral("daily-2026-01-15.cdbackup"),
                          QStringLiteral("daily-2026-01-16.cdbackup")}));
}

void TestDailyBackups::dailyBackupRestoresAndOpens()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Client client;
    client.name = QStringLiteral("Daily Client");
    QVERIFY(ClientRepository(workspace->store()).create(client));
    auto made = DailyBackups(temp.clock()).run(temp.dir(), workspace->keyRing());
    QVERIFY(made);
    workspace.reset();

    const QString restored = temp.root() + QStringLiteral("/restored");
    auto staged = BackupRestore::stage(*made, restored);
    QVERIFY2(staged, staged ? "" : qPrintable(staged.error().message()));
    QCOMPARE((*staged)->manifest().createdAt, temp.clock().now());
    QVERIFY((*staged)->finish(TempWorkspace::Passphrase, temp.clock()));
    auto keys = Workspace::unlock(restored, TempWorkspace::Passphrase);
    QVERIFY(keys);
    auto opened = Workspace::open(restored, std::move(keys.value()), temp.clock());
    QVERIFY(opened);
    QSqlQuery query((*opened)->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM client")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Daily Client"));
}

// PRIVACY.md keeps backups 30 days: the one from 15 January is there on 14 February (day 30)
// and gone on 15 February (day 31).
void TestDailyBackups::keepsBackupsThirtyDaysThenRemovesThem()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    const DailyBackups daily(temp.clock());
    QVERIFY(daily.run(temp.dir(), workspace->keyRing()));
    const QString first = QStringLiteral("daily-2026-01-15.cdbackup");

    temp.clock().advanceDays(DailyBackups::KeepDays - 1); // 13 February: the day before
    QVERIFY(daily.run(temp.dir(), workspace->keyRing()));
    QVERIFY(backups(temp).contains(first));
    temp.clock().advanceDays(1); // 14 February: the day of, 30 days old
    QVERIFY(daily.run(temp.dir(), workspace->keyRing()));
    QVERIFY(backups(temp).contains(first));
    temp.clock().advanceDays(1); // 15 February: the day after
    QVERIFY(daily.run(temp.dir(), workspace->keyRing()));
    QCOMPARE(backups(temp),
             QStringList({QStringLiteral("daily-2026-02-13.cdbackup"),
                          QStringLiteral("daily-2026-02-14.cdbackup"),
                          QStringLiteral("daily-2026-02-15.cdbackup")}));

    // A long break: on return, everything old goes and today's backup is made.
    temp.clock().advanceDays(90);
    auto made = daily.run(temp.dir(), workspace->keyRing());
    QVERIFY(made);
    QCOMPARE(backups(temp), QStringList {QStringLiteral("daily-2026-05-16.cdbackup")});
}

void TestDailyBackups::prunesPreMigrationCopiesAndLeftoversButNothingElse()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    const QString dir = Workspace::backupsPath(temp.dir());
    QVERIFY(QDir().mkpath(dir));
    const QStringList old {
        QStringLiteral("pre-migration-schema2-20251201-093000.db"),
        QStringLiteral("pre-migration-schema2-20251201-093000.keyfile.json"),
        QStringLiteral("daily-2025-12-01.cdbackup"),
        // What a crash leaves while a backup is written: its copy of the store, its journal.
        QStringLiteral("daily-2025-12-01.cdbackup.store-AbC123"),
        QStringLiteral("daily-2025-12-01.cdbackup.store-AbC123-journal"),
    };
    const QStringList recent {
        QStringLiteral("pre-migration-schema2-20260110-093000.db"),
        QStringLiteral("pre-migration-schema2-20260110-093000.keyfile.json"),
        QStringLiteral("daily-2026-01-10.cdbackup"),
    };
    // Not ClientDesk's to remove.
    const QStringList others {
        QStringLiteral("my-copy.cdbackup"),
        QStringLiteral("notes-2025-12-01.txt"),
        QStringLiteral("daily-backup-plan.txt"),
    };
    for (const QString &name : old + recent + others)
        touch(dir + QLatin1Char('/') + name);

    auto pruned = DailyBackups(temp.clock()).prune(temp.dir());
    QVERIFY(pruned);
    QCOMPARE(*pruned, int(old.size()));
    QStringList expected = recent + others;
    expected.sort();
    QCOMPARE(backups(temp), expected);
}

// A crash while today's backup is written leaves its copy of the store in backups/, dated
// today: the next run removes it, whether it writes today's backup or finds it there, but not
// the copy of a backup that is still running.
void TestDailyBackups::removesWhatABackupThatCrashedTodayLeft()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    const DailyBackups daily(temp.clock());
    const QString dir = Workspace::backupsPath(temp.dir());
    QVERIFY(QDir().mkpath(dir));
    const QString today = QStringLiteral("daily-2026-01-15.cdbackup");
    const QStringList crashed {today + QStringLiteral(".store-AbCdEf"),
                               today + QStringLiteral(".store-AbCdEf-journal")};
    const QString running = today + QStringLiteral(".store-RuNnIn");
    for (const QString &name : crashed + QStringList {running}) {
        touch(dir + QLatin1Char('/') + name);
        backdate(dir + QLatin1Char('/') + name);
    }
    QFile held(dir + QLatin1Char('/') + running);
    QVERIFY(held.open(QIODevice::ReadOnly));
    QCOMPARE(::flock(held.handle(), LOCK_EX | LOCK_NB), 0);

    auto made = daily.run(temp.dir(), workspace->keyRing());
    QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
    QCOMPARE(backups(temp), QStringList({today, running}));

    // Later the same day, today's backup is there and only the pruning runs.
    for (const QString &name : crashed) {
        touch(dir + QLatin1Char('/') + name);
        backdate(dir + QLatin1Char('/') + name);
    }
    auto again = daily.run(temp.dir(), workspace->keyRing());
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(backups(temp), QStringList({today, running}));
    // Once the backup that held it has ended (here: crashed), its copy goes too.
    held.close();
    auto pruned = daily.prune(temp.dir());
    QVERIFY(pruned);
    QCOMPARE(*pruned, 1);
    QCOMPARE(backups(temp), QStringList {today});
}

QTEST_GUILESS_MAIN(TestDailyBackups)
#include "TestDailyBackups.moc"
