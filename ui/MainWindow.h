// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: navigation between Clients, Projects and Invoices, the lock, the store's state.
#pragma once

#include <QMainWindow>

class QAbstractItemModel;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ClientDesk {

class ListPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ClientsPage, ProjectsPage, InvoicesPage };

    explicit MainWindow(QWidget *parent = nullptr);

    // The open workspace's name, shown in the title and the status bar.
    void setWorkspaceName(const QString &name);
    Page currentPage() const;
    void showPage(Page page);
    // The lists of the open workspace; nullptr for each while it is locked.
    void setModels(QAbstractItemModel *clients, QAbstractItemModel *projects,
                   QAbstractItemModel *invoices);

Q_SIGNALS:
    void lockRequested();
    void settingsRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QList<ListPage *> m_lists;
    QLabel *m_storeState;
    QLabel *m_workspaceLabel;
};

} // namespace ClientDesk
