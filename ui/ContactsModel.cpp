// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactsModel.h"

#include <algorithm>

namespace ClientDesk {

ContactsModel::ContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ContactsModel::setContacts(QList<Contact> contacts)
{
    std::stable_sort(contacts.begin(), contacts.end(), [](const Contact &a, const Contact &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &contact = m_contacts.at(index.row());
    if (role == IdRole)
        return contact.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
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

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
