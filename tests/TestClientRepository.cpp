// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ClientRepository: clients and contacts round-trip, every write carries its audit and
// outbox entries with only the changed fields, and bad input is refused before the store.
#include "models/store/AuditLog.h"
#include "models/store/ClientRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestClientRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAndReadsBack();
    void updateRecordsOnlyChangedFields();
    void unchangedUpdateWritesNothing();
    void invalidClientIsRefusedAndNothingIsWritten();
    void contactsBelongToTheirClient();
    void contactForMissingClientIsRefused();
    void removeTombstonesClientAndContacts();

private:
    qint64 count(const QString &sql) const;
    static Client sample();

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestClientRepository::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
}

void TestClientRepository::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

qint64 TestClientRepository::count(const QString &sql) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Client TestClientRepository::sample()
{
    Client client;
    client.name = QStringLiteral("Brauerei Zoë Müller");
    client.legalName = QStringLiteral("Brauerei Müller GmbH");
    client.email = QStringLiteral("einkauf@mueller.example");
    client.phone = QStringLiteral("+49 30 1234567");
    client.billingAddress = QStringLiteral("Hauptstraße 1\n10115 Berlin");
    client.tags = {QStringLiteral("brewery"), QStringLiteral("retainer")};
    return client;
}

void TestClientRepository::createsAndReadsBack()
{
    ClientRepository clients(m_workspace->store());
    auto created = clients.create(sample());
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    QVERIFY(!created->id.isEmpty());
    auto found = clients.find(created->id);
    QVERIFY(found);
    QCOMPARE(found->name, sample().name);
    QCOMPARE(found->billingAddress, sample().billingAddress);
    QCOMPARE(found->tags, sample().tags);
    QCOMPARE(found->status, Client::Status::Active);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM outbox WHERE entity = 'client' AND op = 'create'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'client'")), 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'mull*'")),
        1);
}

void TestClientRepository::updateRecordsOnlyChangedFields()
{
    ClientRepository clients(m_workspace->store());
    auto created = clients.create(sample());
    QVERIFY(created);
    Client changed = *created;
    changed.email = QStringLiteral("billing@mueller.example");
    changed.status = Client::Status::Archived;
    QVERIFY(clients.update(changed));
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT changed_fields, base_version FROM outbox "
                                      "WHERE op = 'update' AND entity = 'client'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("[\"email\",\"status\"]"));
    QCOMPARE(query.value(1).toLongLong(), 0);
    QVERIFY(query.exec(QStringLiteral(
        "SELECT fields FROM audit_log WHERE action = 'update' AND entity = 'client'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("[\"email\",\"status\"]"));
    QCOMPARE(clients.find(changed.id)->status, Client::Status::Archived);
    // The index follows: the old email no longer finds the client, the new one does.
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM search_index WHERE search_index MATCH 'einkauf*'")),
             0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM search_index WHERE search_index MATCH 'billing*'")),
             1);
}

void TestClientRepository::unchangedUpdateWritesNothing()
{
    ClientRepository clients(m_workspace->store());
    auto created = clients.create(sample());
    QVERIFY(created);
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(clients.update(*created));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void TestClientRepository::invalidClientIsRefusedAndNothingIsWritten()
{
    ClientRepository clients(m_workspace->store());
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    Client noName = sample();
    noName.name = QStringLiteral("   ");
    auto refused = clients.create(noName);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidInput);
    Client badEmail = sample();
    badEmail.email = QStringLiteral("einkauf@");
    QVERIFY(!clients.create(badEmail));
    QVERIFY(!refused.error().message().contains(sample().name));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void TestClientRepository::contactsBelongToTheirClient()
{
    ClientRepository clients(m_workspace->store());
    auto client = clients.create(sample());
    QVERIFY(client);
    Contact contact;
    contact.clientId = client->id;
    contact.name = QStringLiteral("山田 太郎");
    contact.email = QStringLiteral("yamada@example.test");
    contact.role = QStringLiteral("Buyer");
    auto added = clients.addContact(contact);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    auto list = clients.contacts(client->id);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, contact.name);
    Contact renamed = *added;
    renamed.role = QStringLiteral("Head of purchasing");
    QVERIFY(clients.updateContact(renamed));
    QCOMPARE(clients.findContact(added->id)->role, renamed.role);
    QVERIFY(clients.removeContact(added->id));
    QCOMPARE(clients.contacts(client->id)->size(), 0);
}

void TestClientRepository::contactForMissingClientIsRefused()
{
    Contact contact;
    contact.clientId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    contact.name = QStringLiteral("Nobody");
    auto added = ClientRepository(m_workspace->store()).addContact(contact);
    QVERIFY(!added);
    QCOMPARE(added.error().kind(), ErrorKind::InvalidInput);
}

void TestClientRepository::removeTombstonesClientAndContacts()
{
    ClientRepository clients(m_workspace->store());
    auto client = clients.create(sample());
    QVERIFY(client);
    Contact contact;
    contact.clientId = client->id;
    contact.name = QStringLiteral("Ana Ruiz");
    QVERIFY(clients.addContact(contact));
    QVERIFY(clients.remove(client->id));
    QVERIFY(!clients.find(client->id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client WHERE deleted_at IS NOT NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'")), 2);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM search_index WHERE search_index MATCH 'mull* OR ana*'")),
             0);
    QVERIFY(!clients.remove(client->id));
    auto audit = AuditLog(m_workspace->store().database()).verify();
    QVERIFY(audit && audit->intact);
}

QTEST_GUILESS_MAIN(TestClientRepository)
#include "TestClientRepository.moc"
