// SPDX-License-Identifier: GPL-3.0-or-later
// Tests CsvImportWizard through its real pages: a file of clients is browsed for, its columns are
// matched by their names, imported on a worker and counted on the last page; a bad row is named
// with nothing imported and Back leads to the mapping to fix it; Stop or closing during a large
// import leaves nothing; broken files are named on the first page.
#include "models/store/ClientRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/TempWorkspace.h"
#include "ui/CsvImportWizard.h"
#include "ui/Session.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Answers Browse… with a file the test chose, without a file dialog.
class ChoosingWizard : public CsvImportWizard
{
public:
    using CsvImportWizard::CsvImportWizard;
    QString file;
    int asked = 0;

    QString chooseFile() override
    {
        ++asked;
        return file;
    }
};
} // namespace

class TestCsvImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importsClientsThroughEveryPage();
    void badRowIsNamedAndBackLeadsToTheMapping();
    void stopDuringALargeImportImportsNothing();
    void closingDuringAnImportImportsNothing();
    void brokenFileIsNamedOnTheFirstPage_data();
    void brokenFileIsNamedOnTheFirstPage();
    void requiredAndRepeatedFieldsAreChecked();
    void importsContactsOfExistingClients();
    void everyControlHasAUniqueAccessibleName();

private:
    QString writeFile(const QString &name, const QByteArray &content) const;
    void open();
    void chooseFile(const QString &path);
    void next();
    QComboBox *fieldFor(int column) const;
    QLabel *summary() const;
    qint64 count(const QString &table) const;
    void checkNames(const char *page);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Session> m_session;
    ChoosingWizard *m_wizard = nullptr;
};

void TestCsvImportWizard::initTestCase()
{
    // Counts on the import page are grouped as in English: "20,000".
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCsvImportWizard::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    open();
}

void TestCsvImportWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    m_session.reset();
    m_workspace.reset();
    m_temp.reset();
}

void TestCsvImportWizard::open()
{
    delete m_wizard;
    m_wizard = new ChoosingWizard(*m_session);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::FilePageId));
}

QString TestCsvImportWizard::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_temp->root() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("could not write the test file");
    return path;
}

// Through Browse…, as a person would.
void TestCsvImportWizard::chooseFile(const QString &path)
{
    m_wizard->file = path;
    QPushButton *browse = nullptr;
    for (QPushButton *button : m_wizard->currentPage()->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Browse for the file"))
            browse = button;
    }
    QVERIFY(browse);
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(m_wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("csvPath"))->text(),
             QDir::toNativeSeparators(path));
}

void TestCsvImportWizard::next()
{
    QAbstractButton *nextButton = m_wizard->button(QWizard::NextButton);
    QVERIFY(nextButton->isVisible());
    QVERIFY(nextButton->isEnabled());
    QTest::mouseClick(nextButton, Qt::LeftButton);
}

QComboBox *TestCsvImportWizard::fieldFor(int column) const
{
    return m_wizard->page(CsvImportWizard::MappingPageId)
        ->findChild<QComboBox *>(QStringLiteral("fieldForColumn%1").arg(column));
}

QLabel *TestCsvImportWizard::summary() const
{
    return m_wizard->page(CsvImportWizard::ResultPageId)
        ->findChild<QLabel *>(QStringLiteral("importSummary"));
}

qint64 TestCsvImportWizard::count(const QString &table) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestCsvImportWizard::checkNames(const char *page)
{
    QStringList problems;
    AccessibleNames::ofFocusable(m_wizard, problems);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QLatin1String(page) + u": " + problems.join(QStringLiteral("; "))));
}

