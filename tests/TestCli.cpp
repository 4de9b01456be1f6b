// SPDX-License-Identifier: GPL-3.0-or-later
// Tests clientdesk-cli: every command in-process, and the real binary's exit codes and messages.
#include "app/cli/Cli.h"
#include "models/store/Migrations.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceSettings.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

using Run = CliRunner::Run;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initFromProfileAndPassphraseFile();
    void initAsksAtTheTerminal();
    void initRefusesWeakOrMismatchedPassphrase();
    void initWithoutTerminalNeedsFiles();
    void unlockCheckTellsRightFromWrong();
    void changePassphrase();
    void infoShowsFactsButNoPersonalData();
    void auditVerifyNamesTheTamperedEntry();
    void usageErrors();
    void binaryExitCodesForBadFiles_data();
    void binaryExitCodesForBadFiles();

private:
    Run run(const QStringList &arguments, const QStringList &answers = {}, bool interactive = false)
    {
        return m_cli.run(arguments, answers, interactive);
    }
    Run runBinary(const QStringList &arguments) { return m_cli.runBinary(arguments); }
    QString writeFile(const QString &name, const QByteArray &contents)
    {
        return m_cli.writeFile(name, contents);
    }
    QString passphraseFile(const QByteArray &passphrase = TempWorkspace::Passphrase);

    TempWorkspace m_files;
    CliRunner m_cli {m_files.root()};
    ManualClock m_clock;
};

QString TestCli::passphraseFile(const QByteArray &passphrase)
{
    return writeFile(QStringLiteral("passphrase.txt"), passphrase + '\n');
}

void TestCli::initFromProfileAndPassphraseFile()
{
    const QString profile = writeFile(
        QStringLiteral("profile.json"),
        QJsonDocument(
            QJsonObject {{QStringLiteral("workspaceName"), QStringLiteral("Atelier Nord")},
                         {QStringLiteral("ownerName"), QStringLiteral("Ines Roux")},
                         {QStringLiteral("ownerEmail"), QStringLiteral("ines@atelier.test")}})
            .toJson());
    const QString dir = m_files.root() + QStringLiteral("/init-profile");
    const Run result =
        run({QStringLiteral("init"), QStringLiteral("--workspace"), dir,
             QStringLiteral("--profile"), profile, QStringLiteral("--region"), QStringLiteral("ch"),
             QStringLiteral("--passphrase-file"), passphraseFile()});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("Created the workspace")));
    QVERIFY(Workspace::exists(dir));
    auto keys = Workspace::unlock(dir, TempWorkspace::Passphrase);
    QVERIFY(keys);
    auto workspace = Workspace::open(dir, std::move(keys.value()), m_clock);
    QVERIFY(workspace);
    QCOMPARE((*workspace)->name(), QStringLiteral("Atelier Nord"));
    QSqlQuery query((*workspace)->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT region FROM workspace")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ch"));
}

void TestCli::initAsksAtTheTerminal()
{
    const QString passphrase = QStringLiteral("violet harbour staple 7");
    const Run result = run({QStringLiteral("init")},
                           {QStringLiteral("Studio Süd"), QStringLiteral("Jonas Weber"),
                            QStringLiteral("jonas@studio.test"), passphrase, passphrase},
                           true);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // Without --workspace the workspace lands in the data dir, named by its id.
    const QStringList found =
        AppPaths(m_files.root() + QStringLiteral("/home")).existingWorkspaces();
    QCOMPARE(found.size(), 1);
    QVERIFY(result.out.contains(QFileInfo(found.constFirst()).fileName()));
    QVERIFY(Workspace::unlock(found.constFirst(), passphrase.toUtf8()));
    QVERIFY(QDir(found.constFirst()).removeRecursively());
}

