// SPDX-License-Identifier: GPL-3.0-or-later
// Tests FirstRunDialog: it asks for every field, explains what is wrong, and only then creates.
#include "tests/support/AccessibleNames.h"
#include "ui/FirstRunDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsOnlyWhenEverythingIsValid_data();
    void createsOnlyWhenEverythingIsValid();
    void strengthFollowsTyping();
    void everyControlHasAUniqueAccessibleName();

private:
    QLineEdit *field(const QString &accessibleName) const;
    void fill(const QString &name, const QString &owner, const QString &email,
              const QString &passphrase, const QString &repeat);

    FirstRunDialog *m_dialog = nullptr;
};

void TestFirstRunDialog::init()
{
    m_dialog = new FirstRunDialog;
    m_dialog->show();
}

void TestFirstRunDialog::cleanup()
{
    delete m_dialog;
}

QLineEdit *TestFirstRunDialog::field(const QString &accessibleName) const
{
    const auto edits = m_dialog->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void TestFirstRunDialog::fill(const QString &name, const QString &owner, const QString &email,
                              const QString &passphrase, const QString &repeat)
{
    QTest::keyClicks(field(QStringLiteral("Workspace name")), name);
    QTest::keyClicks(field(QStringLiteral("Your name")), owner);
    QTest::keyClicks(field(QStringLiteral("Your email")), email);
    QTest::keyClicks(field(QStringLiteral("Passphrase")), passphrase);
    QTest::keyClicks(field(QStringLiteral("Repeat passphrase")), repeat);
}

void TestFirstRunDialog::createsOnlyWhenEverythingIsValid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("message");
    const QString good = QStringLiteral("orange staple violin harbour");
    QTest::newRow("valid") << "Nordlicht Studio"
                           << "ada@nordlicht.test" << good << good << "";
    QTest::newRow("no name") << ""
                             << "ada@nordlicht.test" << good << good << "name for the workspace";
    QTest::newRow("bad email") << "Nordlicht"
                               << "ada.nordlicht" << good << good << "valid email";
    QTest::newRow("mismatch") << "Nordlicht"
                              << "ada@nordlicht.test" << good << good + u'!' << "do not match";
    QTest::newRow("weak") << "Nordlicht"
                          << "ada@nordlicht.test"
                          << "password12"
                          << "password12"
                          << "stronger passphrase";
}

void TestFirstRunDialog::createsOnlyWhenEverythingIsValid()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, passphrase);
    QFETCH(QString, repeat);
    QFETCH(QString, message);
    QSignalSpy created(m_dialog, &FirstRunDialog::createRequested);
    fill(name, QStringLiteral("Ada Lovelace"), email, passphrase, repeat);
    auto *createButton = m_dialog->findChild<QPushButton *>();
    const auto buttons = m_dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("Create workspace"))
            createButton = button;
    }
    QTest::mouseClick(createButton, Qt::LeftButton);
    auto *error = m_dialog->findChild<QLabel *>(QStringLiteral("errorMessage"));
    if (message.isEmpty()) {
        QCOMPARE(created.count(), 1);
        QCOMPARE(m_dialog->setup().workspaceName, name);
        QCOMPARE(m_dialog->setup().ownerEmail, email);
        QCOMPARE(m_dialog->passphrase(), passphrase);
    } else {
        QCOMPARE(created.count(), 0);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    }
}

void TestFirstRunDialog::strengthFollowsTyping()
{
    auto *bar = m_dialog->findChild<QProgressBar *>();
    QCOMPARE(bar->format(), QStringLiteral("Too short"));
    QTest::keyClicks(field(QStringLiteral("Passphrase")),
                     QStringLiteral("orange staple violin harbour"));
    QCOMPARE(bar->format(), QStringLiteral("Strong"));
}

void TestFirstRunDialog::everyControlHasAUniqueAccessibleName()
{
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_dialog, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QVERIFY(names.size() >= 8);
}

QTEST_MAIN(TestFirstRunDialog)
#include "TestFirstRunDialog.moc"
