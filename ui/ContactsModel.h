// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts of one client as a table (name, role, email, phone), held in memory: a client
// has a few contacts, read in one indexed query.
#pragma once

#include "models/domain/Contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClientDesk {

class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex { Name, Role, Email, Phone, ColumnCount };
    // The contact's id, for editing or removing what a row shows.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ContactsModel(QObject *parent = nullptr);

    // Shows `contacts`, sorted by name as people look them up.
    void setContacts(QList<Contact> contacts);
    const Contact &contactAt(int row) const { return m_contacts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};

} // namespace ClientDesk
