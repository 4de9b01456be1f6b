// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Contact: a contact needs a client and a name, and an email only when it is a valid one.
#include "models/domain/Contact.h"

#include <QTest>

using namespace ClientDesk;

Q_DECLARE_METATYPE(ClientDesk::Contact)

namespace {
Contact valid()
{
    Contact contact;
    contact.id = QStringLiteral("contact-1");
    contact.clientId = QStringLiteral("client-1");
    contact.name = QStringLiteral("Aiko Tanaka");
    contact.email = QStringLiteral("aiko@client.example");
    contact.role = QStringLiteral("Marketing lead");
    return contact;
}

template<typename Change>
Contact changed(Change change)
{
    Contact contact = valid();
    change(contact);
    return contact;
}
} // namespace

class TestContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidContacts_data();
    void acceptsValidContacts();
    void refusesInvalidContacts_data();
    void refusesInvalidContacts();
};

void TestContact::acceptsValidContacts_data()
{
    QTest::addColumn<Contact>("contact");
    QTest::newRow("typical") << valid();
    QTest::newRow("no email, phone or role") << changed([](Contact &c) {
        c.email.clear();
        c.phone.clear();
        c.role.clear();
    });
    QTest::newRow("blank email") << changed([](Contact &c) { c.email = QStringLiteral(" "); });
}

void TestContact::acceptsValidContacts()
{
    QFETCH(Contact, contact);
    const Result<void> checked = contact.validate();
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message()));
}

void TestContact::refusesInvalidContacts_data()
{
    QTest::addColumn<Contact>("contact");
    QTest::addColumn<QString>("message");
    QTest::newRow("no client") << changed([](Contact &c) { c.clientId.clear(); })
                               << "Choose the client this contact works for.";
    QTest::newRow("no name") << changed([](Contact &c) { c.name.clear(); })
                             << "Enter the contact's name.";
    QTest::newRow("blank name") << changed([](Contact &c) { c.name = QStringLiteral("   "); })
                                << "Enter the contact's name.";
    QTest::newRow("invalid email")
        << changed([](Contact &c) { c.email = QStringLiteral("aiko at client"); })
        << "Enter a valid email address for the contact, such as name@example.com, or leave it "
           "empty.";
}

void TestContact::refusesInvalidContacts()
{
    QFETCH(Contact, contact);
    QFETCH(QString, message);
    const Result<void> checked = contact.validate();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(checked.error().message(), message);
}

QTEST_GUILESS_MAIN(TestContact)
#include "TestContact.moc"
