// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ContactDialog.h"

#include "models/store/ClientRepository.h"
#include "ui/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, const QString &text,
                    int maxLength)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

ContactDialog::ContactDialog(Session &session, Contact contact, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_contact(std::move(contact))
    , m_name(lineEdit(this, tr("Contact name"), m_contact.name, 200))
    , m_role(lineEdit(this, tr("Contact role"), m_contact.role, 200))
    , m_email(lineEdit(this, tr("Contact email"), m_contact.email, 254))
    , m_phone(lineEdit(this, tr("Contact phone"), m_contact.phone, 50))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(m_contact.id.isEmpty() ? tr("Add Contact") : tr("Edit Contact"));
    m_role->setPlaceholderText(tr("e.g. Marketing lead"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    // Bold, and the text says what is wrong: colour is never the only cue.
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save contact"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
}

QString ContactDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ContactDialog::accept()
{
    Contact edited = m_contact;
    edited.name = m_name->text().trimmed();
    edited.role = m_role->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    Result<Contact> stored = [&]() -> Result<Contact> {
        if (auto valid = edited.validate(); !valid)
            return valid.error();
        ClientRepository clients(m_session.store());
        return edited.id.isEmpty() ? clients.addContact(edited) : clients.updateContact(edited);
    }();
    if (!stored) {
        m_message->setText(stored.error().message());
        m_message->show();
        return;
    }
    m_contact = *stored;
    m_session.notifyChanged(Session::Record::Contact, m_contact.id);
    QDialog::accept();
}

} // namespace ClientDesk
