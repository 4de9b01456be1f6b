// SPDX-License-Identifier: GPL-3.0-or-later
// The daily work of agency staff, end to end through the real main window as a person drives
// it: a client, a contact, a project, a draft invoice with three lines, issued, exported as a
// PDF with the right totals, marked paid; a client found by typing a prefix; bad input refused
// with a message and nothing saved. The lists run under QAbstractItemModelTester throughout.
#include "models/domain/AgencyProfile.h"
#include "models/itemmodels/ClientsModel.h"
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/AgencyProfileRepository.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "models/store/SearchService.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"
#include "ui/ClientEditor.h"
#include "ui/DashboardPage.h"
#include "ui/InvoiceEditor.h"
#include "ui/InvoiceLinesModel.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/ProjectEditor.h"
#include "ui/SearchBox.h"
#include "ui/Session.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestDailyWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clientToPaidInvoice();
    void searchFindsAClientByPrefix();
    void badInputShowsTheMessageAndSavesNothing();
    void everyControlHasAUniqueName();
    void unlockingReturnsToWhereThePersonWas();
    void noTwoActionsShareAShortcut();
    void aPriceStillBeingTypedIsSaved();
    void afterNewClientThePreviousRowOpensAgain();

private:
    template<typename T>
    T *named(QWidget *within, const QString &accessibleName) const;
    void type(QWidget *within, const QString &accessibleName, const QString &text);
    void click(QWidget *within, const QString &accessibleName);
    QLineEdit *cellEditor(QTableView *table) const;
    void typeInCell(QTableView *table, const QString &text, Qt::Key leaveWith);
    void openOneOfEach();
    QString pdfText(const QString &path) const;

    QTemporaryDir m_settingsDir;
    QString m_pdftotext;
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ClientsModel> m_clients;
    std::unique_ptr<ProjectsModel> m_projects;
    std::unique_ptr<InvoicesModel> m_invoices;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<MainWindow> m_window;
};

void TestDailyWork::initTestCase()
{
    // Amounts and quantities are typed the German way: 1,5 and 450,00.
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ClientDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDailyWork"));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (Debian package poppler-utils, scripts/deps test) reads the PDF back");
}

