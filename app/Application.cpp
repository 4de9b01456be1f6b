// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"

#include "app/AppLog.h"
#include "models/crypto/Passphrase.h"
#include "models/crypto/RecoveryKit.h"
#include "models/itemmodels/ClientsModel.h"
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/AgencyProfileRepository.h"
#include "models/store/DailyBackups.h"
#include "models/store/DemoDataGenerator.h"
#include "models/store/SearchService.h"
#include "models/store/Workspace.h"
#include "ui/AgencyProfileTab.h"
#include "ui/Appearance.h"
#include "ui/ChangePassphraseDialog.h"
#include "ui/ContactDialog.h"
#include "ui/DeliverableDialog.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/InvoiceMail.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/RecoveryKitDialog.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace ClientDesk {

namespace {
const QString LastWorkspaceKey = QStringLiteral("workspace/last");
const QString DemoPassphrase = QStringLiteral("demo");

// File checks, any schema migration and the swap of an interrupted key rotation run here, on
// a worker; the GUI thread then opens the up-to-date store on a connection of its own, with the
// keys this open ended with. One at a time: the keychain and the passphrase may both be trying.
Result<KeyRing> prepare(const QString &dir, KeyRing keys, const Clock &clock, std::mutex &mutex)
{
    const std::lock_guard lock(mutex);
    auto prepared = Workspace::open(dir, std::move(keys), clock);
    if (!prepared)
        return prepared.error();
    return (*prepared)->keyRing();
}
} // namespace

Application::Application(AppPaths paths, const Clock &clock, KeyStore &keyStore)
    : m_paths(std::move(paths))
    , m_clock(clock)
    , m_keyStore(keyStore)
    , m_idle(new IdleWatcher(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &Application::lockUnattended);
    setAutoLockMinutes(Preferences().autoLockMinutes());
}

Application::~Application()
{
    // The dialogs without a parent window are the application's to close.
    delete m_firstRun.data();
    delete m_unlock.data();
    // Work waiting on a keychain prompt ends now instead of holding up the quit.
    m_keyStore.abandonPendingCalls();
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
    if (m_dir.isEmpty() || !Workspace::exists(m_dir))
        showFirstRun();
    else if (Workspace::unlocksAutomatically(m_dir))
        unlockWithKeychain();
    else
        showUnlock();
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
    const bool automatic = m_firstRun->unlockAutomatically();
    auto recoveryKey = std::make_shared<std::optional<RecoveryKey>>();
    auto keychainProblem = std::make_shared<QString>();
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    KeyStore &keyStore = m_keyStore;
    runKeyWork(
        [dir, setup, passphrase, automatic, recoveryKey, keychainProblem, &clock,
         &keyStore]() -> Result<KeyRing> {
            auto created = Workspace::create(dir, setup, passphrase->view(), clock);
            passphrase->clear();
            if (!created)
                return created.error();
            Workspace &workspace = **created;
            *recoveryKey = workspace.takeRecoveryKey();
            if (automatic) {
                // The workspace works without the keychain: a failure here is reported, not
                // fatal, and leaves no entry behind that the key file does not know of.
                auto saved =
                    keyStore.writeMasterKey(workspace.id(), workspace.keyRing().masterKey());
                if (saved && !(saved = workspace.setUnlocksAutomatically(true))) {
                    if (!keyStore.removeMasterKey(workspace.id()))
                        qCWarning(lcApp) << "keychain entry left behind after a failed save";
                }
                if (!saved)
                    *keychainProblem = saved.error().message();
            }
            // The worker's connection closes here; the GUI thread opens its own.
            return workspace.keyRing();
        },
        [this, recoveryKey, keychainProblem](const KeysResult &keys) {
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
                // The workspace exists now, so the way in is the unlock dialog; it says why,
                // and that the recovery kit made with it was never shown.
                showUnlock();
                m_unlock->showError(opened.error().message() + QLatin1Char('\n')
                                    + tr("Your recovery kit could not be shown: once unlocked, "
                                         "make a new one in Settings."));
                return;
            }
            showRecoveryKit(std::move(**recoveryKey), [this, keychainProblem] {
                showMainWindow();
                if (!keychainProblem->isEmpty())
                    warn(tr("Unlock Automatically"),
                         tr("The key could not be kept in the system keychain: %1\n\nClientDesk "
                            "will ask for your passphrase. You can turn this on again in "
                            "Settings.")
                             .arg(*keychainProblem));
            });
        });
}