void TestCli::initRefusesWeakOrMismatchedPassphrase()
{
    const QStringList profile {QStringLiteral("Studio"), QStringLiteral("Name"),
                               QStringLiteral("a@b.test")};
    const QString dir = m_files.root() + QStringLiteral("/weak");
    Run weak =
        run({QStringLiteral("init"), QStringLiteral("--workspace"), dir},
            profile + QStringList {QStringLiteral("password"), QStringLiteral("password")}, true);
    QCOMPARE(weak.exitCode, 3);
    QVERIFY(weak.err.contains(QStringLiteral("too weak")));
    Run mismatch = run({QStringLiteral("init"), QStringLiteral("--workspace"), dir},
                       profile
                           + QStringList {QStringLiteral("orange staple violin 1"),
                                          QStringLiteral("orange staple violin 2")},
                       true);
    QCOMPARE(mismatch.exitCode, 3);
    QVERIFY(mismatch.err.contains(QStringLiteral("do not match")));
    QVERIFY(!QFile::exists(dir));
}

void TestCli::initWithoutTerminalNeedsFiles()
{
    const Run result = run({QStringLiteral("init"), QStringLiteral("--workspace"),
                            m_files.root() + QStringLiteral("/no-tty")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QStringLiteral("--profile")));
}

void TestCli::unlockCheckTellsRightFromWrong()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    Run right =
        run({QStringLiteral("unlock"), QStringLiteral("--check"), QStringLiteral("--workspace"),
             temp.dir(), QStringLiteral("--passphrase-file"), passphraseFile()});
    QCOMPARE(right.exitCode, 0);
    QVERIFY(right.out.contains(QStringLiteral("opens this workspace")));
    Run typed = run({QStringLiteral("unlock"), QStringLiteral("--check"),
                     QStringLiteral("--workspace"), temp.dir()},
                    {QString::fromUtf8(TempWorkspace::Passphrase)}, true);
    QCOMPARE(typed.exitCode, 0);
    Run wrong =
        run({QStringLiteral("unlock"), QStringLiteral("--check"), QStringLiteral("--workspace"),
             temp.dir(), QStringLiteral("--passphrase-file"), passphraseFile("nope")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QStringLiteral("passphrase is not correct")));
}

void TestCli::changePassphrase()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    const QString newFile = writeFile(QStringLiteral("new.txt"), "lantern meadow copper 93\n");
    Run changed = run({QStringLiteral("change-passphrase"), QStringLiteral("--workspace"),
                       temp.dir(), QStringLiteral("--passphrase-file"), passphraseFile(),
                       QStringLiteral("--new-passphrase-file"), newFile});
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QCOMPARE(
        run({QStringLiteral("unlock"), QStringLiteral("--check"), QStringLiteral("--workspace"),
             temp.dir(), QStringLiteral("--passphrase-file"), passphraseFile()})
            .exitCode,
        2);
    QCOMPARE(
        run({QStringLiteral("unlock"), QStringLiteral("--check"), QStringLiteral("--workspace"),
             temp.dir(), QStringLiteral("--passphrase-file"), newFile})
            .exitCode,
        0);
    const QString weakFile = writeFile(QStringLiteral("weak.txt"), "123\n");
    Run weak = run({QStringLiteral("change-passphrase"), QStringLiteral("--workspace"), temp.dir(),
                    QStringLiteral("--passphrase-file"), newFile,
                    QStringLiteral("--new-passphrase-file"), weakFile});
    QCOMPARE(weak.exitCode, 3);
}

void TestCli::infoShowsFactsButNoPersonalData()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    Run info = run({QStringLiteral("info"), QStringLiteral("--workspace"), temp.dir(),
                    QStringLiteral("--passphrase-file"), passphraseFile()});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QVERIFY(
        info.out.contains(QStringLiteral("Schema version:  %1").arg(Migrations::latestVersion())));
    QVERIFY(info.out.contains(QStringLiteral("page size 4096")));
    QVERIFY(info.out.contains(QStringLiteral("journal mode wal")));
    QVERIFY(info.out.contains(QStringLiteral("SQLCipher 3.")));
    QVERIFY(info.out.contains(QStringLiteral("members 1")));
    QVERIFY(info.out.contains(QStringLiteral("audit entries 3")));
    QVERIFY(!info.out.contains(TempWorkspace::OwnerEmail));
    QVERIFY(!info.out.contains(TempWorkspace::OwnerName));
}