void TestCsvImportWizard::importsClientsThroughEveryPage()
{
    const QString path =
        writeFile(QStringLiteral("clients.csv"),
                  "Firma;E-Mail;Telefon;Bemerkung;Farbe\r\n"
                  "Müller & Söhne GmbH;info@mueller.test;+49 30 1234567;Stammkunde;blau\r\n"
                  "Atelier Nord;hallo@nord.test;;;grün\r\n"
                  "\"Zoë O'Brien; Ltd\";zoe@obrien.test;+44 20 7946 0000;\"zwei\nZeilen\";rot\r\n");
    QSignalSpy changed(m_session.get(), &Session::recordChanged);
    chooseFile(path);
    QCOMPARE(m_wizard->asked, 1);
    next();

    // The columns are matched by their (German) names; the unknown one is left out.
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::MappingPageId));
    QCOMPARE(fieldFor(0)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(fieldFor(1)->currentData().toString(), QStringLiteral("email"));
    QCOMPARE(fieldFor(2)->currentData().toString(), QStringLiteral("phone"));
    QCOMPARE(fieldFor(3)->currentData().toString(), QStringLiteral("notes"));
    QCOMPARE(fieldFor(4)->currentData().toString(), QString());
    QCOMPARE(fieldFor(4)->currentText(), QStringLiteral("Do not import"));
    QVERIFY(!fieldFor(5));
    auto *preview =
        m_wizard->currentPage()->findChild<QTableWidget *>(QStringLiteral("csvPreview"));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->columnCount(), 5);
    QCOMPARE(preview->horizontalHeaderItem(1)->text(), QStringLiteral("E-Mail"));
    QCOMPARE(preview->item(2, 0)->text(), QStringLiteral("Zoë O'Brien; Ltd"));
    next();

    QTRY_COMPARE(m_wizard->currentId(), int(CsvImportWizard::ResultPageId));
    QCOMPARE(summary()->text(), QStringLiteral("3 client(s) imported."));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QCOMPARE(count(QStringLiteral("client")), 3);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT email, phone, notes FROM client WHERE name = "
                                      "'Zoë O''Brien; Ltd'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("zoe@obrien.test"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("+44 20 7946 0000"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("zwei\nZeilen"));
    // Each import is audited under this device's owner, like every other write.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'client'"
                                      " AND member_id <> '' AND device_id <> ''")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 3);
    // The lists heard of it.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Session::Record>(), Session::Record::Client);
}

void TestCsvImportWizard::badRowIsNamedAndBackLeadsToTheMapping()
{
    const QString path = writeFile(QStringLiteral("bad.csv"),
                                   "Name,Email\n"
                                   "Atelier Nord,hallo@nord.test\n"
                                   "Studio Süd,not an address\n"
                                   "Werkstatt West,west@werkstatt.test\n");
    QSignalSpy changed(m_session.get(), &Session::recordChanged);
    chooseFile(path);
    next();
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(CsvImportWizard::ResultPageId));
    QVERIFY2(summary()->text().startsWith(QStringLiteral("Nothing was imported: 1 problem(s)")),
             qPrintable(summary()->text()));
    auto *errors =
        m_wizard->currentPage()->findChild<QListWidget *>(QStringLiteral("importErrors"));
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->count(), 1);
    QVERIFY2(errors->item(0)->text().startsWith(QStringLiteral("Line 3, column \"Email\"")),
             qPrintable(errors->item(0)->text()));
    QCOMPARE(count(QStringLiteral("client")), 0);
    QCOMPARE(changed.count(), 0);

    // Back goes straight to the mapping, with the choices as they were.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::MappingPageId));
    QCOMPARE(fieldFor(1)->currentData().toString(), QStringLiteral("email"));
    // Leaving the email out imports every row.
    fieldFor(1)->setFocus();
    QTest::keyClick(fieldFor(1), Qt::Key_Home);
    QCOMPARE(fieldFor(1)->currentData().toString(), QString());
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(CsvImportWizard::ResultPageId));
    QCOMPARE(summary()->text(), QStringLiteral("3 client(s) imported."));
    QVERIFY(!m_wizard->currentPage()->findChild<QListWidget *>()->isVisible());
    QCOMPARE(count(QStringLiteral("client")), 3);
    QCOMPARE(count(QStringLiteral("client WHERE email <> ''")), 0);
}

