// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that logs never carry secrets or personal data: runs every path that logs, with all
// categories at debug level, then searches the log for the passphrases, keys and the owner.
#include "app/LogFile.h"
#include "app/cli/Cli.h"
#include "models/store/Migrator.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceSettings.h"
#include "tests/support/ScriptedPrompt.h"
#include "tests/support/TempWorkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestLogHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsHoldNoSecretsOrPersonalData();

private:
    int runCli(const QStringList &arguments, const QString &home);
    int runCliBinary(const QStringList &arguments, const QString &home);
    static QByteArray allLogs(const QString &dir);
};

int TestLogHygiene::runCli(const QStringList &arguments, const QString &home)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    ScriptedPrompt prompt;
    ManualClock clock;
    CliContext context {outStream, errStream,      prompt,
                        clock,     AppPaths(home), TempWorkspace::fastKdf()};
    return Cli(context).run(QStringList {QStringLiteral("clientdesk-cli")} + arguments);
}

int TestLogHygiene::runCliBinary(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLIENTDESK_HOME"), home);
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clientdesk.*=true"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLIENTDESK_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return process.exitCode();
}

QByteArray TestLogHygiene::allLogs(const QString &dir)
{
    QByteArray text;
    QDirIterator it(dir, {QStringLiteral("*.log")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            text += file.readAll();
    }
    return text;
}

void TestLogHygiene::logsHoldNoSecretsOrPersonalData()
{
    QLoggingCategory::setFilterRules(QStringLiteral("clientdesk.*=true"));
    TempWorkspace temp;
    const QString home = temp.root() + QStringLiteral("/home");
    const QString logs = home + QStringLiteral("/logs");
    const QByteArray newPassphrase = "second secret passphrase 77";
    const QByteArray wrongPassphrase = "guessed wrong passphrase 1";
    QByteArray masterHex, dataHex, masterBase64, dataBase64;
    QList<QByteArray> recoveryKeys;
    {
        // Today's date: the CLI child processes prune log files older than 90 days by the real
        // clock.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        LogFile log(logs, clock);
        log.install(LogFile::Echo::Quiet);
        auto workspace = temp.create();
        QVERIFY(workspace);
        const KeyRing keys = workspace->keyRing();
        masterHex = QByteArray(keys.masterKey().toHex().constData(), 64);
        dataHex = QByteArray(keys.dataKey().toHex().constData(), 64);
        masterBase64 = keys.masterKey().view().toByteArray().toBase64();
        dataBase64 = keys.dataKey().view().toByteArray().toBase64();
        // The recovery kit: used right and wrong, then replaced; neither key may be logged.
        const RecoveryKey firstKit = *workspace->takeRecoveryKey();
        auto secondKit = workspace->regenerateRecoveryKey(TempWorkspace::fastKdf());
        QVERIFY(secondKit);
        QVERIFY(!Workspace::unlockWithRecoveryKey(temp.dir(), firstKit));
        QVERIFY(Workspace::unlockWithRecoveryKey(temp.dir(), *secondKit));
        for (const RecoveryKey *kit :
             std::initializer_list<const RecoveryKey *> {&firstKit, &*secondKit}) {
            recoveryKeys.append(kit->formatted().toLatin1());
            recoveryKeys.append(kit->groups().join(QString()).toLatin1());
            recoveryKeys.append(kit->secret().view().toByteArray().toBase64());
            recoveryKeys.append(QByteArray(kit->secret().toHex().constData(), 40));
        }
        QVERIFY(WorkspaceSettings(workspace->store())
                    .setValue(QStringLiteral("k"), TempWorkspace::OwnerEmail));
        workspace.reset();

        QVERIFY(!Workspace::unlock(temp.dir(), wrongPassphrase));
        auto keysAgain = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
        QVERIFY(keysAgain);
        auto reopened = Workspace::open(temp.dir(), std::move(keysAgain.value()), clock);
        QVERIFY(reopened);
        QVERIFY((*reopened)->changePassphrase(newPassphrase, TempWorkspace::fastKdf()));
        {
            // A write that fails half-way, and a migration that fails, log what went wrong.
            Store &store = (*reopened)->store();
            QSqlQuery query(store.database());
            QVERIFY(
                query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON audit_log "
                                          "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
            QVERIFY(!WorkspaceSettings(store).setValue(QStringLiteral("k2"),
                                                       TempWorkspace::OwnerEmail));
        }
        reopened.value().reset();
        QList<Migrations::Migration> migrations = Migrations::all();
        migrations.append({Migrations::latestVersion() + 1,
                           QStringLiteral("broken"),
                           {QStringLiteral("INSERT INTO settings VALUES ('x', '%1')")
                                .arg(TempWorkspace::OwnerEmail),
                            QStringLiteral("NOT SQL")}});
        auto brokenKeys = Workspace::unlock(temp.dir(), newPassphrase);
        QVERIFY(brokenKeys);
        QVERIFY(!Workspace::open(temp.dir(), std::move(brokenKeys.value()), clock,
                                 Migrator(migrations)));

        const QString good = temp.root() + QStringLiteral("/good.txt");
        const QString bad = temp.root() + QStringLiteral("/bad.txt");
        {
            QFile goodFile(good), badFile(bad);
            QVERIFY(goodFile.open(QIODevice::WriteOnly) && badFile.open(QIODevice::WriteOnly));
            goodFile.write(newPassphrase + '\n');
            badFile.write(wrongPassphrase + '\n');
        }
        const QStringList base {QStringLiteral("--workspace"), temp.dir(),
                                QStringLiteral("--passphrase-file")};
        QCOMPARE(runCli(QStringList {QStringLiteral("info")} + base + QStringList {good}, home), 0);
        QCOMPARE(runCli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + base
                            + QStringList {good},
                        home),
                 0);
        QCOMPARE(runCli(QStringList {QStringLiteral("unlock"), QStringLiteral("--check")} + base
                            + QStringList {bad},
                        home),
                 2);
        QCOMPARE(
            runCliBinary(QStringList {QStringLiteral("info")} + base + QStringList {good}, home),
            0);
        QCOMPARE(runCliBinary(QStringList {QStringLiteral("unlock"), QStringLiteral("--check")}
                                  + base + QStringList {bad},
                              home),
                 2);
    }
    const QByteArray text = allLogs(logs);
    QVERIFY2(text.contains("workspace created"), "the log was not written at all");
    QVERIFY(text.contains("passphrase unlock refused"));
    QVERIFY(text.contains("recovery unlock refused"));
    QVERIFY(text.contains("recovery key replaced"));
    QVERIFY2(text.contains("clientdesk-cli 0.1.0 started"), "the child processes did not log");
    QVERIFY(text.contains("store error, sqlite code 19"));
    QVERIFY(text.contains(QByteArray(QByteArray("migration ")
                                     + QByteArray::number(Migrations::latestVersion() + 1)
                                     + " failed")));
    const QList<QByteArray> forbidden {
        TempWorkspace::Passphrase,
        newPassphrase,
        wrongPassphrase,
        masterHex,
        masterHex.toUpper(),
        dataHex,
        dataHex.toUpper(),
        masterBase64,
        dataBase64,
        TempWorkspace::OwnerEmail.toUtf8(),
        TempWorkspace::OwnerName.toUtf8(),
        QByteArrayLiteral("Nordlicht"),
    };
    for (const QByteArray &secret : forbidden + recoveryKeys)
        QVERIFY2(!text.contains(secret), secret.constData());
}

QTEST_GUILESS_MAIN(TestLogHygiene)
#include "TestLogHygiene.moc"
