// SPDX-License-Identifier: GPL-3.0-or-later
// The pane that shows one invoice or credit note: a draft's header, lines and live totals are
// edited here (every edit undoable), and the invoice is issued, marked paid, voided, corrected
// with a credit note, printed, exported as PDF or handed to the mail program as its status
// allows.
#pragma once

#include "models/domain/Invoice.h"
#include "ui/EditorPane.h"
#include "ui/MailComposer.h"

#include <QDate>
#include <QList>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ClientDesk {

class InvoiceDocument;
class InvoiceLinesModel;
class InvoiceMail;
class InvoiceTotalsView;

class InvoiceEditor : public EditorPane
{
    Q_OBJECT

public:
    explicit InvoiceEditor(Session &session, QWidget *parent = nullptr);
    ~InvoiceEditor() override;

    // Shows a stored invoice; only a draft can be edited. Call confirmLeave() first when the
    // pane may hold unsaved edits.
    void openInvoice(const QString &id);
    // A new draft for the client, in the agency's default currency; nothing is written until
    // Save.
    void newDraft(const QString &clientId, const QString &projectId = {});

    QString recordTitle() const override;
    // Save, Add Line, Remove Line, Issue…, Mark Paid…, Void…, Credit Note, Export PDF…,
    // Print Preview…, Email…: for a menu or toolbar. Each is enabled only when the invoice
    // allows it.
    // Save has no shortcut here: the main window's Ctrl+S calls save().
    QList<QAction *> commandActions() const;
    // The invoice as on screen: the stored one with the unsaved edits applied.
    Invoice currentInvoice() const;
    InvoiceLinesModel *linesModel() const { return m_linesModel; }
    // Who Email… asks to prepare the message; the portal by default. The editor does not own
    // a composer set here (tests pass a fake); it must outlive the editor.
    void setMailComposer(MailComposer *composer);

    void addLine();
    void removeLine();
    // Each saves a draft's unsaved edits first; nothing happens when the person declines.
    void issue();
    void markPaid();
    void voidInvoice();
    void createCreditNote();
    void exportPdf();
    void printPreview();
    // Writes the PDF for the mail program and asks it for a new message to the client with it
    // attached. Where no mail program can be asked, saves the PDF where the person says and
    // tells them where it is and whom to send it to.
    void email();

Q_SIGNALS:
    // Another invoice should be shown, such as a credit note just made.
    void invoiceOpenRequested(const QString &id);

protected:
    // The questions the pane asks; tests override them. An empty answer means "cancel".
    virtual std::optional<QDate> askIssueDate(const QDate &suggested);
    virtual std::optional<QDate> askPaidDate(const QDate &suggested);
    virtual bool askVoid();
    virtual QString askPdfPath(const QString &suggestedName);

    Result<QString> write() override;
    void commitPendingEdit() override;
    void reload() override;

private:
    QAction *makeAction(const QString &text, const QString &accessibleName,
                        void (InvoiceEditor::*slot)());
    QPushButton *buttonFor(QAction *action);
    void loadDefaults();
    void fillProjects();
    void updateTotals();
    void updateActions();
    void setEnabledWithReason(QAction *action, Invoice::Status to);
    bool saveEdits();
    void finishTransition(const Result<Invoice> &result);
    void recordChanged(int record, const QString &id);
    Result<InvoiceDocument> document() const;
    void mailFinished(MailComposer::Outcome outcome);
    void showMailNote(const QString &note);
    QDate today() const;

    Invoice m_invoice;
    // What a new draft starts as, kept so Revert goes back to it.
    Invoice m_newDraft;
    int m_defaultTaxRateBp = 0;
    bool m_loaded = false;

    QLabel *m_client;
    QComboBox *m_project;
    QLabel *m_number;
    QLabel *m_status;
    QLabel *m_issueDate;
    QLabel *m_dueDate;
    QLabel *m_currency;
    QPlainTextEdit *m_notes;
    InvoiceLinesModel *m_linesModel;
    QTableView *m_lines;
    InvoiceTotalsView *m_totals;
    // What the last Email… did, with the address and file selectable to copy.
    QLabel *m_mailNote;
    MailComposer *m_mailComposer;
    // The message handed to the composer until it answers; Email… waits for that.
    std::unique_ptr<InvoiceMail> m_pendingMail;

    QAction *m_saveAction;
    QAction *m_addLineAction;
    QAction *m_removeLineAction;
    QAction *m_issueAction;
    QAction *m_markPaidAction;
    QAction *m_voidAction;
    QAction *m_creditNoteAction;
    QAction *m_exportPdfAction;
    QAction *m_printPreviewAction;
    QAction *m_emailAction;
};

} // namespace ClientDesk
