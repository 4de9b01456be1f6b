// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the desktop app end to end: first run creates the workspace, Ctrl+L locks it, a wrong
// passphrase is explained, the right one returns to the main window.
#include "app/Application.h"
#include "models/domain/SystemClock.h"
#include "models/itemmodels/PagedSqlModel.h"
#include "models/store/ClientRepository.h"
#include "models/store/DailyBackups.h"
#include "models/store/Workspace.h"
#include "tests/support/FailingKeyStore.h"
#include "tests/support/GatedKeyStore.h"
#include "tests/support/InMemoryKeyStore.h"
#include "tests/support/TempWorkspace.h"
#include "ui/ClientEditor.h"
#include "ui/FirstRunDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/RecoveryKitDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstRunLockAndUnlock();
    void damagedStoreIsExplainedInTheUnlockDialog();
    void keychainUnlocksWithoutPassphrase();
    void lockedKeychainAsksForThePassphrase();
    void recoveryKeyResetsThePassphraseInTheUnlockDialog();
    void settingsTurnAutomaticUnlockOnAndOff();
    void interruptedKeyRotationStillUnlocks();
    void lateKeychainAnswerAfterLockOpensNothing();
    void autoLockSavesWhatItCanAndSaysWhatItCouldNot();
    void autoLockSavesAContactBeingAdded();

private:
    // The kit dialog's key as shown, then its check filled in and Done pressed.
    static QString confirmRecoveryKit();
    template<typename T>
    static T *visible();
    static QLineEdit *field(QWidget *parent, const QString &accessibleName);
    static void press(QWidget *parent, const QString &buttonText);
    // The app on a TempWorkspace's folder, started: the unlock dialog or, with the keychain, the
    // main window comes next.
    std::unique_ptr<Application> startOn(const TempWorkspace &temp, KeyStore &keyStore);
    // TempWorkspace's passphrase typed into the unlock dialog, and Unlock pressed.
    static void typePassphrase(UnlockDialog *unlock);
    // The same once the unlock dialog shows; the main window it opens (nullptr on failure).
    static MainWindow *unlockWithPassphrase();
    // Lets the idle watch fire after 300 ms and waits for the lock; then turns it off.
    static void waitForAutoLock(IdleWatcher *idle, const MainWindow *window);

    SystemClock m_clock;
};

template<typename T>
T *TestApplication::visible()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *typed = qobject_cast<T *>(widget); typed && typed->isVisible())
            return typed;
    }
    return nullptr;
}

QLineEdit *TestApplication::field(QWidget *parent, const QString &accessibleName)
{
    const auto edits = parent->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void TestApplication::press(QWidget *parent, const QString &buttonText)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (QString(button->text()).remove(QLatin1Char('&'))
            == QString(buttonText).remove(QLatin1Char('&'))) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no button ") + buttonText));
}

