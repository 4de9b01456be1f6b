// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ChangePassphraseDialog: a change is requested only with the current passphrase and a
// strong new one typed twice; each problem is said in the dialog; while busy nothing can be
// changed or closed; and what it hands out changes a real workspace's passphrase.
#include "models/crypto/Passphrase.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/TempWorkspace.h"
#include "ui/ChangePassphraseDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QString Current = QString::fromUtf8(TempWorkspace::Passphrase);
const QString Strong = QStringLiteral("orange staple violin harbour");
} // namespace

class TestChangePassphraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void requestsOnlyAValidChange_data();
    void requestsOnlyAValidChange();
    void handsOutWhatWasTypedAndForgetsIt();
    void busyLocksTheDialogUntilAnError();
    void strengthFollowsTheNewPassphrase();
    void keyboardPath();
    void everyControlHasAUniqueAccessibleName();
    void theSecretsChangeAWorkspacesPassphrase();

private:
    QLineEdit *field(const QString &accessibleName) const;
    QPushButton *button(const QString &accessibleName) const;
    QLabel *messageLabel() const;
    void fill(const QString &current, const QString &next, const QString &repeat);

    ChangePassphraseDialog *m_dialog = nullptr;
};

void TestChangePassphraseDialog::init()
{
    m_dialog = new ChangePassphraseDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
}

void TestChangePassphraseDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

