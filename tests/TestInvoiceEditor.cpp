// SPDX-License-Identifier: GPL-3.0-or-later
// Tests InvoiceEditor as a person uses it: a new draft whose lines are typed into the table
// (in German), live totals per tax rate, Save, Issue, Export PDF, Mark Paid, Void and Credit
// Note; undo and redo of line edits; input that cannot be read and drafts the domain refuses
// leave the store as it was; the unsaved-changes prompt; keyboard path and accessible names.
#include "models/store/AgencyProfileRepository.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/TempWorkspace.h"
#include "ui/InvoiceEditor.h"
#include "ui/InvoiceLinesModel.h"
#include "ui/InvoiceTotalsView.h"
#include "ui/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Answers the pane's questions as a test scripts them, and counts them.
class ScriptedInvoiceEditor : public InvoiceEditor
{
public:
    using InvoiceEditor::InvoiceEditor;

    std::optional<QDate> issueAnswer;
    std::optional<QDate> paidAnswer;
    bool voidAnswer = false;
    QString pdfPath;
    LeaveChoice leaveAnswer = LeaveChoice::Stay;
    QDate suggestedIssueDate;
    QDate suggestedPaidDate;
    QString suggestedPdfName;
    int voidAsked = 0;
    int leaveAsked = 0;

    using EditorPane::LeaveChoice;

protected:
    std::optional<QDate> askIssueDate(const QDate &suggested) override
    {
        suggestedIssueDate = suggested;
        return issueAnswer;
    }
    std::optional<QDate> askPaidDate(const QDate &suggested) override
    {
        suggestedPaidDate = suggested;
        return paidAnswer;
    }
    bool askVoid() override
    {
        ++voidAsked;
        return voidAnswer;
    }
    QString askPdfPath(const QString &suggestedName) override
    {
        suggestedPdfName = suggestedName;
        return pdfPath;
    }
    LeaveChoice askLeave() override
    {
        ++leaveAsked;
        return leaveAnswer;
    }
};
} // namespace

class TestInvoiceEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void draftIssuedExportedAndPaid();
    void newDraftStartsWithTheAgencyDefaults();
    void undoAndRedoALineEdit();
    void unreadableInputChangesNothing();
    void aDraftTheDomainRefusesIsNotSaved();
    void issueCancelledLeavesTheDraft();
    void leavingWithUnsavedEdits();
    void voidAndCreditNote();
    void printPreviewShowsTheInvoice();
    void aFailedExportSaysWhy();
    void keyboardPathAndAccessibleNames();

private:
    QPushButton *button(const QString &accessibleName) const;
    QTableView *table() const;
    QLineEdit *openEditor() const;
    // Types into the cell editor that has focus and leaves it with `key` (Tab moves on to the
    // next cell, Return ends editing).
    void typeInEditor(const QString &text, Qt::Key key = Qt::Key_Tab);
    // Adds a line with the Add Line button and types it cell by cell.
    void typeLine(const QString &description, const QString &quantity, const QString &price,
                  const QString &taxPercent);
    void typeInCell(int row, int column, const QString &text);
    QString shown(const QString &accessibleName) const;
    qint64 count(const QString &sql) const;
    Invoice stored(const QString &id) const;
    QString pdfText(const QString &path) const;
    // A stored draft with one line, opened in the editor.
    QString openStoredDraft();

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ScriptedInvoiceEditor> m_editor;
    QString m_clientId;
    QString m_projectId;
    QString m_pdftotext;
};

void TestInvoiceEditor::initTestCase()
{
    // Quantities and amounts are typed the German way: 1,5 and 1.000,00.
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!m_pdftotext.isEmpty(),
             "pdftotext (Debian package poppler-utils) is needed to read the exported PDF");
}