void TestApplication::firstRunLockAndUnlock()
{
    QTemporaryDir home;
    SystemClock clock;
    InMemoryKeyStore keychain;
    Application application(AppPaths(home.path()), clock, keychain);
    QVERIFY(!application.start({QStringLiteral("clientdesk")}));

    auto *firstRun = visible<FirstRunDialog>();
    QVERIFY(firstRun);
    const QString passphrase = QStringLiteral("orange staple violin harbour");
    QTest::keyClicks(field(firstRun, QStringLiteral("Workspace name")),
                     QStringLiteral("Atelier Nord"));
    QTest::keyClicks(field(firstRun, QStringLiteral("Your name")), QStringLiteral("Ines Roux"));
    QTest::keyClicks(field(firstRun, QStringLiteral("Your email")),
                     QStringLiteral("ines@atelier.test"));
    QTest::keyClicks(field(firstRun, QStringLiteral("Passphrase")), passphrase);
    QTest::keyClicks(field(firstRun, QStringLiteral("Repeat passphrase")), passphrase);
    press(firstRun, QStringLiteral("Create workspace"));
    // Escape while the keys are being made does not abandon the work half-way.
    QTest::keyClick(firstRun, Qt::Key_Escape);
    QVERIFY(firstRun->isVisible() || visible<MainWindow>());

    // The recovery kit comes first, once, and the main window only after its check.
    const QString recoveryKey = confirmRecoveryKit();
    QVERIFY(!recoveryKey.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    auto *window = visible<MainWindow>();
    QCOMPARE(window->windowTitle(), QStringLiteral("Atelier Nord — ClientDesk"));
    // Left off at first run: nothing in the keychain.
    QCOMPARE(keychain.size(), 0);
    bool encryptedShown = false;
    const auto labels = window->statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels)
        encryptedShown |= label->text() == QStringLiteral("Encrypted · Unlocked");
    QVERIFY(encryptedShown);
    QCOMPARE(AppPaths(home.path()).existingWorkspaces().size(), 1);

    window->showPage(MainWindow::InvoicesPage);
    // The main window takes over from the recovery kit dialog as the active window.
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(visible<UnlockDialog>());
    QVERIFY(!window->isVisible());
    // Locked means closed: no connection to the store is left open, and no key with it, once
    // the day's backup that the unlock started has finished on its own connection.
    QThreadPool::globalInstance()->waitForDone();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());

    auto *unlock = visible<UnlockDialog>();
    QTest::keyClicks(field(unlock, QStringLiteral("Passphrase")), QStringLiteral("not it at all"));
    press(unlock, QStringLiteral("Unlock"));
    auto *error = unlock->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QTRY_COMPARE_WITH_TIMEOUT(error->text(), QStringLiteral("The passphrase is not correct."),
                              20000);
    QVERIFY(!window->isVisible());

    QTest::keyClicks(field(unlock, QStringLiteral("Passphrase")), passphrase);
    press(unlock, QStringLiteral("Unlock"));
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QCOMPARE(window->currentPage(), MainWindow::InvoicesPage);
}

void TestApplication::damagedStoreIsExplainedInTheUnlockDialog()
{
    QTemporaryDir home;
    SystemClock clock;
    const QString dir = home.filePath(QStringLiteral("workspace"));
    WorkspaceSetup setup;
    setup.workspaceName = QStringLiteral("Atelier");
    setup.ownerName = QStringLiteral("Ines");
    setup.ownerEmail = QStringLiteral("ines@atelier.test");
    QVERIFY(
        Workspace::create(dir, setup, "orange staple violin harbour", clock, {1ULL << 10, 8, 1}));
    {
        QFile store(Workspace::storePath(dir));
        QVERIFY(store.resize(store.size() - 10));
    }
    InMemoryKeyStore keychain;
    Application application(AppPaths(home.path()), clock, keychain);
    QVERIFY(!application.start({QStringLiteral("clientdesk"), QStringLiteral("--workspace"), dir}));
    auto *unlock = visible<UnlockDialog>();
    QVERIFY(unlock);
    QTest::keyClicks(field(unlock, QStringLiteral("Passphrase")),
                     QStringLiteral("orange staple violin harbour"));
    press(unlock, QStringLiteral("Unlock"));
    auto *error = unlock->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("truncated")), 20000);
    QVERIFY(!visible<MainWindow>());
}

