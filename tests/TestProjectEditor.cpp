// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProjectEditor as a person uses it: a project typed with its budget in German and saved,
// bad input shown with nothing stored, dates left empty, the client link, deliverables through
// their dialog, and the budget against what was invoiced for the project.
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/Mnemonics.h"
#include "tests/support/Named.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"
#include "ui/DeliverableDialog.h"
#include "ui/ProjectEditor.h"
#include "ui/Session.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Answers the editor's questions as the test says, without a message box.
class ScriptedProjectEditor : public ProjectEditor
{
public:
    using EditorPane::LeaveChoice;
    using ProjectEditor::ProjectEditor;

    LeaveChoice leaveAnswer = LeaveChoice::Stay;
    bool removeAnswer = false;
    int removeAsked = 0;

protected:
    LeaveChoice askLeave() override { return leaveAnswer; }
    bool confirmRemoveDeliverable(const QString &) override
    {
        ++removeAsked;
        return removeAnswer;
    }
};
} // namespace

class TestProjectEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newProjectIsTypedWithAGermanBudgetAndSaved();
    void badBudgetIsShownAndNothingIsSaved();
    void dueBeforeStartIsShownAndNothingIsSaved();
    void datesCanBeLeftEmpty();
    void undoAndRedoWalkTheEdits();
    void unsavedEditsPromptDiscardOrStay();
    void newProjectHasNoListsYet();
    void changedElsewhereReloadsUnlessDirty();
    void clientLinkOpensTheClient();
    void deliverableIsAddedAndDoneThroughTheDialog();
    void invalidDeliverableIsShownAndNothingIsSaved();
    void deliverableIsRemovedOnlyAfterConfirmation();
    void budgetIsComparedWithWhatWasInvoiced();
    void projectInvoicesAreListedAndOpen();
    void everyControlHasAUniqueAccessibleName();
    void mnemonicsAreUniqueAndLeaveTheMenusAlone();

private:
    QLineEdit *line(const QString &name) const { return named<QLineEdit>(m_editor, name); }
    QPushButton *button(const QString &name) const { return named<QPushButton>(m_editor, name); }
    QCheckBox *box(const QString &name) const { return named<QCheckBox>(m_editor, name); }
    QDateEdit *date(const QString &name) const { return named<QDateEdit>(m_editor, name); }
    QLabel *figure(const char *objectName) const
    {
        return m_editor->findChild<QLabel *>(QLatin1String(objectName));
    }
    DeliverableDialog *deliverableDialog() const
    {
        return m_editor->findChild<DeliverableDialog *>();
    }
    void click(QPushButton *button) const;
    void pressKey(QWidget *widget, Qt::Key key) const;
    void selectRow(QTableView *view, int row) const;
    qint64 count(const QString &sql) const { return m_records->count(sql); }
    QString storedProject(const QString &name, std::optional<Money> budget = {}) const
    {
        return m_records->project(m_clientId, name, budget);
    }
    QString issuedInvoice(const QString &projectId, qint64 amount) const;
    // Opens the project and waits for the invoiced figures read on the worker.
    void open(const QString &projectId);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Records> m_records;
    std::unique_ptr<Session> m_session;
    ScriptedProjectEditor *m_editor = nullptr;
    QString m_clientId;
};

void TestProjectEditor::init()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    m_records = std::make_unique<Records>(*m_workspace);
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    m_clientId = m_records->client(QStringLiteral("Atelier Nord"));
    m_editor = new ScriptedProjectEditor(*m_session);
    m_editor->resize(900, 1000);
    // What the main window's Edit menu gives the pane it shows.
    auto *undo = m_editor->undoStack()->createUndoAction(m_editor);
    undo->setShortcut(QKeySequence::Undo);
    m_editor->addAction(undo);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestProjectEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
    // Reads still running on workers use the store's file; they finish before it goes.
    QThreadPool::globalInstance()->waitForDone();
    m_session.reset();
    m_records.reset();
    m_workspace.reset();
    m_temp.reset();
    QLocale::setDefault(QLocale::c());
}

void TestProjectEditor::click(QPushButton *button) const
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestProjectEditor::pressKey(QWidget *widget, Qt::Key key) const
{
    widget->setFocus();
    QTest::keyClick(widget, key);
}

