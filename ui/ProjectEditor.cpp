// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectEditor.h"

#include "models/crypto/KeyRing.h"
#include "models/domain/AgencyProfile.h"
#include "models/itemmodels/ItemModelText.h"
#include "models/store/ClientRepository.h"
#include "models/store/ProjectRepository.h"
#include "models/store/Store.h"
#include "ui/DateField.h"
#include "ui/DeliverableDialog.h"
#include "ui/DeliverablesModel.h"
#include "ui/FieldUndo.h"
#include "ui/LocalMoney.h"
#include "ui/RecordTable.h"
#include "ui/SubRecordList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace ClientDesk {

namespace {
// A worker's read connection needs little cache: two small queries.
constexpr int WorkerCacheKiB = 2 * 1024;

QDateEdit *dateEdit(QWidget *parent, const QString &accessibleName)
{
    QDateEdit *edit = DateField::create(parent, accessibleName);
    // Off until its "has a date" box is ticked.
    edit->setEnabled(false);
    return edit;
}

QString joined(const QList<Money> &amounts)
{
    QStringList parts;
    for (const Money &amount : amounts)
        parts << LocalMoney::format(amount);
    return parts.join(QStringLiteral(", "));
}

QString budgetText(const std::optional<Money> &budget)
{
    return budget ? ProjectEditor::tr("Budget: %1").arg(LocalMoney::format(*budget))
                  : ProjectEditor::tr("Budget: none set");
}

QStandardItem *readOnlyItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}
} // namespace

ProjectEditor::ProjectEditor(Session &session, QWidget *parent)
    : EditorPane(session, parent)
    , m_name(new QLineEdit(this))
    , m_client(new QPushButton(this))
    , m_status(new QComboBox(this))
    , m_budget(new QLineEdit(this))
    , m_currencyLabel(new QLabel(this))
    , m_hasStart(new QCheckBox(tr("Star&t date:"), this))
    , m_start(dateEdit(this, tr("Start date")))
    , m_hasDue(new QCheckBox(tr("&Due date:"), this))
    , m_due(dateEdit(this, tr("Due date")))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_budgetFigure(new QLabel(this))
    , m_invoicedFigure(new QLabel(this))
    , m_remainingFigure(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_listsHint(new QLabel(tr("Save the project to add deliverables and invoices."), this))
    , m_tabs(new QTabWidget(this))
    , m_deliverables(new DeliverablesModel(this))
    , m_invoices(new QStandardItemModel(0, 4, this))
{
    setObjectName(QStringLiteral("projectEditor"));
    m_name->setAccessibleName(tr("Project name"));
    m_name->setMaxLength(200);
    m_client->setAccessibleName(tr("Open the project's client"));
    m_client->setToolTip(tr("Open the client"));
    for (auto status : {Project::Status::Lead, Project::Status::Active, Project::Status::OnHold,
                        Project::Status::Done})
        m_status->addItem(ItemModelText::projectStatus(Project::statusKey(status)),
                          Project::statusKey(status));
    m_status->setAccessibleName(tr("Project status"));
    m_budget->setAccessibleName(tr("Budget"));
    m_budget->setPlaceholderText(tr("No budget"));
    m_budget->setMaxLength(30);
    m_currencyLabel->setTextFormat(Qt::PlainText);
    m_hasStart->setAccessibleName(tr("Has a start date"));
    m_hasDue->setAccessibleName(tr("Has a due date"));
    m_save->setAccessibleName(tr("Save project"));
    m_save->setToolTip(
        tr("Save the project (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setAccessibleName(tr("Revert project"));
    m_revert->setToolTip(tr("Drop the unsaved edits and show the project as stored"));
    m_listsHint->setTextFormat(Qt::PlainText);
    m_listsHint->setWordWrap(true);
    m_invoices->setHorizontalHeaderLabels({tr("Number"), tr("Status"), tr("Issued"), tr("Total")});

    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_status),
                           static_cast<QWidget *>(m_budget), static_cast<QWidget *>(m_hasStart),
                           static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_hasDue),
                           static_cast<QWidget *>(m_due)})
        fields().track(field);

    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_currencyLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    form->addRow(clientLabel, m_client);
    form->addRow(tr("Stat&us:"), m_status);
    auto *budgetLabel = new QLabel(tr("&Budget:"), this);
    budgetLabel->setBuddy(m_budget);
    form->addRow(budgetLabel, budgetRow);
    form->addRow(m_hasStart, m_start);
    form->addRow(m_hasDue, m_due);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(messageLabel());
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(buildBudget());
    layout->addWidget(m_listsHint);
    layout->addWidget(buildTabs(), 1);

    // Ctrl+S is the main window's Save action (a second one here would make it ambiguous).
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &EditorPane::revert);
    connect(this, &EditorPane::dirtyChanged, m_save, &QWidget::setEnabled);
    connect(this, &EditorPane::dirtyChanged, m_revert, &QWidget::setEnabled);
    connect(m_client, &QPushButton::clicked, this,
            [this] { Q_EMIT clientOpenRequested(m_project.clientId); });
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(&session, &Session::recordChanged, this, &ProjectEditor::recordChanged);
    newProject(QString());
}