void Application::showRecoveryKit(RecoveryKey key, std::function<void()> done)
{
    m_recoveryKit = new RecoveryKitDialog(m_workspace->name(), m_workspace->id(), m_clock.now(),
                                          std::move(key), m_mainWindow.get());
    m_recoveryKit->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_recoveryKit, &QDialog::accepted, this, std::move(done));
    m_recoveryKit->show();
}

void Application::showUnlock()
{
    if (!m_unlock) {
        m_unlock = new UnlockDialog;
        m_unlock->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_unlock, &UnlockDialog::unlockRequested, this, &Application::unlockFromDialog);
        connect(m_unlock, &UnlockDialog::resetRequested, this, &Application::resetFromDialog);
        connect(m_unlock, &QDialog::rejected, qApp, &QApplication::quit);
    }
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void Application::unlockWithKeychain()
{
    // The keychain may be waiting for its own password prompt: the passphrase can be typed
    // meanwhile, and whichever opens the workspace first wins.
    showUnlock();
    m_unlock->showNotice(
        tr("Unlocking with the system keychain… You can also enter your passphrase."));
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    KeyStore &keyStore = m_keyStore;
    std::mutex &mutex = m_prepareMutex;
    const quint64 attempt = ++m_unlockAttempt;
    runKeyWork(
        [dir, &clock, &keyStore, &mutex]() -> Result<KeyRing> {
            auto keys = Workspace::unlockWithKeyStore(dir, keyStore);
            if (!keys)
                return keys;
            return prepare(dir, std::move(keys.value()), clock, mutex);
        },
        [this, attempt](const KeysResult &keys) {
            // A passphrase typed meanwhile, or a lock since, makes this answer stale: a late
            // keychain answer never opens a workspace nobody asked to open.
            if (attempt != m_unlockAttempt || !m_unlock || m_unlock->isBusy() || m_workspace)
                return;
            if (*keys) {
                finishUnlock(keys);
                return;
            }
            // Never a new key: the passphrase or the recovery key still open the workspace.
            m_unlock->showNotice(tr("ClientDesk could not unlock by itself: %1\nEnter your "
                                    "passphrase, or use your recovery key.")
                                     .arg(keys->error().message()));
        });
}

void Application::unlockFromDialog()
{
    auto passphrase = std::make_shared<SecretBytes>(Passphrase::encode(m_unlock->passphrase()));
    m_unlock->clearPassphrase();
    m_unlock->setBusy(true);
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    std::mutex &mutex = m_prepareMutex;
    const quint64 attempt = ++m_unlockAttempt;
    runKeyWork(
        [dir, passphrase, &clock, &mutex]() -> Result<KeyRing> {
            auto keys = Workspace::unlock(dir, passphrase->view());
            passphrase->clear();
            if (!keys)
                return keys;
            return prepare(dir, std::move(keys.value()), clock, mutex);
        },
        [this, attempt](const KeysResult &keys) {
            if (attempt == m_unlockAttempt && m_unlock)
                finishUnlock(keys);
        });
}

