// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceEditor.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/ItemModelText.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/Store.h"
#include "ui/DateField.h"
#include "ui/FieldUndo.h"
#include "ui/InvoiceDocument.h"
#include "ui/InvoiceLineCommand.h"
#include "ui/InvoiceLinesModel.h"
#include "ui/InvoiceMail.h"
#include "ui/InvoiceTotalsView.h"
#include "ui/PortalMailComposer.h"
#include "ui/Session.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
// A short dialog that explains a step and asks for its date.
std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &text,
                             const QString &dateLabel, const QString &okText,
                             const QDate &suggested)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *explanation = new QLabel(text, &dialog);
    explanation->setWordWrap(true);
    QDateEdit *date = DateField::create(
        &dialog, QString(dateLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')), suggested);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleName(QString(okText).remove(QLatin1Char('&')));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(InvoiceEditor::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(dateLabel, date);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

QLabel *valueLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

InvoiceEditor::InvoiceEditor(Session &session, QWidget *parent)
    : EditorPane(session, parent)
    , m_client(valueLabel(this, tr("Client")))
    , m_project(new QComboBox(this))
    , m_number(valueLabel(this, tr("Number")))
    , m_status(valueLabel(this, tr("Status")))
    , m_issueDate(valueLabel(this, tr("Issue date")))
    , m_dueDate(valueLabel(this, tr("Due date")))
    , m_currency(valueLabel(this, tr("Currency")))
    , m_notes(new QPlainTextEdit(this))
    , m_linesModel(new InvoiceLinesModel(this))
    , m_lines(new QTableView(this))
    , m_totals(new InvoiceTotalsView(this))
    , m_mailNote(valueLabel(this, tr("Email note")))
    , m_mailComposer(nullptr)
{
    setObjectName(QStringLiteral("invoiceEditor"));
    m_project->setAccessibleName(tr("Project"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    fields().track(m_project);
    fields().track(m_notes);

    m_linesModel->setUndoStack(undoStack());
    m_lines->setModel(m_linesModel);
    m_lines->setAccessibleName(tr("Invoice lines"));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_lines->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Description,
                                                      QHeaderView::Stretch);
    m_lines->setMinimumHeight(m_lines->fontMetrics().lineSpacing() * 8);
    m_totals->setAccessibleName(tr("Totals"));
    // The address and the file's path are there to be copied, by mouse or keyboard.
    m_mailNote->setWordWrap(true);
    m_mailNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_mailNote->hide();
    setMailComposer(new PortalMailComposer(this));

    m_saveAction = makeAction(tr("&Save"), tr("Save"), nullptr);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    m_addLineAction = makeAction(tr("&Add Line"), tr("Add line"), &InvoiceEditor::addLine);
    // Ctrl+Shift+L ("line"): Ctrl+Shift+N is the main window's New Invoice.
    m_addLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_removeLineAction =
        makeAction(tr("&Remove Line"), tr("Remove line"), &InvoiceEditor::removeLine);
    m_removeLineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_issueAction = makeAction(tr("&Issue…"), tr("Issue"), &InvoiceEditor::issue);
    m_markPaidAction = makeAction(tr("Mark &Paid…"), tr("Mark paid"), &InvoiceEditor::markPaid);
    m_voidAction = makeAction(tr("V&oid…"), tr("Void"), &InvoiceEditor::voidInvoice);
    m_creditNoteAction =
        makeAction(tr("&Credit Note"), tr("Credit note"), &InvoiceEditor::createCreditNote);
    m_exportPdfAction = makeAction(tr("E&xport PDF…"), tr("Export PDF"), &InvoiceEditor::exportPdf);
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_printPreviewAction =
        makeAction(tr("Print Previe&w…"), tr("Print preview"), &InvoiceEditor::printPreview);
    m_printPreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_emailAction = makeAction(tr("E&mail…"), tr("Email"), &InvoiceEditor::email);
    m_emailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    auto *header = new QFormLayout;
    header->addRow(tr("Client:"), m_client);
    header->addRow(tr("Pro&ject:"), m_project);
    header->addRow(tr("Number:"), m_number);
    header->addRow(tr("Status:"), m_status);
    header->addRow(tr("Issue date:"), m_issueDate);
    header->addRow(tr("Due date:"), m_dueDate);
    header->addRow(tr("Currency:"), m_currency);
    header->addRow(tr("&Notes:"), m_notes);

    auto *linesLabel = new QLabel(tr("&Lines:"), this);
    linesLabel->setBuddy(m_lines);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(buttonFor(m_addLineAction));
    lineButtons->addWidget(buttonFor(m_removeLineAction));
    lineButtons->addStretch();

    auto *commands = new QHBoxLayout;
    for (QAction *action :
         {m_saveAction, m_issueAction, m_markPaidAction, m_voidAction, m_creditNoteAction,
          m_exportPdfAction, m_printPreviewAction, m_emailAction})
        commands->addWidget(buttonFor(action));
    commands->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(commands);
    layout->addWidget(messageLabel());
    layout->addWidget(m_mailNote);
    layout->addLayout(header);
    layout->addWidget(linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_totals);

    connect(m_linesModel, &InvoiceLinesModel::linesChanged, this, [this] {
        updateTotals();
        updateActions();
    });
    connect(m_linesModel, &InvoiceLinesModel::inputRejected, this, &EditorPane::showMessage);
    connect(m_lines->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InvoiceEditor::updateActions);
    connect(undoStack(), &QUndoStack::indexChanged, this, [this] {
        // A new edit (or undo) answers whatever the message asked for.
        showMessage({});
        updateActions();
    });
    connect(&session, &Session::recordChanged, this,
            [this](Session::Record record, const QString &id) { recordChanged(int(record), id); });
    updateActions();
}

// The base class's undo stack and the child widgets outlive this part of the object: the stack
// signals as it is cleared, and a cell editor still open commits its text as it is destroyed.
InvoiceEditor::~InvoiceEditor()
{
    disconnect(undoStack(), nullptr, this, nullptr);
    disconnect(m_linesModel, nullptr, this, nullptr);
    m_linesModel->setUndoStack(nullptr);
}

QAction *InvoiceEditor::makeAction(const QString &text, const QString &accessibleName,
                                   void (InvoiceEditor::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(accessibleName);
    // Shortcuts act while focus is in this pane, so two open panes never compete.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

// A push button that mirrors an action: its mnemonic, enabled state and tooltip.
QPushButton *InvoiceEditor::buttonFor(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setAccessibleName(action->objectName());
    const auto sync = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

QList<QAction *> InvoiceEditor::commandActions() const
{
    return {m_saveAction,         m_addLineAction, m_removeLineAction, m_issueAction,
            m_markPaidAction,     m_voidAction,    m_creditNoteAction, m_exportPdfAction,
            m_printPreviewAction, m_emailAction};
}

void InvoiceEditor::setMailComposer(MailComposer *composer)
{
    if (m_mailComposer)
        disconnect(m_mailComposer, nullptr, this, nullptr);
    m_mailComposer = composer;
    connect(m_mailComposer, &MailComposer::finished, this, &InvoiceEditor::mailFinished);
}

QDate InvoiceEditor::today() const
{
    return session().clock().now().toLocalTime().date();
}

void InvoiceEditor::loadDefaults()
{
    // Without a readable profile a draft still starts, in euros without tax.
    auto profile = InvoiceDocument::agencyProfile(session().store());
    m_defaultTaxRateBp = profile ? profile->defaultTaxRateBp : 0;
    m_newDraft.currency = profile ? profile->defaultCurrency : QStringLiteral("EUR");
}

void InvoiceEditor::openInvoice(const QString &id)
{
    showMailNote({});
    loadDefaults();
    m_loaded = true;
    setRecordId(id);
    revert();
}

void InvoiceEditor::newDraft(const QString &clientId, const QString &projectId)
{
    m_newDraft = Invoice();
    showMailNote({});
    loadDefaults();
    m_newDraft.clientId = clientId;
    m_newDraft.projectId = projectId;
    m_loaded = true;
    setRecordId({});
    revert();
}

QString InvoiceEditor::recordTitle() const
{
    const bool credit = m_invoice.kind == Invoice::Kind::CreditNote;
    if (m_invoice.number.isEmpty())
        return credit ? tr("Draft credit note") : tr("Draft invoice");
    return (credit ? tr("Credit note %1") : tr("Invoice %1")).arg(m_invoice.number);
}

Invoice InvoiceEditor::currentInvoice() const
{
    Invoice invoice = m_invoice;
    if (!invoice.isEditable())
        return invoice;
    invoice.projectId = m_project->currentData().toString();
    invoice.notes = m_notes->toPlainText();
    invoice.lines = m_linesModel->lines();
    return invoice;
}

void InvoiceEditor::fillProjects()
{
    m_project->clear();
    m_project->addItem(tr("No project"), QString());
    if (m_invoice.clientId.isEmpty())
        return;
    // A client has a handful of projects: one page of the list, read once per load.
    ProjectsModel projects(session().store().database());
    projects.setFilter(std::nullopt, m_invoice.clientId);
    projects.sort(ProjectsModel::Name);
    for (int row = 0; row < projects.rowCount(); ++row)
        m_project->addItem(projects.index(row, ProjectsModel::Name).data().toString(),
                           projects.idAt(row));
}

void InvoiceEditor::reload()
{
    fields().beginLoad();
    if (recordId().isEmpty()) {
        m_invoice = m_newDraft;
    } else if (auto stored = InvoiceRepository(session().store(), session().invoiceSeries())
                                 .find(recordId())) {
        m_invoice = *stored;
    } else {
        showMessage(stored.error().message());
    }
    auto client = ClientRepository(session().store()).find(m_invoice.clientId);
    m_client->setText(client ? client->name : tr("Unknown client"));
    fillProjects();
    m_project->setCurrentIndex(std::max(0, m_project->findData(m_invoice.projectId)));
    m_number->setText(m_invoice.number.isEmpty() ? tr("Not issued yet") : m_invoice.number);
    QString status = ItemModelText::invoiceStatus(Invoice::statusKey(m_invoice.status));
    if (m_invoice.kind == Invoice::Kind::CreditNote)
        status = tr("%1 (credit note)").arg(status);
    m_status->setText(status);
    const auto dateText = [](const QDate &date) {
        return date.isValid() ? QLocale().toString(date, ItemModelText::shortDateFormat(QLocale()))
                              : tr("Not set");
    };
    m_issueDate->setText(dateText(m_invoice.issueDate));
    m_dueDate->setText(dateText(m_invoice.dueDate));
    m_currency->setText(m_invoice.currency);
    m_notes->setPlainText(m_invoice.notes);
    const bool editable = m_invoice.isEditable();
    m_linesModel->setCurrency(m_invoice.currency);
    m_linesModel->setEditable(editable);
    m_linesModel->setLines(m_invoice.lines);
    fields().endLoad();

    m_project->setEnabled(editable);
    m_notes->setReadOnly(!editable);
    updateTotals();
    updateActions();
}

Result<QString> InvoiceEditor::write()
{
    // An issued invoice is frozen: there is nothing to write.
    if (!m_invoice.isEditable())
        return recordId();
    InvoiceRepository invoices(session().store(), session().invoiceSeries());
    const Invoice invoice = currentInvoice();
    auto written =
        recordId().isEmpty() ? invoices.createDraft(invoice) : invoices.updateDraft(invoice);
    if (!written)
        return written.error();
    session().notifyChanged(Session::Record::Invoice, written->id);
    return written->id;
}

void InvoiceEditor::updateTotals()
{
    m_totals->showTotals(m_linesModel->lines(), m_linesModel->currency());
}

void InvoiceEditor::setEnabledWithReason(QAction *action, Invoice::Status to)
{
    auto allowed = Invoice::checkTransition(m_invoice.status, to);
    action->setEnabled(m_loaded && allowed.ok());
    // The tooltip says why a step is not available, not only that it is greyed out.
    action->setToolTip(allowed ? QString() : allowed.error().message());
}

void InvoiceEditor::updateActions()
{
    const bool editable = m_loaded && m_invoice.isEditable();
    m_saveAction->setEnabled(editable);
    m_addLineAction->setEnabled(editable);
    m_removeLineAction->setEnabled(editable && m_lines->currentIndex().isValid());
    setEnabledWithReason(m_issueAction, Invoice::Status::Issued);
    setEnabledWithReason(m_markPaidAction, Invoice::Status::Paid);
    setEnabledWithReason(m_voidAction, Invoice::Status::Void);
    const bool creditable = m_invoice.kind == Invoice::Kind::Invoice
        && (m_invoice.status == Invoice::Status::Issued
            || m_invoice.status == Invoice::Status::Paid);
    m_creditNoteAction->setEnabled(m_loaded && creditable);
    m_exportPdfAction->setEnabled(m_loaded);
    m_printPreviewAction->setEnabled(m_loaded);
    // What was issued can be sent; a draft has no number yet and a void invoice is not owed.
    const bool sendable =
        m_invoice.status == Invoice::Status::Issued || m_invoice.status == Invoice::Status::Paid;
    m_emailAction->setEnabled(m_loaded && sendable && !m_pendingMail);
}

void InvoiceEditor::addLine()
{
    if (!m_addLineAction->isEnabled())
        return;
    InvoiceLine line;
    line.quantityMilli = 1000;
    line.taxRateBp = m_defaultTaxRateBp;
    const int row = m_linesModel->rowCount();
    undoStack()->push(InvoiceLineCommand::add(m_linesModel, row, line));
    // Straight into typing the description.
    const QModelIndex description = m_linesModel->index(row, InvoiceLinesModel::Description);
    m_lines->setFocus();
    m_lines->setCurrentIndex(description);
    m_lines->edit(description);
}

void InvoiceEditor::removeLine()
{
    const QModelIndex current = m_lines->currentIndex();
    if (!m_removeLineAction->isEnabled() || !current.isValid())
        return;
    undoStack()->push(InvoiceLineCommand::remove(m_linesModel, current.row()));
}

// A draft's unsaved edits (or a new draft never saved) are written before a step that needs
// the stored invoice; false when they could not be, with the reason shown.
void InvoiceEditor::commitPendingEdit()
{
    const QModelIndex current = m_lines->currentIndex();
    if (QWidget *cell = m_lines->indexWidget(current))
        Q_EMIT m_lines->itemDelegateForIndex(current)->commitData(cell);
}

bool InvoiceEditor::saveEdits()
{
    if (m_invoice.isEditable() && (isDirty() || recordId().isEmpty()))
        return save();
    return true;
}

void InvoiceEditor::finishTransition(const Result<Invoice> &result)
{
    if (!result) {
        showMessage(result.error().message());
        return;
    }
    revert();
    session().notifyChanged(Session::Record::Invoice, result->id);
}

void InvoiceEditor::issue()
{
    commitPendingEdit();
    if (!m_issueAction->isEnabled())
        return;
    // Said before anything is saved: a new draft would otherwise be stored just to be refused.
    if (m_linesModel->rowCount() == 0) {
        showMessage(tr("Add at least one line before issuing the invoice."));
        return;
    }
    if (!saveEdits())
        return;
    const auto issueDate = askIssueDate(today());
    if (!issueDate)
        return;
    finishTransition(InvoiceRepository(session().store(), session().invoiceSeries())
                         .issue(recordId(), *issueDate));
}

void InvoiceEditor::markPaid()
{
    if (!m_markPaidAction->isEnabled())
        return;
    const auto paidDate = askPaidDate(today());
    if (!paidDate)
        return;
    finishTransition(InvoiceRepository(session().store(), session().invoiceSeries())
                         .markPaid(recordId(), *paidDate));
}

void InvoiceEditor::voidInvoice()
{
    if (!m_voidAction->isEnabled() || !askVoid())
        return;
    finishTransition(
        InvoiceRepository(session().store(), session().invoiceSeries()).voidInvoice(recordId()));
}

void InvoiceEditor::createCreditNote()
{
    if (!m_creditNoteAction->isEnabled())
        return;
    auto note = InvoiceRepository(session().store(), session().invoiceSeries())
                    .createCreditNote(recordId());
    if (!note) {
        showMessage(note.error().message());
        return;
    }
    showMessage({});
    session().notifyChanged(Session::Record::Invoice, note->id);
    Q_EMIT invoiceOpenRequested(note->id);
}

Result<InvoiceDocument> InvoiceEditor::document() const
{
    return InvoiceDocument::load(session().store(), currentInvoice());
}

void InvoiceEditor::exportPdf()
{
    commitPendingEdit();
    if (!m_exportPdfAction->isEnabled())
        return;
    auto printable = document();
    if (!printable) {
        showMessage(printable.error().message());
        return;
    }
    const QString path = askPdfPath(printable->suggestedFileName());
    if (path.isEmpty())
        return;
    auto written = printable->writePdf(path);
    showMessage(written ? QString() : written.error().message());
}

void InvoiceEditor::printPreview()
{
    commitPendingEdit();
    if (!m_printPreviewAction->isEnabled())
        return;
    auto printable = document();
    if (!printable) {
        showMessage(printable.error().message());
        return;
    }
    QPrintPreviewDialog dialog(this);
    dialog.setWindowTitle(tr("Print Preview: %1").arg(printable->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&printable](QPrinter *printer) { printable->print(printer); });
    dialog.exec();
}

void InvoiceEditor::showMailNote(const QString &note)
{
    m_mailNote->setText(note);
    m_mailNote->setVisible(!note.isEmpty());
}

void InvoiceEditor::email()
{
    commitPendingEdit();
    if (!m_emailAction->isEnabled())
        return;
    auto mail = InvoiceMail::load(session().store(), currentInvoice());
    if (!mail) {
        showMessage(mail.error().message());
        return;
    }
    auto attachment = mail->writeAttachment(InvoiceMail::outgoingFolder(), session().clock());
    if (!attachment) {
        showMessage(attachment.error().message());
        return;
    }
    showMessage({});
    showMailNote(tr("Asking your mail program to prepare the message…"));
    m_pendingMail = std::make_unique<InvoiceMail>(*mail);
    updateActions();
    m_mailComposer->compose(mail->message(*attachment));
}

void InvoiceEditor::mailFinished(MailComposer::Outcome outcome)
{
    if (!m_pendingMail)
        return;
    const std::unique_ptr<InvoiceMail> mail = std::move(m_pendingMail);
    updateActions();
    const QString address = mail->address();
    if (outcome == MailComposer::Outcome::Handed) {
        showMailNote(address.isEmpty()
                         ? tr("Your mail program was asked for a new message with the invoice "
                              "attached. The client has no email address on record: add the "
                              "recipient there.")
                         : tr("Your mail program was asked for a new message to %1 with the "
                              "invoice attached.")
                               .arg(address));
        return;
    }
    // Nobody took the message: the person sends the PDF themselves, so it goes where they say.
    const QString why = outcome == MailComposer::Outcome::Unavailable
        ? tr("No mail program could be asked to prepare the message.")
        : tr("Your mail program did not take the message.");
    const QString sendTo = address.isEmpty() ? tr("The client has no email address on record.")
                                             : tr("Send it to:\n%1").arg(address);
    const QString path = askPdfPath(mail->document().suggestedFileName());
    if (path.isEmpty()) {
        showMailNote(why % u' ' % tr("Use Export PDF… to save the invoice.") % u'\n' % sendTo);
        return;
    }
    auto written = mail->document().writePdf(path);
    if (!written) {
        showMailNote({});
        showMessage(written.error().message());
        return;
    }
    showMailNote(why % u' ' % tr("The invoice is saved as:\n%1").arg(QDir::toNativeSeparators(path))
                 % u'\n' % sendTo);
}

void InvoiceEditor::recordChanged(int record, const QString &id)
{
    // Someone else changed what this pane shows: show it anew unless the person is editing.
    if (!m_loaded || isDirty())
        return;
    const auto changed = Session::Record(record);
    const bool shown = (changed == Session::Record::Invoice && id == recordId() && !id.isEmpty())
        || (changed == Session::Record::Client && id == m_invoice.clientId)
        || changed == Session::Record::Project || changed == Session::Record::AgencyProfile;
    if (shown)
        revert();
}

std::optional<QDate> InvoiceEditor::askIssueDate(const QDate &suggested)
{
    return askDate(this, tr("Issue Invoice"),
                   tr("Issuing gives the invoice its number and freezes it: its lines, amounts "
                      "and both parties' details can no longer be changed. Mistakes are then "
                      "corrected with a credit note."),
                   tr("Issue &date:"), tr("&Issue"), suggested);
}

std::optional<QDate> InvoiceEditor::askPaidDate(const QDate &suggested)
{
    return askDate(this, tr("Mark Invoice Paid"), tr("Record the date the payment arrived."),
                   tr("&Paid on:"), tr("&Mark Paid"), suggested);
}

bool InvoiceEditor::askVoid()
{
    QMessageBox box(QMessageBox::Warning, tr("Void Invoice"), tr("Void “%1”?").arg(recordTitle()),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("A void invoice keeps its number but is no longer owed. This "
                              "cannot be undone."));
    QPushButton *voidButton = box.addButton(tr("&Void"), QMessageBox::DestructiveRole);
    voidButton->setAccessibleName(tr("Void"));
    box.addButton(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == voidButton;
}

QString InvoiceEditor::askPdfPath(const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
}

} // namespace ClientDesk
