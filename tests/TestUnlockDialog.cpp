// SPDX-License-Identifier: GPL-3.0-or-later
// Tests UnlockDialog: the passphrase way in, the recovery key way in, and what each refuses.
#include "models/crypto/RecoveryKey.h"
#include "tests/support/AccessibleNames.h"
#include "ui/UnlockDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyPassphraseIsRefused();
    void passphraseUnlocks();
    void forgotPassphraseByKeyboard();
    void recoveryModeChecksKeyAndNewPassphrase();
    void busyIgnoresEscape();
    void everyControlHasAUniqueAccessibleName_data();
    void everyControlHasAUniqueAccessibleName();

private:
    QLineEdit *field(const QString &accessibleName) const;
    QPushButton *button(const QString &accessibleName) const;
    QString message() const;

    UnlockDialog *m_dialog = nullptr;
};

void TestUnlockDialog::init()
{
    m_dialog = new UnlockDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
}

void TestUnlockDialog::cleanup()
{
    delete m_dialog;
}

QLineEdit *TestUnlockDialog::field(const QString &accessibleName) const
{
    const auto edits = m_dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *TestUnlockDialog::button(const QString &accessibleName) const
{
    const auto buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == accessibleName && candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

QString TestUnlockDialog::message() const
{
    auto *label = m_dialog->findChild<QLabel *>(QStringLiteral("errorMessage"));
    return label && label->isVisible() ? label->text() : QString();
}

void TestUnlockDialog::emptyPassphraseIsRefused()
{
    QSignalSpy unlock(m_dialog, &UnlockDialog::unlockRequested);
    QTest::mouseClick(button(QStringLiteral("Unlock")), Qt::LeftButton);
    QCOMPARE(unlock.count(), 0);
    QCOMPARE(message(), QStringLiteral("Enter your passphrase."));
}

void TestUnlockDialog::passphraseUnlocks()
{
    QSignalSpy unlock(m_dialog, &UnlockDialog::unlockRequested);
    QTest::keyClicks(field(QStringLiteral("Passphrase")), QStringLiteral("orange staple"));
    QTest::keyClick(field(QStringLiteral("Passphrase")), Qt::Key_Return);
    QCOMPARE(unlock.count(), 1);
    QCOMPARE(m_dialog->passphrase(), QStringLiteral("orange staple"));
    m_dialog->clearPassphrase();
    QVERIFY(m_dialog->passphrase().isEmpty());
}

void TestUnlockDialog::forgotPassphraseByKeyboard()
{
    QCOMPARE(m_dialog->mode(), UnlockDialog::Mode::Passphrase);
    // A mnemonic "animates" the click: the button acts a moment later.
    QTest::keyClick(m_dialog, Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(m_dialog->mode(), UnlockDialog::Mode::RecoveryKey);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Recovery key")));
    // Tab goes down the page: the key, Load from File, the new passphrase, its repeat.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             button(QStringLiteral("Load the recovery key from a saved kit")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("New passphrase")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Repeat new passphrase")));
    QTest::keyClick(m_dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(m_dialog->mode(), UnlockDialog::Mode::Passphrase);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Passphrase")));
}

void TestUnlockDialog::recoveryModeChecksKeyAndNewPassphrase()
{
    m_dialog->setMode(UnlockDialog::Mode::RecoveryKey);
    QSignalSpy reset(m_dialog, &UnlockDialog::resetRequested);
    const RecoveryKey key = RecoveryKey::generate();
    QString typo = key.formatted();
    typo[0] = typo.at(0) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    const QString strong = QStringLiteral("quiet lantern over the fjord");
    auto *submit = button(QStringLiteral("Reset Passphrase"));
    QVERIFY(submit);

    QTest::keyClicks(field(QStringLiteral("Recovery key")), typo);
    QTest::keyClicks(field(QStringLiteral("New passphrase")), strong);
    QTest::keyClicks(field(QStringLiteral("Repeat new passphrase")), strong);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(message().contains(QLatin1String("typo")));
    QVERIFY(!message().contains(typo));

    field(QStringLiteral("Recovery key"))->setText(key.formatted().toLower());
    field(QStringLiteral("Repeat new passphrase"))->setText(strong + QLatin1Char('x'));
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(message(), QStringLiteral("The two new passphrases do not match."));

    field(QStringLiteral("New passphrase"))->setText(QStringLiteral("short"));
    field(QStringLiteral("Repeat new passphrase"))->setText(QStringLiteral("short"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(message().startsWith(QLatin1String("Choose a stronger passphrase.")));
    QCOMPARE(reset.count(), 0);

    field(QStringLiteral("New passphrase"))->setText(strong);
    field(QStringLiteral("Repeat new passphrase"))->setText(strong);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_dialog->newPassphrase(), strong);
    QCOMPARE(m_dialog->recoveryKeyText(), key.formatted().toLower());
    // Clearing drops the passphrases but keeps the key, so a retry needs no retyping.
    m_dialog->clearPassphrase();
    QVERIFY(m_dialog->newPassphrase().isEmpty());
    QCOMPARE(m_dialog->recoveryKeyText(), key.formatted().toLower());
}

void TestUnlockDialog::busyIgnoresEscape()
{
    m_dialog->setBusy(true);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!field(QStringLiteral("Passphrase"))->isEnabled());
    m_dialog->showError(QStringLiteral("The passphrase is not correct."));
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(field(QStringLiteral("Passphrase"))->isEnabled());
    QCOMPARE(message(), QStringLiteral("The passphrase is not correct."));
}

void TestUnlockDialog::everyControlHasAUniqueAccessibleName_data()
{
    QTest::addColumn<bool>("recovery");
    QTest::newRow("passphrase") << false;
    QTest::newRow("recovery key") << true;
}

void TestUnlockDialog::everyControlHasAUniqueAccessibleName()
{
    QFETCH(bool, recovery);
    m_dialog->setMode(recovery ? UnlockDialog::Mode::RecoveryKey : UnlockDialog::Mode::Passphrase);
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_dialog, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QCOMPARE(names.size(), recovery ? 7 : 4);
}

QTEST_MAIN(TestUnlockDialog)
#include "TestUnlockDialog.moc"
