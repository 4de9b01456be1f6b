// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ClientEditor as a person uses it: typing a client and saving it, domain errors shown
// with nothing stored, undo and redo, the unsaved-changes prompt, contacts through their
// dialog, the client's projects and invoices, and a name for every control.
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/Mnemonics.h"
#include "tests/support/Named.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"
#include "ui/ClientEditor.h"
#include "ui/ContactDialog.h"
#include "ui/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Answers the editor's questions as the test says, without a message box.
class ScriptedClientEditor : public ClientEditor
{
public:
    using ClientEditor::ClientEditor;
    using EditorPane::LeaveChoice;

    LeaveChoice leaveAnswer = LeaveChoice::Stay;
    int leaveAsked = 0;
    bool removeAnswer = false;
    int removeAsked = 0;

protected:
    LeaveChoice askLeave() override
    {
        ++leaveAsked;
        return leaveAnswer;
    }
    bool confirmRemoveContact(const QString &) override
    {
        ++removeAsked;
        return removeAnswer;
    }
};
} // namespace

class TestClientEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newClientIsTypedAndSaved();
    void invalidEmailIsShownAndNothingIsSaved();
    void emptyNameIsShownAndNothingIsSaved();
    void undoAndRedoWalkTheEdits();
    void unsavedEditsPromptSaveDiscardOrStay();
    void newClientHasNoListsYet();
    void openShowsTheStoredClient();
    void changedElsewhereReloadsUnlessDirty();
    void contactIsAddedThroughTheDialog();
    void invalidContactIsShownAndNothingIsSaved();
    void contactIsEditedThroughTheDialog();
    void contactIsRemovedOnlyAfterConfirmation();
    void projectsTabListsTheClientsProjects();
    void invoicesTabListsTheClientsInvoicesAndWhatIsOwed();
    void everyControlHasAUniqueAccessibleName();
    void mnemonicsAreUniqueAndLeaveTheMenusAlone();

private:
    QLineEdit *line(const QString &name) const { return named<QLineEdit>(m_editor, name); }
    QPlainTextEdit *text(const QString &name) const
    {
        return named<QPlainTextEdit>(m_editor, name);
    }
    QPushButton *button(const QString &name) const { return named<QPushButton>(m_editor, name); }
    QTableView *table(const QString &name) const { return named<QTableView>(m_editor, name); }
    ContactDialog *contactDialog() const { return m_editor->findChild<ContactDialog *>(); }
    void click(QPushButton *button) const;
    void activateRow(QTableView *view, int row) const;
    qint64 count(const QString &sql) const { return m_records->count(sql); }
    QString storedClient(const QString &name) const { return m_records->client(name); }
    QString issuedInvoice(const QString &clientId, qint64 amount) const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Records> m_records;
    std::unique_ptr<Session> m_session;
    ScriptedClientEditor *m_editor = nullptr;
};

void TestClientEditor::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    m_records = std::make_unique<Records>(*m_workspace);
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    m_editor = new ScriptedClientEditor(*m_session);
    m_editor->resize(900, 900);
    // What the main window's Edit menu gives the pane it shows.
    auto *undo = m_editor->undoStack()->createUndoAction(m_editor);
    undo->setShortcut(QKeySequence::Undo);
    m_editor->addAction(undo);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestClientEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    m_session.reset();
    m_records.reset();
    m_workspace.reset();
    m_temp.reset();
}