void Application::resetFromDialog()
{
    auto keyText = std::make_shared<QString>(m_unlock->recoveryKeyText());
    auto passphrase = std::make_shared<SecretBytes>(Passphrase::encode(m_unlock->newPassphrase()));
    m_unlock->clearPassphrase();
    m_unlock->setBusy(true);
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    std::mutex &mutex = m_prepareMutex;
    const quint64 attempt = ++m_unlockAttempt;
    runKeyWork(
        [dir, keyText, passphrase, &clock, &mutex]() -> Result<KeyRing> {
            auto recoveryKey = RecoveryKit::findKey(*keyText);
            keyText->fill(QLatin1Char('\0'));
            if (!recoveryKey)
                return recoveryKey.error();
            auto keys = Workspace::unlockWithRecoveryKey(dir, *recoveryKey);
            if (!keys)
                return keys;
            const std::lock_guard lock(mutex);
            auto workspace = Workspace::open(dir, std::move(keys.value()), clock);
            if (!workspace)
                return workspace.error();
            auto changed = (*workspace)->changePassphrase(passphrase->view());
            passphrase->clear();
            if (!changed)
                return changed.error();
            return (*workspace)->keyRing();
        },
        [this, attempt](const KeysResult &keys) {
            if (attempt == m_unlockAttempt && m_unlock)
                finishUnlock(keys,
                             tr("Your new passphrase is set. Your recovery kit still works."));
        });
}

void Application::finishUnlock(const KeysResult &keys, const QString &success)
{
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
    if (!success.isEmpty())
        m_mainWindow->statusBar()->showMessage(success, 15000);
}

void Application::runInBackground(std::function<void()> work, std::function<void()> done)
{
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [watcher, done] {
        watcher->deleteLater();
        done();
    });
    const QFuture<void> future = QtConcurrent::run(std::move(work));
    m_background.addFuture(future);
    watcher->setFuture(future);
}

void Application::runKeyWork(std::function<Result<KeyRing>()> work,
                             std::function<void(KeysResult)> done)
{
    auto result = std::make_shared<KeysResult>();
    runInBackground([work, result] { *result = std::make_shared<Result<KeyRing>>(work()); },
                    [done, result] { done(*result); });
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
    m_session = std::make_unique<Session>(*m_workspace, m_clock);
    m_search = std::make_unique<SearchService>(Workspace::storePath(m_dir),
                                               m_workspace->keyRing().dataKey(), m_clock);
    runDailyBackup();
    // Invoice PDFs handed to the mail program are kept a day, then go (even if Email… is not
    // used again).
    const QDateTime now = m_clock.now();
    runInBackground([now] { InvoiceMail::removeExpired(InvoiceMail::outgoingFolder(), now); },
                    [] {});
    return {};
}

void Application::runDailyBackup()
{
    // The throw-away demo keeps no backups.
    if (!m_workspace || m_demoDir)
        return;
    const QString dir = m_dir;
    auto keys = std::make_shared<KeyRing>(m_workspace->keyRing());
    auto result = std::make_shared<std::optional<Result<QString>>>();
    const Clock &clock = m_clock;
    runInBackground(
        [dir, keys, result, &clock] { result->emplace(DailyBackups(clock).run(dir, *keys)); },
        [this, result] {
            const Result<QString> &done = **result;
            if (done) {
                if (!done->isEmpty())
                    qCInfo(lcApp) << "daily backup written";
                return;
            }
            qCWarning(lcApp) << "daily backup failed with exit code" << done.error().exitCode();
            if (m_mainWindow && m_mainWindow->isVisible())
                m_mainWindow->statusBar()->showMessage(
                    tr("Today's automatic backup failed: %1").arg(done.error().message()));
        });
}

void Application::closeWorkspace()
{
    m_idle->stop();
    if (m_mainWindow)
        m_mainWindow->closeSession();
    m_clients.reset();
    m_projects.reset();
    m_invoices.reset();
    m_search.reset();
    m_session.reset();
    m_workspace.reset();
}