void TestCli::auditVerifyNamesTheTamperedEntry()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        WorkspaceSettings settings(workspace->store());
        for (int i = 0; i < 5; ++i)
            QVERIFY(settings.setValue(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    }
    const QStringList verify {QStringLiteral("audit"),
                              QStringLiteral("verify"),
                              QStringLiteral("--workspace"),
                              temp.dir(),
                              QStringLiteral("--passphrase-file"),
                              passphraseFile()};
    Run intact = run(verify);
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY(intact.out.contains(QStringLiteral("intact: 8 entries")));
    {
        auto workspace = temp.open();
        QVERIFY(workspace);
        QSqlQuery query((*workspace)->store().database());
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET entity_id = 'x' WHERE seq = 6")));
    }
    Run broken = run(verify);
    QCOMPARE(broken.exitCode, 3);
    QVERIFY2(broken.err.contains(QStringLiteral("broken at entry 6")), qPrintable(broken.err));
}

void TestCli::usageErrors()
{
    QCOMPARE(run({}).exitCode, 1);
    QCOMPARE(run({QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 1);
    // A passphrase on the command line is never accepted, not even by accident.
    Run positional =
        run({QStringLiteral("unlock"), QStringLiteral("--check"), QStringLiteral("hunter2")});
    QCOMPARE(positional.exitCode, 1);
    QVERIFY(!positional.err.contains(QStringLiteral("hunter2")));
    Run noWorkspace =
        run({QStringLiteral("info"), QStringLiteral("--passphrase-file"), passphraseFile()});
    QCOMPARE(noWorkspace.exitCode, 1);
    QVERIFY(noWorkspace.err.contains(QStringLiteral("No workspace found")));
    Run notWorkspace = run({QStringLiteral("info"), QStringLiteral("--workspace"), m_files.root()});
    QCOMPARE(notWorkspace.exitCode, 3);
}

void TestCli::binaryExitCodesForBadFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("good") << "none" << 0 << "opens this workspace";
    QTest::newRow("wrong passphrase") << "wrong-passphrase" << 2 << "passphrase is not correct";
    QTest::newRow("other key file") << "other-keyfile" << 2 << "does not belong to this store";
    QTest::newRow("truncated") << "truncate" << 3 << "truncated";
    QTest::newRow("not a store") << "text-file" << 3 << "not a ClientDesk store";
    QTest::newRow("newer schema") << "newer" << 5 << "newer version";
    // Caught at open or by the full read of unlock --check, depending on the page hit.
    QTest::newRow("a damaged page") << "flip-byte" << 3 << "damaged";
}

void TestCli::binaryExitCodesForBadFiles()
{
    QFETCH(QString, damage);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    TempWorkspace temp;
    TempWorkspace other;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QVERIFY(other.create());
        if (damage == QLatin1String("newer")) {
            QSqlQuery query(workspace->store().database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
    }
    QByteArray passphrase = TempWorkspace::Passphrase;
    const QString store = Workspace::storePath(temp.dir());
    if (damage == QLatin1String("wrong-passphrase")) {
        passphrase = "a wrong passphrase";
    } else if (damage == QLatin1String("other-keyfile")) {
        QFile::remove(Workspace::keyFilePath(temp.dir()));
        QVERIFY(
            QFile::copy(Workspace::keyFilePath(other.dir()), Workspace::keyFilePath(temp.dir())));
    } else if (damage == QLatin1String("truncate")) {
        QFile file(store);
        QVERIFY(file.resize(file.size() - 100));
    } else if (damage == QLatin1String("flip-byte")) {
        QFile file(store);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = file.size() - 2000;
        file.seek(at);
        const char byte = file.read(1).at(0);
        file.seek(at);
        file.write(QByteArray(1, char(byte ^ 0x5a)));
    } else if (damage == QLatin1String("text-file")) {
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("just some text\n");
    }
    const auto before = temp.snapshot();
    const Run result = runBinary({QStringLiteral("unlock"), QStringLiteral("--check"),
                                  QStringLiteral("--workspace"), temp.dir(),
                                  QStringLiteral("--passphrase-file"), passphraseFile(passphrase)});
    QCOMPARE(result.exitCode, exitCode);
    const QString output = result.out + result.err;
    QVERIFY2(output.contains(message), qPrintable(output));
    if (exitCode != 0)
        QCOMPARE(temp.snapshot(), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