void TestApplication::autoLockSavesWhatItCanAndSaysWhatItCouldNot()
{
    using namespace std::chrono_literals;
    TempWorkspace temp;
    temp.create();
    InMemoryKeyStore keychain;
    auto application = startOn(temp, keychain);
    QVERIFY(application);
    MainWindow *window = unlockWithPassphrase();
    QVERIFY(window);
    auto *idle = application->findChild<IdleWatcher *>();
    QVERIFY(idle);
    QCOMPARE(idle->timeout(), std::chrono::milliseconds(10min));

    // A new client typed and left: the automatic lock saves it.
    QTest::keySequence(window, QKeySequence::New);
    QTest::keyClicks(field(window->clientEditor(), QStringLiteral("Client name")),
                     QStringLiteral("Saved By The Lock"));
    waitForAutoLock(idle, window);
    QVERIFY(!QTest::currentTestFailed());
    {
        auto reopened = temp.open();
        QVERIFY(reopened);
        QSqlQuery query((*reopened)->store().database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM client")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Saved By The Lock"));
    }
    typePassphrase(visible<UnlockDialog>());
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QVERIFY(!visible<QMessageBox>());

    // An edit the domain refuses cannot be saved: it is dropped, and said so after unlocking.
    QTest::keySequence(window, QKeySequence::New);
    QTest::keyClicks(field(window->clientEditor(), QStringLiteral("Client name")),
                     QStringLiteral("Refused"));
    QTest::keyClicks(field(window->clientEditor(), QStringLiteral("Email")),
                     QStringLiteral("not an address"));
    waitForAutoLock(idle, window);
    QVERIFY(!QTest::currentTestFailed());
    typePassphrase(visible<UnlockDialog>());
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    QMessageBox *told = nullptr;
    QTRY_VERIFY((told = window->findChild<QMessageBox *>()) && told->isVisible());
    QVERIFY2(told->text().contains(QStringLiteral("could not save")), qPrintable(told->text()));
    told->close();
    auto reopened = temp.open();
    QVERIFY(reopened);
    QSqlQuery count((*reopened)->store().database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM client")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestApplication::autoLockSavesAContactBeingAdded()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        Client client;
        client.name = QStringLiteral("Kranich Verlag");
        QVERIFY(ClientRepository(workspace->store()).create(client));
    }
    InMemoryKeyStore keychain;
    auto application = startOn(temp, keychain);
    QVERIFY(application);
    MainWindow *window = unlockWithPassphrase();
    QVERIFY(window);
    window->showPage(MainWindow::ClientsPage);
    QTRY_VERIFY(window->listPage(MainWindow::ClientsPage)
                    ->selectId(window->listPage(MainWindow::ClientsPage)
                                   ->view()
                                   ->model()
                                   ->index(0, 0)
                                   .data(PagedSqlModel::IdRole)
                                   .toString()));
    ClientEditor *editor = window->clientEditor();
    QTRY_VERIFY(!editor->recordId().isEmpty());
    press(editor, QStringLiteral("&Add…"));
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = editor->findChild<QDialog *>()) && dialog->isVisible());
    QTest::keyClicks(field(dialog, QStringLiteral("Contact name")), QStringLiteral("Jana Berg"));

    auto *idle = application->findChild<IdleWatcher *>();
    waitForAutoLock(idle, window);
    QVERIFY(!QTest::currentTestFailed());
    auto reopened = temp.open();
    QVERIFY(reopened);
    QSqlQuery query((*reopened)->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM contact")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Jana Berg"));
}

std::unique_ptr<Application> TestApplication::startOn(const TempWorkspace &temp, KeyStore &keyStore)
{
    auto application = std::make_unique<Application>(
        AppPaths(temp.root() + QStringLiteral("/home")), m_clock, keyStore);
    if (application->start(
            {QStringLiteral("clientdesk"), QStringLiteral("--workspace"), temp.dir()}))
        return nullptr;
    return application;
}

MainWindow *TestApplication::unlockWithPassphrase()
{
    if (!QTest::qWaitFor([] { return visible<UnlockDialog>() != nullptr; }, 20000))
        return nullptr;
    typePassphrase(visible<UnlockDialog>());
    if (!QTest::qWaitFor([] { return visible<MainWindow>() != nullptr; }, 20000))
        return nullptr;
    return visible<MainWindow>();
}

void TestApplication::waitForAutoLock(IdleWatcher *idle, const MainWindow *window)
{
    using namespace std::chrono_literals;
    idle->setTimeout(300ms);
    QTRY_VERIFY_WITH_TIMEOUT(visible<UnlockDialog>() && !window->isVisible(), 10000);
    idle->setTimeout(0ms);
}

void TestApplication::typePassphrase(UnlockDialog *unlock)
{
    QTest::keyClicks(field(unlock, QStringLiteral("Passphrase")),
                     QString::fromUtf8(TempWorkspace::Passphrase));
    press(unlock, QStringLiteral("Unlock"));
}