void Application::showMainWindow()
{
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>();
        connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &Application::lock);
        connect(m_mainWindow.get(), &MainWindow::settingsRequested, this,
                &Application::showSettings);
        connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &Application::quit);
    }
    m_mainWindow->setWorkspaceName(m_workspace->name());
    m_mainWindow->openSession(
        m_session.get(), {m_clients.get(), m_projects.get(), m_invoices.get()}, m_search.get());
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
    m_idle->start();
    if (!m_discardedByAutoLock.isEmpty()) {
        warn(tr("Changes Not Saved"),
             tr("ClientDesk locked itself while these had changes it could not save, so they "
                "were discarded:\n\n%1")
                 .arg(std::exchange(m_discardedByAutoLock, {}).join(QLatin1Char('\n'))));
    }
}

void Application::showSettings()
{
    if (!m_workspace)
        return;
    if (!m_settings) {
        m_settings = new SettingsDialog(m_mainWindow.get());
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &SettingsDialog::unlockAutomaticallyToggled, this,
                &Application::setUnlockAutomatically);
        connect(m_settings, &SettingsDialog::newRecoveryKitRequested, this,
                &Application::makeNewRecoveryKit);
        connect(m_settings, &SettingsDialog::agencyProfileSaveRequested, this,
                &Application::saveAgencyProfile);
        connect(m_settings, &SettingsDialog::changePassphraseRequested, this,
                &Application::showChangePassphrase);
        connect(m_settings, &SettingsDialog::appearanceChanged, this,
                [](Preferences::Appearance appearance) { Appearance::apply(appearance); });
        connect(m_settings, &SettingsDialog::autoLockChanged, this,
                &Application::setAutoLockMinutes);
    }
    m_settings->setUnlocksAutomatically(m_workspace->unlocksAutomatically());
    // Shown again while open: edits not yet saved in the agency form stay.
    if (!m_settings->agencyTab()->isModified()) {
        if (auto profile = AgencyProfileRepository(m_workspace->store(), m_workspace->id()).load())
            m_settings->setAgencyProfile(*profile);
        else
            m_settings->showAgencyMessage(profile.error().message(), true);
    }
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void Application::setUnlockAutomatically(bool enabled)
{
    if (!m_workspace)
        return;
    const QString id = m_workspace->id();
    if (!enabled) {
        // Off at once in the key file, so the keychain is no longer a way in even if the
        // entry cannot be removed right now.
        if (auto saved = m_workspace->setUnlocksAutomatically(false); !saved) {
            m_settings->setUnlocksAutomatically(true);
            m_settings->showKeychainMessage(saved.error().message());
            return;
        }
    }
    auto masterKey = std::make_shared<SecretBytes>(m_workspace->keyRing().masterKey().clone());
    auto result = std::make_shared<std::optional<Result<void>>>();
    KeyStore &keyStore = m_keyStore;
    m_settings->setKeychainBusy(true);
    runInBackground(
        [enabled, id, masterKey, result, &keyStore] {
            result->emplace(enabled ? keyStore.writeMasterKey(id, *masterKey)
                                    : keyStore.removeMasterKey(id));
            masterKey->clear();
        },
        [this, enabled, id, result, &keyStore] {
            Result<void> done = **result;
            const bool sameWorkspace = m_workspace && m_workspace->id() == id;
            const bool written = done && enabled;
            if (written && sameWorkspace)
                done = m_workspace->setUnlocksAutomatically(true);
            // A key in the keychain that the key file does not know of is taken out again.
            if (written && (!done || !sameWorkspace)) {
                runInBackground(
                    [id, &keyStore] {
                        if (!keyStore.removeMasterKey(id))
                            qCWarning(lcApp) << "keychain entry left behind";
                    },
                    [] {});
            }
            if (!m_settings)
                return;
            m_settings->setKeychainBusy(false);
            m_settings->setUnlocksAutomatically(sameWorkspace
                                                && m_workspace->unlocksAutomatically());
            if (!done)
                m_settings->showKeychainMessage(
                    enabled ? tr("Could not keep the key in the system keychain: %1")
                                  .arg(done.error().message())
                            : tr("Turned off, but the key could not be removed from the system "
                                 "keychain: %1 Remove the \"ClientDesk\" entry there yourself.")
                                  .arg(done.error().message()));
            else
                m_settings->showKeychainMessage(
                    enabled ? tr("This device now unlocks the workspace by itself.")
                            : tr("Turned off, and the key was removed from the system keychain."));
        });
}

