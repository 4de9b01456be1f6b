// SPDX-License-Identifier: GPL-3.0-or-later
// Tests RecoveryKitDialog: it shows the key once, stays open until two groups are typed back,
// and saves a kit only its owner can read.
#include "models/crypto/RecoveryKit.h"
#include "tests/support/AccessibleNames.h"
#include "ui/RecoveryKitDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QString WorkspaceName = QStringLiteral("Nordlicht Studio");
const QString WorkspaceId = QStringLiteral("5b0c1d9e-8a47-4f7e-9a51-2f0d6c3e7b18");

// A key whose groups 2 and 5 hold a 0 or a 1, so typing their look-alikes is tested every run.
std::optional<RecoveryKey> keyWithLookAlikes()
{
    const auto hasZeroOrOne = [](const QString &group) {
        return group.contains(u'0') || group.contains(u'1');
    };
    for (int attempt = 0; attempt < 10000; ++attempt) {
        RecoveryKey key = RecoveryKey::generate();
        const QStringList groups = key.groups();
        if (hasZeroOrOne(groups.at(1)) && hasZeroOrOne(groups.at(4)))
            return key;
    }
    return std::nullopt;
}

// The same group with one character changed to another valid one.
QString misspelt(const QString &group)
{
    QString wrong = group;
    wrong[0] = group.at(0) == u'A' ? u'B' : u'A';
    return wrong;
}
} // namespace

class TestRecoveryKitDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheKeyInSixGroups();
    void asksForTwoDifferentGroupsAtRandom();
    void doneOnlyWhenBothGroupsMatch_data();
    void doneOnlyWhenBothGroupsMatch();
    void aWrongGroupSaysSo();
    void aGroupLeftIncompleteSaysSo();
    void cannotBeClosedBeforeTheCheck();
    void enterOnDoneConfirmsAndWipesTheKey();
    void backShowsTheKeyAgain();
    void keyboardPath();
    void savesTheKitForItsOwnerOnly();
    void savingIntoAMissingFolderShowsTheError();
    void everyControlHasAUniqueAccessibleName();

private:
    QPushButton *button(const QString &accessibleName) const;
    QLineEdit *groupField(int group) const;
    QLabel *keyLabel() const;
    QLabel *label(const QString &objectName) const;
    QString group(int number) const { return m_key->groups().at(number - 1); }
    void typeGroups(const QString &second, const QString &fifth);

    std::optional<RecoveryKey> m_key;
    RecoveryKitDialog *m_dialog = nullptr;
};

void TestRecoveryKitDialog::init()
{
    m_key = keyWithLookAlikes();
    QVERIFY(m_key);
    m_dialog = new RecoveryKitDialog(WorkspaceName, WorkspaceId,
                                     QDateTime(QDate(2025, 3, 14), QTime(9, 30)), m_key->clone());
    m_dialog->setCheckedGroups(5, 2);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestRecoveryKitDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_key.reset();
}

QPushButton *TestRecoveryKitDialog::button(const QString &accessibleName) const
{
    const auto buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

QLineEdit *TestRecoveryKitDialog::groupField(int group) const
{
    const QString name = QStringLiteral("Group %1 of your recovery key").arg(group);
    const auto edits = m_dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == name)
            return edit;
    }
    return nullptr;
}

QLabel *TestRecoveryKitDialog::keyLabel() const
{
    const auto labels = m_dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == QStringLiteral("Recovery key"))
            return label;
    }
    return nullptr;
}

QLabel *TestRecoveryKitDialog::label(const QString &objectName) const
{
    return m_dialog->findChild<QLabel *>(objectName);
}

void TestRecoveryKitDialog::typeGroups(const QString &second, const QString &fifth)
{
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QVERIFY(groupField(2) && groupField(5));
    QTest::keyClicks(groupField(2), second);
    QTest::keyClicks(groupField(5), fifth);
}

