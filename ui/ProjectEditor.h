// SPDX-License-Identifier: GPL-3.0-or-later
// The pane that edits one project: its details as a form with undo, its deliverables (edited in
// a dialog, written at once), its invoices, and how much of the budget they have used.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Clock.h"
#include "models/domain/Project.h"
#include "models/store/ProjectBudget.h"
#include "ui/EditorPane.h"
#include "ui/Session.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace ClientDesk {

class DeliverablesModel;

class ProjectEditor : public EditorPane
{
    Q_OBJECT

public:
    // The role of the invoices list's first column that holds the invoice's id.
    static constexpr int InvoiceIdRole = Qt::UserRole + 1;

    explicit ProjectEditor(Session &session, QWidget *parent = nullptr);

    // Shows the stored project. Callers ask confirmLeave() first: unsaved edits are dropped.
    void openProject(const QString &id);
    // An empty form for a new project of `clientId`, stored on Save.
    void newProject(const QString &clientId);
    QString recordTitle() const override;

Q_SIGNALS:
    void clientOpenRequested(const QString &clientId);
    void invoiceOpenRequested(const QString &invoiceId);
    void newInvoiceRequested(const QString &clientId, const QString &projectId);
    // The invoiced figures and the invoices list are up to date (they are read on a worker).
    void invoicedShown();

protected:
    Result<QString> write() override;
    void reload() override;
    // Asks before a deliverable is removed; tests override it.
    virtual bool confirmRemoveDeliverable(const QString &title);

private:
    // What the worker read: the sums per currency and the invoices, or why it could not.
    struct Invoiced
    {
        QList<Money> totals;
        QList<ProjectBudget::InvoiceSummary> invoices;
        QString error;
    };
    static Invoiced readInvoiced(const QString &storePath, const SecretBytes &dataKey,
                                 const Clock &clock, const QString &projectId);

    QWidget *buildBudget();
    QWidget *buildTabs();
    QWidget *deliverablesTab();
    QWidget *invoicesTab();
    void recordChanged(Session::Record record, const QString &id);
    void showLists();
    void loadClientName();
    void loadDeliverables();
    void addDeliverable();
    void editDeliverable(int row);
    void removeDeliverable(int row);
    void refreshInvoiced();
    void showInvoiced(quint64 ticket, const Invoiced &invoiced);
    void showBudgetFigures(const QList<Money> &invoiced);
    Result<Project> formProject() const;

    Project m_project;
    // The client a new project is for.
    QString m_newClientId;
    QString m_clientName;
    QString m_currency;
    QLineEdit *m_name;
    QPushButton *m_client;
    QComboBox *m_status;
    QLineEdit *m_budget;
    QLabel *m_currencyLabel;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_budgetFigure;
    QLabel *m_invoicedFigure;
    QLabel *m_remainingFigure;
    QProgressBar *m_progress;
    QLabel *m_listsHint;
    QTabWidget *m_tabs;
    DeliverablesModel *m_deliverables;
    QStandardItemModel *m_invoices;
    QTableView *m_invoicesView = nullptr;
    // Each read of the invoiced figures gets a ticket; an answer to an older one is dropped.
    quint64 m_invoicedTicket = 0;
};

} // namespace ClientDesk
