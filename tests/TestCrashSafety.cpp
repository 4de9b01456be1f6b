// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that a writer killed with SIGKILL at random points leaves a store that opens, passes
// integrity_check, holds only whole transactions, and whose audit chain verifies.
#include "models/store/AuditLog.h"
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
    void survivesKillsAtRandomPoints();

private:
    // Starts the writer and kills it once it reported `killAfter`; returns the last number it
    // reported committed, or -1 when the writer failed on its own.
    int runWriterUntil(int killAfter, bool &finished);
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
    // Durable: everything the writer reported as committed is there (synchronous = FULL).
    QVERIFY2(lastInStore >= reportedCommitted,
             qPrintable(QStringLiteral("store has %1, writer reported %2")
                            .arg(lastInStore)
                            .arg(reportedCommitted)));
    // Whole: every transaction up to tx.last, with its audit entry, and nothing beyond.
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
    auto audit = AuditLog(store.database()).verify();
    QVERIFY(audit);
    QVERIFY2(audit->intact, qPrintable(audit->problem));
}

void TestCrashSafety::survivesKillsAtRandomPoints()
{
    {
        auto workspace = m_temp.create();
        QVERIFY(workspace);
    }
    m_passphraseFile = m_temp.root() + QStringLiteral("/passphrase.txt");
    QFile file(m_passphraseFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TempWorkspace::Passphrase + '\n');
    file.close();

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

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
