// SPDX-License-Identifier: GPL-3.0-or-later
// Tests `clientdesk-cli import-csv` in-process: what it imports, how it reports bad rows, its
// exit codes.
#include "models/store/ClientRepository.h"
#include "models/store/Workspace.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

using Run = CliRunner::Run;

class TestImportCsvCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsClients();
    void importsContactsWithAnExplicitMapping();
    void badRowsAreListedAndNothingIsImported();
    void missingFileIsAnIoError();
    void usageErrors();

private:
    Run run(const QStringList &arguments);
    Run import(const QString &file, const QStringList &options = {});
    QString writeFile(const QString &name, const QByteArray &contents);
    qint64 count(const QString &table);

    std::unique_ptr<TempWorkspace> m_temp;
    ManualClock m_clock;
};

void TestImportCsvCommand::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    QVERIFY(m_temp->create());
}

void TestImportCsvCommand::cleanup()
{
    m_temp.reset();
}

Run TestImportCsvCommand::run(const QStringList &arguments)
{
    return CliRunner(m_temp->root()).run(arguments);
}

Run TestImportCsvCommand::import(const QString &file, const QStringList &options)
{
    const QString passphrase =
        writeFile(QStringLiteral("passphrase.txt"), TempWorkspace::Passphrase + '\n');
    return run(QStringList {QStringLiteral("import-csv"), file, QStringLiteral("--workspace"),
                            m_temp->dir(), QStringLiteral("--passphrase-file"), passphrase}
               + options);
}

QString TestImportCsvCommand::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_temp->root() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(contents);
    return path;
}

qint64 TestImportCsvCommand::count(const QString &table)
{
    auto workspace = m_temp->open();
    if (!workspace)
        return -1;
    QSqlQuery query((*workspace)->store().database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestImportCsvCommand::importsClients()
{
    const QString file = writeFile(QStringLiteral("clients.csv"),
                                   "\xEF\xBB\xBF"
                                   "Firma;E-Mail;Adresse\r\n"
                                   "Müller GmbH;info@mueller.test;\"Hauptstr. 1\r\nBerlin\"\r\n"
                                   "株式会社山田;;\r\n"
                                   "شركة النور;nur@example.test;\r\n");
    const Run result = import(file);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral("Imported 3 clients."));
    QCOMPARE(count(QStringLiteral("client")), 3);
}

void TestImportCsvCommand::importsContactsWithAnExplicitMapping()
{
    {
        auto workspace = m_temp->open();
        QVERIFY(workspace);
        Client client;
        client.name = QStringLiteral("Atelier Éléonore");
        QVERIFY(ClientRepository((*workspace)->store()).create(client));
    }
    const QString file = writeFile(QStringLiteral("contacts.csv"),
                                   "Kunde,Person,Intern,E-Mail\n"
                                   "atelier éléonore,Léa Roux,x,lea@example.test\n"
                                   "Atelier Éléonore,Jean Petit,y,\n");
    const Run result =
        import(file,
               {QStringLiteral("--entity"), QStringLiteral("contacts"), QStringLiteral("--map"),
                QStringLiteral("kunde=client"), QStringLiteral("--map"),
                QStringLiteral("Person=name"), QStringLiteral("--map"), QStringLiteral("Intern=")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral("Imported 2 contacts."));
    QCOMPARE(count(QStringLiteral("contact")), 2);
}

void TestImportCsvCommand::badRowsAreListedAndNothingIsImported()
{
    const QString file = writeFile(QStringLiteral("bad.csv"),
                                   "Name,Email,Notes\n"
                                   "Alpha,alpha@example.test,\"two\nlines\"\n"
                                   ",empty@example.test,\n"
                                   "Gamma,not-an-email,\n"
                                   "Delta,d@example.test,x,extra\n"
                                   "Epsilon,e@example.test,\n");
    const Run result = import(file);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Line 4, column \"Name\":")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Line 5, column \"Email\":")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Line 6 has 4 fields")));
    QCOMPARE(lines.at(3), QStringLiteral("Nothing was imported."));
    QVERIFY(!result.err.contains(QStringLiteral("not-an-email")));
    QCOMPARE(count(QStringLiteral("client")), 0);
}

void TestImportCsvCommand::missingFileIsAnIoError()
{
    const Run missing = import(m_temp->root() + QStringLiteral("/no-such.csv"));
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    // Checked before the passphrase: without a terminal or a file, it would be a usage error.
    const Run early = run({QStringLiteral("import-csv"), m_temp->root() + QStringLiteral("/x.csv"),
                           QStringLiteral("--workspace"), m_temp->dir()});
    QCOMPARE(early.exitCode, 4);
    const Run folder = import(m_temp->root());
    QCOMPARE(folder.exitCode, 4);
}

void TestImportCsvCommand::usageErrors()
{
    const QString file = writeFile(QStringLiteral("ok.csv"), "Name\nAlpha\n");
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("import-csv")));
    Run noFile = run({QStringLiteral("import-csv"), QStringLiteral("--workspace"), m_temp->dir()});
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY(noFile.err.contains(QStringLiteral("FILE")));
    QCOMPARE(import(file, {file}).exitCode, 1);
    QCOMPARE(import(file, {QStringLiteral("--entity"), QStringLiteral("projects")}).exitCode, 1);
    QCOMPARE(import(file, {QStringLiteral("--map"), QStringLiteral("Name")}).exitCode, 1);
    QCOMPARE(import(file, {QStringLiteral("--map"), QStringLiteral("Name=colour")}).exitCode, 1);
    // Other commands still take no positional argument at all.
    QCOMPARE(run({QStringLiteral("info"), file}).exitCode, 1);
    QCOMPARE(count(QStringLiteral("client")), 0);
}

QTEST_GUILESS_MAIN(TestImportCsvCommand)
#include "TestImportCsvCommand.moc"