QWidget *ProjectEditor::buildBudget()
{
    auto *box = new QGroupBox(tr("Budget and invoiced"), this);
    for (QLabel *figure : {m_budgetFigure, m_invoicedFigure, m_remainingFigure}) {
        figure->setTextFormat(Qt::PlainText);
        figure->setWordWrap(true);
    }
    m_budgetFigure->setObjectName(QStringLiteral("budgetFigure"));
    m_invoicedFigure->setObjectName(QStringLiteral("invoicedFigure"));
    m_remainingFigure->setObjectName(QStringLiteral("remainingFigure"));
    m_progress->setAccessibleName(tr("Share of the budget invoiced"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_budgetFigure);
    layout->addWidget(m_invoicedFigure);
    layout->addWidget(m_remainingFigure);
    layout->addWidget(m_progress);
    return box;
}

QWidget *ProjectEditor::buildTabs()
{
    m_tabs->setAccessibleName(tr("Deliverables and invoices"));
    m_tabs->tabBar()->setAccessibleName(tr("Project sections"));
    m_tabs->addTab(deliverablesTab(), tr("De&liverables"));
    m_tabs->addTab(invoicesTab(), tr("&Invoices"));
    return m_tabs;
}

QWidget *ProjectEditor::deliverablesTab()
{
    auto *deliverables =
        new SubRecordList(m_deliverables,
                          {.list = tr("Deliverables"),
                           .add = tr("Add deliverable"),
                           .editButton = tr("Edit…"),
                           .edit = tr("Edit deliverable"),
                           .editToolTip = tr("Edit the selected deliverable (Enter)"),
                           .remove = tr("Remove deliverable"),
                           .removeToolTip = tr("Remove the selected deliverable (Delete)")},
                          m_tabs);
    connect(deliverables, &SubRecordList::addRequested, this, &ProjectEditor::addDeliverable);
    connect(deliverables, &SubRecordList::editRequested, this, &ProjectEditor::editDeliverable);
    connect(deliverables, &SubRecordList::removeRequested, this, &ProjectEditor::removeDeliverable);
    return deliverables;
}

QWidget *ProjectEditor::invoicesTab()
{
    auto *page = new QWidget(m_tabs);
    m_invoicesView = RecordTable::create(page, tr("Invoices of this project"));
    m_invoicesView->setModel(m_invoices);
    auto *newInvoice = new QPushButton(tr("Ne&w Invoice"), page);
    newInvoice->setAccessibleName(tr("New invoice for this project"));
    RecordTable::layOut(page, m_invoicesView, {newInvoice});

    // Activation is a double-click or Enter (a single click where the platform says so).
    connect(m_invoicesView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT invoiceOpenRequested(
            m_invoices->index(index.row(), 0).data(InvoiceIdRole).toString());
    });
    connect(newInvoice, &QPushButton::clicked, this,
            [this] { Q_EMIT newInvoiceRequested(m_project.clientId, m_project.id); });
    return page;
}