void Application::makeNewRecoveryKit()
{
    if (!m_workspace || m_recoveryKit)
        return;
    auto key = std::make_shared<std::optional<RecoveryKey>>(RecoveryKey::generate());
    auto prepared = std::make_shared<KeyFile>(m_workspace->keyFile());
    auto keys = std::make_shared<KeyRing>(m_workspace->keyRing());
    const QString id = m_workspace->id();
    runInBackground(
        [key, prepared, keys] {
            keys->writeRecoverySlot(*prepared, **key, ScryptKdf::Params::interactive());
        },
        [this, key, prepared, id] {
            // Locked in the meantime: nothing changes, and the old kit stays valid.
            if (!m_workspace || m_workspace->id() != id)
                return;
            // The new slot goes in only once the person has confirmed they kept the new key:
            // until then the old kit is the one that works.
            showRecoveryKit(std::move(**key), [this, prepared, id] {
                if (!m_workspace || m_workspace->id() != id)
                    return;
                if (auto installed = m_workspace->installRecoverySlot(*prepared); !installed) {
                    warn(tr("New Recovery Kit"),
                         tr("The new recovery kit could not be saved: %1\n\nThe kit you just "
                            "saved does not work; your previous recovery kit still does.")
                             .arg(installed.error().message()));
                    return;
                }
                m_mainWindow->statusBar()->showMessage(
                    tr("The new recovery kit is in force; the previous one no longer works."),
                    15000);
            });
        });
}

void Application::warn(const QString &title, const QString &message)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_mainWindow.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Application::saveAgencyProfile(const AgencyProfile &profile)
{
    if (!m_workspace || !m_settings)
        return;
    AgencyProfileRepository profiles(m_workspace->store(), m_workspace->id());
    if (auto saved = profiles.save(profile); !saved) {
        m_settings->showAgencyMessage(saved.error().message(), true);
        return;
    }
    if (auto stored = profiles.load())
        m_settings->setAgencyProfile(*stored);
    m_settings->showAgencyMessage(tr("Saved. New invoices and PDFs use these details."), false);
    m_session->notifyChanged(Session::Record::AgencyProfile, {});
}

void Application::showChangePassphrase()
{
    if (!m_workspace || m_changePassphrase)
        return;
    m_changePassphrase = new ChangePassphraseDialog(m_settings ? static_cast<QWidget *>(m_settings)
                                                               : m_mainWindow.get());
    m_changePassphrase->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changePassphrase, &ChangePassphraseDialog::changeRequested, this,
            &Application::changePassphrase);
    m_changePassphrase->open();
}

void Application::changePassphrase()
{
    auto current =
        std::make_shared<SecretBytes>(Passphrase::encode(m_changePassphrase->currentPassphrase()));
    auto next =
        std::make_shared<SecretBytes>(Passphrase::encode(m_changePassphrase->newPassphrase()));
    m_changePassphrase->clearPassphrases();
    m_changePassphrase->setBusy(true);
    const QString dir = m_dir;
    const Clock &clock = m_clock;
    std::mutex &mutex = m_prepareMutex;
    auto result = std::make_shared<std::optional<Result<void>>>();
    runInBackground(
        [dir, current, next, result, &clock, &mutex] {
            // The current passphrase proves it is the owner at the keyboard; the change then
            // re-wraps the master key (the store is not touched).
            auto keys = Workspace::unlock(dir, current->view());
            current->clear();
            if (!keys) {
                result->emplace(keys.error());
                next->clear();
                return;
            }
            const std::lock_guard lock(mutex);
            auto workspace = Workspace::open(dir, std::move(keys.value()), clock);
            if (!workspace) {
                result->emplace(workspace.error());
                next->clear();
                return;
            }
            result->emplace((*workspace)->changePassphrase(next->view()));
            next->clear();
        },
        [this, result] {
            if (!m_changePassphrase)
                return;
            if (!**result) {
                m_changePassphrase->showError((*result)->error().message());
                return;
            }
            m_changePassphrase->setBusy(false);
            m_changePassphrase->accept();
            if (m_mainWindow)
                m_mainWindow->statusBar()->showMessage(
                    tr("Your new passphrase is set. Your recovery kit still works."), 15000);
        });
}