void TestDailyWork::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.address = QStringLiteral("Hafenstraße 1, 20457 Hamburg");
    profile.defaultTaxRateBp = 1900;
    QVERIFY(AgencyProfileRepository(m_workspace->store(), m_workspace->id()).save(profile));
    const QSqlDatabase db = m_workspace->store().database();
    m_clients = std::make_unique<ClientsModel>(db);
    m_projects = std::make_unique<ProjectsModel>(db);
    m_invoices = std::make_unique<InvoicesModel>(db, m_temp->clock());
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_clients.get()),
                                      static_cast<QAbstractItemModel *>(m_projects.get()),
                                      static_cast<QAbstractItemModel *>(m_invoices.get())})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    m_search = std::make_unique<SearchService>(Workspace::storePath(m_workspace->dir()),
                                               m_workspace->keyRing().dataKey(), m_temp->clock());
    m_window = std::make_unique<MainWindow>();
    m_window->openSession(m_session.get(), {m_clients.get(), m_projects.get(), m_invoices.get()},
                          m_search.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDailyWork::cleanup()
{
    if (m_window)
        m_window->closeSession();
    m_window.reset();
    m_search.reset();
    m_session.reset();
    m_testers.clear();
    m_invoices.reset();
    m_projects.reset();
    m_clients.reset();
    m_workspace.reset();
    m_temp.reset();
}

namespace {
// Types like a keyboard: a key event per character, carrying its text (QTest::keyClicks only
// knows ASCII; names here are not).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(character));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

template<typename T>
T *TestDailyWork::named(QWidget *within, const QString &accessibleName) const
{
    const auto candidates = within->findChildren<T *>();
    for (T *candidate : candidates) {
        if (candidate->accessibleName() == accessibleName && candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

void TestDailyWork::type(QWidget *within, const QString &accessibleName, const QString &text)
{
    auto *field = named<QWidget>(within, accessibleName);
    QVERIFY2(field, qPrintable(QStringLiteral("no visible field named %1").arg(accessibleName)));
    field->setFocus();
    typeText(field, text);
}

void TestDailyWork::click(QWidget *within, const QString &accessibleName)
{
    auto *button = named<QPushButton>(within, accessibleName);
    QVERIFY2(button, qPrintable(QStringLiteral("no visible button named %1").arg(accessibleName)));
    QVERIFY2(button->isEnabled(), qPrintable(accessibleName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

QLineEdit *TestDailyWork::cellEditor(QTableView *table) const
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return editor && table->isAncestorOf(editor) ? editor : nullptr;
}

void TestDailyWork::typeInCell(QTableView *table, const QString &text, Qt::Key leaveWith)
{
    QLineEdit *editor = cellEditor(table);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(editor,
             qPrintable(
                 QStringLiteral("no cell editor has focus, %1 %2 has")
                     .arg(QString::fromLatin1(focus ? focus->metaObject()->className() : "nothing"),
                          focus ? focus->accessibleName() : QString())));
    typeText(editor, text);
    QTest::keyClick(editor, leaveWith);
    // Return commits through a queued call; Tab at once, opening the next cell's editor.
    if (leaveWith == Qt::Key_Return)
        QTRY_VERIFY(!cellEditor(table));
}

QString TestDailyWork::pdfText(const QString &path) const
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("(pdftotext failed)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestDailyWork::clientToPaidInvoice()
{
    MainWindow *window = m_window.get();

    // A new client: File → New Client (Ctrl+N), typed, Ctrl+S.
    QTest::keySequence(window, QKeySequence::New);
    ClientEditor *client = window->clientEditor();
    QCOMPARE(window->currentPage(), MainWindow::ClientsPage);
    QVERIFY(client->isVisible());
    type(client, QStringLiteral("Client name"), QStringLiteral("Nordwind Handels GmbH"));
    QVERIFY(!QTest::currentTestFailed());
    type(client, QStringLiteral("Email"), QStringLiteral("buchhaltung@nordwind.example"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(client->isDirty());
    QTest::keySequence(window, QKeySequence::Save);
    QVERIFY2(client->message().isEmpty(), qPrintable(client->message()));
    const QString clientId = client->recordId();
    QVERIFY(!clientId.isEmpty());
    auto storedClient = ClientRepository(m_workspace->store()).find(clientId);
    QVERIFY(storedClient);
    QCOMPARE(storedClient->name, QStringLiteral("Nordwind Handels GmbH"));
    // The list shows it, selected.
    QCOMPARE(m_clients->rowCount(), 1);
    QCOMPARE(window->listPage(MainWindow::ClientsPage)->currentId(), clientId);

    // A contact, through its dialog.
    click(client, QStringLiteral("Add contact"));
    QVERIFY(!QTest::currentTestFailed());
    QDialog *contactDialog = nullptr;
    QTRY_VERIFY((contactDialog = client->findChild<QDialog *>()) && contactDialog->isVisible());
    type(contactDialog, QStringLiteral("Contact name"), QStringLiteral("Jana Berg"));
    QVERIFY(!QTest::currentTestFailed());
    type(contactDialog, QStringLiteral("Contact email"), QStringLiteral("jana@nordwind.example"));
    QVERIFY(!QTest::currentTestFailed());
    click(contactDialog, QStringLiteral("Save contact"));
    QVERIFY(!QTest::currentTestFailed());
    QTRY_VERIFY(!contactDialog->isVisible());
    // A window manager gives the window back its focus when the dialog closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto contacts = ClientRepository(m_workspace->store()).contacts(clientId);
    QVERIFY(contacts);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().name, QStringLiteral("Jana Berg"));

    // A project for the client, from its Projects tab.
    auto *sections = named<QTabWidget>(client, QStringLiteral("Contacts, projects and invoices"));
    QVERIFY(sections);
    sections->setCurrentIndex(1);
    click(client, QStringLiteral("New project for this client"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(window->currentPage(), MainWindow::ProjectsPage);
    ProjectEditor *project = window->projectEditor();
    type(project, QStringLiteral("Project name"), QStringLiteral("Frühjahrskampagne"));
    QVERIFY(!QTest::currentTestFailed());
    click(project, QStringLiteral("Save project"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY2(project->message().isEmpty(), qPrintable(project->message()));
    const QString projectId = project->recordId();
    QVERIFY(!projectId.isEmpty());
    auto storedProject = ProjectRepository(m_workspace->store()).find(projectId);
    QVERIFY(storedProject);
    QCOMPARE(storedProject->clientId, clientId);

    // A draft invoice for the project with three lines at two tax rates.
    auto *projectSections = named<QTabWidget>(project, QStringLiteral("Deliverables and invoices"));
    QVERIFY(projectSections);
    projectSections->setCurrentIndex(1);
    click(project, QStringLiteral("New invoice for this project"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(window->currentPage(), MainWindow::InvoicesPage);
    InvoiceEditor *invoice = window->invoiceEditor();
    auto *lines = named<QTableView>(invoice, QStringLiteral("Invoice lines"));
    QVERIFY(lines);
    const QList<QStringList> typed {
        {QStringLiteral("Konzept"), QStringLiteral("2"), QStringLiteral("450,00"),
         QStringLiteral("19")},
        {QStringLiteral("Gestaltung"), QStringLiteral("1,5"), QStringLiteral("800"),
         QStringLiteral("19")},
        {QStringLiteral("Druckvorlage"), QStringLiteral("1"), QStringLiteral("120,00"),
         QStringLiteral("7")},
    };
    for (const QStringList &line : typed) {
        click(invoice, QStringLiteral("Add line"));
        QVERIFY(!QTest::currentTestFailed());
        typeInCell(lines, line.at(0), Qt::Key_Tab);
        typeInCell(lines, line.at(1), Qt::Key_Tab);
        typeInCell(lines, line.at(2), Qt::Key_Tab);
        typeInCell(lines, line.at(3), Qt::Key_Return);
    }
    // Net 2.220,00; tax 19 % of 2.100,00 = 399,00 and 7 % of 120,00 = 8,40; total 2.627,40.
    auto *totals = named<QWidget>(invoice, QStringLiteral("Totals"));
    QVERIFY(totals);
    QStringList shown;
    for (const QLabel *label : totals->findChildren<QLabel *>())
        shown << label->text();
    const QString totalsText = shown.join(u'|');
    QVERIFY2(totalsText.contains(QStringLiteral("2.627,40 EUR")), qPrintable(totalsText));
    QVERIFY2(totalsText.contains(QStringLiteral("399,00 EUR")), qPrintable(totalsText));
    QVERIFY2(totalsText.contains(QStringLiteral("8,40 EUR")), qPrintable(totalsText));
    QTest::keySequence(window, QKeySequence::Save);
    QVERIFY2(invoice->message().isEmpty(), qPrintable(invoice->message()));
    const QString invoiceId = invoice->recordId();
    QVERIFY(!invoiceId.isEmpty());
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    QCOMPARE(invoices.find(invoiceId)->lines.size(), 3);
    QCOMPARE(invoices.find(invoiceId)->projectId, projectId);

    // Issue: the dialog asks for the date (today by the session's clock) and confirms.
    auto issued = ModalAnswer::next([](QWidget *dialog) {
        QVERIFY(ModalAnswer::clickButton(dialog, QStringLiteral("Issue")));
    });
    click(invoice, QStringLiteral("Issue"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(*issued);
    QVERIFY2(invoice->message().isEmpty(), qPrintable(invoice->message()));
    const Invoice afterIssue = *invoices.find(invoiceId);
    QCOMPARE(afterIssue.status, Invoice::Status::Issued);
    QVERIFY(!afterIssue.number.isEmpty());

    // Export the PDF through the file dialog.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("invoice.pdf"));
    auto exported = ModalAnswer::next([pdf](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        // Pasted into the file name field, and Return. (Typed letter by letter, the field's
        // completer would open its own list, which may take the Return.)
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(pdf);
        QTest::keyClick(name, Qt::Key_Return);
    });
    click(invoice, QStringLiteral("Export PDF"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(*exported);
    QVERIFY2(invoice->message().isEmpty(), qPrintable(invoice->message()));
    QVERIFY(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(afterIssue.number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2.627,40")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nordwind Handels GmbH")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Nordlicht Studio GmbH")), qPrintable(text));

    // Mark paid.
    auto paid = ModalAnswer::next([](QWidget *dialog) {
        QVERIFY(ModalAnswer::clickButton(dialog, QStringLiteral("Mark Paid")));
    });
    click(invoice, QStringLiteral("Mark paid"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(*paid);
    QCOMPARE(invoices.find(invoiceId)->status, Invoice::Status::Paid);
    // The invoices list shows it as paid.
    QTRY_COMPARE(m_invoices->rowCount(), 1);
    QCOMPARE(m_invoices->index(0, InvoicesModel::Status).data().toString(), QStringLiteral("Paid"));
}

void TestDailyWork::searchFindsAClientByPrefix()
{
    ClientRepository clients(m_workspace->store());
    QString wanted;
    for (const char *name : {"Bergmann Logistik", "Kranich Verlag", "Kraft & Söhne"}) {
        Client client;
        client.name = QString::fromUtf8(name);
        auto created = clients.create(client);
        QVERIFY(created);
        if (client.name.startsWith(QLatin1String("Kranich")))
            wanted = created->id;
    }
    m_window->showPage(MainWindow::Dashboard);
    // Ctrl+K, a prefix, Enter: the client opens in its editor.
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_K));
    SearchBox *box = m_window->searchBox();
    QVERIFY(box->hasFocus());
    QSignalSpy shown(box, &SearchBox::resultsShown);
    QTest::keyClicks(box, QStringLiteral("kran"));
    QTRY_VERIFY(!shown.isEmpty() && shown.last().at(0).toInt() == 1);
    // The results list has the keyboard while it is open.
    QWidget *results = box->findChild<QCompleter *>()->popup();
    QTest::keyClick(box->isPopupVisible() ? results : box, Qt::Key_Return);
    QTRY_COMPARE(m_window->currentPage(), MainWindow::ClientsPage);
    QCOMPARE(m_window->clientEditor()->recordId(), wanted);
    QCOMPARE(named<QLineEdit>(m_window->clientEditor(), QStringLiteral("Client name"))->text(),
             QStringLiteral("Kranich Verlag"));
}

void TestDailyWork::badInputShowsTheMessageAndSavesNothing()
{
    QTest::keySequence(m_window.get(), QKeySequence::New);
    ClientEditor *client = m_window->clientEditor();
    type(client, QStringLiteral("Client name"), QStringLiteral("Falsch & Co"));
    QVERIFY(!QTest::currentTestFailed());
    type(client, QStringLiteral("Email"), QStringLiteral("not an email"));
    QVERIFY(!QTest::currentTestFailed());
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY(!client->message().isEmpty());
    QVERIFY(client->message().contains(QStringLiteral("email"), Qt::CaseInsensitive));
    QCOMPARE(Records(*m_workspace).count(QStringLiteral("SELECT count(*) FROM client")), 0);
    QVERIFY(client->isDirty());
    QVERIFY(client->recordId().isEmpty());
    // Undone back to the empty form, there is nothing to save and the message goes.
    while (client->undoStack()->canUndo())
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(!client->isDirty());
    QVERIFY(client->message().isEmpty());
    for (int step = 0; step < 2; ++step)
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QVERIFY(client->isDirty());
    // What was typed stays, to be fixed; fixed, it saves.
    auto *email = named<QLineEdit>(client, QStringLiteral("Email"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("post@falsch.example"));
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY2(client->message().isEmpty(), qPrintable(client->message()));
    QCOMPARE(Records(*m_workspace).count(QStringLiteral("SELECT count(*) FROM client")), 1);
}

void TestDailyWork::everyControlHasAUniqueName()
{
    // Each section with a record open, so its editor's controls are on screen too.
    openOneOfEach();

    for (MainWindow::Page page : {MainWindow::Dashboard, MainWindow::ClientsPage,
                                  MainWindow::ProjectsPage, MainWindow::InvoicesPage}) {
        m_window->showPage(page);
        if (page == MainWindow::Dashboard)
            QTRY_VERIFY(!m_window->dashboard()->isLoading());
        QStringList problems;
        const QStringList names = AccessibleNames::ofFocusable(m_window.get(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(names.size() > 5, qPrintable(names.join(u',')));
    }
}

void TestDailyWork::unlockingReturnsToWhereThePersonWas()
{
    const QString clientId = Records(*m_workspace).client(QStringLiteral("Kranich Verlag"));
    m_window->openClient(clientId);
    QCOMPARE(m_window->currentPage(), MainWindow::ClientsPage);

    // Locking drops every page and editor that reads the workspace…
    m_window->closeSession();
    QVERIFY(!m_window->hasSession());
    QVERIFY(!m_window->clientEditor());
    QVERIFY(!m_window->listPage(MainWindow::ClientsPage)->view()->model());
    m_window->showPage(MainWindow::Dashboard);

    // …and unlocking comes back to the page and the record that were open.
    m_window->openSession(m_session.get(), {m_clients.get(), m_projects.get(), m_invoices.get()},
                          m_search.get());
    QCOMPARE(m_window->currentPage(), MainWindow::ClientsPage);
    QCOMPARE(m_window->clientEditor()->recordId(), clientId);
    QCOMPARE(named<QLineEdit>(m_window->clientEditor(), QStringLiteral("Client name"))->text(),
             QStringLiteral("Kranich Verlag"));
    QCOMPARE(m_window->listPage(MainWindow::ClientsPage)->currentId(), clientId);
}

// Two actions on one key at once make Qt do neither ("ambiguous shortcut").
void TestDailyWork::noTwoActionsShareAShortcut()
{
    openOneOfEach();
    for (MainWindow::Page page : {MainWindow::Dashboard, MainWindow::ClientsPage,
                                  MainWindow::ProjectsPage, MainWindow::InvoicesPage}) {
        m_window->showPage(page);
        QHash<QKeySequence, QString> taken;
        const auto actions = m_window->findChildren<QAction *>();
        for (const QAction *action : actions) {
            const auto *owner = qobject_cast<const QWidget *>(action->parent());
            // Menu actions always listen; an action of a hidden widget (another page's
            // editor) does not.
            if (!owner || (!qobject_cast<const QMenu *>(owner) && !owner->isVisible()))
                continue;
            for (const QKeySequence &keys : action->shortcuts()) {
                const QString name = QString(action->text()).remove(QLatin1Char('&'));
                QVERIFY2(!taken.contains(keys),
                         qPrintable(QStringLiteral("%1 is both %2 and %3")
                                        .arg(keys.toString(), taken.value(keys), name)));
                taken.insert(keys, name);
            }
        }
        QVERIFY(taken.size() > 10);
    }
}

// Ctrl+S moves no focus: the cell still being typed in is taken in first, not dropped.
void TestDailyWork::aPriceStillBeingTypedIsSaved()
{
    Records records(*m_workspace);
    const Invoice draft =
        records.draft(Records::invoice(records.client(QStringLiteral("Kranich Verlag")), 5000));
    m_window->openInvoice(draft.id);
    auto *lines = named<QTableView>(m_window->invoiceEditor(), QStringLiteral("Invoice lines"));
    QVERIFY(lines);
    lines->setFocus();
    lines->setCurrentIndex(lines->model()->index(0, InvoiceLinesModel::UnitPrice));
    QTest::keyClick(lines, Qt::Key_F2);
    QLineEdit *cell = cellEditor(lines);
    QVERIFY(cell);
    cell->selectAll();
    typeText(cell, QStringLiteral("99,00"));
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY2(m_window->invoiceEditor()->message().isEmpty(),
             qPrintable(m_window->invoiceEditor()->message()));
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    QCOMPARE(invoices.find(draft.id)->lines.constFirst().unitPriceMinor, qint64(9900));
    QVERIFY(!m_window->invoiceEditor()->isDirty());
}

void TestDailyWork::afterNewClientThePreviousRowOpensAgain()
{
    const QString clientId = Records(*m_workspace).client(QStringLiteral("Kranich Verlag"));
    // Written outside the window: the lists hear of it as they would from an editor.
    m_session->notifyChanged(Session::Record::Client, clientId);
    m_window->openClient(clientId);
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(m_window->clientEditor()->recordId().isEmpty());
    // Clicking the client that was open before opens it again.
    QTableView *view = m_window->listPage(MainWindow::ClientsPage)->view();
    const QModelIndex row = view->model()->index(0, 0);
    QVERIFY(view->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(m_window->clientEditor()->recordId(), clientId);
}

// A client, a project and a draft invoice, each open in its section's editor.
void TestDailyWork::openOneOfEach()
{
    Records records(*m_workspace);
    const QString clientId = records.client(QStringLiteral("Kranich Verlag"));
    const QString projectId = records.project(clientId, QStringLiteral("Katalog"));
    const Invoice draft = records.draft(Records::invoice(clientId, 5000));
    m_window->openClient(clientId);
    m_window->openProject(projectId);
    m_window->openInvoice(draft.id);
}

QTEST_MAIN(TestDailyWork)
#include "TestDailyWork.moc"
