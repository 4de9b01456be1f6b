// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"

#include "app/AppLog.h"
#include "models/crypto/Passphrase.h"
#include "models/itemmodels/ClientsModel.h"
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/DemoDataGenerator.h"
#include "models/store/Workspace.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFutureWatcher>
#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace ClientDesk {

namespace {
const QString LastWorkspaceKey = QStringLiteral("workspace/last");
const QString DemoPassphrase = QStringLiteral("demo");
} // namespace

Application::Application(AppPaths paths, const Clock &clock)
    : m_paths(std::move(paths))
    , m_clock(clock)
{ }

Application::~Application()
{
    m_mainWindow.reset();
    closeWorkspace();
}

std::optional<int> Application::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ClientDesk: clients, projects and invoices for agencies."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("Open the workspace in DIR (or create it there)."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        tr("Open a throw-away demo workspace (passphrase: demo)."));
    parser.addOption(workspaceOption);
    parser.addOption(demoOption);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 1;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        std::fprintf(stdout, "%s\n",
                     qPrintable(parser.isSet(helpOption) ? parser.helpText()
                                                         : QApplication::applicationVersion()));
        return 0;
    }
    if (parser.isSet(demoOption)) {
        startDemo();
        return std::nullopt;
    }
    if (parser.isSet(workspaceOption)) {
        m_dir = QDir(parser.value(workspaceOption)).absolutePath();
    } else {
        const QStringList existing = m_paths.existingWorkspaces();
        const QString last = QSettings().value(LastWorkspaceKey).toString();
        m_dir = existing.contains(last) ? last : existing.value(0);
    }
    if (!m_dir.isEmpty() && Workspace::exists(m_dir))
        showUnlock();
    else
        showFirstRun();
    return std::nullopt;
}

void Application::startDemo()
{
    m_demoDir = std::make_unique<QTemporaryDir>();
    m_dir = m_demoDir->filePath(QStringLiteral("workspace"));
    std::fprintf(stdout, "%s\n",
                 qPrintable(tr("Demo workspace (throw-away, deleted when ClientDesk quits). "
                               "Its passphrase is: %1")
                                .arg(DemoPassphrase)));
    std::fflush(stdout);
    WorkspaceSetup setup;
    setup.workspaceName = tr("Demo Agency");
    setup.ownerName = tr("Demo User");
    setup.ownerEmail = QStringLiteral("demo@example.com");
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    runKeyWork(
        [dir, setup, &clock]() -> Result<KeyRing> {
            const SecretBytes passphrase = Passphrase::encode(DemoPassphrase);
            auto created = Workspace::create(dir, setup, passphrase.view(), clock);
            if (!created)
                return created.error();
            // The demo shows a workspace in use: the seeded S data set (DATA.md).
            if (auto filled = DemoDataGenerator((*created)->store(), 2026)
                                  .generate(DemoDataGenerator::Size::S);
                !filled)
                return filled.error();
            return (*created)->keyRing();
        },
        [this](const KeysResult &keys) {
            if (!*keys || !openWorkspace(std::move(keys->value()))) {
                qCCritical(lcApp) << "the demo workspace could not be created";
                QApplication::exit(1);
                return;
            }
            showMainWindow();
        });
}

void Application::showFirstRun()
{
    m_firstRun = new FirstRunDialog;
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &FirstRunDialog::createRequested, this, &Application::createFromFirstRun);
    connect(m_firstRun, &QDialog::rejected, qApp, &QApplication::quit);
    m_firstRun->show();
}

