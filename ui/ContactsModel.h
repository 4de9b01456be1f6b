// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts of one client as a table (name, role, email, phone), held in memory: a client
// has a few contacts, read in one indexed query.
#pragma once

#include "models/domain/Contact.h"
#include "ui/RecordTableModel.h"

namespace ClientDesk {

class ContactsModel : public RecordTableModel<Contact>
{
    Q_OBJECT

public:
    enum ColumnIndex { Name, Role, Email, Phone, ColumnCount };

    explicit ContactsModel(QObject *parent = nullptr);

    // Shows `contacts`, sorted by name as people look them up.
    void setContacts(QList<Contact> contacts);
    const Contact &contactAt(int row) const { return recordAt(row); }

protected:
    QVariant cell(const Contact &contact, int column) const override;
    QVariant columnTitle(int column) const override;
};

} // namespace ClientDesk
