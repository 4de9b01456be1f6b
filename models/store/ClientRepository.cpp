// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ClientRepository.h"

#include "models/store/EntityTable.h"
#include "models/store/EntityWriter.h"
#include "models/store/RepositorySupport.h"
#include "models/store/SearchIndex.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ClientDesk {

namespace {
const QString ClientEntity = QStringLiteral("client");
const QString ContactEntity = QStringLiteral("contact");

EntityTable::Values clientValues(const Client &client)
{
    return {
        {QStringLiteral("name"), client.name.trimmed()},
        {QStringLiteral("legal_name"), client.legalName.trimmed()},
        {QStringLiteral("email"), client.email.trimmed()},
        {QStringLiteral("phone"), client.phone.trimmed()},
        {QStringLiteral("billing_address"), client.billingAddress},
        {QStringLiteral("tax_id"), client.taxId.trimmed()},
        {QStringLiteral("notes"), client.notes},
        {QStringLiteral("status"), Client::statusKey(client.status)},
        {QStringLiteral("tags"), client.tags.join(QLatin1Char(','))},
    };
}

Client clientFrom(const QSqlRecord &record)
{
    Client client;
    client.id = record.value(QStringLiteral("id")).toString();
    client.name = record.value(QStringLiteral("name")).toString();
    client.legalName = record.value(QStringLiteral("legal_name")).toString();
    client.email = record.value(QStringLiteral("email")).toString();
    client.phone = record.value(QStringLiteral("phone")).toString();
    client.billingAddress = record.value(QStringLiteral("billing_address")).toString();
    client.taxId = record.value(QStringLiteral("tax_id")).toString();
    client.notes = record.value(QStringLiteral("notes")).toString();
    client.status = Client::statusFromKey(record.value(QStringLiteral("status")).toString())
                        .value_or(Client::Status::Active);
    const QString tags = record.value(QStringLiteral("tags")).toString();
    client.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char(','));
    client.version = record.value(QStringLiteral("version")).toLongLong();
    return client;
}

EntityTable::Values contactValues(const Contact &contact)
{
    return {
        {QStringLiteral("client_id"), contact.clientId},
        {QStringLiteral("name"), contact.name.trimmed()},
        {QStringLiteral("email"), contact.email.trimmed()},
        {QStringLiteral("phone"), contact.phone.trimmed()},
        {QStringLiteral("role"), contact.role.trimmed()},
    };
}

Contact contactFrom(const QSqlRecord &record)
{
    Contact contact;
    contact.id = record.value(QStringLiteral("id")).toString();
    contact.clientId = record.value(QStringLiteral("client_id")).toString();
    contact.name = record.value(QStringLiteral("name")).toString();
    contact.email = record.value(QStringLiteral("email")).toString();
    contact.phone = record.value(QStringLiteral("phone")).toString();
    contact.role = record.value(QStringLiteral("role")).toString();
    contact.version = record.value(QStringLiteral("version")).toLongLong();
    return contact;
}

EntityWriter::SearchDocument clientDocument(const Client &client)
{
    return {client.name,
            QStringList {client.legalName, client.email, client.tags.join(u' ')}.join(u' ')};
}

EntityWriter::SearchDocument contactDocument(const Contact &contact)
{
    return {contact.name, contact.email};
}

Error clientMissing()
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::ClientRepository",
                                             "This client no longer exists; it may have been "
                                             "deleted."));
}
} // namespace

ClientRepository::ClientRepository(Store &store)
    : m_store(store)
{ }

Result<Client> ClientRepository::find(const QString &id) const
{
    auto row = EntityTable(m_store.database(), ClientEntity)
                   .row(id, EntityTable::selectColumns(clientValues({})));
    if (!row)
        return row.error();
    if (!*row)
        return clientMissing();
    return clientFrom(**row);
}

Result<Client> ClientRepository::create(Client client)
{
    if (auto valid = client.validate(); !valid)
        return valid.error();
    if (client.id.isEmpty())
        client.id = RepositorySupport::newId();
    auto written = EntityWriter(m_store, ClientEntity, SearchIndex::Kind::Client)
                       .create(client.id, clientValues(client), clientDocument(client));
    if (!written)
        return written.error();
    return find(client.id);
}

Result<Client> ClientRepository::update(const Client &client)
{
    if (auto valid = client.validate(); !valid)
        return valid.error();
    auto written = EntityWriter(m_store, ClientEntity, SearchIndex::Kind::Client)
                       .change(client.id, clientValues(client), clientDocument(client));
    if (!written)
        return written.error();
    return find(client.id);
}

Result<void> ClientRepository::remove(const QString &id)
{
    auto contactsOfClient = contacts(id);
    if (!contactsOfClient)
        return contactsOfClient.error();
    return m_store.writeChanges([&]() -> Result<QList<Change>> {
        QList<Change> changes;
        EntityWriter contactWriter(m_store, ContactEntity, SearchIndex::Kind::Contact);
        for (const Contact &contact : std::as_const(*contactsOfClient)) {
            auto change = contactWriter.tombstone(contact.id);
            if (!change)
                return change.error();
            changes << *change;
        }
        auto change = EntityWriter(m_store, ClientEntity, SearchIndex::Kind::Client).tombstone(id);
        if (!change)
            return change.error();
        changes << *change;
        return changes;
    });
}

Result<QList<Contact>> ClientRepository::contacts(const QString &clientId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM contact WHERE client_id = ? AND deleted_at IS NULL "
                       "ORDER BY name COLLATE NOCASE, id")
            .arg(EntityTable::selectColumns(contactValues({})).join(QStringLiteral(", "))));
    query.addBindValue(clientId);
    if (!query.exec())
        return StoreError::from(query.lastError());
    QList<Contact> result;
    while (query.next())
        result << contactFrom(query.record());
    return result;
}

Result<Contact> ClientRepository::findContact(const QString &id) const
{
    auto row = EntityTable(m_store.database(), ContactEntity)
                   .row(id, EntityTable::selectColumns(contactValues({})));
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorKind::InvalidInput,
                     QCoreApplication::translate("ClientDesk::ClientRepository",
                                                 "This contact no longer exists."));
    return contactFrom(**row);
}

Result<Contact> ClientRepository::addContact(Contact contact)
{
    if (auto valid = contact.validate(); !valid)
        return valid.error();
    if (auto client = find(contact.clientId); !client)
        return client.error();
    if (contact.id.isEmpty())
        contact.id = RepositorySupport::newId();
    auto written = EntityWriter(m_store, ContactEntity, SearchIndex::Kind::Contact)
                       .create(contact.id, contactValues(contact), contactDocument(contact));
    if (!written)
        return written.error();
    return findContact(contact.id);
}

Result<Contact> ClientRepository::updateContact(const Contact &contact)
{
    if (auto valid = contact.validate(); !valid)
        return valid.error();
    auto written = EntityWriter(m_store, ContactEntity, SearchIndex::Kind::Contact)
                       .change(contact.id, contactValues(contact), contactDocument(contact));
    if (!written)
        return written.error();
    return findContact(contact.id);
}

Result<void> ClientRepository::removeContact(const QString &id)
{
    return EntityWriter(m_store, ContactEntity, SearchIndex::Kind::Contact).remove(id);
}

} // namespace ClientDesk
