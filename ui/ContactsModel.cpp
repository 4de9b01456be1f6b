// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactsModel.h"

#include <algorithm>

namespace ClientDesk {

ContactsModel::ContactsModel(QObject *parent)
    : RecordTableModel(ColumnCount, parent)
{ }

void ContactsModel::setContacts(QList<Contact> contacts)
{
    std::stable_sort(contacts.begin(), contacts.end(), [](const Contact &a, const Contact &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    setRecords(std::move(contacts));
}

QVariant ContactsModel::cell(const Contact &contact, int column) const
{
    switch (column) {
    case Name:
        return contact.name;
    case Role:
        return contact.role;
    case Email:
        return contact.email;
    case Phone:
        return contact.phone;
    default:
        return {};
    }
}

QVariant ContactsModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace ClientDesk