void TestInvoiceEditor::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    Store &store = m_workspace->store();
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.address = QStringLiteral("Hafenstraße 1, 20457 Hamburg");
    profile.defaultTaxRateBp = 1900;
    profile.paymentTermsDays = 14;
    QVERIFY(AgencyProfileRepository(store, m_workspace->id()).save(profile));
    Client client;
    client.name = QStringLiteral("Atelier Nord");
    client.billingAddress = QStringLiteral("Rue de la Paix 3, Paris");
    auto created = ClientRepository(store).create(client);
    QVERIFY(created);
    m_clientId = created->id;
    Project project;
    project.clientId = m_clientId;
    project.name = QStringLiteral("Spring campaign");
    auto createdProject = ProjectRepository(store).create(project);
    QVERIFY(createdProject);
    m_projectId = createdProject->id;

    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    m_editor = std::make_unique<ScriptedInvoiceEditor>(*m_session);
    m_editor->resize(1000, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void TestInvoiceEditor::cleanup()
{
    m_editor.reset();
    m_session.reset();
    m_workspace.reset();
    m_temp.reset();
}

QPushButton *TestInvoiceEditor::button(const QString &accessibleName) const
{
    const auto buttons = m_editor->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

QTableView *TestInvoiceEditor::table() const
{
    return m_editor->findChild<QTableView *>();
}

QLineEdit *TestInvoiceEditor::openEditor() const
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return editor && table()->isAncestorOf(editor) ? editor : nullptr;
}

void TestInvoiceEditor::typeInEditor(const QString &text, Qt::Key key)
{
    QLineEdit *editor = openEditor();
    QVERIFY2(editor, "no cell editor has focus");
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, key);
    // Return commits through a queued call; Tab at once, opening the next cell's editor.
    if (key == Qt::Key_Return)
        QTRY_VERIFY(!openEditor());
}

void TestInvoiceEditor::typeLine(const QString &description, const QString &quantity,
                                 const QString &price, const QString &taxPercent)
{
    QPushButton *add = button(QStringLiteral("Add line"));
    QVERIFY(add && add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    // Add Line opens the new line's description for typing; Tab walks along the line.
    typeInEditor(description);
    typeInEditor(quantity);
    typeInEditor(price);
    typeInEditor(taxPercent, Qt::Key_Return);
}

void TestInvoiceEditor::typeInCell(int row, int column, const QString &text)
{
    QTableView *view = table();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    typeInEditor(text, Qt::Key_Return);
}

QString TestInvoiceEditor::shown(const QString &accessibleName) const
{
    const auto labels = m_editor->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->accessibleName() == accessibleName)
            return label->text();
    }
    return QStringLiteral("(no label named %1)").arg(accessibleName);
}

qint64 TestInvoiceEditor::count(const QString &sql) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Invoice TestInvoiceEditor::stored(const QString &id) const
{
    auto found = InvoiceRepository(m_workspace->store(), m_workspace->invoiceSeries()).find(id);
    return found ? *found : Invoice();
}

