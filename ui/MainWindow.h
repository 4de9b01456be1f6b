// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: navigation between Clients, Projects and Invoices, the lock, the store's state.
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ClientDesk {

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

Q_SIGNALS:
    void lockRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();
    QWidget *emptyPage(const QString &title, const QString &text);

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_storeState;
    QLabel *m_workspaceLabel;
};

} // namespace ClientDesk