void TestClientEditor::click(QPushButton *button) const
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestClientEditor::activateRow(QTableView *view, int row) const
{
    view->setFocus();
    const QModelIndex index = view->model()->index(row, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
    QTest::keyClick(view, Qt::Key_Return);
}

QString TestClientEditor::issuedInvoice(const QString &clientId, qint64 amount) const
{
    return m_records->issue(Records::invoice(clientId, amount), QDate(2026, 1, 10)).id;
}

void TestClientEditor::newClientIsTypedAndSaved()
{
    QSignalSpy saved(m_editor, &EditorPane::saved);
    QSignalSpy changed(m_session.get(), &Session::recordChanged);
    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral("Atelier Nord"));
    QTest::keyClicks(line(QStringLiteral("Legal name")), QStringLiteral("Atelier Nord SARL"));
    QTest::keyClicks(line(QStringLiteral("Email")), QStringLiteral("hello@atelier-nord.test"));
    QTest::keyClicks(line(QStringLiteral("Phone")), QStringLiteral("+33 1 23 45 67 89"));
    QTest::keyClicks(text(QStringLiteral("Billing address")), QStringLiteral("Rue de la Paix 3"));
    QTest::keyClick(text(QStringLiteral("Billing address")), Qt::Key_Return);
    QTest::keyClicks(text(QStringLiteral("Billing address")), QStringLiteral("75002 Paris"));
    QTest::keyClicks(line(QStringLiteral("Tax ID")), QStringLiteral("FR12345678901"));
    auto *status = named<QComboBox>(m_editor, QStringLiteral("Status"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);
    QCOMPARE(status->currentText(), QStringLiteral("Archived"));
    QTest::keyClicks(line(QStringLiteral("Tags")),
                     QStringLiteral(" retail, priority,,Retail ,  design "));
    QTest::keyClicks(text(QStringLiteral("Notes")), QStringLiteral("Pays in 30 days"));
    QVERIFY(m_editor->isDirty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 0);

    click(button(QStringLiteral("Save client")));

    QCOMPARE(m_editor->message(), QString());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_editor->isDirty());
    const QString id = m_editor->recordId();
    QCOMPARE(saved.at(0).at(0).toString(), id);
    auto stored = ClientRepository(m_workspace->store()).find(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Atelier Nord"));
    QCOMPARE(stored->legalName, QStringLiteral("Atelier Nord SARL"));
    QCOMPARE(stored->email, QStringLiteral("hello@atelier-nord.test"));
    QCOMPARE(stored->phone, QStringLiteral("+33 1 23 45 67 89"));
    QCOMPARE(stored->billingAddress, QStringLiteral("Rue de la Paix 3\n75002 Paris"));
    QCOMPARE(stored->taxId, QStringLiteral("FR12345678901"));
    QCOMPARE(stored->status, Client::Status::Archived);
    QCOMPARE(stored->tags,
             QStringList(
                 {QStringLiteral("retail"), QStringLiteral("priority"), QStringLiteral("design")}));
    QCOMPARE(stored->notes, QStringLiteral("Pays in 30 days"));
    QCOMPARE(m_editor->recordTitle(), QStringLiteral("Atelier Nord"));
    QCOMPARE(line(QStringLiteral("Tags"))->text(), QStringLiteral("retail, priority, design"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.at(0).at(0).value<Session::Record>(), Session::Record::Client);

    // A second save with an edit updates the same record.
    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral(" Paris"));
    // Alt+S, the Save button's mnemonic (a mnemonic clicks after a short animation).
    QTest::keyClick(m_editor, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(!m_editor->isDirty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 1);
    QCOMPARE(ClientRepository(m_workspace->store()).find(id)->name,
             QStringLiteral("Atelier Nord Paris"));
}

void TestClientEditor::invalidEmailIsShownAndNothingIsSaved()
{
    QSignalSpy saved(m_editor, &EditorPane::saved);
    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral("Atelier Nord"));
    QTest::keyClicks(line(QStringLiteral("Email")), QStringLiteral("hello@"));
    click(button(QStringLiteral("Save client")));

    QVERIFY2(m_editor->message().contains(QStringLiteral("email")),
             qPrintable(m_editor->message()));
    QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("editorMessage"))->isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_editor->isDirty());
    QVERIFY(m_editor->recordId().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'client'")), 0);
    // The typed values stay to be fixed.
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QStringLiteral("Atelier Nord"));

    QTest::keyClicks(line(QStringLiteral("Email")), QStringLiteral("atelier-nord.test"));
    click(button(QStringLiteral("Save client")));
    QCOMPARE(m_editor->message(), QString());
    QVERIFY(!m_editor->findChild<QLabel *>(QStringLiteral("editorMessage"))->isVisible());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 1);
    QCOMPARE(ClientRepository(m_workspace->store()).find(m_editor->recordId())->email,
             QStringLiteral("hello@atelier-nord.test"));
}

