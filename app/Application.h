// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the desktop app: picks the workspace, runs first run or unlock, shows the main window,
// locks.
#pragma once

#include "app/AppPaths.h"
#include "models/crypto/KeyRing.h"
#include "models/domain/Clock.h"

#include <QFutureSynchronizer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace ClientDesk {

class ClientsModel;
class FirstRunDialog;
class InvoicesModel;
class MainWindow;
class ProjectsModel;
class UnlockDialog;
class Workspace;

class Application : public QObject
{
    Q_OBJECT

public:
    Application(AppPaths paths, const Clock &clock);
    ~Application() override;

    // Reads --workspace DIR and --demo and shows the first window. Returns an exit code when
    // the app should end at once (--help, --version, arguments that make no sense).
    std::optional<int> start(const QStringList &arguments);

private:
    using KeysResult = std::shared_ptr<Result<KeyRing>>;

    void startDemo();
    void showFirstRun();
    void showUnlock();
    void createFromFirstRun();
    void unlockFromDialog();
    // Runs the slow key work on a worker thread, then `done` on the GUI thread.
    void runKeyWork(std::function<Result<KeyRing>()> work, std::function<void(KeysResult)> done);
    Result<void> openWorkspace(KeyRing keys);
    void showMainWindow();
    void lock();
    // Drops the lists, then the store connection and the keys.
    void closeWorkspace();

    AppPaths m_paths;
    const Clock &m_clock;
    QString m_dir;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Workspace> m_workspace;
    // The lists read the workspace's connection: they go before it does.
    std::unique_ptr<ClientsModel> m_clients;
    std::unique_ptr<ProjectsModel> m_projects;
    std::unique_ptr<InvoicesModel> m_invoices;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<UnlockDialog> m_unlock;
    // Declared last, destroyed first: waits for key work still running (it may write into
    // m_demoDir and uses the clock) before anything it touches goes away.
    QFutureSynchronizer<KeysResult> m_keyWork;
};

} // namespace ClientDesk