void TestProjectEditor::selectRow(QTableView *view, int row) const
{
    view->setFocus();
    const QModelIndex index = view->model()->index(row, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

QString TestProjectEditor::issuedInvoice(const QString &projectId, qint64 amount) const
{
    Invoice invoice = Records::invoice(m_clientId, amount);
    invoice.projectId = projectId;
    return m_records->issue(invoice, QDate(2026, 1, 10)).id;
}

void TestProjectEditor::open(const QString &projectId)
{
    QSignalSpy shown(m_editor, &ProjectEditor::invoicedShown);
    m_editor->openProject(projectId);
    QVERIFY(shown.count() > 0 || shown.wait(10000));
}

void TestProjectEditor::newProjectIsTypedWithAGermanBudgetAndSaved()
{
    m_editor->newProject(m_clientId);
    QSignalSpy saved(m_editor, &EditorPane::saved);
    QTest::keyClicks(line(QStringLiteral("Project name")), QStringLiteral("Fruehjahrskampagne"));
    pressKey(named<QComboBox>(m_editor, QStringLiteral("Project status")), Qt::Key_Down);
    QTest::keyClicks(line(QStringLiteral("Budget")), QStringLiteral("1.500,00"));
    QVERIFY(!date(QStringLiteral("Start date"))->isEnabled());
    pressKey(box(QStringLiteral("Has a start date")), Qt::Key_Space);
    QVERIFY(date(QStringLiteral("Start date"))->isEnabled());
    pressKey(box(QStringLiteral("Has a due date")), Qt::Key_Space);
    // The day comes first in a German date; Up moves it on by one.
    pressKey(date(QStringLiteral("Due date")), Qt::Key_Up);
    QCOMPARE(date(QStringLiteral("Due date"))->date(), QDate(2026, 1, 16));

    click(button(QStringLiteral("Save project")));

    QCOMPARE(m_editor->message(), QString());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_editor->isDirty());
    auto stored = ProjectRepository(m_workspace->store()).find(m_editor->recordId());
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Fruehjahrskampagne"));
    QCOMPARE(stored->clientId, m_clientId);
    QCOMPARE(stored->status, Project::Status::Active);
    QVERIFY(stored->budget);
    QCOMPARE(*stored->budget, Money(150000, QStringLiteral("EUR")));
    QCOMPARE(stored->startDate, QDate(2026, 1, 15));
    QCOMPARE(stored->dueDate, QDate(2026, 1, 16));
    // Shown again as stored, in the person's locale.
    QCOMPARE(line(QStringLiteral("Budget"))->text(), QStringLiteral("1500,00"));
    QCOMPARE(m_editor->recordTitle(), QStringLiteral("Fruehjahrskampagne"));
}

void TestProjectEditor::badBudgetIsShownAndNothingIsSaved()
{
    m_editor->newProject(m_clientId);
    QTest::keyClicks(line(QStringLiteral("Project name")), QStringLiteral("Fruehjahrskampagne"));
    QTest::keyClicks(line(QStringLiteral("Budget")), QStringLiteral("1.500,005"));
    click(button(QStringLiteral("Save project")));
    QVERIFY(!m_editor->message().isEmpty());
    QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("editorMessage"))->isVisible());
    QVERIFY(m_editor->isDirty());
    QVERIFY(m_editor->recordId().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 0);

    line(QStringLiteral("Budget"))->selectAll();
    QTest::keyClicks(line(QStringLiteral("Budget")), QStringLiteral("-5"));
    click(button(QStringLiteral("Save project")));
    QVERIFY2(m_editor->message().contains(QStringLiteral("negative")),
             qPrintable(m_editor->message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 0);

    // Emptied, there is no budget, and the project saves.
    line(QStringLiteral("Budget"))->selectAll();
    QTest::keyClick(line(QStringLiteral("Budget")), Qt::Key_Delete);
    click(button(QStringLiteral("Save project")));
    QCOMPARE(m_editor->message(), QString());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM project")), 1);
    QVERIFY(!ProjectRepository(m_workspace->store()).find(m_editor->recordId())->budget);
}