void TestClientEditor::emptyNameIsShownAndNothingIsSaved()
{
    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral("   "));
    QTest::keyClicks(line(QStringLiteral("Legal name")), QStringLiteral("Atelier Nord SARL"));
    click(button(QStringLiteral("Save client")));
    QVERIFY2(m_editor->message().contains(QStringLiteral("name")), qPrintable(m_editor->message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 0);

    // An invalid edit of a stored client leaves the stored one as it was.
    const QString id = storedClient(QStringLiteral("Atelier Sud"));
    m_editor->openClient(id);
    line(QStringLiteral("Client name"))->selectAll();
    QTest::keyClick(line(QStringLiteral("Client name")), Qt::Key_Delete);
    const qint64 version = ClientRepository(m_workspace->store()).find(id)->version;
    click(button(QStringLiteral("Save client")));
    QVERIFY(!m_editor->message().isEmpty());
    QCOMPARE(ClientRepository(m_workspace->store()).find(id)->name, QStringLiteral("Atelier Sud"));
    QCOMPARE(ClientRepository(m_workspace->store()).find(id)->version, version);
}

void TestClientEditor::undoAndRedoWalkTheEdits()
{
    QUndoStack *stack = m_editor->undoStack();
    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral("Atelier Nord"));
    QTest::keyClicks(line(QStringLiteral("Email")), QStringLiteral("hello@atelier-nord.test"));
    QTest::keyClicks(text(QStringLiteral("Notes")), QStringLiteral("VIP"));
    QCOMPARE(stack->count(), 3);

    stack->undo();
    QCOMPARE(text(QStringLiteral("Notes"))->toPlainText(), QString());
    stack->undo();
    QCOMPARE(line(QStringLiteral("Email"))->text(), QString());
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QStringLiteral("Atelier Nord"));
    stack->redo();
    QCOMPARE(line(QStringLiteral("Email"))->text(), QStringLiteral("hello@atelier-nord.test"));
    stack->undo();
    stack->undo();
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QString());
    QVERIFY(!m_editor->isDirty());

    // Undone to where it was saved: clean again; one step away is dirty.
    stack->redo();
    click(button(QStringLiteral("Save client")));
    QVERIFY(!m_editor->isDirty());
    QTest::keyClicks(line(QStringLiteral("Tags")), QStringLiteral("retail"));
    QVERIFY(m_editor->isDirty());
    // Ctrl+Z goes to the window's Undo action (the main window's Edit menu).
    QTest::keySequence(m_editor, QKeySequence::Undo);
    QCOMPARE(line(QStringLiteral("Tags"))->text(), QString());
    QVERIFY(!m_editor->isDirty());
}

void TestClientEditor::unsavedEditsPromptSaveDiscardOrStay()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    m_editor->openClient(id);
    QVERIFY(m_editor->confirmLeave());
    QCOMPARE(m_editor->leaveAsked, 0);

    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral(" Paris"));
    m_editor->leaveAnswer = ScriptedClientEditor::LeaveChoice::Stay;
    QVERIFY(!m_editor->confirmLeave());
    QCOMPARE(m_editor->leaveAsked, 1);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QStringLiteral("Atelier Nord Paris"));

    m_editor->leaveAnswer = ScriptedClientEditor::LeaveChoice::Discard;
    QVERIFY(m_editor->confirmLeave());
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QStringLiteral("Atelier Nord"));
    QCOMPARE(ClientRepository(m_workspace->store()).find(id)->name, QStringLiteral("Atelier Nord"));

    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral(" Lyon"));
    m_editor->leaveAnswer = ScriptedClientEditor::LeaveChoice::Save;
    QVERIFY(m_editor->confirmLeave());
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(ClientRepository(m_workspace->store()).find(id)->name,
             QStringLiteral("Atelier Nord Lyon"));

    // Save with an error: the prompt does not let the person go on, and nothing is stored.
    QTest::keyClicks(line(QStringLiteral("Email")), QStringLiteral("broken@"));
    QVERIFY(!m_editor->confirmLeave());
    QVERIFY(m_editor->isDirty());
    QVERIFY(!m_editor->message().isEmpty());
    QCOMPARE(ClientRepository(m_workspace->store()).find(id)->email, QString());
}