QString TestApplication::confirmRecoveryKit()
{
    RecoveryKitDialog *kit = nullptr;
    if (!QTest::qWaitFor([&] { return (kit = visible<RecoveryKitDialog>()) != nullptr; }, 20000))
        return {};
    static const QRegularExpression keyPattern(
        QStringLiteral("[0-9A-Z]{6}([-\\s]+[0-9A-Z]{6}){5}"));
    QString shown;
    const auto labels = kit->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (const auto match = keyPattern.match(label->text()); match.hasMatch())
            shown = match.captured(0);
    }
    const QStringList groups = shown.split(QRegularExpression(QStringLiteral("[-\\s]+")));
    if (groups.size() != 6)
        return {};
    press(kit, QStringLiteral("Next"));
    const auto [first, second] = kit->checkedGroups();
    QList<QLineEdit *> edits;
    for (QLineEdit *edit : kit->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            edits.append(edit);
    }
    if (edits.size() != 2)
        return {};
    QTest::keyClicks(edits.at(0), groups.at(first - 1).toLower());
    QTest::keyClicks(edits.at(1), groups.at(second - 1));
    press(kit, QStringLiteral("Done"));
    return kit->isConfirmed() || !visible<RecoveryKitDialog>() ? groups.join(QLatin1Char('-'))
                                                               : QString();
}

void TestApplication::keychainUnlocksWithoutPassphrase()
{
    TempWorkspace temp;
    InMemoryKeyStore keychain;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QVERIFY(keychain.writeMasterKey(workspace->id(), workspace->keyRing().masterKey()));
        QVERIFY(workspace->setUnlocksAutomatically(true));
    }
    const auto application = startOn(temp, keychain);
    QVERIFY(application);
    // Nothing typed: the keychain's key opens the store.
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    QCOMPARE(visible<MainWindow>()->windowTitle(), QStringLiteral("Nordlicht Studio — ClientDesk"));
    // Unlocking starts the day's automatic backup, off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(DailyBackups(m_clock).todaysBackup(temp.dir())), 20000);
}

void TestApplication::lockedKeychainAsksForThePassphrase()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QVERIFY(workspace->setUnlocksAutomatically(true));
    }
    const auto before = temp.snapshot();
    const QByteArray dataKeyBefore = [&] {
        auto keyFile = KeyFile::load(temp.file(QStringLiteral("keyfile.json")));
        return keyFile ? keyFile->dataKey().check : QByteArray();
    }();
    FailingKeyStore lockedKeychain;
    const auto application = startOn(temp, lockedKeychain);
    QVERIFY(application);
    auto *unlock = visible<UnlockDialog>();
    QVERIFY(unlock);
    auto *message = unlock->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("could not unlock by itself")),
                             20000);
    // It says why, and what to do instead.
    QVERIFY(message->text().contains(QLatin1String("The keychain is locked.")));
    QVERIFY(message->text().contains(QLatin1String("passphrase")));
    QVERIFY(!unlock->isBusy());
    QCOMPARE(lockedKeychain.calls(), 1);
    // No new key anywhere: every file is as it was.
    QCOMPARE(temp.snapshot(), before);

    typePassphrase(unlock);
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    auto keyFile = KeyFile::load(temp.file(QStringLiteral("keyfile.json")));
    QVERIFY(keyFile);
    QCOMPARE(keyFile->dataKey().check, dataKeyBefore);
}

void TestApplication::recoveryKeyResetsThePassphraseInTheUnlockDialog()
{
    TempWorkspace temp;
    QString recoveryKey;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        recoveryKey = workspace->takeRecoveryKey()->formatted();
    }
    InMemoryKeyStore keychain;
    const auto application = startOn(temp, keychain);
    QVERIFY(application);
    auto *unlock = visible<UnlockDialog>();
    QVERIFY(unlock);
    press(unlock, QStringLiteral("&Forgot Passphrase?"));
    QCOMPARE(unlock->mode(), UnlockDialog::Mode::RecoveryKey);
    const QString newPassphrase = QStringLiteral("quiet lantern over the fjord");
    // A typo is caught at once, before any key derivation.
    QString typo = recoveryKey;
    typo[0] = typo.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::keyClicks(field(unlock, QStringLiteral("Recovery key")), typo);
    QTest::keyClicks(field(unlock, QStringLiteral("New passphrase")), newPassphrase);
    QTest::keyClicks(field(unlock, QStringLiteral("Repeat new passphrase")), newPassphrase);
    press(unlock, QStringLiteral("Reset Passphrase"));
    auto *message = unlock->findChild<QLabel *>(QStringLiteral("errorMessage"));
    QVERIFY(message->text().contains(QLatin1String("typo")));
    QVERIFY(!unlock->isBusy());

    for (const QString &name : {QStringLiteral("Recovery key"), QStringLiteral("New passphrase"),
                                QStringLiteral("Repeat new passphrase")})
        field(unlock, name)->clear();
    QTest::keyClicks(field(unlock, QStringLiteral("Recovery key")), recoveryKey.toLower());
    QTest::keyClicks(field(unlock, QStringLiteral("New passphrase")), newPassphrase);
    QTest::keyClicks(field(unlock, QStringLiteral("Repeat new passphrase")), newPassphrase);
    press(unlock, QStringLiteral("Reset Passphrase"));
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    QVERIFY(Workspace::unlock(temp.dir(), newPassphrase.toUtf8()));
    QVERIFY(!Workspace::unlock(temp.dir(), TempWorkspace::Passphrase));
}