void ProjectEditor::openProject(const QString &id)
{
    setRecordId(id);
    revert();
}

void ProjectEditor::newProject(const QString &clientId)
{
    m_newClientId = clientId;
    setRecordId(QString());
    revert();
}

QString ProjectEditor::recordTitle() const
{
    return m_project.name.isEmpty() ? tr("New project") : m_project.name;
}

Result<Project> ProjectEditor::formProject() const
{
    Project project = m_project;
    project.name = m_name->text().trimmed();
    project.status =
        Project::statusFromKey(m_status->currentData().toString()).value_or(Project::Status::Lead);
    project.budget.reset();
    if (!m_budget->text().trimmed().isEmpty()) {
        Result<Money> budget = LocalMoney::parse(m_budget->text(), m_currency);
        if (!budget)
            return budget.error();
        project.budget = *budget;
    }
    project.startDate = m_hasStart->isChecked() ? m_start->date() : QDate();
    project.dueDate = m_hasDue->isChecked() ? m_due->date() : QDate();
    return project;
}

Result<QString> ProjectEditor::write()
{
    Result<Project> project = formProject();
    if (!project)
        return project.error();
    if (auto valid = project->validate(); !valid)
        return valid.error();
    ProjectRepository projects(session().store());
    Result<Project> stored =
        project->id.isEmpty() ? projects.create(*project) : projects.update(*project);
    if (!stored)
        return stored.error();
    session().notifyChanged(Session::Record::Project, stored->id);
    return stored->id;
}

void ProjectEditor::reload()
{
    m_project = Project();
    m_project.clientId = m_newClientId;
    if (!recordId().isEmpty()) {
        Result<Project> found = ProjectRepository(session().store()).find(recordId());
        if (found)
            m_project = *found;
        else
            showMessage(found.error().message());
    }
    if (m_project.budget) {
        m_currency = m_project.budget->currency();
    } else if (Result<QString> currency = ProjectBudget::defaultCurrency(session().store())) {
        m_currency = *currency;
    } else {
        showMessage(currency.error().message());
        m_currency = AgencyProfile().defaultCurrency;
    }
    loadClientName();

    const QDate today = session().clock().now().date();
    fields().beginLoad();
    m_name->setText(m_project.name);
    m_status->setCurrentIndex(m_status->findData(Project::statusKey(m_project.status)));
    m_budget->setText(m_project.budget ? LocalMoney::formatPlain(*m_project.budget) : QString());
    m_hasStart->setChecked(m_project.startDate.isValid());
    m_start->setDate(m_project.startDate.isValid() ? m_project.startDate : today);
    m_hasDue->setChecked(m_project.dueDate.isValid());
    m_due->setDate(m_project.dueDate.isValid() ? m_project.dueDate : today);
    fields().endLoad();
    m_currencyLabel->setText(m_currency);
    m_start->setEnabled(m_hasStart->isChecked());
    m_due->setEnabled(m_hasDue->isChecked());
    m_save->setEnabled(isDirty());
    m_revert->setEnabled(isDirty());
    showLists();
}

void ProjectEditor::loadClientName()
{
    m_clientName.clear();
    if (!m_project.clientId.isEmpty()) {
        if (Result<Client> client = ClientRepository(session().store()).find(m_project.clientId))
            m_clientName = client->name;
    }
    m_client->setText(m_clientName.isEmpty() ? tr("(no client)") : m_clientName);
    m_client->setEnabled(!m_project.clientId.isEmpty());
}