void TestClientEditor::newClientHasNoListsYet()
{
    auto *tabs = m_editor->findChild<QTabWidget *>();
    QVERIFY(!tabs->isEnabled());
    bool hinted = false;
    const auto labels = m_editor->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        hinted |= label->isVisible() && label->text().contains(QStringLiteral("Save the client"));
    QVERIFY(hinted);
    QVERIFY(!button(QStringLiteral("Save client"))->isEnabled());

    QTest::keyClicks(line(QStringLiteral("Client name")), QStringLiteral("Atelier Nord"));
    click(button(QStringLiteral("Save client")));
    QVERIFY(tabs->isEnabled());
    for (const QLabel *label : labels)
        QVERIFY(!(label->isVisible() && label->text().contains(QStringLiteral("Save the client"))));
}

void TestClientEditor::openShowsTheStoredClient()
{
    Client client;
    client.name = QStringLiteral("Atelier Nord");
    client.email = QStringLiteral("hello@atelier-nord.test");
    client.status = Client::Status::Archived;
    client.tags = {QStringLiteral("retail"), QStringLiteral("priority")};
    client.billingAddress = QStringLiteral("Rue de la Paix 3\n75002 Paris");
    auto created = ClientRepository(m_workspace->store()).create(client);
    QVERIFY(created);
    m_editor->openClient(created->id);
    QCOMPARE(m_editor->recordId(), created->id);
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QStringLiteral("Atelier Nord"));
    QCOMPARE(line(QStringLiteral("Email"))->text(), QStringLiteral("hello@atelier-nord.test"));
    QCOMPARE(line(QStringLiteral("Tags"))->text(), QStringLiteral("retail, priority"));
    QCOMPARE(text(QStringLiteral("Billing address"))->toPlainText(), client.billingAddress);
    QCOMPARE(named<QComboBox>(m_editor, QStringLiteral("Status"))->currentText(),
             QStringLiteral("Archived"));
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(m_editor->undoStack()->count(), 0);

    m_editor->newClient();
    QVERIFY(m_editor->recordId().isEmpty());
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QString());
    QCOMPARE(named<QComboBox>(m_editor, QStringLiteral("Status"))->currentText(),
             QStringLiteral("Active"));
}

void TestClientEditor::changedElsewhereReloadsUnlessDirty()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    m_editor->openClient(id);
    ClientRepository clients(m_workspace->store());
    Client elsewhere = *clients.find(id);
    elsewhere.name = QStringLiteral("Atelier Nord SARL");
    QVERIFY(clients.update(elsewhere));
    m_session->notifyChanged(Session::Record::Client, id);
    QCOMPARE(line(QStringLiteral("Client name"))->text(), QStringLiteral("Atelier Nord SARL"));
    QVERIFY(!m_editor->isDirty());

    // With edits of its own, the pane keeps them.
    QTest::keyClicks(text(QStringLiteral("Notes")), QStringLiteral("Mine"));
    elsewhere = *clients.find(id);
    elsewhere.phone = QStringLiteral("+33 1");
    QVERIFY(clients.update(elsewhere));
    m_session->notifyChanged(Session::Record::Client, id);
    QCOMPARE(text(QStringLiteral("Notes"))->toPlainText(), QStringLiteral("Mine"));
    QVERIFY(m_editor->isDirty());
}

void TestClientEditor::contactIsAddedThroughTheDialog()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    m_editor->openClient(id);
    QTableView *contacts = table(QStringLiteral("Contacts"));
    QAbstractItemModelTester tester(contacts->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(contacts->model()->rowCount(), 0);

    click(button(QStringLiteral("Add contact")));
    ContactDialog *dialog = contactDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Contact name")),
                     QStringLiteral("Mia Berg"));
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Contact role")),
                     QStringLiteral("Marketing lead"));
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Contact email")),
                     QStringLiteral("mia@atelier-nord.test"));
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save contact")), Qt::LeftButton);

    QTRY_VERIFY(!contactDialog()); // closed and deleted
    QCOMPARE(contacts->model()->rowCount(), 1);
    QCOMPARE(contacts->model()->index(0, 0).data().toString(), QStringLiteral("Mia Berg"));
    auto stored = ClientRepository(m_workspace->store()).contacts(id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().role, QStringLiteral("Marketing lead"));
    // A contact is its own record: the client's form has nothing unsaved.
    QVERIFY(!m_editor->isDirty());
}

