// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that a writer killed with SIGKILL at random points leaves a store that opens, passes
// integrity_check, holds only whole transactions, and whose audit chain verifies.
#include "models/store/AuditLog.h"
#include "models/store/CrashPoint.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceSettings.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void survivesKillsAtRandomPoints();
    void survivesACrashAtEachStepOfAWrite_data();
    void survivesACrashAtEachStepOfAWrite();

private:
    // Starts the writer and kills it once it reported `killAfter`; returns the last number it
    // reported committed, or -1 when the writer failed on its own.
    int runWriterUntil(int killAfter, bool &finished);
    // Runs the writer with a crash point armed; returns its exit code.
    int runWriterWithCrashPoint(const QString &crashPoint);
    // Opens the store as the app would and checks everything a crash may not break.
    void verifyStore(int reportedCommitted, int &lastInStore);

    TempWorkspace m_temp;
    QString m_passphraseFile;
};

static constexpr int Transactions = 1000;
static constexpr int MinimumKills = 20;

int TestCrashSafety::runWriterUntil(int killAfter, bool &finished)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(CLIENTDESK_TEST_WRITER_PATH),
                 {m_temp.dir(), m_passphraseFile, QString::number(Transactions)});
    if (!writer.waitForStarted(10000))
        return -1;
    int committed = 0;
    finished = false;
    QByteArray pending;
    while (true) {
        if (!writer.waitForReadyRead(30000)) {
            finished = writer.state() == QProcess::NotRunning && writer.exitCode() == 0;
            break;
        }
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();
        }
        if (committed >= killAfter) {
            writer.kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint
            writer.waitForFinished(10000);
            return committed;
        }
    }
    writer.waitForFinished(10000);
    if (!finished)
        qWarning() << "writer stopped on its own:" << writer.readAllStandardError();
    return finished ? committed : -1;
}

void TestCrashSafety::verifyStore(int reportedCommitted, int &lastInStore)
{
    auto opened = m_temp.open();
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    Store &store = (*opened)->store();
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));

    auto last = WorkspaceSettings(store).value(QStringLiteral("tx.last"));
    QVERIFY(last);
    lastInStore = last->value_or(QStringLiteral("0")).toInt();
    // Nothing the writer reported as committed is lost. (A killed process leaves the OS page
    // cache intact, so this is not a power-cut test; TestStore checks synchronous = FULL.)
    QVERIFY2(lastInStore >= reportedCommitted,
             qPrintable(QStringLiteral("store has %1, writer reported %2")
                            .arg(lastInStore)
                            .arg(reportedCommitted)));
    // Whole: every transaction up to tx.last, with its audit and outbox entries, nothing beyond.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(CAST(substr(key, 4) AS INTEGER)) "
                                      "FROM settings WHERE key GLOB 'tx.[0-9]*'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), lastInStore);
    if (lastInStore > 0)
        QCOMPARE(query.value(1).toInt(), lastInStore);
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id GLOB 'tx.[0-9]*'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), lastInStore);
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id GLOB 'tx.[0-9]*'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), lastInStore);
    auto audit = AuditLog(store.database()).verify();
    QVERIFY(audit);
    QVERIFY2(audit->intact, qPrintable(audit->problem));
}

void TestCrashSafety::initTestCase()
{
    {
        auto workspace = m_temp.create();
        QVERIFY(workspace);
    }
    m_passphraseFile = m_temp.root() + QStringLiteral("/passphrase.txt");
    QFile file(m_passphraseFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TempWorkspace::Passphrase + '\n');
}

void TestCrashSafety::survivesKillsAtRandomPoints()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill points drawn with seed %u", seed);
    QRandomGenerator random(seed);
    int last = 0;
    int kills = 0;
    bool finished = false;
    while (!finished) {
        // Spread at least MinimumKills kill points over the run, each at a random transaction.
        const int remaining = Transactions - last;
        const int span = std::max(2, remaining / std::max(1, MinimumKills - kills + 2));
        const int target =
            kills < MinimumKills + 5 ? last + 1 + int(random.bounded(span)) : Transactions + 1;
        const int reported = runWriterUntil(target, finished);
        QVERIFY2(reported >= 0, "the writer failed on its own");
        if (!finished)
            ++kills;
        int lastInStore = 0;
        verifyStore(reported, lastInStore);
        if (QTest::currentTestFailed())
            return;
        last = lastInStore;
    }
    QCOMPARE(last, Transactions);
    QVERIFY2(kills >= MinimumKills, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
    qInfo("%d kills over %d transactions; store verified after each", kills, Transactions);
}

int TestCrashSafety::runWriterWithCrashPoint(const QString &crashPoint)
{
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLIENTDESK_CRASH_POINT"), crashPoint);
    writer.setProcessEnvironment(environment);
    writer.start(QStringLiteral(CLIENTDESK_TEST_WRITER_PATH),
                 {m_temp.dir(), m_passphraseFile, QString::number(Transactions + 100000)});
    if (!writer.waitForFinished(60000))
        return -1;
    return writer.exitStatus() == QProcess::NormalExit ? writer.exitCode() : -1;
}

// Random kills rarely land between a write and its audit entry; these stop the writer there.
void TestCrashSafety::survivesACrashAtEachStepOfAWrite_data()
{
    QTest::addColumn<QString>("crashPoint");
    for (const char *point :
         {"store.write.after-work", "store.write.after-audit", "store.write.after-outbox",
          "store.transaction.before-commit", "store.transaction.after-commit"}) {
        for (int hit : {1, 7, 23})
            QTest::addRow("%s:%d", point, hit)
                << QStringLiteral("%1:%2").arg(QLatin1String(point)).arg(hit);
    }
}

void TestCrashSafety::survivesACrashAtEachStepOfAWrite()
{
    QFETCH(QString, crashPoint);
    int before = 0;
    verifyStore(0, before);
    QCOMPARE(runWriterWithCrashPoint(crashPoint), CrashPoint::ExitCode);
    int after = 0;
    verifyStore(0, after);
    // The hit-th transaction was stopped part-way: the ones before it landed whole, and the
    // stopped one landed whole only if the crash came after its commit.
    const int hit = crashPoint.section(QLatin1Char(':'), 1).toInt();
    const bool committed = crashPoint.startsWith(QLatin1String("store.transaction.after-commit"));
    QCOMPARE(after, before + hit - (committed ? 0 : 1));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