void TestApplication::settingsTurnAutomaticUnlockOnAndOff()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    InMemoryKeyStore keychain;
    const auto application = startOn(temp, keychain);
    QVERIFY(application);
    auto *unlock = visible<UnlockDialog>();
    QVERIFY(unlock);
    typePassphrase(unlock);
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    auto *window = visible<MainWindow>();
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTRY_VERIFY(visible<SettingsDialog>() || window->findChild<SettingsDialog *>());
    auto *settings = window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    auto *box = settings->findChild<QCheckBox *>();
    QVERIFY(box);
    QVERIFY(!box->isChecked());

    box->click();
    QTRY_COMPARE_WITH_TIMEOUT(keychain.size(), 1, 20000);
    QTRY_VERIFY(Workspace::unlocksAutomatically(temp.dir()));
    QTRY_VERIFY(box->isEnabled());
    QVERIFY(box->isChecked());

    box->click();
    QTRY_COMPARE_WITH_TIMEOUT(keychain.size(), 0, 20000);
    QVERIFY(!Workspace::unlocksAutomatically(temp.dir()));
}

void TestApplication::interruptedKeyRotationStillUnlocks()
{
    // rotate-key stopped after re-keying the store, before the key file's swap: the app's
    // unlock finishes the swap and opens with the new key.
    TempWorkspace temp;
    QVERIFY(temp.create());
    const QString passphraseFile = temp.root() + QStringLiteral("/passphrase.txt");
    {
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TempWorkspace::Passphrase + '\n');
    }
    QProcess rotate;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLIENTDESK_CRASH_POINT"),
                       QStringLiteral("rotate.after-rekey"));
    rotate.setProcessEnvironment(environment);
    rotate.start(QStringLiteral(CLIENTDESK_CLI_PATH),
                 {QStringLiteral("rotate-key"), QStringLiteral("--workspace"), temp.dir(),
                  QStringLiteral("--passphrase-file"), passphraseFile});
    QVERIFY(rotate.waitForFinished(60000));
    QCOMPARE(rotate.exitCode(), 86);
    QVERIFY(KeyFile::load(temp.file(QStringLiteral("keyfile.json")))->pendingDataKey());

    InMemoryKeyStore keychain;
    const auto application = startOn(temp, keychain);
    QVERIFY(application);
    auto *unlock = visible<UnlockDialog>();
    QVERIFY(unlock);
    typePassphrase(unlock);
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    QVERIFY(!KeyFile::load(temp.file(QStringLiteral("keyfile.json")))->pendingDataKey());
}

void TestApplication::lateKeychainAnswerAfterLockOpensNothing()
{
    TempWorkspace temp;
    InMemoryKeyStore keys;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QVERIFY(keys.writeMasterKey(workspace->id(), workspace->keyRing().masterKey()));
        QVERIFY(workspace->setUnlocksAutomatically(true));
    }
    GatedKeyStore keychain(keys);
    const auto application = startOn(temp, keychain);
    QVERIFY(application);
    // The keychain is still asking its own question; the person types the passphrase.
    QTRY_VERIFY(keychain.waiting());
    auto *unlock = visible<UnlockDialog>();
    QVERIFY(unlock);
    typePassphrase(unlock);
    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    auto *window = visible<MainWindow>();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(visible<UnlockDialog>());

    // Now the keychain answers, with the right key: the locked workspace stays locked.
    keychain.open();
    QTRY_VERIFY(keychain.answered());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!window->isVisible());
    QVERIFY(visible<UnlockDialog>());
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

QTEST_MAIN(TestApplication)
#include "TestApplication.moc"