// Deliverables and invoices belong to a stored project; a new one says how to get them.
void ProjectEditor::showLists()
{
    const bool stored = !m_project.id.isEmpty();
    m_listsHint->setVisible(!stored);
    m_tabs->setEnabled(stored);
    loadDeliverables();
    refreshInvoiced();
}

void ProjectEditor::loadDeliverables()
{
    if (m_project.id.isEmpty()) {
        m_deliverables->setDeliverables({});
        return;
    }
    Result<QList<Deliverable>> deliverables =
        ProjectRepository(session().store()).deliverables(m_project.id);
    if (!deliverables) {
        showMessage(deliverables.error().message());
        m_deliverables->setDeliverables({});
        return;
    }
    m_deliverables->setDeliverables(*deliverables);
}

ProjectEditor::Invoiced ProjectEditor::readInvoiced(const QString &storePath,
                                                    const SecretBytes &dataKey, const Clock &clock,
                                                    const QString &projectId)
{
    Invoiced invoiced;
    auto store =
        Store::open(storePath, dataKey, clock, {.readOnly = true, .cacheKiB = WorkerCacheKiB});
    if (!store) {
        invoiced.error = store.error().message();
        return invoiced;
    }
    Result<QList<Money>> totals = ProjectBudget::invoiced(**store, projectId);
    Result<QList<ProjectBudget::InvoiceSummary>> rows = ProjectBudget::invoices(**store, projectId);
    if (!totals || !rows) {
        invoiced.error = (!totals ? totals.error() : rows.error()).message();
        return invoiced;
    }
    invoiced.totals = *totals;
    invoiced.invoices = *rows;
    return invoiced;
}

// invoice.project_id has no index: on a large store the sums take longer than a frame, so
// they are read on a worker with a connection of its own.
void ProjectEditor::refreshInvoiced()
{
    const quint64 ticket = ++m_invoicedTicket;
    if (m_project.id.isEmpty()) {
        showInvoiced(ticket, {});
        return;
    }
    // The budget is known now; what was invoiced follows from the worker.
    m_budgetFigure->setText(budgetText(m_project.budget));
    m_invoicedFigure->setText(tr("Invoiced: reading…"));
    auto dataKey = std::make_shared<SecretBytes>(session().keyRing().dataKey().clone());
    const QString storePath = session().storePath();
    const Clock *clock = &session().clock();
    const QString projectId = m_project.id;
    QPointer<ProjectEditor> self(this);
    QThreadPool::globalInstance()->start([=] {
        const Invoiced invoiced = readInvoiced(storePath, *dataKey, *clock, projectId);
        dataKey->clear();
        // Delivered through the application object: the pane may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ticket, invoiced] {
                if (self)
                    self->showInvoiced(ticket, invoiced);
            },
            Qt::QueuedConnection);
    });
}

void ProjectEditor::showInvoiced(quint64 ticket, const Invoiced &invoiced)
{
    if (ticket != m_invoicedTicket)
        return;
    m_invoices->removeRows(0, m_invoices->rowCount());
    for (const ProjectBudget::InvoiceSummary &row : invoiced.invoices) {
        QString status = ItemModelText::invoiceStatus(Invoice::statusKey(row.status));
        if (row.kind == Invoice::Kind::CreditNote)
            status = tr("%1 (credit note)").arg(status);
        auto *number = readOnlyItem(row.number.isEmpty() ? tr("(draft)") : row.number);
        number->setData(row.id, InvoiceIdRole);
        auto *total = readOnlyItem(LocalMoney::format(row.total));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_invoices->appendRow(
            {number, readOnlyItem(status),
             readOnlyItem(row.issueDate.isValid() ? QLocale().toString(
                              row.issueDate, ItemModelText::shortDateFormat(QLocale()))
                                                  : QString()),
             total});
    }
    if (!invoiced.error.isEmpty()) {
        showBudgetFigures({});
        m_invoicedFigure->setText(tr("Invoiced: not available (%1)").arg(invoiced.error));
    } else {
        showBudgetFigures(invoiced.totals);
    }
    Q_EMIT invoicedShown();
}

