// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClientEditor.h"

#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/ClientBalance.h"
#include "models/store/ClientRepository.h"
#include "models/store/Store.h"
#include "ui/ContactDialog.h"
#include "ui/ContactsModel.h"
#include "ui/FieldUndo.h"
#include "ui/LocalMoney.h"
#include "ui/RecordTable.h"
#include "ui/SubRecordList.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    // Tab moves on to the next field: the keyboard path through the form never gets stuck.
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
    return edit;
}

// A view keeps the selection models it was given: set a model only when it changes.
void attach(QTableView *view, QAbstractItemModel *model)
{
    if (view->model() == model)
        return;
    QItemSelectionModel *old = view->selectionModel();
    view->setModel(model);
    delete old;
}

// Comma-separated tags as the client keeps them: trimmed, no empty ones, each once.
QStringList tagsFrom(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}
} // namespace

ClientEditor::ClientEditor(Session &session, QWidget *parent)
    : EditorPane(session, parent)
    , m_name(lineEdit(this, tr("Client name"), 200))
    , m_legalName(lineEdit(this, tr("Legal name"), 200))
    , m_email(lineEdit(this, tr("Email"), 254))
    , m_phone(lineEdit(this, tr("Phone"), 50))
    , m_billingAddress(textEdit(this, tr("Billing address")))
    , m_taxId(lineEdit(this, tr("Tax ID"), 50))
    , m_status(new QComboBox(this))
    , m_tags(lineEdit(this, tr("Tags"), 1100))
    , m_notes(textEdit(this, tr("Notes")))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_outstanding(new QLabel(this))
    , m_listsHint(new QLabel(tr("Save the client to add contacts, projects and invoices."), this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new ContactsModel(this))
    , m_projects(new ProjectsModel(session.store().database(), this))
    , m_invoices(new InvoicesModel(session.store().database(), session.clock(), this))
{
    setObjectName(QStringLiteral("clientEditor"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. retail, priority"));
    // Erased is not a choice: erasure is its own workflow (PRIVACY.md).
    m_status->addItem(tr("Active"), Client::statusKey(Client::Status::Active));
    m_status->addItem(tr("Archived"), Client::statusKey(Client::Status::Archived));
    m_status->setAccessibleName(tr("Status"));
    m_save->setAccessibleName(tr("Save client"));
    m_save->setToolTip(
        tr("Save the client (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setAccessibleName(tr("Revert client"));
    m_revert->setToolTip(tr("Drop the unsaved edits and show the client as stored"));
    m_outstanding->setTextFormat(Qt::PlainText);
    m_outstanding->setObjectName(QStringLiteral("outstanding"));
    m_listsHint->setTextFormat(Qt::PlainText);
    m_listsHint->setWordWrap(true);

    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_legalName),
                           static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                           static_cast<QWidget *>(m_billingAddress),
                           static_cast<QWidget *>(m_taxId), static_cast<QWidget *>(m_status),
                           static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_notes)})
        fields().track(field);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal name:"), m_legalName);
    form->addRow(tr("E&mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Billing address:"), m_billingAddress);
    form->addRow(tr("Ta&x ID:"), m_taxId);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_outstanding);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageLabel());
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_listsHint);
    layout->addWidget(buildTabs(), 1);

    // Ctrl+S is the main window's Save action (a second one here would make it ambiguous).
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &EditorPane::revert);
    connect(this, &EditorPane::dirtyChanged, m_save, &QWidget::setEnabled);
    connect(this, &EditorPane::dirtyChanged, m_revert, &QWidget::setEnabled);
    connect(&session, &Session::recordChanged, this, &ClientEditor::recordChanged);
    newClient();
}

QWidget *ClientEditor::buildTabs()
{
    m_tabs->setAccessibleName(tr("Contacts, projects and invoices"));
    m_tabs->tabBar()->setAccessibleName(tr("Client sections"));
    m_tabs->addTab(contactsTab(), tr("&Contacts"));
    m_tabs->addTab(projectsTab(), tr("Pro&jects"));
    m_tabs->addTab(invoicesTab(), tr("&Invoices"));
    return m_tabs;
}

