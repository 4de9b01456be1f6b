// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "models/domain/Client.h"
#include "models/domain/Invoice.h"
#include "models/domain/Project.h"
#include "models/itemmodels/ClientsModel.h"
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ItemModelText.h"
#include "models/itemmodels/ProjectsModel.h"
#include "ui/ClientEditor.h"
#include "ui/CsvImportWizard.h"
#include "ui/DashboardPage.h"
#include "ui/FilterBar.h"
#include "ui/InvoiceEditor.h"
#include "ui/ListPage.h"
#include "ui/ProjectEditor.h"
#include "ui/SearchBox.h"
#include "ui/Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QWidget *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setEnabled(false);
    label->setMargin(24);
    return label;
}

// A shortcut as this platform writes it: "Ctrl+N", "Strg+N" in German, "⌘N" on macOS.
QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

QList<FilterBar::Status> statuses(const QStringList &keys, QString (*name)(const QString &))
{
    QList<FilterBar::Status> list;
    for (const QString &key : keys)
        list.append({name(key), key});
    return list;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_search(new SearchBox(this))
    , m_storeState(new QLabel(this))
    , m_workspaceLabel(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClientDesk"));
    createNavigation();
    createActions();
    connect(m_search, &SearchBox::hitActivated, this, &MainWindow::openSearchHit);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto *lockIcon = new QLabel(this);
    lockIcon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(iconSize));
    lockIcon->setAccessibleName(tr("Store state icon"));
    m_storeState->setText(tr("Encrypted · Unlocked"));
    m_storeState->setAccessibleName(tr("Store state"));
    m_storeState->setToolTip(tr("Your workspace is stored encrypted on this computer and is "
                                "unlocked now. Lock it with %1.")
                                 .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_L))));
    m_workspaceLabel->setAccessibleName(tr("Open workspace"));
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(lockIcon);
    statusBar()->addWidget(m_storeState);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow()
{
    closeSession();
}

void MainWindow::createNavigation()
{
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(180);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    const QList<std::pair<QString, QStyle::StandardPixmap>> sections {
        {tr("Dashboard"), QStyle::SP_ComputerIcon},
        {tr("Clients"), QStyle::SP_DirHomeIcon},
        {tr("Projects"), QStyle::SP_DirIcon},
        {tr("Invoices"), QStyle::SP_FileIcon},
    };
    for (const auto &[name, icon] : sections)
        new QListWidgetItem(style()->standardIcon(icon), name, m_navigation);

    m_dashboardHolder = new QWidget(m_pages);
    auto *dashboardLayout = new QVBoxLayout(m_dashboardHolder);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_dashboardHolder);

    auto *clientFilters = new FilterBar(
        {tr("Client status filter"), tr("Client tag filter"), {}},
        statuses({QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("erased")},
                 &ItemModelText::clientStatus));
    clientFilters->setTagFilterVisible(true);
    auto *projectFilters =
        new FilterBar({tr("Project status filter"), {}, {}},
                      statuses({QStringLiteral("lead"), QStringLiteral("active"),
                                QStringLiteral("on_hold"), QStringLiteral("done")},
                               &ItemModelText::projectStatus));
    auto *invoiceFilters =
        new FilterBar({tr("Invoice status filter"), {}, tr("Show only overdue invoices")},
                      statuses({QStringLiteral("draft"), QStringLiteral("issued"),
                                QStringLiteral("paid"), QStringLiteral("void")},
                               &ItemModelText::invoiceStatus));
    invoiceFilters->setOverdueFilterVisible(true);
    m_lists = {
        new ListPage(QStringLiteral("clients"), tr("No clients yet"),
                     tr("Clients you add or import appear here, with their contacts, projects "
                        "and invoices. Add one with %1.")
                         .arg(keys(QKeySequence::New)),
                     clientFilters),
        new ListPage(QStringLiteral("projects"), tr("No projects yet"),
                     tr("Projects and their deliverables appear here once you add them for a "
                        "client."),
                     projectFilters),
        new ListPage(QStringLiteral("invoices"), tr("No invoices yet"),
                     tr("Draft, issued and paid invoices appear here."), invoiceFilters),
    };
    // An invoice number is short; a client's or project's name is not.
    m_lists.at(InvoicesPage - ClientsPage)->setFirstColumnWidth(170);
    const QStringList hints {
        tr("Pick a client in the list, or add one with %1.").arg(keys(QKeySequence::New)),
        tr("Pick a project in the list, or add one from its client."),
        tr("Pick an invoice in the list, or raise one from its client or project."),
    };
    for (int i = 0; i < m_lists.size(); ++i) {
        const auto page = static_cast<Page>(ClientsPage + i);
        ListPage *list = m_lists.at(i);
        auto *details = new QStackedWidget;
        details->addWidget(hint(hints.at(i), details));
        m_details.append(details);
        m_pages->addWidget(makeSection(page, list));
        connect(list->filters(), &FilterBar::filterChanged, this,
                [this, page] { applyFilters(page); });
        connect(list, &ListPage::currentIdChanged, this,
                [this, page](const QString &id) { listSelectionChanged(page, id); });
        connect(list, &ListPage::idActivated, this, [this, page](const QString &id) {
            listSelectionChanged(page, id);
            if (EditorPane *editor = editorFor(page))
                editor->setFocus();
        });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (EditorPane *editor = editorFor(static_cast<Page>(row)))
            m_undoGroup->setActiveStack(editor->undoStack());
        else
            m_undoGroup->setActiveStack(nullptr);
        if (row == Dashboard && m_dashboard)
            m_dashboard->refresh();
        updateActions();
    });
    m_navigation->setCurrentRow(ClientsPage);
}

