// SPDX-License-Identifier: GPL-3.0-or-later
// Stores the client aggregate — clients and their contacts — with audit, outbox and search in step.
#pragma once

#include "models/domain/Client.h"
#include "models/domain/Contact.h"
#include "models/domain/Result.h"

namespace ClientDesk {

class Store;

class ClientRepository
{
public:
    explicit ClientRepository(Store &store);

    Result<Client> find(const QString &id) const;
    // Validates, gives the client an id when it has none, and returns it as stored.
    Result<Client> create(Client client);
    // Writes the fields that changed (the audit and outbox name them); the stored version is
    // the outbox entry's base version.
    Result<Client> update(const Client &client);
    // Tombstones the client and its contacts. Clients with invoices stay (financial records);
    // erasure under the privacy rules is a separate workflow.
    Result<void> remove(const QString &id);

    Result<QList<Contact>> contacts(const QString &clientId) const;
    Result<Contact> findContact(const QString &id) const;
    Result<Contact> addContact(Contact contact);
    Result<Contact> updateContact(const Contact &contact);
    Result<void> removeContact(const QString &id);

private:
    Store &m_store;
};

} // namespace ClientDesk
