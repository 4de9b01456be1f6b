// SPDX-License-Identifier: GPL-3.0-or-later
// Tests `clientdesk-cli key show --raw`: the key it prints opens the store in the stock
// sqlcipher tool (a child process), so the user's data is never locked into ClientDesk.
#include "app/cli/Cli.h"
#include "models/store/ClientRepository.h"
#include "tests/support/ScriptedPrompt.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestKeyShowCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printedKeyOpensTheStoreInSqlcipher();
    void needsRawAndThePassphrase();

private:
    int run(const QStringList &arguments, QString &out, QString &err);

    TempWorkspace m_temp;
    ManualClock m_clock;
};

int TestKeyShowCommand::run(const QStringList &arguments, QString &out, QString &err)
{
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ScriptedPrompt prompt;
    CliContext context {outStream,
                        errStream,
                        prompt,
                        m_clock,
                        AppPaths(m_temp.root() + QStringLiteral("/home")),
                        TempWorkspace::fastKdf()};
    const int code = Cli(context).run(QStringList {QStringLiteral("clientdesk-cli")} + arguments);
    outStream.flush();
    errStream.flush();
    return code;
}

void TestKeyShowCommand::printedKeyOpensTheStoreInSqlcipher()
{
    const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (sqlcipher.isEmpty())
        QFAIL("the sqlcipher command-line tool is missing: apt-get install sqlcipher");
    {
        auto workspace = m_temp.create();
        QVERIFY(workspace);
        Client client;
        client.name = QStringLiteral("Open Formats Ltd");
        QVERIFY(ClientRepository(workspace->store()).create(client));
    }
    const QString passphraseFile = m_temp.root() + QStringLiteral("/passphrase.txt");
    QFile file(passphraseFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TempWorkspace::Passphrase + '\n');
    file.close();

    QString out, err;
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--raw"),
                  QStringLiteral("--workspace"), m_temp.dir(), QStringLiteral("--passphrase-file"),
                  passphraseFile},
                 out, err),
             0);
    QVERIFY(err.contains(QStringLiteral("Warning")));
    const QString key = out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^x'[0-9a-f]{64}'$")).match(key).hasMatch(),
             "the key is printed as x'<64 hex digits>'");

    // The key goes in on stdin, never on the child's command line.
    QProcess tool;
    tool.start(sqlcipher, {Workspace::storePath(m_temp.dir())});
    QVERIFY(tool.waitForStarted());
    tool.write(QStringLiteral("PRAGMA key = \"%1\";\nPRAGMA cipher_page_size = 4096;\n"
                              "SELECT name FROM client;\nSELECT count(*) FROM audit_log;\n")
                   .arg(key)
                   .toUtf8());
    tool.closeWriteChannel();
    QVERIFY(tool.waitForFinished(30000));
    const QString output = QString::fromUtf8(tool.readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("Open Formats Ltd")),
             qPrintable(output + QString::fromUtf8(tool.readAllStandardError())));
}

void TestKeyShowCommand::needsRawAndThePassphrase()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    QString out, err;
    QCOMPARE(run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--workspace"),
                  temp.dir()},
                 out, err),
             1);
    QVERIFY(out.isEmpty());
    const QString wrong = temp.root() + QStringLiteral("/wrong.txt");
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not the passphrase\n");
    file.close();
    QCOMPARE(
        run({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--raw"),
             QStringLiteral("--workspace"), temp.dir(), QStringLiteral("--passphrase-file"), wrong},
            out, err),
        2);
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyShowCommand)
#include "TestKeyShowCommand.moc"