void TestProjectEditor::dueBeforeStartIsShownAndNothingIsSaved()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    pressKey(box(QStringLiteral("Has a start date")), Qt::Key_Space);
    pressKey(box(QStringLiteral("Has a due date")), Qt::Key_Space);
    pressKey(date(QStringLiteral("Due date")), Qt::Key_Down);
    const qint64 version = ProjectRepository(m_workspace->store()).find(id)->version;
    click(button(QStringLiteral("Save project")));
    QVERIFY2(m_editor->message().contains(QStringLiteral("due date")),
             qPrintable(m_editor->message()));
    QVERIFY(m_editor->isDirty());
    auto stored = ProjectRepository(m_workspace->store()).find(id);
    QVERIFY(!stored->startDate.isValid());
    QVERIFY(!stored->dueDate.isValid());
    QCOMPARE(stored->version, version);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'project'")), 1);
}

void TestProjectEditor::datesCanBeLeftEmpty()
{
    Project project;
    project.clientId = m_clientId;
    project.name = QStringLiteral("Fruehjahrskampagne");
    project.startDate = QDate(2026, 2, 1);
    project.dueDate = QDate(2026, 4, 30);
    auto created = ProjectRepository(m_workspace->store()).create(project);
    QVERIFY(created);
    open(created->id);
    QVERIFY(box(QStringLiteral("Has a start date"))->isChecked());
    QCOMPARE(date(QStringLiteral("Start date"))->date(), QDate(2026, 2, 1));
    QCOMPARE(date(QStringLiteral("Due date"))->date(), QDate(2026, 4, 30));

    pressKey(box(QStringLiteral("Has a due date")), Qt::Key_Space);
    QVERIFY(!date(QStringLiteral("Due date"))->isEnabled());
    click(button(QStringLiteral("Save project")));
    auto stored = ProjectRepository(m_workspace->store()).find(created->id);
    QCOMPARE(stored->startDate, QDate(2026, 2, 1));
    QVERIFY(!stored->dueDate.isValid());
    QVERIFY(!box(QStringLiteral("Has a due date"))->isChecked());
}

void TestProjectEditor::undoAndRedoWalkTheEdits()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    QUndoStack *stack = m_editor->undoStack();
    QTest::keyClicks(line(QStringLiteral("Budget")), QStringLiteral("2.000"));
    pressKey(box(QStringLiteral("Has a start date")), Qt::Key_Space);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(stack->count(), 2);

    stack->undo();
    QVERIFY(!box(QStringLiteral("Has a start date"))->isChecked());
    QVERIFY(!date(QStringLiteral("Start date"))->isEnabled());
    QTest::keySequence(m_editor, QKeySequence::Undo);
    QCOMPARE(line(QStringLiteral("Budget"))->text(), QString());
    QVERIFY(!m_editor->isDirty());
    stack->redo();
    stack->redo();
    QCOMPARE(line(QStringLiteral("Budget"))->text(), QStringLiteral("2.000"));
    QVERIFY(date(QStringLiteral("Start date"))->isEnabled());
    click(button(QStringLiteral("Save project")));
    QCOMPARE(*ProjectRepository(m_workspace->store()).find(id)->budget,
             Money(200000, QStringLiteral("EUR")));
}

void TestProjectEditor::unsavedEditsPromptDiscardOrStay()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    QTest::keyClicks(line(QStringLiteral("Project name")), QStringLiteral(" 2026"));
    m_editor->leaveAnswer = ScriptedProjectEditor::LeaveChoice::Stay;
    QVERIFY(!m_editor->confirmLeave());
    QVERIFY(m_editor->isDirty());
    m_editor->leaveAnswer = ScriptedProjectEditor::LeaveChoice::Discard;
    QVERIFY(m_editor->confirmLeave());
    QCOMPARE(line(QStringLiteral("Project name"))->text(), QStringLiteral("Fruehjahrskampagne"));
    QCOMPARE(ProjectRepository(m_workspace->store()).find(id)->name,
             QStringLiteral("Fruehjahrskampagne"));
    QTest::keyClicks(line(QStringLiteral("Project name")), QStringLiteral(" 2027"));
    m_editor->leaveAnswer = ScriptedProjectEditor::LeaveChoice::Save;
    QVERIFY(m_editor->confirmLeave());
    QCOMPARE(ProjectRepository(m_workspace->store()).find(id)->name,
             QStringLiteral("Fruehjahrskampagne 2027"));
}

void TestProjectEditor::newProjectHasNoListsYet()
{
    m_editor->newProject(m_clientId);
    QVERIFY(!m_editor->findChild<QTabWidget *>()->isEnabled());
    bool hinted = false;
    const auto labels = m_editor->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        hinted |= label->isVisible() && label->text().contains(QStringLiteral("Save the project"));
    QVERIFY(hinted);
    QCOMPARE(figure("budgetFigure")->text(), QStringLiteral("Budget: none set"));
    QVERIFY(!m_editor->findChild<QProgressBar *>()->isVisible());
}