void Application::setAutoLockMinutes(int minutes)
{
    m_idle->setTimeout(std::chrono::minutes(std::max(0, minutes)));
}

void Application::quit()
{
    if (!confirmAgencyEdits())
        return;
    if (m_mainWindow && m_mainWindow->hasSession() && !m_mainWindow->confirmLeaveAll())
        return;
    QApplication::quit();
}

void Application::lock()
{
    // The new passphrase is being written: locking now would leave the person unsure which
    // one opens the workspace.
    if (m_changePassphrase && m_changePassphrase->isBusy()) {
        m_mainWindow->statusBar()->showMessage(
            tr("Finishing the passphrase change; lock again in a moment."), 5000);
        return;
    }
    if (!confirmAgencyEdits())
        return;
    if (m_mainWindow && !m_mainWindow->confirmLeaveAll())
        return;
    lockNow();
}

bool Application::confirmAgencyEdits()
{
    if (!m_settings || !m_settings->agencyTab()->isModified())
        return true;
    m_settings->showPage(SettingsDialog::Page::Agency);
    m_settings->raise();
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("Save your changes to the agency details?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_settings);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Discard:
        return true;
    case QMessageBox::Save:
        return saveAgencyUnattended();
    default:
        return false;
    }
}

bool Application::saveAgencyUnattended()
{
    const AgencyProfile profile = m_settings->agencyProfile();
    if (auto valid = profile.validate(); !valid) {
        m_settings->showAgencyMessage(valid.error().message(), true);
        return false;
    }
    saveAgencyProfile(profile);
    return !m_settings->agencyTab()->isModified();
}

void Application::lockUnattended()
{
    if (!m_workspace)
        return;
    // A question on screen (save changes? issue this invoice?) runs its own event loop inside
    // the code that asked: it is closed first, and the lock comes once that code is done.
    if (QWidget *modal = QApplication::activeModalWidget()) {
        // A contact or deliverable being added is saved if it can be, like the editors' edits.
        if (qobject_cast<ContactDialog *>(modal) || qobject_cast<DeliverableDialog *>(modal)) {
            static_cast<QDialog *>(modal)->accept();
            if (modal->isVisible())
                m_discardedByAutoLock << modal->windowTitle();
        }
        modal->close();
        QTimer::singleShot(200, this, &Application::lockUnattended);
        return;
    }
    if (m_settings && m_settings->agencyTab()->isModified() && !saveAgencyUnattended())
        m_discardedByAutoLock << tr("Agency details (Settings)");
    if (m_mainWindow)
        m_discardedByAutoLock += m_mainWindow->saveAllUnattended();
    qCInfo(lcApp) << "locking after the idle time";
    lockNow();
}

void Application::lockNow()
{
    ++m_unlockAttempt;
    if (m_settings)
        m_settings->close();
    delete m_changePassphrase.data();
    // The recovery key is never left on screen; a new kit not yet confirmed is not installed.
    delete m_recoveryKit.data();
    // Closing the store and dropping the keys is the lock; the window keeps only layout state.
    closeWorkspace();
    m_mainWindow->hide();
    qCInfo(lcApp) << "workspace locked";
    showUnlock();
}

} // namespace ClientDesk