void TestClientEditor::invalidContactIsShownAndNothingIsSaved()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    m_editor->openClient(id);
    click(button(QStringLiteral("Add contact")));
    ContactDialog *dialog = contactDialog();
    QVERIFY(dialog);
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Contact name")),
                     QStringLiteral("Mia Berg"));
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Contact email")),
                     QStringLiteral("mia at atelier"));
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save contact")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(QStringLiteral("email")), qPrintable(dialog->message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact")), 0);
    QCOMPARE(table(QStringLiteral("Contacts"))->model()->rowCount(), 0);

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!contactDialog());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact")), 0);
}

void TestClientEditor::contactIsEditedThroughTheDialog()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    Contact contact;
    contact.clientId = id;
    contact.name = QStringLiteral("Mia Berg");
    QVERIFY(ClientRepository(m_workspace->store()).addContact(contact));
    m_editor->openClient(id);
    QTableView *contacts = table(QStringLiteral("Contacts"));
    QCOMPARE(contacts->model()->rowCount(), 1);
    QVERIFY(!button(QStringLiteral("Edit contact"))->isEnabled());

    // Enter on the row opens it for editing.
    activateRow(contacts, 0);
    ContactDialog *dialog = contactDialog();
    QVERIFY(dialog);
    QLineEdit *name = named<QLineEdit>(dialog, QStringLiteral("Contact name"));
    QCOMPARE(name->text(), QStringLiteral("Mia Berg"));
    QTest::keyClicks(name, QStringLiteral("-Lund"));
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save contact")), Qt::LeftButton);
    QTRY_VERIFY(!contactDialog());
    QCOMPARE(contacts->model()->index(0, 0).data().toString(), QStringLiteral("Mia Berg-Lund"));
    QCOMPARE(ClientRepository(m_workspace->store()).contacts(id)->first().name,
             QStringLiteral("Mia Berg-Lund"));
}

void TestClientEditor::contactIsRemovedOnlyAfterConfirmation()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    for (const char *name : {"Mia Berg", "Yara Lind"}) {
        Contact contact;
        contact.clientId = id;
        contact.name = QLatin1String(name);
        QVERIFY(ClientRepository(m_workspace->store()).addContact(contact));
    }
    m_editor->openClient(id);
    QTableView *contacts = table(QStringLiteral("Contacts"));
    QCOMPARE(contacts->model()->rowCount(), 2);
    const QModelIndex yara = contacts->model()->index(1, 0);
    QTest::mouseClick(contacts->viewport(), Qt::LeftButton, {},
                      contacts->visualRect(yara).center());
    QVERIFY(button(QStringLiteral("Remove contact"))->isEnabled());

    m_editor->removeAnswer = false;
    click(button(QStringLiteral("Remove contact")));
    QCOMPARE(m_editor->removeAsked, 1);
    QCOMPARE(contacts->model()->rowCount(), 2);
    QCOMPARE(ClientRepository(m_workspace->store()).contacts(id)->size(), 2);

    // Delete in the list removes too, after asking.
    m_editor->removeAnswer = true;
    contacts->setFocus();
    QTest::keyClick(contacts, Qt::Key_Delete);
    QCOMPARE(m_editor->removeAsked, 2);
    QCOMPARE(contacts->model()->rowCount(), 1);
    QCOMPARE(contacts->model()->index(0, 0).data().toString(), QStringLiteral("Mia Berg"));
    auto left = ClientRepository(m_workspace->store()).contacts(id);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().name, QStringLiteral("Mia Berg"));
    QVERIFY(!m_editor->isDirty());
}

