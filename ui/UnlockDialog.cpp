// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnlockDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClientDesk {

UnlockDialog::UnlockDialog(QWidget *parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Unlock ClientDesk"));
    setObjectName(QStringLiteral("unlockDialog"));
    auto *intro = new QLabel(tr("<b>This workspace is locked.</b><br>Enter your passphrase to "
                                "open it."),
                             this);
    intro->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Quit"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
}

QString UnlockDialog::passphrase() const
{
    return m_passphrase->text();
}

void UnlockDialog::clearPassphrase()
{
    m_passphrase->clear();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Unlocking…"));
        m_message->show();
    }
}

void UnlockDialog::showError(const QString &message)
{
    setBusy(false);
    // Bold and red, and the text itself says what is wrong: colour is never the only cue.
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_message->setText(message);
    m_message->show();
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

void UnlockDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::submit()
{
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Enter your passphrase."));
        return;
    }
    Q_EMIT unlockRequested();
}

} // namespace ClientDesk
