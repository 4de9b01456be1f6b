// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Client: what a user must fix before a client is saved, and its stored status keys.
#include "models/domain/Client.h"

#include <QTest>

using namespace ClientDesk;

Q_DECLARE_METATYPE(ClientDesk::Client)

namespace {
Client valid()
{
    Client client;
    client.id = QStringLiteral("client-1");
    client.name = QStringLiteral("Müller & Söhne");
    client.email = QStringLiteral("buchhaltung@mueller.example");
    client.tags = {QStringLiteral("retainer"), QStringLiteral("print")};
    return client;
}

template<typename Change>
Client changed(Change change)
{
    Client client = valid();
    change(client);
    return client;
}
} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidClients_data();
    void acceptsValidClients();
    void refusesInvalidClients_data();
    void refusesInvalidClients();
    void messagesDoNotEchoValues();
    void statusKeysRoundTrip();
};

void TestClient::acceptsValidClients_data()
{
    QTest::addColumn<Client>("client");
    QTest::newRow("typical") << valid();
    QTest::newRow("name only") << changed([](Client &c) {
        c.email.clear();
        c.tags.clear();
    });
    QTest::newRow("name of 200 characters")
        << changed([](Client &c) { c.name = QString(200, QLatin1Char('n')); });
    QTest::newRow("CJK name") << changed(
        [](Client &c) { c.name = QStringLiteral("株式会社サンプル"); });
    QTest::newRow("right-to-left name")
        << changed([](Client &c) { c.name = QStringLiteral("شركة المثال"); });
    QTest::newRow("blank email") << changed([](Client &c) { c.email = QStringLiteral("  "); });
    QTest::newRow("email with spaces around")
        << changed([](Client &c) { c.email = QStringLiteral(" ap@client.example "); });
    QTest::newRow("20 tags") << changed([](Client &c) {
        c.tags.clear();
        for (int i = 0; i < 20; ++i)
            c.tags.append(QStringLiteral("tag %1").arg(i));
    });
    QTest::newRow("tag of 50 characters")
        << changed([](Client &c) { c.tags = {QString(50, QLatin1Char('t'))}; });
    QTest::newRow("archived") << changed([](Client &c) { c.status = Client::Status::Archived; });
    QTest::newRow("erased placeholder without name") << changed([](Client &c) {
        c = Client();
        c.id = QStringLiteral("client-1");
        c.status = Client::Status::Erased;
    });
}

void TestClient::acceptsValidClients()
{
    QFETCH(Client, client);
    const Result<void> checked = client.validate();
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message()));
}

void TestClient::refusesInvalidClients_data()
{
    QTest::addColumn<Client>("client");
    QTest::addColumn<QString>("message");
    const QString badEmail = QStringLiteral(
        "Enter a valid email address for the client, such as name@example.com, or leave it empty.");
    QTest::newRow("no name") << changed([](Client &c) { c.name.clear(); })
                             << "Enter the client's name.";
    QTest::newRow("blank name") << changed([](Client &c) { c.name = QStringLiteral(" \t "); })
                                << "Enter the client's name.";
    QTest::newRow("archived without name") << changed([](Client &c) {
        c.status = Client::Status::Archived;
        c.name.clear();
    }) << "Enter the client's name.";
    QTest::newRow("name of 201 characters")
        << changed([](Client &c) { c.name = QString(201, QLatin1Char('n')); })
        << "The client's name is too long (at most 200 characters).";
    QTest::newRow("email without @")
        << changed([](Client &c) { c.email = QStringLiteral("accounts.client.example"); })
        << badEmail;
    QTest::newRow("email without domain")
        << changed([](Client &c) { c.email = QStringLiteral("accounts@"); }) << badEmail;
    QTest::newRow("two emails") << changed([](Client &c) {
        c.email = QStringLiteral("a@b.example, c@d.example");
    }) << badEmail;
    QTest::newRow("empty tag") << changed([](Client &c) { c.tags.append(QString()); })
                               << "Remove the empty tag.";
    QTest::newRow("blank tag") << changed([](Client &c) { c.tags.append(QStringLiteral("  ")); })
                               << "Remove the empty tag.";
    QTest::newRow("tag with comma")
        << changed([](Client &c) { c.tags.append(QStringLiteral("print,web")); })
        << "A tag cannot contain a comma; make it two tags.";
    QTest::newRow("tag of 51 characters")
        << changed([](Client &c) { c.tags.append(QString(51, QLatin1Char('t'))); })
        << "A tag is too long (at most 50 characters).";
    QTest::newRow("21 tags") << changed([](Client &c) {
        c.tags.clear();
        for (int i = 0; i < 21; ++i)
            c.tags.append(QStringLiteral("tag %1").arg(i));
    }) << "A client can have at most 20 tags.";
}

void TestClient::refusesInvalidClients()
{
    QFETCH(Client, client);
    QFETCH(QString, message);
    const Result<void> checked = client.validate();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(checked.error().message(), message);
}

void TestClient::messagesDoNotEchoValues()
{
    Client client = valid();
    client.email = QStringLiteral("jane.doe@@private.example");
    QVERIFY(!client.validate().error().message().contains(QStringLiteral("jane.doe")));
    client = valid();
    client.tags = {QStringLiteral("vip,unpaid")};
    QVERIFY(!client.validate().error().message().contains(QStringLiteral("unpaid")));
}

void TestClient::statusKeysRoundTrip()
{
    const QList<std::pair<Client::Status, QString>> statuses {
        {Client::Status::Active, QStringLiteral("active")},
        {Client::Status::Archived, QStringLiteral("archived")},
        {Client::Status::Erased, QStringLiteral("erased")}};
    for (const auto &[status, key] : statuses) {
        QCOMPARE(Client::statusKey(status), key);
        QCOMPARE(Client::statusFromKey(key), std::optional<Client::Status>(status));
    }
    QVERIFY(!Client::statusFromKey(QStringLiteral("deleted")));
    QVERIFY(!Client::statusFromKey(QStringLiteral("Active")));
}

QTEST_GUILESS_MAIN(TestClient)
#include "TestClient.moc"