void TestProjectEditor::changedElsewhereReloadsUnlessDirty()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    ProjectRepository projects(m_workspace->store());
    Project elsewhere = *projects.find(id);
    elsewhere.budget = Money(99900, QStringLiteral("EUR"));
    QVERIFY(projects.update(elsewhere));
    m_session->notifyChanged(Session::Record::Project, id);
    QCOMPARE(line(QStringLiteral("Budget"))->text(), QStringLiteral("999,00"));
    QCOMPARE(figure("budgetFigure")->text(), QStringLiteral("Budget: 999,00 EUR"));
    QVERIFY(!m_editor->isDirty());

    // A deliverable added elsewhere shows up in the list.
    Deliverable deliverable;
    deliverable.projectId = id;
    deliverable.title = QStringLiteral("Entwuerfe");
    auto added = projects.addDeliverable(deliverable);
    QVERIFY(added);
    m_session->notifyChanged(Session::Record::Deliverable, added->id);
    QCOMPARE(named<QTableView>(m_editor, QStringLiteral("Deliverables"))->model()->rowCount(), 1);

    // With edits of its own, the pane keeps them.
    QTest::keyClicks(line(QStringLiteral("Project name")), QStringLiteral(" 2026"));
    elsewhere = *projects.find(id);
    elsewhere.name = QStringLiteral("Renamed elsewhere");
    QVERIFY(projects.update(elsewhere));
    m_session->notifyChanged(Session::Record::Project, id);
    QCOMPARE(line(QStringLiteral("Project name"))->text(),
             QStringLiteral("Fruehjahrskampagne 2026"));
    QVERIFY(m_editor->isDirty());
}

void TestProjectEditor::clientLinkOpensTheClient()
{
    m_editor->newProject(m_clientId);
    QPushButton *client = button(QStringLiteral("Open the project's client"));
    QCOMPARE(client->text(), QStringLiteral("Atelier Nord"));
    QSignalSpy requested(m_editor, &ProjectEditor::clientOpenRequested);
    click(client);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_clientId);

    // Renamed elsewhere: the link follows.
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    ClientRepository clients(m_workspace->store());
    Client renamed = *clients.find(m_clientId);
    renamed.name = QStringLiteral("Atelier Nord SARL");
    QVERIFY(clients.update(renamed));
    m_session->notifyChanged(Session::Record::Client, m_clientId);
    QCOMPARE(client->text(), QStringLiteral("Atelier Nord SARL"));
    // The keyboard reaches it through its label.
    QTest::keyClick(m_editor, Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), client);
}

void TestProjectEditor::deliverableIsAddedAndDoneThroughTheDialog()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    auto *view = named<QTableView>(m_editor, QStringLiteral("Deliverables"));
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    click(button(QStringLiteral("Add deliverable")));
    DeliverableDialog *dialog = deliverableDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(named<QLineEdit>(dialog, QStringLiteral("Deliverable title")),
                     QStringLiteral("Entwuerfe"));
    // A done date only for a deliverable that is done.
    QVERIFY(!named<QDateEdit>(dialog, QStringLiteral("Done date"))->isEnabled());
    pressKey(named<QCheckBox>(dialog, QStringLiteral("Has a due date")), Qt::Key_Space);
    pressKey(named<QDateEdit>(dialog, QStringLiteral("Due date")), Qt::Key_Up);
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save deliverable")),
                      Qt::LeftButton);
    QTRY_VERIFY(!deliverableDialog());

    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Entwuerfe"));
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Open"));
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("16.01.2026"));
    auto stored = ProjectRepository(m_workspace->store()).deliverables(id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().dueDate, QDate(2026, 1, 16));
    QVERIFY(!stored->first().doneDate.isValid());

    // Done: Enter on the row opens it, the status goes to Done and the done date is today.
    selectRow(view, 0);
    QTest::keyClick(view, Qt::Key_Return);
    dialog = deliverableDialog();
    QVERIFY(dialog);
    auto *status = named<QComboBox>(dialog, QStringLiteral("Deliverable status"));
    pressKey(status, Qt::Key_Down);
    pressKey(status, Qt::Key_Down);
    QCOMPARE(status->currentText(), QStringLiteral("Done"));
    QDateEdit *done = named<QDateEdit>(dialog, QStringLiteral("Done date"));
    QVERIFY(done->isEnabled());
    QCOMPARE(done->date(), QDate(2026, 1, 15));
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save deliverable")),
                      Qt::LeftButton);
    QTRY_VERIFY(!deliverableDialog());
    stored = ProjectRepository(m_workspace->store()).deliverables(id);
    QCOMPARE(stored->first().status, Deliverable::Status::Done);
    QCOMPARE(stored->first().doneDate, QDate(2026, 1, 15));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("15.01.2026"));

    // Reopened, the done date goes.
    selectRow(view, 0);
    click(button(QStringLiteral("Edit deliverable")));
    dialog = deliverableDialog();
    QVERIFY(dialog);
    pressKey(named<QComboBox>(dialog, QStringLiteral("Deliverable status")), Qt::Key_Up);
    QVERIFY(!named<QDateEdit>(dialog, QStringLiteral("Done date"))->isEnabled());
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save deliverable")),
                      Qt::LeftButton);
    QTRY_VERIFY(!deliverableDialog());
    stored = ProjectRepository(m_workspace->store()).deliverables(id);
    QCOMPARE(stored->first().status, Deliverable::Status::InProgress);
    QVERIFY(!stored->first().doneDate.isValid());
    QCOMPARE(view->model()->index(0, 3).data().toString(), QString());
    // Deliverables are records of their own: the project form has nothing unsaved.
    QVERIFY(!m_editor->isDirty());
}