QLineEdit *TestChangePassphraseDialog::field(const QString &accessibleName) const
{
    const auto edits = m_dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *TestChangePassphraseDialog::button(const QString &accessibleName) const
{
    const auto buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

QLabel *TestChangePassphraseDialog::messageLabel() const
{
    return m_dialog->findChild<QLabel *>(QStringLiteral("errorMessage"));
}

void TestChangePassphraseDialog::fill(const QString &current, const QString &next,
                                      const QString &repeat)
{
    QTest::keyClicks(field(QStringLiteral("Current passphrase")), current);
    QTest::keyClicks(field(QStringLiteral("New passphrase")), next);
    QTest::keyClicks(field(QStringLiteral("Repeat new passphrase")), repeat);
}

void TestChangePassphraseDialog::requestsOnlyAValidChange_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focused");
    QTest::newRow("valid") << Current << Strong << Strong << QString() << QString();
    QTest::newRow("no current") << QString() << Strong << Strong
                                << QStringLiteral("Enter your current passphrase.")
                                << QStringLiteral("Current passphrase");
    QTest::newRow("too short") << Current << QStringLiteral("short") << QStringLiteral("short")
                               << QStringLiteral("Choose a stronger new passphrase.")
                               << QStringLiteral("New passphrase");
    QTest::newRow("weak") << Current << QStringLiteral("aaaaaaaaaaaa")
                          << QStringLiteral("aaaaaaaaaaaa")
                          << QStringLiteral("Choose a stronger new passphrase.")
                          << QStringLiteral("New passphrase");
    QTest::newRow("mismatch") << Current << Strong << Strong + u'!'
                              << QStringLiteral("The two new passphrases do not match.")
                              << QStringLiteral("Repeat new passphrase");
    QTest::newRow("unchanged") << Strong << Strong << Strong
                               << QStringLiteral("The new passphrase is the same as the current")
                               << QStringLiteral("New passphrase");
}

void TestChangePassphraseDialog::requestsOnlyAValidChange()
{
    QFETCH(QString, current);
    QFETCH(QString, next);
    QFETCH(QString, repeat);
    QFETCH(QString, message);
    QFETCH(QString, focused);
    QSignalSpy requested(m_dialog, &ChangePassphraseDialog::changeRequested);
    fill(current, next, repeat);
    QTest::mouseClick(button(QStringLiteral("Change passphrase")), Qt::LeftButton);
    if (message.isEmpty()) {
        QCOMPARE(requested.count(), 1);
        QVERIFY(!messageLabel()->isVisible());
        QVERIFY(m_dialog->isVisible());
        return;
    }
    QCOMPARE(requested.count(), 0);
    QVERIFY(messageLabel()->isVisible());
    QVERIFY2(messageLabel()->text().startsWith(message), qPrintable(messageLabel()->text()));
    // Not by colour alone: the text says it, and it is bold as well as red.
    QVERIFY(messageLabel()->styleSheet().contains(QLatin1String("bold")));
    QVERIFY(messageLabel()->styleSheet().contains(QLatin1String("color")));
    QCOMPARE(QApplication::focusWidget(), field(focused));
    QVERIFY(m_dialog->isVisible());
}

void TestChangePassphraseDialog::handsOutWhatWasTypedAndForgetsIt()
{
    fill(Current, Strong, Strong);
    QCOMPARE(m_dialog->currentPassphrase(), Current);
    QCOMPARE(m_dialog->newPassphrase(), Strong);
    m_dialog->clearPassphrases();
    QVERIFY(m_dialog->currentPassphrase().isEmpty());
    QVERIFY(m_dialog->newPassphrase().isEmpty());
    QVERIFY(field(QStringLiteral("Repeat new passphrase"))->text().isEmpty());
    for (const QLineEdit *edit : m_dialog->findChildren<QLineEdit *>())
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestChangePassphraseDialog::busyLocksTheDialogUntilAnError()
{
    QSignalSpy requested(m_dialog, &ChangePassphraseDialog::changeRequested);
    fill(Current, Strong, Strong);
    QTest::keyClick(field(QStringLiteral("Repeat new passphrase")), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    m_dialog->clearPassphrases();
    m_dialog->setBusy(true);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!field(QStringLiteral("Current passphrase"))->isEnabled());
    QVERIFY(!button(QStringLiteral("Change passphrase"))->isEnabled());
    QVERIFY(messageLabel()->isVisible());
    QVERIFY(!messageLabel()->styleSheet().contains(QLatin1String("bold")));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());

    const QString wrong = QStringLiteral("The current passphrase is wrong.");
    m_dialog->showError(wrong);
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(field(QStringLiteral("Current passphrase"))->isEnabled());
    QVERIFY(button(QStringLiteral("Change passphrase"))->isEnabled());
    QCOMPARE(messageLabel()->text(), wrong);
    QCOMPARE(messageLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Current passphrase")));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(requested.count(), 1);
}

void TestChangePassphraseDialog::strengthFollowsTheNewPassphrase()
{
    auto *bar = m_dialog->findChild<QProgressBar *>();
    QVERIFY(bar);
    QTest::keyClicks(field(QStringLiteral("Current passphrase")), Strong);
    const int afterCurrent = bar->value();
    QTest::keyClicks(field(QStringLiteral("New passphrase")), Strong);
    QVERIFY(bar->value() > afterCurrent);
}

void TestChangePassphraseDialog::keyboardPath()
{
    QSignalSpy requested(m_dialog, &ChangePassphraseDialog::changeRequested);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Current passphrase")));
    QTest::keyClicks(QApplication::focusWidget(), Current);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("New passphrase")));
    QTest::keyClicks(QApplication::focusWidget(), Strong);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Repeat new passphrase")));
    QTest::keyClicks(QApplication::focusWidget(), Strong);
    QTest::keyClick(m_dialog, Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Current passphrase")));
    QTest::keyClick(m_dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("Repeat new passphrase")));
    QTest::keyClick(m_dialog, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field(QStringLiteral("New passphrase")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
}

void TestChangePassphraseDialog::everyControlHasAUniqueAccessibleName()
{
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_dialog, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QVERIFY2(names.size() >= 5, qPrintable(names.join(QStringLiteral(", "))));
}

// The hand-off the app does on a worker: check the current passphrase, then re-wrap the key.
void TestChangePassphraseDialog::theSecretsChangeAWorkspacesPassphrase()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    bool changed = false;
    connect(m_dialog, &ChangePassphraseDialog::changeRequested, this, [&] {
        const SecretBytes current = Passphrase::encode(m_dialog->currentPassphrase());
        const SecretBytes next = Passphrase::encode(m_dialog->newPassphrase());
        m_dialog->clearPassphrases();
        auto keys = Workspace::unlock(temp.dir(), current.view());
        QVERIFY(keys);
        auto workspace = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
        QVERIFY(workspace);
        QVERIFY((*workspace)->changePassphrase(next.view(), TempWorkspace::fastKdf()));
        changed = true;
    });
    fill(Current, Strong, Strong);
    QTest::mouseClick(button(QStringLiteral("Change passphrase")), Qt::LeftButton);
    QVERIFY(changed);
    QVERIFY(m_dialog->currentPassphrase().isEmpty());
    QVERIFY(Workspace::unlock(temp.dir(), Strong.toUtf8()));
    QVERIFY(!Workspace::unlock(temp.dir(), TempWorkspace::Passphrase));
}

QTEST_MAIN(TestChangePassphraseDialog)
#include "TestChangePassphraseDialog.moc"