void TestRecoveryKitDialog::showsTheKeyInSixGroups()
{
    QLabel *key = keyLabel();
    QVERIFY(key);
    QVERIFY(key->isVisible());
    const QStringList shown = key->text().split(u'-');
    QCOMPARE(shown.size(), 6);
    QCOMPARE(shown, m_key->groups());
    for (const QString &group : shown)
        QCOMPARE(group.size(), 6);
    QCOMPARE(key->textFormat(), Qt::PlainText);
    QVERIFY(key->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(key->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    // Monospace, so the groups line up: fontconfig does not flag every such font as fixed pitch.
    const QFontMetricsF metrics(key->font());
    QCOMPARE(metrics.horizontalAdvance(u'1'), metrics.horizontalAdvance(u'W'));
    QVERIFY(key->font().pointSizeF() > m_dialog->font().pointSizeF() * 1.3);
    // A screen reader spells the key out, group by group.
    QVERIFY(key->accessibleDescription().startsWith(
        QStringList(m_key->groups().at(0).split(QString(), Qt::SkipEmptyParts)).join(u' ')
        + QStringLiteral(", ")));
}

void TestRecoveryKitDialog::asksForTwoDifferentGroupsAtRandom()
{
    const QRegularExpression fieldName(QStringLiteral("^Group ([1-6]) of your recovery key$"));
    QSet<int> pairs;
    for (int round = 0; round < 20; ++round) {
        RecoveryKitDialog dialog(WorkspaceName, WorkspaceId, QDateTime::currentDateTime(),
                                 m_key->clone());
        const auto [first, second] = dialog.checkedGroups();
        pairs.insert(first * 10 + second);
        QVERIFY(first >= 1 && first < second && second <= 6);
        QStringList asked;
        const auto edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            const auto match = fieldName.match(edit->accessibleName());
            QVERIFY2(match.hasMatch(), qPrintable(edit->accessibleName()));
            asked << match.captured(1);
        }
        QCOMPARE(asked, QStringList({QString::number(first), QString::number(second)}));
    }
    // Picked at random: 20 dialogs asking for the same pair would happen once in 10^22.
    QVERIFY(pairs.size() > 1);
}

void TestRecoveryKitDialog::doneOnlyWhenBothGroupsMatch_data()
{
    QTest::addColumn<int>("typing");
    QTest::newRow("as shown") << 0;
    QTest::newRow("lower case, o for 0 and l for 1") << 1;
    QTest::newRow("O for 0 and I for 1") << 2;
    QTest::newRow("with a space and a hyphen") << 3;
}

void TestRecoveryKitDialog::doneOnlyWhenBothGroupsMatch()
{
    QFETCH(int, typing);
    const auto typed = [typing](QString group) -> QString {
        switch (typing) {
        case 1:
            return group.toLower().replace(u'0', u'o').replace(u'1', u'l');
        case 2:
            return group.replace(u'0', u'O').replace(u'1', u'I');
        case 3:
            return group.left(2) + QStringLiteral(" ") + group.mid(2, 2) + QStringLiteral("-")
                + group.mid(4);
        default:
            return group;
        }
    };
    QPushButton *done = button(QStringLiteral("Done"));
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QVERIFY(done->isVisible());
    QVERIFY(!done->isEnabled());
    QTest::keyClicks(groupField(2), typed(group(2)));
    QVERIFY(!done->isEnabled());
    QTest::keyClicks(groupField(5), typed(group(5)));
    QVERIFY(done->isEnabled());
    QVERIFY(!label(QStringLiteral("errorMessage"))->isVisible());
    QVERIFY(done->isDefault());
    QTest::mouseClick(done, Qt::LeftButton);
    QVERIFY(m_dialog->isConfirmed());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestRecoveryKitDialog::aWrongGroupSaysSo()
{
    typeGroups(misspelt(group(2)), group(5));
    QPushButton *done = button(QStringLiteral("Done"));
    QLabel *error = label(QStringLiteral("errorMessage"));
    QVERIFY(!done->isEnabled());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("That does not match your recovery kit. Go back to check it."));

    groupField(2)->selectAll();
    QTest::keyClicks(groupField(2), group(2));
    QVERIFY(!error->isVisible());
    QVERIFY(done->isEnabled());
}

void TestRecoveryKitDialog::aGroupLeftIncompleteSaysSo()
{
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QLabel *error = label(QStringLiteral("errorMessage"));
    QTest::keyClicks(groupField(2), group(2).left(3));
    QVERIFY(!error->isVisible()); // still typing
    QTest::keyClick(groupField(2), Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY(!button(QStringLiteral("Done"))->isEnabled());
}

void TestRecoveryKitDialog::cannotBeClosedBeforeTheCheck()
{
    QVERIFY(!(m_dialog->windowFlags() & Qt::WindowCloseButtonHint));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->close());
    QVERIFY(m_dialog->isVisible());

    // Typed right but Done not pressed yet: still open.
    typeGroups(group(2), group(5));
    QTest::keyClick(groupField(5), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->isConfirmed());
    QCOMPARE(keyLabel()->text(), m_key->formatted());
}

void TestRecoveryKitDialog::enterOnDoneConfirmsAndWipesTheKey()
{
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setText(m_key->formatted());
    QCOMPARE(clipboard->text(), m_key->formatted());
    typeGroups(group(2), group(5));
    QTest::keyClick(groupField(5), Qt::Key_Return);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_dialog->isConfirmed());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(keyLabel()->text().isEmpty());
    QVERIFY(keyLabel()->accessibleDescription().isEmpty());
    QVERIFY(groupField(2)->text().isEmpty());
    QVERIFY(groupField(5)->text().isEmpty());
    QVERIFY(!groupField(5)->isUndoAvailable());
    // A copy of the key left on the clipboard goes too.
    QVERIFY(!clipboard->text().contains(m_key->groups().at(0)));
    QTemporaryDir dir;
    QVERIFY(!m_dialog->saveTo(dir.filePath(QStringLiteral("kit.txt"))));
}