QWidget *ClientEditor::contactsTab()
{
    auto *contacts =
        new SubRecordList(m_contacts,
                          {.list = tr("Contacts"),
                           .add = tr("Add contact"),
                           .editButton = tr("E&dit…"),
                           .edit = tr("Edit contact"),
                           .editToolTip = {},
                           .remove = tr("Remove contact"),
                           .removeToolTip = tr("Remove the selected contact (Delete)")},
                          m_tabs);
    connect(contacts, &SubRecordList::addRequested, this, &ClientEditor::addContact);
    connect(contacts, &SubRecordList::editRequested, this, &ClientEditor::editContact);
    connect(contacts, &SubRecordList::removeRequested, this, &ClientEditor::removeContact);
    return contacts;
}

QWidget *ClientEditor::projectsTab()
{
    auto *page = new QWidget(m_tabs);
    m_projectsView = RecordTable::create(page, tr("Projects of this client"));
    m_projectsView->setSortingEnabled(true);
    auto *newProject = new QPushButton(tr("Ne&w Project"), page);
    newProject->setAccessibleName(tr("New project for this client"));
    RecordTable::layOut(page, m_projectsView, {newProject});

    // Activation is a double-click or Enter (a single click where the platform says so).
    connect(m_projectsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT projectOpenRequested(m_projects->idAt(index.row()));
    });
    connect(newProject, &QPushButton::clicked, this,
            [this] { Q_EMIT newProjectRequested(recordId()); });
    return page;
}

QWidget *ClientEditor::invoicesTab()
{
    auto *page = new QWidget(m_tabs);
    m_invoicesView = RecordTable::create(page, tr("Invoices of this client"));
    m_invoicesView->setSortingEnabled(true);
    auto *newInvoice = new QPushButton(tr("Ne&w Invoice"), page);
    newInvoice->setAccessibleName(tr("New invoice for this client"));
    RecordTable::layOut(page, m_invoicesView, {newInvoice});

    connect(m_invoicesView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT invoiceOpenRequested(m_invoices->idAt(index.row()));
    });
    connect(newInvoice, &QPushButton::clicked, this,
            [this] { Q_EMIT newInvoiceRequested(recordId(), QString()); });
    return page;
}

void ClientEditor::openClient(const QString &id)
{
    setRecordId(id);
    revert();
}

void ClientEditor::newClient()
{
    setRecordId(QString());
    revert();
}

QString ClientEditor::recordTitle() const
{
    return m_client.name.isEmpty() ? tr("New client") : m_client.name;
}

Client ClientEditor::formClient() const
{
    Client client = m_client;
    client.name = m_name->text().trimmed();
    client.legalName = m_legalName->text().trimmed();
    client.email = m_email->text().trimmed();
    client.phone = m_phone->text().trimmed();
    client.billingAddress = m_billingAddress->toPlainText().trimmed();
    client.taxId = m_taxId->text().trimmed();
    client.status =
        Client::statusFromKey(m_status->currentData().toString()).value_or(Client::Status::Active);
    client.tags = tagsFrom(m_tags->text());
    client.notes = m_notes->toPlainText();
    return client;
}

Result<QString> ClientEditor::write()
{
    const Client client = formClient();
    if (auto valid = client.validate(); !valid)
        return valid.error();
    ClientRepository clients(session().store());
    Result<Client> stored = client.id.isEmpty() ? clients.create(client) : clients.update(client);
    if (!stored)
        return stored.error();
    session().notifyChanged(Session::Record::Client, stored->id);
    return stored->id;
}

void ClientEditor::reload()
{
    m_client = Client();
    if (!recordId().isEmpty()) {
        Result<Client> found = ClientRepository(session().store()).find(recordId());
        if (found)
            m_client = *found;
        else
            showMessage(found.error().message());
    }
    fields().beginLoad();
    m_name->setText(m_client.name);
    m_legalName->setText(m_client.legalName);
    m_email->setText(m_client.email);
    m_phone->setText(m_client.phone);
    m_billingAddress->setPlainText(m_client.billingAddress);
    m_taxId->setText(m_client.taxId);
    m_status->setCurrentIndex(m_status->findData(Client::statusKey(m_client.status)));
    m_tags->setText(m_client.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(m_client.notes);
    fields().endLoad();
    // An erased client is a placeholder that issued invoices point to: nothing to edit.
    const bool editable = m_client.status != Client::Status::Erased;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_legalName),
                           static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                           static_cast<QWidget *>(m_billingAddress),
                           static_cast<QWidget *>(m_taxId), static_cast<QWidget *>(m_status),
                           static_cast<QWidget *>(m_tags), static_cast<QWidget *>(m_notes)})
        field->setEnabled(editable);
    m_save->setEnabled(isDirty());
    m_revert->setEnabled(isDirty());
    showLists();
}