void Application::createFromFirstRun()
{
    WorkspaceSetup setup = m_firstRun->setup();
    if (m_dir.isEmpty()) {
        setup.workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_dir = m_paths.workspaceDir(setup.workspaceId);
    }
    auto passphrase = std::make_shared<SecretBytes>(Passphrase::encode(m_firstRun->passphrase()));
    m_firstRun->clearPassphrases();
    m_firstRun->setBusy(true);
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    runKeyWork(
        [dir, setup, passphrase, &clock]() -> Result<KeyRing> {
            auto created = Workspace::create(dir, setup, passphrase->view(), clock);
            passphrase->clear();
            if (!created)
                return created.error();
            // The worker's connection closes here; the GUI thread opens its own.
            return (*created)->keyRing();
        },
        [this](const KeysResult &keys) {
            if (!m_firstRun)
                return;
            if (!*keys) {
                // Nothing was created (Workspace::create builds aside): fix and try again.
                m_firstRun->showError(keys->error().message());
                return;
            }
            QSettings().setValue(LastWorkspaceKey, m_dir);
            m_firstRun->disconnect(this);
            m_firstRun->accept();
            if (auto opened = openWorkspace(std::move(keys->value())); !opened) {
                // The workspace exists now, so the way in is the unlock dialog; it says why.
                showUnlock();
                m_unlock->showError(opened.error().message());
                return;
            }
            showMainWindow();
        });
}

void Application::showUnlock()
{
    if (!m_unlock) {
        m_unlock = new UnlockDialog;
        m_unlock->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_unlock, &UnlockDialog::unlockRequested, this, &Application::unlockFromDialog);
        connect(m_unlock, &QDialog::rejected, qApp, &QApplication::quit);
    }
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void Application::unlockFromDialog()
{
    auto passphrase = std::make_shared<SecretBytes>(Passphrase::encode(m_unlock->passphrase()));
    m_unlock->clearPassphrase();
    m_unlock->setBusy(true);
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    runKeyWork(
        [dir, passphrase, &clock]() -> Result<KeyRing> {
            auto keys = Workspace::unlock(dir, passphrase->view());
            passphrase->clear();
            if (!keys)
                return keys;
            // File checks and any schema migration run here, off the GUI thread; the GUI
            // thread then opens the up-to-date store on a connection of its own.
            auto prepared = Workspace::open(dir, keys->clone(), clock);
            if (!prepared)
                return prepared.error();
            return keys;
        },
        [this](const KeysResult &keys) {
            if (!m_unlock)
                return;
            Result<void> opened =
                *keys ? openWorkspace(std::move(keys->value())) : Result<void>(keys->error());
            if (!opened) {
                m_unlock->showError(opened.error().message());
                return;
            }
            QSettings().setValue(LastWorkspaceKey, m_dir);
            m_unlock->disconnect(this);
            m_unlock->accept();
            showMainWindow();
        });
}

void Application::runKeyWork(std::function<Result<KeyRing>()> work,
                             std::function<void(KeysResult)> done)
{
    auto *watcher = new QFutureWatcher<KeysResult>(this);
    connect(watcher, &QFutureWatcher<KeysResult>::finished, this, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    const QFuture<KeysResult> future =
        QtConcurrent::run([work] { return std::make_shared<Result<KeyRing>>(work()); });
    m_keyWork.addFuture(future);
    watcher->setFuture(future);
}

Result<void> Application::openWorkspace(KeyRing keys)
{
    auto workspace = Workspace::open(m_dir, std::move(keys), m_clock);
    if (!workspace)
        return workspace.error();
    m_workspace = std::move(workspace.value());
    const QSqlDatabase db = m_workspace->store().database();
    m_clients = std::make_unique<ClientsModel>(db);
    m_projects = std::make_unique<ProjectsModel>(db);
    m_invoices = std::make_unique<InvoicesModel>(db, m_clock);
    return {};
}

void Application::closeWorkspace()
{
    if (m_mainWindow)
        m_mainWindow->setModels(nullptr, nullptr, nullptr);
    m_clients.reset();
    m_projects.reset();
    m_invoices.reset();
    m_workspace.reset();
}

void Application::showMainWindow()
{
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>();
        connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &Application::lock);
        connect(m_mainWindow.get(), &MainWindow::quitRequested, qApp, &QApplication::quit);
    }
    m_mainWindow->setWorkspaceName(m_workspace->name());
    m_mainWindow->setModels(m_clients.get(), m_projects.get(), m_invoices.get());
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
}

void Application::lock()
{
    // Closing the store and dropping the keys is the lock; the window keeps only layout state.
    closeWorkspace();
    m_mainWindow->hide();
    qCInfo(lcApp) << "workspace locked";
    showUnlock();
}

} // namespace ClientDesk