void TestRecoveryKitDialog::backShowsTheKeyAgain()
{
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QVERIFY(!keyLabel()->isVisible());
    QTest::keyClicks(groupField(2), group(2));
    QTest::mouseClick(button(QStringLiteral("Back")), Qt::LeftButton);
    QVERIFY(keyLabel()->isVisible());
    QCOMPARE(keyLabel()->text(), m_key->formatted());
    QVERIFY(button(QStringLiteral("Next"))->isDefault());
    // What was typed is kept for the way back.
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    QTest::keyClicks(groupField(5), group(5));
    QVERIFY(button(QStringLiteral("Done"))->isEnabled());
}

void TestRecoveryKitDialog::keyboardPath()
{
    // Enter moves on from the key, Tab reaches it, and Enter in the last group finishes.
    QVERIFY(button(QStringLiteral("Next"))->isDefault());
    QTest::keyClick(keyLabel(), Qt::Key_Return);
    QVERIFY(groupField(2)->isVisible());
    QCOMPARE(m_dialog->focusWidget(), groupField(2));
    QTest::keyClicks(groupField(2), group(2));
    QTest::keyClick(groupField(2), Qt::Key_Return);
    QCOMPARE(m_dialog->focusWidget(), groupField(5));
    QTest::keyClicks(groupField(5), group(5));
    QTest::keyClick(groupField(5), Qt::Key_Return);
    QVERIFY(m_dialog->isConfirmed());
    QVERIFY(keyLabel()->focusPolicy() & Qt::TabFocus);
}

void TestRecoveryKitDialog::savesTheKitForItsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(RecoveryKit::suggestedFileName(WorkspaceName));
    const Result<void> saved = m_dialog->saveTo(path);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message()));

    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & others));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(m_key->formatted()));
    QVERIFY(text.contains(WorkspaceName));
    QVERIFY(text.contains(WorkspaceId));
    const auto found = RecoveryKit::findKey(text);
    QVERIFY(found);
    QVERIFY(found->secret() == m_key->secret());

    QLabel *message = label(QStringLiteral("saveMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Saved to ") + path),
             qPrintable(message->text()));
    // The window grew for the message rather than squeezing the explanation.
    QVERIFY(m_dialog->height() >= m_dialog->heightForWidth(m_dialog->width()));
}

void TestRecoveryKitDialog::savingIntoAMissingFolderShowsTheError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/kit.txt"));
    const Result<void> saved = m_dialog->saveTo(path);
    QVERIFY(!saved);
    QVERIFY(saved.error().message().startsWith(QStringLiteral("Could not save the recovery kit")));
    QLabel *message = label(QStringLiteral("saveMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), saved.error().message());
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(keyLabel()->isVisible());
    QCOMPARE(keyLabel()->text(), m_key->formatted());
}

void TestRecoveryKitDialog::everyControlHasAUniqueAccessibleName()
{
    QStringList problems;
    const QStringList keyPage = AccessibleNames::ofFocusable(m_dialog, problems);
    QCOMPARE(keyPage.size(), 4); // the key, Save, Print, Next
    QTest::mouseClick(button(QStringLiteral("Next")), Qt::LeftButton);
    const QStringList checkPage = AccessibleNames::ofFocusable(m_dialog, problems);
    QCOMPARE(checkPage.size(), 4); // the two groups, Back, Done
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // Unique across both pages too: one window.
    const QStringList all = keyPage + checkPage;
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
}

QTEST_MAIN(TestRecoveryKitDialog)
#include "TestRecoveryKitDialog.moc"