void TestProjectEditor::invalidDeliverableIsShownAndNothingIsSaved()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    open(id);
    click(button(QStringLiteral("Add deliverable")));
    DeliverableDialog *dialog = deliverableDialog();
    QVERIFY(dialog);
    QTest::mouseClick(named<QPushButton>(dialog, QStringLiteral("Save deliverable")),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message().contains(QStringLiteral("title")), qPrintable(dialog->message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deliverable")), 0);

    QStringList problems;
    AccessibleNames::ofFocusable(dialog, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!deliverableDialog());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deliverable")), 0);
}

void TestProjectEditor::deliverableIsRemovedOnlyAfterConfirmation()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    Deliverable deliverable;
    deliverable.projectId = id;
    deliverable.title = QStringLiteral("Entwuerfe");
    QVERIFY(ProjectRepository(m_workspace->store()).addDeliverable(deliverable));
    open(id);
    auto *view = named<QTableView>(m_editor, QStringLiteral("Deliverables"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!button(QStringLiteral("Remove deliverable"))->isEnabled());
    selectRow(view, 0);

    m_editor->removeAnswer = false;
    click(button(QStringLiteral("Remove deliverable")));
    QCOMPARE(m_editor->removeAsked, 1);
    QCOMPARE(ProjectRepository(m_workspace->store()).deliverables(id)->size(), 1);

    // Delete in the list removes too, after asking.
    m_editor->removeAnswer = true;
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(m_editor->removeAsked, 2);
    QCOMPARE(ProjectRepository(m_workspace->store()).deliverables(id)->size(), 0);
    QCOMPARE(view->model()->rowCount(), 0);
}

void TestProjectEditor::budgetIsComparedWithWhatWasInvoiced()
{
    const QString id =
        storedProject(QStringLiteral("Fruehjahrskampagne"), Money(150000, QStringLiteral("EUR")));
    open(id);
    auto *progress = m_editor->findChild<QProgressBar *>();
    QCOMPARE(figure("budgetFigure")->text(), QStringLiteral("Budget: 1.500,00 EUR"));
    QCOMPARE(figure("invoicedFigure")->text(), QStringLiteral("Invoiced: nothing yet"));
    QCOMPARE(figure("remainingFigure")->text(), QStringLiteral("Remaining: 1.500,00 EUR"));
    QCOMPARE(progress->text(), QStringLiteral("0% of the budget invoiced"));

    // A draft counts for nothing; issued, it does.
    QSignalSpy shown(m_editor, &ProjectEditor::invoicedShown);
    const QString invoice = issuedInvoice(id, 100000);
    QVERIFY(!invoice.isEmpty());
    m_session->notifyChanged(Session::Record::Invoice, invoice);
    QVERIFY(shown.wait(10000));
    QCOMPARE(figure("invoicedFigure")->text(), QStringLiteral("Invoiced: 1.000,00 EUR"));
    QCOMPARE(figure("remainingFigure")->text(), QStringLiteral("Remaining: 500,00 EUR"));
    QCOMPARE(progress->value(), 66);
    QCOMPARE(progress->text(), QStringLiteral("66% of the budget invoiced"));

    // Over budget says so in words, not only by a full bar.
    const QString second = issuedInvoice(id, 80000);
    m_session->notifyChanged(Session::Record::Invoice, second);
    QVERIFY(shown.wait(10000));
    QCOMPARE(figure("invoicedFigure")->text(), QStringLiteral("Invoiced: 1.800,00 EUR"));
    QCOMPARE(figure("remainingFigure")->text(), QStringLiteral("Over budget by 300,00 EUR"));
    QCOMPARE(progress->value(), 100);
    QCOMPARE(progress->text(), QStringLiteral("120% of the budget invoiced"));

    // A credit note subtracts; a void invoice no longer counts.
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto credit = invoices.createCreditNote(second);
    QVERIFY(credit);
    QVERIFY(invoices.issue(credit->id, QDate(2026, 1, 12)));
    QVERIFY(invoices.voidInvoice(invoice));
    m_session->notifyChanged(Session::Record::Invoice, credit->id);
    QVERIFY(shown.wait(10000));
    QCOMPARE(figure("invoicedFigure")->text(), QStringLiteral("Invoiced: 0,00 EUR"));
    QCOMPARE(progress->text(), QStringLiteral("0% of the budget invoiced"));
}

void TestProjectEditor::projectInvoicesAreListedAndOpen()
{
    const QString id = storedProject(QStringLiteral("Fruehjahrskampagne"));
    const QString other = storedProject(QStringLiteral("Herbstkampagne"));
    const QString invoice = issuedInvoice(id, 100000);
    QVERIFY(!issuedInvoice(other, 5000).isEmpty());
    open(id);
    auto *tabs = m_editor->findChild<QTabWidget *>();
    QTest::keyClick(m_editor, Qt::Key_I, Qt::AltModifier);
    QCOMPARE(tabs->tabText(tabs->currentIndex()).remove(u'&'), QStringLiteral("Invoices"));
    auto *view = named<QTableView>(m_editor, QStringLiteral("Invoices of this project"));
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Issued"));
    QCOMPARE(view->model()->index(0, 3).data().toString(), QStringLiteral("1.000,00 EUR"));
    QVERIFY(!view->model()->index(0, 0).data().toString().isEmpty());

    QSignalSpy opened(m_editor, &ProjectEditor::invoiceOpenRequested);
    selectRow(view, 0);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), invoice);

    QSignalSpy newInvoice(m_editor, &ProjectEditor::newInvoiceRequested);
    click(button(QStringLiteral("New invoice for this project")));
    QCOMPARE(newInvoice.count(), 1);
    QCOMPARE(newInvoice.at(0).at(0).toString(), m_clientId);
    QCOMPARE(newInvoice.at(0).at(1).toString(), id);
}

