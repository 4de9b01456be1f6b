// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ContactDialog: OK stores what was typed, a domain error is shown in the dialog and
// stores nothing, editing changes the stored contact, and every control has a unique name.
#include "models/store/ClientRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"
#include "ui/ContactDialog.h"
#include "ui/Session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestContactDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void okStoresTheTypedContact();
    void invalidEmailIsShownAndNothingIsStored();
    void emptyNameIsShownAndNothingIsStored();
    void editingChangesTheStoredContact();
    void cancelStoresNothing();
    void everyControlHasAUniqueAccessibleName();

private:
    static QLineEdit *field(const QDialog &dialog, const QString &accessibleName);
    static void clickOk(const QDialog &dialog);
    // Shows `dialog` and waits until it is on screen.
    static bool shown(QDialog &dialog);
    // A new contact of the client, as Add… starts one.
    Contact newContact() const;
    int contactCount() const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Session> m_session;
    QString m_clientId;
};

void TestContactDialog::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    m_clientId = Records(*m_workspace).client(QStringLiteral("Atelier Nord"));
}

void TestContactDialog::cleanup()
{
    m_session.reset();
    m_workspace.reset();
    m_temp.reset();
}

QLineEdit *TestContactDialog::field(const QDialog &dialog, const QString &accessibleName)
{
    const auto edits = dialog.findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

void TestContactDialog::clickOk(const QDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

bool TestContactDialog::shown(QDialog &dialog)
{
    dialog.show();
    return QTest::qWaitForWindowExposed(&dialog);
}

Contact TestContactDialog::newContact() const
{
    Contact contact;
    contact.clientId = m_clientId;
    return contact;
}

int TestContactDialog::contactCount() const
{
    auto contacts = ClientRepository(m_workspace->store()).contacts(m_clientId);
    return contacts ? int(contacts->size()) : -1;
}

void TestContactDialog::okStoresTheTypedContact()
{
    ContactDialog dialog(*m_session, newContact());
    QVERIFY(shown(dialog));
    QSignalSpy changed(m_session.get(), &Session::recordChanged);
    QTest::keyClicks(field(dialog, QStringLiteral("Contact name")), QStringLiteral("Mia Berg"));
    QTest::keyClicks(field(dialog, QStringLiteral("Contact role")),
                     QStringLiteral("Marketing lead"));
    QTest::keyClicks(field(dialog, QStringLiteral("Contact email")),
                     QStringLiteral(" mia@atelier-nord.test "));
    QTest::keyClicks(field(dialog, QStringLiteral("Contact phone")),
                     QStringLiteral("+49 30 1234567"));
    clickOk(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    auto stored = ClientRepository(m_workspace->store()).contacts(m_clientId);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    const Contact &saved = stored->first();
    QCOMPARE(saved.name, QStringLiteral("Mia Berg"));
    QCOMPARE(saved.role, QStringLiteral("Marketing lead"));
    QCOMPARE(saved.email, QStringLiteral("mia@atelier-nord.test"));
    QCOMPARE(saved.phone, QStringLiteral("+49 30 1234567"));
    QCOMPARE(dialog.contact().id, saved.id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Session::Record>(), Session::Record::Contact);
    QCOMPARE(changed.at(0).at(1).toString(), saved.id);
}

void TestContactDialog::invalidEmailIsShownAndNothingIsStored()
{
    ContactDialog dialog(*m_session, newContact());
    QVERIFY(shown(dialog));
    QSignalSpy changed(m_session.get(), &Session::recordChanged);
    QTest::keyClicks(field(dialog, QStringLiteral("Contact name")), QStringLiteral("Mia Berg"));
    QTest::keyClicks(field(dialog, QStringLiteral("Contact email")), QStringLiteral("mia@"));
    clickOk(dialog);

    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(QStringLiteral("email")), qPrintable(dialog.message()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("dialogMessage"))->isVisible());
    QCOMPARE(contactCount(), 0);
    QCOMPARE(changed.count(), 0);

    // Fixed, it stores.
    QLineEdit *email = field(dialog, QStringLiteral("Contact email"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("mia@atelier-nord.test"));
    clickOk(dialog);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(contactCount(), 1);
}

void TestContactDialog::emptyNameIsShownAndNothingIsStored()
{
    ContactDialog dialog(*m_session, newContact());
    QVERIFY(shown(dialog));
    QTest::keyClicks(field(dialog, QStringLiteral("Contact name")), QStringLiteral("   "));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(QStringLiteral("name")), qPrintable(dialog.message()));
    QCOMPARE(contactCount(), 0);
}

void TestContactDialog::editingChangesTheStoredContact()
{
    Contact contact = newContact();
    contact.name = QStringLiteral("Mia Berg");
    contact.email = QStringLiteral("mia@atelier-nord.test");
    auto added = ClientRepository(m_workspace->store()).addContact(contact);
    QVERIFY(added);

    ContactDialog dialog(*m_session, *added);
    QVERIFY(shown(dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Contact"));
    QLineEdit *name = field(dialog, QStringLiteral("Contact name"));
    QCOMPARE(name->text(), QStringLiteral("Mia Berg"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Mia Berg-Lund"));
    clickOk(dialog);

    QVERIFY(!dialog.isVisible());
    auto stored = ClientRepository(m_workspace->store()).findContact(added->id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Mia Berg-Lund"));
    QCOMPARE(stored->email, QStringLiteral("mia@atelier-nord.test"));
    QCOMPARE(contactCount(), 1);
}

void TestContactDialog::cancelStoresNothing()
{
    ContactDialog dialog(*m_session, newContact());
    QVERIFY(shown(dialog));
    QTest::keyClicks(field(dialog, QStringLiteral("Contact name")), QStringLiteral("Mia Berg"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(contactCount(), 0);
}

void TestContactDialog::everyControlHasAUniqueAccessibleName()
{
    ContactDialog dialog(*m_session, newContact());
    QVERIFY(shown(dialog));
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(&dialog, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    for (const char *expected :
         {"Contact name", "Contact role", "Contact email", "Contact phone", "Save contact"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    // Each field is reached by its label's mnemonic.
    QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), field(dialog, QStringLiteral("Contact email")));
}

QTEST_MAIN(TestContactDialog)
#include "TestContactDialog.moc"