void TestCsvImportWizard::stopDuringALargeImportImportsNothing()
{
    QByteArray csv = "Name,Email,Tags\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Client " + QByteArray::number(i) + ",c" + QByteArray::number(i)
            + "@example.test,bulk\n";
    const qint64 outboxBefore = count(QStringLiteral("outbox"));
    const qint64 auditBefore = count(QStringLiteral("audit_log"));
    chooseFile(writeFile(QStringLiteral("large.csv"), csv));
    next();
    next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::RunPageId));
    QWizardPage *page = m_wizard->currentPage();
    auto *status = page->findChild<QLabel *>(QStringLiteral("importStatus"));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    // The page counts the rows checked, then the rows written out of all of them.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Writing rows")), 60000);
    QCOMPARE(progress->maximum(), 20000);
    QVERIFY(progress->value() > 0);
    QVERIFY2(status->text().endsWith(QStringLiteral("of 20,000 written")),
             qPrintable(status->text()));
    // Next waits for the import to end.
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QPushButton *stop = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Stop import"))
            stop = button;
    }
    QVERIFY(stop);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(CsvImportWizard::ResultPageId), 60000);
    QCOMPARE(summary()->text(), QStringLiteral("The import was cancelled; nothing was imported."));
    QCOMPARE(count(QStringLiteral("client")), 0);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(count(QStringLiteral("outbox")), outboxBefore);
    QCOMPARE(count(QStringLiteral("search_index")), 0);
}

void TestCsvImportWizard::closingDuringAnImportImportsNothing()
{
    QByteArray csv = "Name\n";
    for (int i = 0; i < 20000; ++i)
        csv += "Client " + QByteArray::number(i) + '\n';
    chooseFile(writeFile(QStringLiteral("large.csv"), csv));
    next();
    next();
    auto *status = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("importStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Writing rows")), 60000);
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible());
    // Deleting the wizard waits for the stopped worker to roll back.
    delete m_wizard;
    m_wizard = nullptr;
    QCOMPARE(count(QStringLiteral("client")), 0);
}

void TestCsvImportWizard::brokenFileIsNamedOnTheFirstPage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QString() << QByteArray()
                             << QStringLiteral("There is no file at this path.");
    QTest::newRow("folder") << QStringLiteral(".") << QByteArray()
                            << QStringLiteral("This is a folder.");
    QTest::newRow("binary") << QStringLiteral("logo.png")
                            << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010")
                            << QStringLiteral("This is not a CSV file: it holds binary data.");
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray()
                           << QStringLiteral("The file is empty.");
    QTest::newRow("blank header") << QStringLiteral("blank.csv") << QByteArray(",,\nA,b,c\n")
                                  << QStringLiteral("The first row is empty.");
    QTest::newRow("not UTF-8") << QStringLiteral("latin1.csv") << QByteArray("Name\nM\xfcller\n")
                               << QStringLiteral("This file cannot be imported: Line 2");
}

void TestCsvImportWizard::brokenFileIsNamedOnTheFirstPage()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QString path;
    if (name.isEmpty())
        path = m_temp->root() + QStringLiteral("/nowhere/clients.csv");
    else if (name == QStringLiteral("."))
        path = m_temp->root();
    else
        path = writeFile(name, content);
    // Typed, this time.
    auto *edit = m_wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("csvPath"));
    edit->setFocus();
    QTest::keyClicks(edit, path);
    next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::FilePageId));
    auto *shown = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("fileMessage"));
    QVERIFY(shown->isVisible());
    QVERIFY2(shown->text().startsWith(message), qPrintable(shown->text()));
    // What was typed stays, the file stays as it was, and the workspace is untouched.
    QCOMPARE(edit->text(), path);
    if (!name.isEmpty() && name != QStringLiteral(".")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
    QCOMPARE(count(QStringLiteral("client")), 0);
    // Editing the path clears the message.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!shown->isVisible());
}