QWidget *MainWindow::makeSection(Page page, ListPage *list)
{
    auto *splitter = new QSplitter(Qt::Horizontal, m_pages);
    splitter->setObjectName(QStringLiteral("section%1").arg(int(page)));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_details.at(page - ClientsPage));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The list gets room for its first columns; the person's own split is kept per section.
    splitter->setSizes({560, 640});
    const QString key = QStringLiteral("mainWindow/split%1").arg(int(page));
    splitter->restoreState(QSettings().value(key).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    return splitter;
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setAccessibleName(tr("Main toolbar"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newClient = file->addAction(tr("New &Client"), this, &MainWindow::newClient);
    newClient->setShortcut(QKeySequence::New);
    newClient->setStatusTip(tr("Add a client."));
    m_newProjectAction =
        file->addAction(tr("New &Project for This Client"), this, &MainWindow::newProject);
    m_newProjectAction->setStatusTip(tr("Add a project for the client shown."));
    m_newInvoiceAction =
        file->addAction(tr("New &Invoice for This Client"), this, &MainWindow::newInvoice);
    m_newInvoiceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newInvoiceAction->setStatusTip(tr("Start a draft invoice for the client shown."));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, [this] {
        EditorPane *editor = editorFor(currentPage());
        if (!editor)
            return;
        // A cell still being typed in counts: the shortcut moves no focus to take it in.
        editor->commitPendingEdit();
        if (editor->isDirty() || editor->recordId().isEmpty())
            editor->save();
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_revertAction = file->addAction(tr("&Revert Changes"), this, [this] {
        if (EditorPane *editor = editorFor(currentPage()))
            editor->revert();
    });
    file->addSeparator();
    m_importAction = file->addAction(tr("I&mport CSV…"), this, &MainWindow::importCsv);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import clients or contacts from a CSV file."));
    file->addSeparator();
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setStatusTip(tr("Agency details, appearance, language, locking and security."));
    QAction *lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setStatusTip(tr("Lock the workspace; your passphrase opens it again."));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    m_sessionActions = {newClient, m_importAction};

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    find->setObjectName(QStringLiteral("findAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_columnsMenu = view->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        m_columnsMenu->clear();
        if (ListPage *list = listPage(currentPage()))
            list->fillColumnsMenu(m_columnsMenu);
    });
    QAction *filter = view->addAction(tr("&Filter"), this, [this] {
        if (ListPage *list = listPage(currentPage()))
            list->filters()->focusStatus();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filter->setStatusTip(tr("Choose which rows the list shows."));
    view->addAction(tr("C&lear Filters"), this, [this] {
        if (ListPage *list = listPage(currentPage()))
            list->filters()->clear();
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QList<std::pair<QString, Page>> pages {
        {tr("&Dashboard"), Dashboard},
        {tr("&Clients"), ClientsPage},
        {tr("&Projects"), ProjectsPage},
        {tr("&Invoices"), InvoicesPage},
    };
    for (const auto &[name, page] : pages) {
        QAction *action = go->addAction(name, this, [this, page = page] { showPage(page); });
        action->setShortcut(QKeyCombination(
            Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(page))));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ClientDesk"), this, [this] {
        QMessageBox::about(this, tr("About ClientDesk"),
                           tr("<b>ClientDesk %1</b><p>Clients, projects and invoices for agencies, "
                              "kept encrypted on your computer.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    toolbar->addAction(newClient);
    toolbar->addAction(m_newInvoiceAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search->setMinimumWidth(360);
    m_search->setMaximumWidth(520);
    toolbar->addWidget(m_search);
    toolbar->addAction(lock);
}

void MainWindow::setWorkspaceName(const QString &name)
{
    setWindowTitle(tr("%1 — ClientDesk").arg(name));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(name));
}

void MainWindow::openSession(Session *session, const Lists &lists, SearchService *search)
{
    closeSession();
    m_session = session;
    m_models = lists;
    m_lists.at(0)->setModel(lists.clients);
    m_lists.at(1)->setModel(lists.projects);
    m_lists.at(2)->setModel(lists.invoices);
    for (Page page : {ClientsPage, ProjectsPage, InvoicesPage})
        applyFilters(page);
    m_search->setService(search);
    createEditors();
    connect(session, &Session::recordChanged, this, &MainWindow::recordChanged);

    // Back to where the person was before the lock.
    const Place place = m_place;
    if (!place.clientId.isEmpty())
        openClient(place.clientId);
    if (!place.projectId.isEmpty())
        openProject(place.projectId);
    if (!place.invoiceId.isEmpty())
        openInvoice(place.invoiceId);
    showPage(place.page);
    updateActions();
}

void MainWindow::createEditors()
{
    m_dashboard = new DashboardPage(*m_session, m_dashboardHolder);
    m_dashboardHolder->layout()->addWidget(m_dashboard);
    m_clientEditor = new ClientEditor(*m_session);
    m_projectEditor = new ProjectEditor(*m_session);
    m_invoiceEditor = new InvoiceEditor(*m_session);
    const QList<EditorPane *> panes = editors();
    for (int i = 0; i < panes.size(); ++i) {
        m_details.at(i)->addWidget(panes.at(i));
        m_undoGroup->addStack(panes.at(i)->undoStack());
        connect(panes.at(i), &EditorPane::dirtyChanged, this, &MainWindow::updateActions);
        const auto page = static_cast<Page>(ClientsPage + i);
        connect(panes.at(i), &EditorPane::saved, this,
                [this, page](const QString &id) { followInList(page, id); });
    }
    connectEditors();
    if (EditorPane *editor = editorFor(currentPage()))
        m_undoGroup->setActiveStack(editor->undoStack());
}

void MainWindow::connectEditors()
{
    connect(m_clientEditor, &ClientEditor::projectOpenRequested, this, &MainWindow::openProject);
    connect(m_clientEditor, &ClientEditor::invoiceOpenRequested, this, &MainWindow::openInvoice);
    connect(m_clientEditor, &ClientEditor::newProjectRequested, this, &MainWindow::startProject);
    connect(m_clientEditor, &ClientEditor::newInvoiceRequested, this, &MainWindow::startInvoice);
    connect(m_projectEditor, &ProjectEditor::newInvoiceRequested, this, &MainWindow::startInvoice);
    connect(m_projectEditor, &ProjectEditor::clientOpenRequested, this, &MainWindow::openClient);
    connect(m_projectEditor, &ProjectEditor::invoiceOpenRequested, this, &MainWindow::openInvoice);
    connect(m_invoiceEditor, &InvoiceEditor::invoiceOpenRequested, this, &MainWindow::openInvoice);
    connect(m_dashboard, &DashboardPage::invoicesRequested, this, [this](bool overdueOnly) {
        FilterBar *filters = m_lists.at(InvoicesPage - ClientsPage)->filters();
        filters->clear();
        filters->setOverdueOnly(overdueOnly);
        showPage(InvoicesPage);
    });
    connect(m_dashboard, &DashboardPage::projectOpenRequested, this, &MainWindow::openProject);
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    // Where the person was, for the next unlock; no record data stays.
    m_place.page = currentPage();
    m_place.clientId = m_clientEditor ? m_clientEditor->recordId() : QString();
    m_place.projectId = m_projectEditor ? m_projectEditor->recordId() : QString();
    m_place.invoiceId = m_invoiceEditor ? m_invoiceEditor->recordId() : QString();
    m_session->disconnect(this);
    m_search->setService(nullptr);
    for (ListPage *list : std::as_const(m_lists))
        list->setModel(nullptr);
    for (QStackedWidget *details : std::as_const(m_details))
        details->setCurrentIndex(0);
    for (EditorPane *editor : editors())
        delete editor;
    delete m_dashboard;
    m_dashboard = nullptr;
    m_clientEditor = nullptr;
    m_projectEditor = nullptr;
    m_invoiceEditor = nullptr;
    m_models = {};
    m_session = nullptr;
    updateActions();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

ListPage *MainWindow::listPage(Page page) const
{
    return page == Dashboard ? nullptr : m_lists.value(page - ClientsPage);
}

EditorPane *MainWindow::editorFor(Page page) const
{
    switch (page) {
    case ClientsPage:
        return m_clientEditor;
    case ProjectsPage:
        return m_projectEditor;
    case InvoicesPage:
        return m_invoiceEditor;
    case Dashboard:
        break;
    }
    return nullptr;
}

QList<EditorPane *> MainWindow::editors() const
{
    if (!m_clientEditor)
        return {};
    return {m_clientEditor, m_projectEditor, m_invoiceEditor};
}

void MainWindow::showEditor(Page page)
{
    if (EditorPane *editor = editorFor(page))
        m_details.at(page - ClientsPage)->setCurrentWidget(editor);
    updateActions();
}

void MainWindow::openClient(const QString &id)
{
    if (!m_clientEditor || !m_clientEditor->confirmLeave())
        return;
    m_clientEditor->openClient(id);
    showEditor(ClientsPage);
    followInList(ClientsPage, id);
    showPage(ClientsPage);
}

void MainWindow::openProject(const QString &id)
{
    if (!m_projectEditor || !m_projectEditor->confirmLeave())
        return;
    m_projectEditor->openProject(id);
    showEditor(ProjectsPage);
    followInList(ProjectsPage, id);
    showPage(ProjectsPage);
}

void MainWindow::openInvoice(const QString &id)
{
    if (!m_invoiceEditor || !m_invoiceEditor->confirmLeave())
        return;
    m_invoiceEditor->openInvoice(id);
    showEditor(InvoicesPage);
    followInList(InvoicesPage, id);
    showPage(InvoicesPage);
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchIndex::Kind::Client:
        openClient(hit.id);
        break;
    case SearchIndex::Kind::Contact:
        openClient(hit.clientId);
        break;
    case SearchIndex::Kind::Project:
        openProject(hit.id);
        break;
    case SearchIndex::Kind::Invoice:
        openInvoice(hit.id);
        break;
    }
    if (EditorPane *editor = editorFor(currentPage()))
        editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::followInList(Page page, const QString &id)
{
    ListPage *list = listPage(page);
    if (!list)
        return;
    m_followingList = true;
    // Nothing current when the record is not in the list (a new one): clicking the row that
    // was current before must open it again.
    if (!list->selectId(id) && list->view()->selectionModel())
        list->view()->selectionModel()->clearCurrentIndex();
    m_followingList = false;
}

void MainWindow::listSelectionChanged(Page page, const QString &id)
{
    if (m_followingList || id.isEmpty())
        return;
    EditorPane *editor = editorFor(page);
    if (!editor || editor->recordId() == id)
        return;
    if (!editor->confirmLeave()) {
        // The person stays on the unsaved record: the list goes back to it.
        followInList(page, editor->recordId());
        return;
    }
    switch (page) {
    case ClientsPage:
        m_clientEditor->openClient(id);
        break;
    case ProjectsPage:
        m_projectEditor->openProject(id);
        break;
    case InvoicesPage:
        m_invoiceEditor->openInvoice(id);
        break;
    case Dashboard:
        break;
    }
    showEditor(page);
}

void MainWindow::applyFilters(Page page)
{
    ListPage *list = listPage(page);
    if (!list)
        return;
    const FilterBar *filters = list->filters();
    const QString key = filters->statusKey();
    switch (page) {
    case ClientsPage:
        if (m_models.clients)
            m_models.clients->setFilter(Client::statusFromKey(key), filters->tag());
        break;
    case ProjectsPage:
        if (m_models.projects)
            m_models.projects->setFilter(Project::statusFromKey(key));
        break;
    case InvoicesPage:
        if (m_models.invoices)
            m_models.invoices->setFilter(Invoice::statusFromKey(key), filters->overdueOnly());
        break;
    case Dashboard:
        break;
    }
}

void MainWindow::recordChanged()
{
    // A write anywhere can change what every list shows (a client's name appears in the
    // project and invoice lists): they re-read their current page, which is cheap.
    const QList<std::pair<Page, PagedSqlModel *>> lists {
        {ClientsPage, m_models.clients},
        {ProjectsPage, m_models.projects},
        {InvoicesPage, m_models.invoices},
    };
    for (const auto &[page, model] : lists) {
        if (!model)
            continue;
        model->refresh();
        if (EditorPane *editor = editorFor(page))
            followInList(page, editor->recordId());
    }
    updateActions();
}

void MainWindow::updateActions()
{
    // The navigation is made before the menus.
    if (!m_saveAction)
        return;
    const bool open = m_session;
    for (QAction *action : std::as_const(m_sessionActions))
        action->setEnabled(open);
    EditorPane *editor = editorFor(currentPage());
    // Save stays on while an editor is shown: what is being typed in a table cell is not an
    // edit yet (Save takes it in), so "dirty" alone would hide it.
    m_saveAction->setEnabled(
        editor && m_details.at(currentPage() - ClientsPage)->currentWidget() == editor);
    m_revertAction->setEnabled(editor && editor->isDirty());
    const QString clientId = m_clientEditor ? m_clientEditor->recordId() : QString();
    m_newProjectAction->setEnabled(open && !clientId.isEmpty());
    m_newInvoiceAction->setEnabled(open && !clientId.isEmpty());
}

void MainWindow::newClient()
{
    if (!m_clientEditor || !m_clientEditor->confirmLeave())
        return;
    m_clientEditor->newClient();
    showEditor(ClientsPage);
    followInList(ClientsPage, {});
    showPage(ClientsPage);
    m_clientEditor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::newProject()
{
    if (m_clientEditor && !m_clientEditor->recordId().isEmpty())
        startProject(m_clientEditor->recordId());
}

void MainWindow::newInvoice()
{
    if (m_clientEditor && !m_clientEditor->recordId().isEmpty())
        startInvoice(m_clientEditor->recordId(), {});
}

void MainWindow::startProject(const QString &clientId)
{
    if (!m_projectEditor || !m_projectEditor->confirmLeave())
        return;
    m_projectEditor->newProject(clientId);
    showEditor(ProjectsPage);
    followInList(ProjectsPage, {});
    showPage(ProjectsPage);
}

void MainWindow::startInvoice(const QString &clientId, const QString &projectId)
{
    if (!m_invoiceEditor || !m_invoiceEditor->confirmLeave())
        return;
    m_invoiceEditor->newDraft(clientId, projectId);
    showEditor(InvoicesPage);
    followInList(InvoicesPage, {});
    showPage(InvoicesPage);
}

void MainWindow::importCsv()
{
    if (!m_session)
        return;
    auto *wizard = new CsvImportWizard(*m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

bool MainWindow::confirmLeaveAll()
{
    const QList<EditorPane *> panes = editors();
    for (int i = 0; i < panes.size(); ++i) {
        if (!panes.at(i)->isDirty())
            continue;
        showPage(static_cast<Page>(ClientsPage + i));
        if (!panes.at(i)->confirmLeave())
            return false;
    }
    return true;
}

QStringList MainWindow::saveAllUnattended()
{
    QStringList refused;
    for (EditorPane *editor : editors()) {
        editor->commitPendingEdit();
        if (editor->isDirty() && !editor->save()) {
            refused << editor->recordTitle();
            editor->revert();
        }
    }
    return refused;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window quits ClientDesk; the application decides how (it closes the store).
    event->ignore();
    Q_EMIT quitRequested();
}

} // namespace ClientDesk