// Budget and invoiced are compared in the budget's currency only; amounts in other currencies
// are listed but never converted.
void ProjectEditor::showBudgetFigures(const QList<Money> &invoiced)
{
    const std::optional<Money> &budget = m_project.budget;
    m_budgetFigure->setText(budgetText(budget));
    m_invoicedFigure->setText(invoiced.isEmpty() ? tr("Invoiced: nothing yet")
                                                 : tr("Invoiced: %1").arg(joined(invoiced)));
    m_remainingFigure->setVisible(budget.has_value());
    m_progress->setVisible(budget.has_value());
    if (!budget)
        return;
    qint64 spent = 0;
    bool otherCurrencies = false;
    for (const Money &amount : invoiced) {
        if (amount.currency() == budget->currency())
            spent = amount.minor();
        else
            otherCurrencies = true;
    }
    const QString notCounted = otherCurrencies
        ? QLatin1Char(' ') + tr("Invoices in other currencies are not counted.")
        : QString();
    Result<qint64> remaining = Money::subtract(budget->minor(), spent);
    if (!remaining)
        m_remainingFigure->setText(remaining.error().message());
    else if (*remaining >= 0)
        m_remainingFigure->setText(
            tr("Remaining: %1").arg(LocalMoney::format(Money(*remaining, budget->currency())))
            + notCounted);
    else
        m_remainingFigure->setText(
            tr("Over budget by %1").arg(LocalMoney::format(Money(-*remaining, budget->currency())))
            + notCounted);

    if (budget->minor() <= 0) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("No budget to compare with"));
        return;
    }
    Result<qint64> scaled = Money::multiply(spent, 100);
    const qint64 percent = scaled ? *scaled / budget->minor() : spent / budget->minor() * 100;
    m_progress->setValue(int(std::clamp<qint64>(percent, 0, 100)));
    // The text states the figure: the bar's fill is never the only cue.
    const QString text = tr("%1% of the budget invoiced").arg(QLocale().toString(percent));
    m_progress->setFormat(text);
    m_progress->setAccessibleDescription(text);
}

void ProjectEditor::recordChanged(Session::Record record, const QString &id)
{
    if (m_project.id.isEmpty())
        return;
    switch (record) {
    case Session::Record::Project:
        // Edited elsewhere: show it as stored, unless the person has edits of their own here.
        if (id == m_project.id && !isDirty())
            revert();
        break;
    case Session::Record::Client:
        if (id == m_project.clientId)
            loadClientName();
        break;
    case Session::Record::Deliverable:
        loadDeliverables();
        break;
    case Session::Record::Invoice:
        refreshInvoiced();
        break;
    case Session::Record::Contact:
    case Session::Record::AgencyProfile:
        break;
    }
}

void ProjectEditor::addDeliverable()
{
    Deliverable deliverable;
    deliverable.projectId = m_project.id;
    auto *dialog = new DeliverableDialog(session(), deliverable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop; the list refreshes on recordChanged.
    dialog->open();
}

void ProjectEditor::editDeliverable(int row)
{
    auto *dialog = new DeliverableDialog(session(), m_deliverables->deliverableAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProjectEditor::removeDeliverable(int row)
{
    const Deliverable deliverable = m_deliverables->deliverableAt(row);
    if (!confirmRemoveDeliverable(deliverable.title))
        return;
    if (Result<void> removed =
            ProjectRepository(session().store()).removeDeliverable(deliverable.id);
        !removed) {
        showMessage(removed.error().message());
        return;
    }
    session().notifyChanged(Session::Record::Deliverable, deliverable.id);
}

bool ProjectEditor::confirmRemoveDeliverable(const QString &title)
{
    return SubRecordList::confirmRemove(
        this, tr("Remove Deliverable"),
        tr("Remove the deliverable “%1”? This cannot be undone.").arg(title));
}

} // namespace ClientDesk
