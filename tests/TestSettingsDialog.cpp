// SPDX-License-Identifier: GPL-3.0-or-later
// Tests SettingsDialog's Security tab: the keychain box reports only the person's changes and
// waits while the app is busy, and a new recovery kit is requested only once confirmed.
#include "tests/support/AccessibleNames.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
// Answers the new-kit question without a message box and counts how often it was asked.
class AnsweringSettingsDialog : public SettingsDialog
{
public:
    bool answer = false;
    int asked = 0;

protected:
    bool confirmNewKit() override
    {
        ++asked;
        return answer;
    }
};
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hasASecurityTab();
    void togglingEmitsTheNewValue();
    void settingTheStateEmitsNothing();
    void busyDisablesTheBoxAndSaysWhy();
    void aKeychainMessageOutlastsTheBusyState();
    void aLongMessageMakesRoomForItself();
    void newKitIsRequestedOnlyAfterConfirmation();
    void newKitAsksInAMessageBox_data();
    void newKitAsksInAMessageBox();
    void keyboardPath();
    void everyControlHasAUniqueAccessibleName();

private:
    QCheckBox *unlockBox() const;
    void clickUnlockBox();
    QPushButton *newKitButton() const;
    QLabel *keychainMessage() const;

    AnsweringSettingsDialog *m_dialog = nullptr;
};

void TestSettingsDialog::init()
{
    m_dialog = new AnsweringSettingsDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestSettingsDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

QCheckBox *TestSettingsDialog::unlockBox() const
{
    const auto boxes = m_dialog->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->accessibleName() == QStringLiteral("Unlock automatically on this device"))
            return box;
    }
    return nullptr;
}

// On the box's text: the box spans the dialog, but only its indicator and text take clicks.
void TestSettingsDialog::clickUnlockBox()
{
    QTest::mouseClick(unlockBox(), Qt::LeftButton, {}, QPoint(8, unlockBox()->height() / 2));
}

QPushButton *TestSettingsDialog::newKitButton() const
{
    const auto buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == QStringLiteral("New recovery kit"))
            return button;
    }
    return nullptr;
}

QLabel *TestSettingsDialog::keychainMessage() const
{
    return m_dialog->findChild<QLabel *>(QStringLiteral("keychainMessage"));
}

void TestSettingsDialog::hasASecurityTab()
{
    auto *tabs = m_dialog->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0).remove(u'&'), QStringLiteral("Security"));
    QVERIFY(tabs->widget(0)->isAncestorOf(unlockBox()));
    QVERIFY(tabs->widget(0)->isAncestorOf(newKitButton()));
}

void TestSettingsDialog::togglingEmitsTheNewValue()
{
    QSignalSpy toggled(m_dialog, &SettingsDialog::unlockAutomaticallyToggled);
    QVERIFY(!m_dialog->unlocksAutomatically());
    clickUnlockBox();
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    QVERIFY(m_dialog->unlocksAutomatically());
    QTest::keyClick(unlockBox(), Qt::Key_Space);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(1).at(0).toBool(), false);
    QVERIFY(!m_dialog->unlocksAutomatically());
}

void TestSettingsDialog::settingTheStateEmitsNothing()
{
    QSignalSpy toggled(m_dialog, &SettingsDialog::unlockAutomaticallyToggled);
    m_dialog->setUnlocksAutomatically(true);
    QVERIFY(unlockBox()->isChecked());
    QVERIFY(m_dialog->unlocksAutomatically());
    m_dialog->setUnlocksAutomatically(false);
    QVERIFY(!unlockBox()->isChecked());
    QCOMPARE(toggled.count(), 0);
}