void TestCsvImportWizard::requiredAndRepeatedFieldsAreChecked()
{
    chooseFile(
        writeFile(QStringLiteral("clients.csv"), "Company,Email,Notes\nAtelier,a@b.test,x\n"));
    next();
    auto *message = m_wizard->currentPage()->findChild<QLabel *>(QStringLiteral("mappingMessage"));
    // Without a name no client can be made.
    fieldFor(0)->setCurrentIndex(0);
    next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::MappingPageId));
    QCOMPARE(message->text(), QStringLiteral("Choose the column that holds Name."));
    // One field from two columns is ambiguous.
    fieldFor(0)->setCurrentIndex(fieldFor(0)->findData(QStringLiteral("name")));
    fieldFor(2)->setCurrentIndex(fieldFor(2)->findData(QStringLiteral("name")));
    next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::MappingPageId));
    QCOMPARE(
        message->text(),
        QStringLiteral("Two columns fill Name: \"Company\" and \"Notes\". Choose one of them."));
    QCOMPARE(count(QStringLiteral("client")), 0);
    fieldFor(2)->setCurrentIndex(0);
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(CsvImportWizard::ResultPageId));
    QCOMPARE(summary()->text(), QStringLiteral("1 client(s) imported."));
    QCOMPARE(count(QStringLiteral("client WHERE notes = ''")), 1);
}

void TestCsvImportWizard::importsContactsOfExistingClients()
{
    Client client;
    client.name = QStringLiteral("Atelier Nord");
    QVERIFY(ClientRepository(m_workspace->store()).create(client));
    chooseFile(writeFile(QStringLiteral("contacts.csv"),
                         "Kunde,Ansprechpartner,E-Mail,Rolle\n"
                         "atelier nord,Ada Berg,ada@nord.test,Einkauf\n"
                         "Atelier Nord,Ben Holm,ben@nord.test,\n"));
    auto *contacts = m_wizard->currentPage()->findChildren<QRadioButton *>().at(1);
    QCOMPARE(contacts->accessibleName(), QStringLiteral("The file holds contacts"));
    QTest::mouseClick(contacts, Qt::LeftButton, {}, QPoint(8, contacts->height() / 2));
    QVERIFY(contacts->isChecked());
    next();
    QCOMPARE(fieldFor(0)->currentData().toString(), QStringLiteral("client"));
    QCOMPARE(fieldFor(1)->currentData().toString(), QStringLiteral("name"));
    QCOMPARE(fieldFor(3)->currentData().toString(), QStringLiteral("role"));
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(CsvImportWizard::ResultPageId));
    QCOMPARE(summary()->text(), QStringLiteral("2 contact(s) imported."));
    QCOMPARE(count(QStringLiteral("contact")), 2);
    QCOMPARE(count(QStringLiteral("client")), 1);
}

void TestCsvImportWizard::everyControlHasAUniqueAccessibleName()
{
    checkNames("file page");
    chooseFile(writeFile(QStringLiteral("clients.csv"),
                         "Name,Name,Email,\nA,B,a@b.test,x\nC,D,c@d.test,y\n"));
    next();
    QCOMPARE(m_wizard->currentId(), int(CsvImportWizard::MappingPageId));
    checkNames("mapping page");
    // Two columns called "Name" and one without a name cannot be told apart: not offered.
    QVERIFY(!fieldFor(0)->isEnabled());
    QVERIFY(!fieldFor(1)->isEnabled());
    QVERIFY(!fieldFor(3)->isEnabled());
    QVERIFY(fieldFor(2)->isEnabled());
    fieldFor(2)->setCurrentIndex(fieldFor(2)->findData(QStringLiteral("name")));
    next();
    QTRY_COMPARE(m_wizard->currentId(), int(CsvImportWizard::ResultPageId));
    checkNames("result page");
    QCOMPARE(summary()->text(), QStringLiteral("2 client(s) imported."));
}

QTEST_MAIN(TestCsvImportWizard)
#include "TestCsvImportWizard.moc"
