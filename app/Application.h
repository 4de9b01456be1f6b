// SPDX-License-Identifier: GPL-3.0-or-later
// Wires the desktop app: picks the workspace, runs first run or unlock, shows the main window,
// locks.
#pragma once

#include "app/AppPaths.h"
#include "models/crypto/KeyRing.h"
#include "models/crypto/KeyStore.h"
#include "models/crypto/RecoveryKey.h"
#include "models/domain/AgencyProfile.h"
#include "models/domain/Clock.h"

#include <QFutureSynchronizer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QTemporaryDir;

namespace ClientDesk {

class ChangePassphraseDialog;
class ClientsModel;
class FirstRunDialog;
class IdleWatcher;
class InvoicesModel;
class MainWindow;
class ProjectsModel;
class RecoveryKitDialog;
class SearchService;
class Session;
class SettingsDialog;
class UnlockDialog;
class Workspace;

class Application : public QObject
{
    Q_OBJECT

public:
    // `keyStore` is the OS keychain (tests pass a fake); it is called from worker threads.
    Application(AppPaths paths, const Clock &clock, KeyStore &keyStore);
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
    void showRecoveryKit(RecoveryKey key, std::function<void()> done);
    // At start, when "unlock automatically" is on: the keychain, else the unlock dialog.
    void unlockWithKeychain();
    void unlockFromDialog();
    void resetFromDialog();
    // Runs blocking work (key derivation, the keychain, disk) on a worker thread, then
    // `done` on the GUI thread.
    void runInBackground(std::function<void()> work, std::function<void()> done);
    void runKeyWork(std::function<Result<KeyRing>()> work, std::function<void(KeysResult)> done);
    // The unlock dialog's way in, whichever secret it took: open, or say why not.
    void finishUnlock(const KeysResult &keys, const QString &success = {});
    Result<void> openWorkspace(KeyRing keys);
    // Today's backup into backups/ (and pruning), on a worker with its own connection, after
    // each unlock. A backup still running when the workspace locks keeps its copy of the keys
    // until it is done (seconds); locking never starts one.
    void runDailyBackup();
    void showMainWindow();
    void showSettings();
    void setUnlockAutomatically(bool enabled);
    void makeNewRecoveryKit();
    void saveAgencyProfile(const AgencyProfile &profile);
    // Unsaved edits in the agency form: asks Save/Discard/Cancel; false when the person stays.
    bool confirmAgencyEdits();
    // Saves the agency form if it validates (else shows why); true when nothing is left unsaved.
    bool saveAgencyUnattended();
    void showChangePassphrase();
    void changePassphrase();
    void setAutoLockMinutes(int minutes);
    // A warning that does not block the event loop.
    void warn(const QString &title, const QString &message);
    // Lock now (the person asked): unsaved edits are asked about first.
    void lock();
    // Auto-lock after idle: nobody to ask; edits that save are saved.
    void lockUnattended();
    void lockNow();
    void quit();
    // Drops the lists, then the store connection and the keys.
    void closeWorkspace();

    AppPaths m_paths;
    const Clock &m_clock;
    KeyStore &m_keyStore;
    QString m_dir;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Workspace> m_workspace;
    // What the pages share; then the search's worker connection.
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SearchService> m_search;
    // The lists read the workspace's connection: they go before it does.
    std::unique_ptr<ClientsModel> m_clients;
    std::unique_ptr<ProjectsModel> m_projects;
    std::unique_ptr<InvoicesModel> m_invoices;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<UnlockDialog> m_unlock;
    QPointer<SettingsDialog> m_settings;
    QPointer<RecoveryKitDialog> m_recoveryKit;
    QPointer<ChangePassphraseDialog> m_changePassphrase;
    IdleWatcher *m_idle;
    // Told after the next unlock: edits an automatic lock could not save.
    QStringList m_discardedByAutoLock;
    // Bumped by every unlock attempt and by locking: an answer for an older attempt is stale.
    quint64 m_unlockAttempt = 0;
    // Opening on a worker (migration, finishing a rotation) happens one attempt at a time.
    std::mutex m_prepareMutex;
    // Declared last, destroyed first: waits for background work still running (it may write
    // into m_demoDir and uses the clock and the key store) before anything it touches goes.
    QFutureSynchronizer<void> m_background;
};

} // namespace ClientDesk