void TestSettingsDialog::busyDisablesTheBoxAndSaysWhy()
{
    QSignalSpy toggled(m_dialog, &SettingsDialog::unlockAutomaticallyToggled);
    m_dialog->setKeychainBusy(true);
    QVERIFY(m_dialog->isKeychainBusy());
    QVERIFY(!unlockBox()->isEnabled());
    QVERIFY(keychainMessage()->isVisible());
    QVERIFY2(keychainMessage()->text().contains(QStringLiteral("keychain")),
             qPrintable(keychainMessage()->text()));
    clickUnlockBox();
    QCOMPARE(toggled.count(), 0);

    m_dialog->setKeychainBusy(false);
    QVERIFY(!m_dialog->isKeychainBusy());
    QVERIFY(unlockBox()->isEnabled());
    QVERIFY(!keychainMessage()->isVisible());
    clickUnlockBox();
    QCOMPARE(toggled.count(), 1);
}

void TestSettingsDialog::aKeychainMessageOutlastsTheBusyState()
{
    const QString locked = QStringLiteral("The keychain is locked. Unlock it and try again.");
    m_dialog->setKeychainBusy(true);
    m_dialog->showKeychainMessage(locked);
    m_dialog->setKeychainBusy(false);
    QVERIFY(keychainMessage()->isVisible());
    QCOMPARE(keychainMessage()->text(), locked);
    QCOMPARE(keychainMessage()->textFormat(), Qt::PlainText);

    // The person trying again makes the old message moot.
    clickUnlockBox();
    QVERIFY(!keychainMessage()->isVisible());

    m_dialog->showKeychainMessage(locked);
    m_dialog->showKeychainMessage(QString());
    QVERIFY(!keychainMessage()->isVisible());
}

void TestSettingsDialog::aLongMessageMakesRoomForItself()
{
    m_dialog->showKeychainMessage(
        QStringLiteral("The keychain did not answer. %1").arg(QString(12, u'x')).repeated(8));
    QVERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
}

void TestSettingsDialog::newKitIsRequestedOnlyAfterConfirmation()
{
    QSignalSpy requested(m_dialog, &SettingsDialog::newRecoveryKitRequested);
    m_dialog->answer = false;
    QTest::mouseClick(newKitButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->asked, 1);
    QCOMPARE(requested.count(), 0);

    m_dialog->answer = true;
    QTest::mouseClick(newKitButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->asked, 2);
    QCOMPARE(requested.count(), 1);
}

void TestSettingsDialog::newKitAsksInAMessageBox_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("requests");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << 0;
    QTest::newRow("yes") << int(QMessageBox::Yes) << 1;
}

void TestSettingsDialog::newKitAsksInAMessageBox()
{
    QFETCH(int, answer);
    QFETCH(int, requests);
    SettingsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &SettingsDialog::newRecoveryKitRequested);
    QString question;
    bool cancelIsDefault = false;
    // Answers the message box once it is up, looking again for a bounded time.
    std::function<void(int)> answerBox = [&](int triesLeft) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                QTimer::singleShot(20, &dialog, [&, triesLeft] { answerBox(triesLeft - 1); });
            return;
        }
        question = box->text();
        cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
        box->button(static_cast<QMessageBox::StandardButton>(answer))->click();
    };
    QTimer::singleShot(0, &dialog, [&] { answerBox(250); });
    QPushButton *button = nullptr;
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == QStringLiteral("New recovery kit"))
            button = candidate;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(question,
             QStringLiteral("Make a new recovery kit? The recovery key you saved before will "
                            "stop working."));
    QVERIFY(cancelIsDefault);
    QCOMPARE(requested.count(), requests);
}

void TestSettingsDialog::keyboardPath()
{
    QCOMPARE(m_dialog->focusWidget(), unlockBox());
    QTest::keyClick(unlockBox(), Qt::Key_Space);
    QVERIFY(m_dialog->unlocksAutomatically());
    QTest::keyClick(unlockBox(), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->asked, 0);
}

void TestSettingsDialog::everyControlHasAUniqueAccessibleName()
{
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_dialog, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QVERIFY2(names.size() >= 4, qPrintable(names.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
