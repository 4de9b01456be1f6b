// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the desktop app end to end: first run creates the workspace, Ctrl+L locks it, a wrong
// passphrase is explained, the right one returns to the main window.
#include "app/Application.h"
#include "models/domain/SystemClock.h"
#include "models/store/Workspace.h"
#include "ui/FirstRunDialog.h"
#include "ui/MainWindow.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ClientDesk;

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstRunLockAndUnlock();
    void damagedStoreIsExplainedInTheUnlockDialog();

private:
    template<typename T>
    static T *visible();
    static QLineEdit *field(QWidget *parent, const QString &accessibleName);
    static void press(QWidget *parent, const QString &buttonText);
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
        if (button->text() == buttonText) {
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
    Application application(AppPaths(home.path()), clock);
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

    QTRY_VERIFY_WITH_TIMEOUT(visible<MainWindow>(), 20000);
    auto *window = visible<MainWindow>();
    QCOMPARE(window->windowTitle(), QStringLiteral("Atelier Nord — ClientDesk"));
    bool encryptedShown = false;
    const auto labels = window->statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels)
        encryptedShown |= label->text() == QStringLiteral("Encrypted · Unlocked");
    QVERIFY(encryptedShown);
    QCOMPARE(AppPaths(home.path()).existingWorkspaces().size(), 1);

    window->showPage(MainWindow::InvoicesPage);
    QTest::keySequence(window, QKeySequence(Qt::CTRL | Qt::Key_L));
    QTRY_VERIFY(visible<UnlockDialog>());
    QVERIFY(!window->isVisible());
    // Locked means closed: no connection to the store is left open, and no key with it.
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
    Application application(AppPaths(home.path()), clock);
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

QTEST_MAIN(TestApplication)
#include "TestApplication.moc"
