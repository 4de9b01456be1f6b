// SPDX-License-Identifier: GPL-3.0-or-later
// The pane that edits one client: their details as a form with undo, and below it their
// contacts (edited in a dialog, written at once), projects and invoices, and what they owe.
#pragma once

#include "models/domain/Client.h"
#include "ui/EditorPane.h"
#include "ui/Session.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ClientDesk {

class ContactsModel;
class InvoicesModel;
class ProjectsModel;

class ClientEditor : public EditorPane
{
    Q_OBJECT

public:
    explicit ClientEditor(Session &session, QWidget *parent = nullptr);

    // Shows the stored client. Callers ask confirmLeave() first: unsaved edits are dropped.
    void openClient(const QString &id);
    // An empty form for a new client, stored on Save.
    void newClient();
    QString recordTitle() const override;

Q_SIGNALS:
    void projectOpenRequested(const QString &projectId);
    void newProjectRequested(const QString &clientId);
    void invoiceOpenRequested(const QString &invoiceId);
    void newInvoiceRequested(const QString &clientId, const QString &projectId);

protected:
    Result<QString> write() override;
    void reload() override;
    // Asks before a contact is removed; tests override it.
    virtual bool confirmRemoveContact(const QString &name);

private:
    QWidget *buildTabs();
    QWidget *contactsTab();
    QWidget *projectsTab();
    QWidget *invoicesTab();
    void recordChanged(Session::Record record, const QString &id);
    void showLists();
    void loadContacts();
    void updateOutstanding();
    void addContact();
    void editContact(int row);
    void removeContact(int row);
    Client formClient() const;

    Client m_client;
    QLineEdit *m_name;
    QLineEdit *m_legalName;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_billingAddress;
    QLineEdit *m_taxId;
    QComboBox *m_status;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_outstanding;
    QLabel *m_listsHint;
    QTabWidget *m_tabs;
    ContactsModel *m_contacts;
    ProjectsModel *m_projects;
    InvoicesModel *m_invoices;
    QTableView *m_projectsView = nullptr;
    QTableView *m_invoicesView = nullptr;
};

} // namespace ClientDesk