// The lists belong to a stored client; a new one has none yet, and says how to get them.
void ClientEditor::showLists()
{
    const QString clientId = m_client.id;
    const bool stored = !clientId.isEmpty();
    m_listsHint->setVisible(!stored);
    m_tabs->setEnabled(stored);
    m_outstanding->setVisible(stored);
    // Detached while there is no client: an empty filter would list every project.
    attach(m_projectsView, stored ? m_projects : nullptr);
    attach(m_invoicesView, stored ? m_invoices : nullptr);
    if (stored) {
        m_projects->setFilter(std::nullopt, clientId);
        m_invoices->setFilter(std::nullopt, false, clientId);
        // The client's own name in every row says nothing here.
        m_projectsView->hideColumn(ProjectsModel::Client);
        m_invoicesView->hideColumn(InvoicesModel::Client);
    }
    loadContacts();
    updateOutstanding();
}

void ClientEditor::loadContacts()
{
    if (m_client.id.isEmpty()) {
        m_contacts->setContacts({});
        return;
    }
    Result<QList<Contact>> contacts = ClientRepository(session().store()).contacts(m_client.id);
    if (!contacts) {
        showMessage(contacts.error().message());
        m_contacts->setContacts({});
        return;
    }
    m_contacts->setContacts(*contacts);
}

void ClientEditor::updateOutstanding()
{
    if (m_client.id.isEmpty()) {
        m_outstanding->clear();
        return;
    }
    Result<QList<Money>> owed = ClientBalance::outstanding(session().store(), m_client.id);
    if (!owed) {
        m_outstanding->setText(tr("Outstanding: not available (%1)").arg(owed.error().message()));
        return;
    }
    if (owed->isEmpty()) {
        m_outstanding->setText(tr("Outstanding: nothing"));
        return;
    }
    QStringList amounts;
    for (const Money &amount : std::as_const(*owed))
        amounts << LocalMoney::format(amount);
    m_outstanding->setText(tr("Outstanding: %1").arg(amounts.join(QStringLiteral(", "))));
}

void ClientEditor::recordChanged(Session::Record record, const QString &id)
{
    if (m_client.id.isEmpty())
        return;
    switch (record) {
    case Session::Record::Client:
        // Edited elsewhere: show it as stored, unless the person has edits of their own here.
        if (id == m_client.id && !isDirty())
            revert();
        break;
    case Session::Record::Contact:
        loadContacts();
        break;
    case Session::Record::Project:
        m_projects->refresh();
        break;
    case Session::Record::Invoice:
        m_invoices->refresh();
        updateOutstanding();
        break;
    case Session::Record::Deliverable:
    case Session::Record::AgencyProfile:
        break;
    }
}

void ClientEditor::addContact()
{
    Contact contact;
    contact.clientId = m_client.id;
    auto *dialog = new ContactDialog(session(), contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop; the list refreshes on recordChanged.
    dialog->open();
}

void ClientEditor::editContact(int row)
{
    auto *dialog = new ContactDialog(session(), m_contacts->contactAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClientEditor::removeContact(int row)
{
    const Contact contact = m_contacts->contactAt(row);
    if (!confirmRemoveContact(contact.name))
        return;
    if (Result<void> removed = ClientRepository(session().store()).removeContact(contact.id);
        !removed) {
        showMessage(removed.error().message());
        return;
    }
    session().notifyChanged(Session::Record::Contact, contact.id);
}

bool ClientEditor::confirmRemoveContact(const QString &name)
{
    return SubRecordList::confirmRemove(
        this, tr("Remove Contact"),
        tr("Remove the contact “%1”? This cannot be undone.").arg(name));
}

} // namespace ClientDesk