QString TestInvoiceEditor::pdfText(const QString &path) const
{
    QProcess process;
    process.start(m_pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("(pdftotext failed)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestInvoiceEditor::openStoredDraft()
{
    Invoice draft;
    draft.clientId = m_clientId;
    draft.currency = QStringLiteral("EUR");
    InvoiceLine line;
    line.description = QStringLiteral("Design");
    line.quantityMilli = 2000;
    line.unitPriceMinor = 50000;
    line.taxRateBp = 1900;
    draft.lines = {line};
    auto created =
        InvoiceRepository(m_workspace->store(), m_workspace->invoiceSeries()).createDraft(draft);
    if (!created)
        return {};
    m_editor->openInvoice(created->id);
    return created->id;
}

void TestInvoiceEditor::draftIssuedExportedAndPaid()
{
    m_editor->newDraft(m_clientId);
    QCOMPARE(shown(QStringLiteral("Client")), QStringLiteral("Atelier Nord"));
    QCOMPARE(shown(QStringLiteral("Status")), QStringLiteral("Draft"));
    QVERIFY(!button(QStringLiteral("Mark paid"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Void"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Credit note"))->isEnabled());

    typeLine(QStringLiteral("Design"), QStringLiteral("1,5"), QStringLiteral("1.000,00"),
             QStringLiteral("19"));
    typeLine(QStringLiteral("Books"), QStringLiteral("3"), QStringLiteral("19,99"),
             QStringLiteral("7"));
    typeLine(QStringLiteral("Hosting"), QStringLiteral("2"), QStringLiteral("10"),
             QStringLiteral("19"));
    QCOMPARE(m_editor->linesModel()->rowCount(), 3);
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 1500);
    QCOMPARE(m_editor->linesModel()->line(1).taxRateBp, 700);
    QCOMPARE(m_editor->message(), QString());
    QVERIFY(m_editor->isDirty());
    // Nothing is written before Save.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice")), 0);

    // 1,5 × 1.000,00 + 2 × 10,00 at 19 %; 3 × 19,99 at 7 %.
    QCOMPARE(shown(QStringLiteral("Net at 7 %")), QStringLiteral("59,97 EUR"));
    QCOMPARE(shown(QStringLiteral("Tax at 7 %")), QStringLiteral("4,20 EUR"));
    QCOMPARE(shown(QStringLiteral("Net at 19 %")), QStringLiteral("1.520,00 EUR"));
    QCOMPARE(shown(QStringLiteral("Tax at 19 %")), QStringLiteral("288,80 EUR"));
    QCOMPARE(shown(QStringLiteral("Net total")), QStringLiteral("1.579,97 EUR"));
    QCOMPARE(shown(QStringLiteral("Tax total")), QStringLiteral("293,00 EUR"));
    QCOMPARE(shown(QStringLiteral("Total")), QStringLiteral("1.872,97 EUR"));
    QCOMPARE(table()->model()->index(0, InvoiceLinesModel::Net).data().toString(),
             QStringLiteral("1.500,00 EUR"));

    QSignalSpy saved(m_editor.get(), &EditorPane::saved);
    QTest::mouseClick(button(QStringLiteral("Save")), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    const QString id = m_editor->recordId();
    QVERIFY(!id.isEmpty());
    QVERIFY(!m_editor->isDirty());
    Invoice draft = stored(id);
    QCOMPARE(draft.status, Invoice::Status::Draft);
    QCOMPARE(draft.lines.size(), 3);
    QCOMPARE(draft.lines.at(2).description, QStringLiteral("Hosting"));
    QCOMPARE(count(QStringLiteral("SELECT total_minor FROM invoice")), 187297);

    m_editor->issueAnswer = QDate(2026, 1, 15);
    QTest::mouseClick(button(QStringLiteral("Issue")), Qt::LeftButton);
    QCOMPARE(m_editor->suggestedIssueDate, m_temp->clock().now().toLocalTime().date());
    QCOMPARE(m_editor->message(), QString());
    const Invoice issued = stored(id);
    QCOMPARE(issued.status, Invoice::Status::Issued);
    QVERIFY(!issued.number.isEmpty());
    QCOMPARE(issued.dueDate, QDate(2026, 1, 29));
    QCOMPARE(shown(QStringLiteral("Number")), issued.number);
    QCOMPARE(shown(QStringLiteral("Status")), QStringLiteral("Issued"));
    QCOMPARE(m_editor->recordTitle(), QStringLiteral("Invoice ") + issued.number);
    // Frozen: nothing can be typed or added.
    QVERIFY(!(table()->model()->flags(table()->model()->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!button(QStringLiteral("Add line"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Remove line"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Save"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Issue"))->isEnabled());
    QVERIFY(m_editor->findChild<QPlainTextEdit *>()->isReadOnly());
    QVERIFY(!m_editor->findChild<QComboBox *>()->isEnabled());
    QVERIFY(button(QStringLiteral("Mark paid"))->isEnabled());

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_editor->pdfPath = folder.filePath(QStringLiteral("export.pdf"));
    QTest::mouseClick(button(QStringLiteral("Export PDF")), Qt::LeftButton);
    QCOMPARE(m_editor->message(), QString());
    QCOMPARE(m_editor->suggestedPdfName, QStringLiteral("Invoice %1.pdf").arg(issued.number));
    QFile pdf(m_editor->pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString text = pdfText(m_editor->pdfPath);
    QVERIFY2(text.contains(issued.number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.872,97 EUR")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Atelier Nord")), qPrintable(text));

    m_temp->clock().advanceDays(10);
    m_editor->paidAnswer = QDate(2026, 1, 25);
    QTest::mouseClick(button(QStringLiteral("Mark paid")), Qt::LeftButton);
    QCOMPARE(m_editor->suggestedPaidDate, QDate(2026, 1, 25));
    QCOMPARE(stored(id).status, Invoice::Status::Paid);
    QCOMPARE(shown(QStringLiteral("Status")), QStringLiteral("Paid"));
    QVERIFY(!button(QStringLiteral("Mark paid"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Void"))->isEnabled());
    QVERIFY(button(QStringLiteral("Credit note"))->isEnabled());
}

void TestInvoiceEditor::newDraftStartsWithTheAgencyDefaults()
{
    m_editor->newDraft(m_clientId, m_projectId);
    QCOMPARE(shown(QStringLiteral("Currency")), QStringLiteral("EUR"));
    QCOMPARE(shown(QStringLiteral("Number")), QStringLiteral("Not issued yet"));
    auto *project = m_editor->findChild<QComboBox *>();
    QCOMPARE(project->count(), 2);
    QCOMPARE(project->currentText(), QStringLiteral("Spring campaign"));
    QVERIFY(!m_editor->isDirty());
    QTest::mouseClick(button(QStringLiteral("Add line")), Qt::LeftButton);
    QCOMPARE(m_editor->linesModel()->line(0).taxRateBp, 1900);
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 1000);
    QVERIFY(m_editor->isDirty());
    // Choosing no project is an edit like any other.
    QTest::keyClick(openEditor(), Qt::Key_Escape);
    project->setFocus();
    QTest::keyClick(project, Qt::Key_Up);
    QCOMPARE(m_editor->currentInvoice().projectId, QString());
    QCOMPARE(m_editor->undoStack()->count(), 2);
}

void TestInvoiceEditor::undoAndRedoALineEdit()
{
    const QString id = openStoredDraft();
    QVERIFY(!id.isEmpty());
    QVERIFY(!m_editor->isDirty());
    typeInCell(0, InvoiceLinesModel::Quantity, QStringLiteral("2,5"));
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 2500);
    QCOMPARE(shown(QStringLiteral("Total")), QStringLiteral("1.487,50 EUR"));
    QVERIFY(m_editor->isDirty());

    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 2000);
    QCOMPARE(shown(QStringLiteral("Total")), QStringLiteral("1.190,00 EUR"));
    QVERIFY(!m_editor->isDirty());
    m_editor->undoStack()->redo();
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 2500);
    QCOMPARE(shown(QStringLiteral("Total")), QStringLiteral("1.487,50 EUR"));

    // Adding and removing lines are steps too.
    QTest::mouseClick(button(QStringLiteral("Add line")), Qt::LeftButton);
    QTest::keyClick(openEditor(), Qt::Key_Escape);
    QCOMPARE(m_editor->linesModel()->rowCount(), 2);
    table()->setCurrentIndex(table()->model()->index(0, 0));
    QTest::mouseClick(button(QStringLiteral("Remove line")), Qt::LeftButton);
    QCOMPARE(m_editor->linesModel()->rowCount(), 1);
    QCOMPARE(m_editor->linesModel()->line(0).description, QString());
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->linesModel()->line(0).description, QStringLiteral("Design"));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->linesModel()->rowCount(), 1);
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 2000);
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(stored(id).lines.at(0).quantityMilli, 2000);
}

void TestInvoiceEditor::unreadableInputChangesNothing()
{
    const QString id = openStoredDraft();
    typeInCell(0, InvoiceLinesModel::Quantity, QStringLiteral("abc"));
    QCOMPARE(m_editor->message(),
             QStringLiteral("Type the quantity as a number with up to three decimals, such as "
                            "1,5."));
    QCOMPARE(m_editor->linesModel()->line(0).quantityMilli, 2000);
    QVERIFY(!m_editor->isDirty());
    typeInCell(0, InvoiceLinesModel::UnitPrice, QStringLiteral("12,345"));
    QCOMPARE(m_editor->message(),
             QStringLiteral("Type the amount in EUR as a number, such as 1234,50."));
    typeInCell(0, InvoiceLinesModel::TaxRate, QStringLiteral("120"));
    QCOMPARE(m_editor->message(),
             QStringLiteral("Type the tax rate as a percentage between 0 and 100, such as 7,5."));
    QCOMPARE(m_editor->linesModel()->line(0), stored(id).lines.at(0));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    // A good value clears the message.
    typeInCell(0, InvoiceLinesModel::TaxRate, QStringLiteral("7"));
    QCOMPARE(m_editor->message(), QString());
}

void TestInvoiceEditor::aDraftTheDomainRefusesIsNotSaved()
{
    m_editor->newDraft(m_clientId);
    typeLine(QStringLiteral("Design"), QStringLiteral("1"), QStringLiteral("100"),
             QStringLiteral("19"));
    // A second line left without a description.
    QTest::mouseClick(button(QStringLiteral("Add line")), Qt::LeftButton);
    QTest::keyClick(openEditor(), Qt::Key_Escape);
    QSignalSpy saved(m_editor.get(), &EditorPane::saved);
    QTest::mouseClick(button(QStringLiteral("Save")), Qt::LeftButton);
    QCOMPARE(m_editor->message(), QStringLiteral("Line 2 needs a description."));
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice_line")), 0);
    // Issuing saves first, so it is refused for the same reason and asks nothing.
    m_editor->issueAnswer = QDate(2026, 1, 15);
    QTest::mouseClick(button(QStringLiteral("Issue")), Qt::LeftButton);
    QCOMPARE(m_editor->message(), QStringLiteral("Line 2 needs a description."));
    QVERIFY(!m_editor->suggestedIssueDate.isValid());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice")), 0);

    // The same on a stored draft: it keeps its stored lines.
    const QString id = openStoredDraft();
    typeInCell(0, InvoiceLinesModel::Description, QStringLiteral(" "));
    QTest::mouseClick(button(QStringLiteral("Save")), Qt::LeftButton);
    QCOMPARE(m_editor->message(), QStringLiteral("Line 1 needs a description."));
    QCOMPARE(stored(id).lines.at(0).description, QStringLiteral("Design"));
}

void TestInvoiceEditor::issueCancelledLeavesTheDraft()
{
    // An empty new draft is not stored just to be refused.
    m_editor->newDraft(m_clientId);
    m_editor->issueAnswer = QDate(2026, 1, 15);
    QTest::mouseClick(button(QStringLiteral("Issue")), Qt::LeftButton);
    QCOMPARE(m_editor->message(),
             QStringLiteral("Add at least one line before issuing the invoice."));
    QVERIFY(!m_editor->suggestedIssueDate.isValid());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice")), 0);

    const QString id = openStoredDraft();
    m_editor->issueAnswer.reset();
    QTest::mouseClick(button(QStringLiteral("Issue")), Qt::LeftButton);
    QVERIFY(m_editor->suggestedIssueDate.isValid());
    QCOMPARE(stored(id).status, Invoice::Status::Draft);
    QVERIFY(stored(id).number.isEmpty());
    QCOMPARE(shown(QStringLiteral("Status")), QStringLiteral("Draft"));
}

void TestInvoiceEditor::leavingWithUnsavedEdits()
{
    const QString id = openStoredDraft();
    typeInCell(0, InvoiceLinesModel::Description, QStringLiteral("Illustration"));
    QVERIFY(m_editor->isDirty());

    m_editor->leaveAnswer = ScriptedInvoiceEditor::LeaveChoice::Stay;
    QVERIFY(!m_editor->confirmLeave());
    QCOMPARE(m_editor->leaveAsked, 1);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(m_editor->linesModel()->line(0).description, QStringLiteral("Illustration"));
    QCOMPARE(stored(id).lines.at(0).description, QStringLiteral("Design"));

    m_editor->leaveAnswer = ScriptedInvoiceEditor::LeaveChoice::Discard;
    QVERIFY(m_editor->confirmLeave());
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(m_editor->linesModel()->line(0).description, QStringLiteral("Design"));
    QCOMPARE(stored(id).lines.at(0).description, QStringLiteral("Design"));

    QTest::keyClicks(m_editor->findChild<QPlainTextEdit *>(), QStringLiteral("Net 14 days"));
    m_editor->leaveAnswer = ScriptedInvoiceEditor::LeaveChoice::Save;
    QVERIFY(m_editor->confirmLeave());
    QCOMPARE(stored(id).notes, QStringLiteral("Net 14 days"));
    QCOMPARE(m_editor->leaveAsked, 3);
}

void TestInvoiceEditor::voidAndCreditNote()
{
    const QString id = openStoredDraft();
    m_editor->issueAnswer = QDate(2026, 1, 15);
    QTest::mouseClick(button(QStringLiteral("Issue")), Qt::LeftButton);
    QCOMPARE(stored(id).status, Invoice::Status::Issued);

    // A credit note is a new draft with the lines negated, opened on request.
    QSignalSpy openRequested(m_editor.get(), &InvoiceEditor::invoiceOpenRequested);
    QTest::mouseClick(button(QStringLiteral("Credit note")), Qt::LeftButton);
    QCOMPARE(openRequested.count(), 1);
    const QString creditId = openRequested.first().first().toString();
    const Invoice credit = stored(creditId);
    QCOMPARE(credit.kind, Invoice::Kind::CreditNote);
    QCOMPARE(credit.creditForId, id);
    QCOMPARE(credit.lines.at(0).quantityMilli, -2000);

    // Declining the question voids nothing.
    m_editor->voidAnswer = false;
    QTest::mouseClick(button(QStringLiteral("Void")), Qt::LeftButton);
    QCOMPARE(m_editor->voidAsked, 1);
    QCOMPARE(stored(id).status, Invoice::Status::Issued);
    m_editor->voidAnswer = true;
    QTest::mouseClick(button(QStringLiteral("Void")), Qt::LeftButton);
    QCOMPARE(stored(id).status, Invoice::Status::Void);
    QCOMPARE(shown(QStringLiteral("Status")), QStringLiteral("Void"));
    QVERIFY(!button(QStringLiteral("Void"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Mark paid"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Credit note"))->isEnabled());
    QCOMPARE(button(QStringLiteral("Mark paid"))->toolTip(),
             QStringLiteral("A void invoice cannot change its status."));

    // The credit note opens as a draft credit note and can be issued in turn.
    m_editor->openInvoice(creditId);
    QCOMPARE(shown(QStringLiteral("Status")), QStringLiteral("Draft (credit note)"));
    QCOMPARE(shown(QStringLiteral("Total")), QStringLiteral("-1.190,00 EUR"));
    QTest::mouseClick(button(QStringLiteral("Issue")), Qt::LeftButton);
    QCOMPARE(stored(creditId).status, Invoice::Status::Issued);
    QCOMPARE(m_editor->recordTitle(), QStringLiteral("Credit note ") + stored(creditId).number);
    QVERIFY(!button(QStringLiteral("Credit note"))->isEnabled());
}

void TestInvoiceEditor::printPreviewShowsTheInvoice()
{
    openStoredDraft();
    bool shownPreview = false;
    QTimer::singleShot(0, this, [&shownPreview] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        shownPreview = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    QTest::mouseClick(button(QStringLiteral("Print preview")), Qt::LeftButton);
    QVERIFY(shownPreview);
}

void TestInvoiceEditor::aFailedExportSaysWhy()
{
    openStoredDraft();
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    m_editor->pdfPath = folder.filePath(QStringLiteral("missing/Draft invoice.pdf"));
    QTest::mouseClick(button(QStringLiteral("Export PDF")), Qt::LeftButton);
    QCOMPARE(m_editor->suggestedPdfName, QStringLiteral("Draft invoice.pdf"));
    QVERIFY2(m_editor->message().startsWith(QStringLiteral("The PDF could not be saved")),
             qPrintable(m_editor->message()));
    QVERIFY(QDir(folder.path()).isEmpty());
}

void TestInvoiceEditor::keyboardPathAndAccessibleNames()
{
    m_editor->newDraft(m_clientId);
    QTest::mouseClick(button(QStringLiteral("Add line")), Qt::LeftButton);
    QTest::keyClick(openEditor(), Qt::Key_Escape);
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_editor.get(), problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    for (const char *name : {"Project", "Notes", "Invoice lines", "Save", "Add line", "Issue",
                             "Export PDF", "Print preview"})
        QVERIFY2(names.contains(QLatin1String(name)), name);

    // Alt+L goes to the lines, Alt+J to the project, Ctrl+Shift+L adds a line.
    QTest::keyClick(m_editor.get(), Qt::Key_J, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_editor->findChild<QComboBox *>());
    QTest::keyClick(m_editor.get(), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_editor->linesModel()->rowCount(), 2);
    QVERIFY(openEditor());
}

QTEST_MAIN(TestInvoiceEditor)
#include "TestInvoiceEditor.moc"