void TestClientEditor::projectsTabListsTheClientsProjects()
{
    const QString nord = storedClient(QStringLiteral("Atelier Nord"));
    const QString sud = storedClient(QStringLiteral("Atelier Sud"));
    ProjectRepository projects(m_workspace->store());
    Project project;
    project.clientId = nord;
    project.name = QStringLiteral("Spring campaign");
    auto spring = projects.create(project);
    QVERIFY(spring);
    project.clientId = sud;
    project.name = QStringLiteral("Other client's project");
    QVERIFY(projects.create(project));

    m_editor->openClient(nord);
    auto *tabs = m_editor->findChild<QTabWidget *>();
    QTest::keyClick(m_editor, Qt::Key_J, Qt::AltModifier);
    QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(u'&'), QStringLiteral("Projects"));
    QTableView *view = table(QStringLiteral("Projects of this client"));
    QVERIFY(view->isVisible());
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ProjectsModel::Name).data().toString(),
             QStringLiteral("Spring campaign"));

    QSignalSpy open(m_editor, &ClientEditor::projectOpenRequested);
    activateRow(view, 0);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), spring->id);

    QSignalSpy newProject(m_editor, &ClientEditor::newProjectRequested);
    click(button(QStringLiteral("New project for this client")));
    QCOMPARE(newProject.count(), 1);
    QCOMPARE(newProject.at(0).at(0).toString(), nord);

    // A project added elsewhere shows up once the session says so.
    project.clientId = nord;
    project.name = QStringLiteral("Autumn campaign");
    auto autumn = projects.create(project);
    QVERIFY(autumn);
    m_session->notifyChanged(Session::Record::Project, autumn->id);
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestClientEditor::invoicesTabListsTheClientsInvoicesAndWhatIsOwed()
{
    const QString nord = storedClient(QStringLiteral("Atelier Nord"));
    const QString sud = storedClient(QStringLiteral("Atelier Sud"));
    const QString first = issuedInvoice(nord, 150000);
    QVERIFY(!first.isEmpty());
    QVERIFY(!issuedInvoice(sud, 99900).isEmpty());

    m_editor->openClient(nord);
    auto *outstanding = m_editor->findChild<QLabel *>(QStringLiteral("outstanding"));
    QVERIFY(outstanding->isVisible());
    QCOMPARE(outstanding->text(), QStringLiteral("Outstanding: 1,500.00 EUR"));

    auto *tabs = m_editor->findChild<QTabWidget *>();
    QTest::keyClick(m_editor, Qt::Key_I, Qt::AltModifier);
    QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(u'&'), QStringLiteral("Invoices"));
    QTableView *view = table(QStringLiteral("Invoices of this client"));
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 1);

    QSignalSpy open(m_editor, &ClientEditor::invoiceOpenRequested);
    const QModelIndex row = view->model()->index(0, InvoicesModel::Number);
    // A double click as the window system delivers it: a click, then the double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), first);

    QSignalSpy newInvoice(m_editor, &ClientEditor::newInvoiceRequested);
    click(button(QStringLiteral("New invoice for this client")));
    QCOMPARE(newInvoice.count(), 1);
    QCOMPARE(newInvoice.at(0).at(0).toString(), nord);
    QCOMPARE(newInvoice.at(0).at(1).toString(), QString());

    // Paid elsewhere: nothing is owed any more, and the list says so.
    QVERIFY(InvoiceRepository(m_workspace->store(), m_workspace->invoiceSeries())
                .markPaid(first, QDate(2026, 1, 20)));
    const QString second = issuedInvoice(nord, 2500);
    m_session->notifyChanged(Session::Record::Invoice, second);
    QCOMPARE(outstanding->text(), QStringLiteral("Outstanding: 25.00 EUR"));
    QCOMPARE(view->model()->rowCount(), 2);
}

void TestClientEditor::everyControlHasAUniqueAccessibleName()
{
    const QString id = storedClient(QStringLiteral("Atelier Nord"));
    m_editor->openClient(id);
    auto *tabs = m_editor->findChild<QTabWidget *>();
    QStringList all;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QStringList problems;
        const QStringList names = AccessibleNames::ofFocusable(m_editor, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        all << names;
    }
    for (const char *expected :
         {"Client name", "Legal name", "Email", "Phone", "Billing address", "Tax ID", "Status",
          "Tags", "Notes", "Save client", "Revert client", "Contacts", "Add contact",
          "Projects of this client", "New project for this client", "Invoices of this client",
          "New invoice for this client"})
        QVERIFY2(all.contains(QLatin1String(expected)), expected);

    // The labels' mnemonics reach their fields.
    QTest::keyClick(m_editor, Qt::Key_X, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), line(QStringLiteral("Tax ID")));
    QTest::keyClick(m_editor, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), line(QStringLiteral("Tags")));
}

void TestClientEditor::mnemonicsAreUniqueAndLeaveTheMenusAlone()
{
    m_editor->openClient(storedClient(QStringLiteral("Atelier Nord")));
    auto *tabs = m_editor->findChild<QTabWidget *>();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QStringList clashes = Mnemonics::clashes(m_editor);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
    }
}

QTEST_MAIN(TestClientEditor)
#include "TestClientEditor.moc"
