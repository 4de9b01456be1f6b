// SPDX-License-Identifier: GPL-3.0-or-later
// Adds or edits one contact of a client. OK writes it at once (a contact is a record of its
// own); a domain error is shown in the dialog, which stays open and saves nothing.
#pragma once

#include "models/domain/Contact.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ClientDesk {

class Session;

class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    // A contact without an id is added to contact.clientId; one with an id is edited.
    ContactDialog(Session &session, Contact contact, QWidget *parent = nullptr);

    // The contact as stored, once accepted.
    const Contact &contact() const { return m_contact; }
    // The error shown, or empty.
    QString message() const;

    // Validates and writes; closes only when the contact was stored.
    void accept() override;

private:
    Session &m_session;
    Contact m_contact;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ClientDesk