void TestProjectEditor::everyControlHasAUniqueAccessibleName()
{
    open(storedProject(QStringLiteral("Fruehjahrskampagne"), Money(100, QStringLiteral("EUR"))));
    auto *tabs = m_editor->findChild<QTabWidget *>();
    QStringList all;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QStringList problems;
        all << AccessibleNames::ofFocusable(m_editor, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
    for (const char *expected :
         {"Project name", "Open the project's client", "Project status", "Budget",
          "Has a start date", "Start date", "Has a due date", "Due date", "Save project",
          "Revert project", "Deliverables", "Add deliverable", "Invoices of this project",
          "New invoice for this project"})
        QVERIFY2(all.contains(QLatin1String(expected)), expected);
    QVERIFY(!m_editor->findChild<QProgressBar *>()->accessibleName().isEmpty());
    QTest::keyClick(m_editor, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), line(QStringLiteral("Budget")));
}

void TestProjectEditor::mnemonicsAreUniqueAndLeaveTheMenusAlone()
{
    open(storedProject(QStringLiteral("Fruehjahrskampagne"), Money(100, QStringLiteral("EUR"))));
    auto *tabs = m_editor->findChild<QTabWidget *>();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QStringList clashes = Mnemonics::clashes(m_editor);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
    }
}

QTEST_MAIN(TestProjectEditor)
#include "TestProjectEditor.moc"
