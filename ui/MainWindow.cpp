// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "ui/ListPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace ClientDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_storeState(new QLabel(this))
    , m_workspaceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClientDesk"));
    createNavigation();
    createActions();

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
                                "unlocked now. Lock it with Ctrl+L."));
    m_workspaceLabel->setAccessibleName(tr("Open workspace"));
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(lockIcon);
    statusBar()->addWidget(m_storeState);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    resize(1100, 720);
}

void MainWindow::createNavigation()
{
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(200);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    const QList<std::pair<QString, QStyle::StandardPixmap>> sections {
        {tr("Clients"), QStyle::SP_DirHomeIcon},
        {tr("Projects"), QStyle::SP_DirIcon},
        {tr("Invoices"), QStyle::SP_FileIcon},
    };
    for (const auto &[name, icon] : sections)
        new QListWidgetItem(style()->standardIcon(icon), name, m_navigation);

    m_lists = {
        new ListPage(QStringLiteral("clients"), tr("No clients yet"),
                     tr("Clients you add or import appear here, with their contacts, projects "
                        "and invoices."),
                     nullptr, m_pages),
        new ListPage(QStringLiteral("projects"), tr("No projects yet"),
                     tr("Projects and their deliverables appear here once you add them for a "
                        "client."),
                     nullptr, m_pages),
        new ListPage(QStringLiteral("invoices"), tr("No invoices yet"),
                     tr("Draft, issued and paid invoices appear here."), nullptr, m_pages),
    };
    for (ListPage *list : std::as_const(m_lists))
        m_pages->addWidget(list);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(ClientsPage);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setStatusTip(tr("Lock the workspace; your passphrase opens it again."));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setStatusTip(tr("Unlocking, the recovery kit and other settings."));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QList<std::pair<QString, Page>> pages {
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
}

void MainWindow::setModels(QAbstractItemModel *clients, QAbstractItemModel *projects,
                           QAbstractItemModel *invoices)
{
    m_lists.at(ClientsPage)->setModel(clients);
    m_lists.at(ProjectsPage)->setModel(projects);
    m_lists.at(InvoicesPage)->setModel(invoices);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window quits ClientDesk; the application decides how (it closes the store).
    event->ignore();
    Q_EMIT quitRequested();
}

void MainWindow::setWorkspaceName(const QString &name)
{
    setWindowTitle(tr("%1 — ClientDesk").arg(name));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(name));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

} // namespace ClientDesk
