// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: Dashboard, Clients, Projects and Invoices, each list beside the editor of
// the record picked in it; the global search; the menus with every action's shortcut; the
// lock. While the workspace is locked it holds no page, editor or record, only layout and
// where the person was, so unlocking returns there.
#pragma once

#include "models/store/SearchHit.h"
#include "ui/Session.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace ClientDesk {

class ClientEditor;
class ClientsModel;
class DashboardPage;
class EditorPane;
class InvoiceEditor;
class InvoicesModel;
class ListPage;
class ProjectEditor;
class ProjectsModel;
class SearchBox;
class SearchService;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { Dashboard, ClientsPage, ProjectsPage, InvoicesPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open workspace's name, shown in the title and the status bar.
    void setWorkspaceName(const QString &name);

    struct Lists
    {
        ClientsModel *clients = nullptr;
        ProjectsModel *projects = nullptr;
        InvoicesModel *invoices = nullptr;
    };
    // The open workspace: its session, lists and search (all outlive the window's use of
    // them until closeSession()). Returns to the page and records shown before the last lock.
    void openSession(Session *session, const Lists &lists, SearchService *search);
    // Drops every page and editor that reads the workspace; call before it closes.
    void closeSession();
    bool hasSession() const { return m_session; }

    Page currentPage() const;
    void showPage(Page page);

    // Unsaved edits anywhere: asks about each (Save, Discard, Cancel). False when the person
    // chose to stay.
    bool confirmLeaveAll();
    // Before an automatic lock nobody is there to ask: edits that save are saved; the titles
    // of the ones the domain refused (discarded) are returned, to tell the person afterwards.
    QStringList saveAllUnattended();

    // Opens a record in its section (asking first if that editor has unsaved edits).
    void openClient(const QString &id);
    void openProject(const QString &id);
    void openInvoice(const QString &id);
    void openSearchHit(const ClientDesk::SearchHit &hit);

    SearchBox *searchBox() const { return m_search; }
    ClientEditor *clientEditor() const { return m_clientEditor; }
    ProjectEditor *projectEditor() const { return m_projectEditor; }
    InvoiceEditor *invoiceEditor() const { return m_invoiceEditor; }
    ListPage *listPage(Page page) const;
    DashboardPage *dashboard() const { return m_dashboard; }

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What the window returns to after a lock.
    struct Place
    {
        Page page = ClientsPage;
        QString clientId;
        QString projectId;
        QString invoiceId;
    };

    void createActions();
    void createNavigation();
    QWidget *makeSection(Page page, ListPage *list);
    void createEditors();
    void connectEditors();
    void applyFilters(Page page);
    void recordChanged();
    void updateActions();
    void newClient();
    void newProject();
    void newInvoice();
    void startProject(const QString &clientId);
    void startInvoice(const QString &clientId, const QString &projectId);
    void importCsv();
    EditorPane *editorFor(Page page) const;
    QList<EditorPane *> editors() const;
    // Shows `editor` in its section's detail area (instead of the "pick one" hint).
    void showEditor(Page page);
    // The list selection follows the record an editor shows.
    void followInList(Page page, const QString &id);
    void listSelectionChanged(Page page, const QString &id);

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    SearchBox *m_search;
    QList<ListPage *> m_lists;
    QList<QStackedWidget *> m_details;
    QLabel *m_storeState;
    QLabel *m_workspaceLabel;
    QUndoGroup *m_undoGroup;
    QMenu *m_columnsMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_newProjectAction = nullptr;
    QAction *m_newInvoiceAction = nullptr;
    QAction *m_importAction = nullptr;
    QList<QAction *> m_sessionActions;

    QPointer<Session> m_session;
    Lists m_models;
    QWidget *m_dashboardHolder = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ClientEditor *m_clientEditor = nullptr;
    ProjectEditor *m_projectEditor = nullptr;
    InvoiceEditor *m_invoiceEditor = nullptr;
    Place m_place;
    bool m_followingList = false;
};

} // namespace ClientDesk
