// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChangePassphraseDialog.h"

#include "models/crypto/PassphraseStrength.h"
#include "ui/Appearance.h"
#include "ui/PassphraseStrengthMeter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLineEdit *passphraseEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(1024);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(QWidget *parent)
    : QDialog(parent)
    , m_current(passphraseEdit(this, tr("Current passphrase")))
    , m_new(passphraseEdit(this, tr("New passphrase")))
    , m_repeat(passphraseEdit(this, tr("Repeat new passphrase")))
    , m_strength(new PassphraseStrengthMeter(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change Passphrase"));
    setObjectName(QStringLiteral("changePassphraseDialog"));

    auto *intro = new QLabel(tr("The new passphrase unlocks this workspace from now on; the old "
                                "one stops working. Your recovery kit keeps working."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Change Passphrase"));
    ok->setAccessibleName(tr("Change passphrase"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Current passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("&Repeat new passphrase:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    m_current->setFocus();

    connect(m_new, &QLineEdit::textChanged, m_strength, &PassphraseStrengthMeter::assess);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
}

QString ChangePassphraseDialog::currentPassphrase() const
{
    return m_current->text();
}

QString ChangePassphraseDialog::newPassphrase() const
{
    return m_new->text();
}

void ChangePassphraseDialog::clearPassphrases()
{
    m_current->clear();
    m_new->clear();
    m_repeat->clear();
}

void ChangePassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_current), static_cast<QWidget *>(m_new),
                            static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_buttons)})
        widget->setEnabled(!busy);
    if (busy)
        showMessage(tr("Changing the passphrase\u2026"), false);
}

void ChangePassphraseDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(message, true);
    m_current->selectAll();
    m_current->setFocus();
}

void ChangePassphraseDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ChangePassphraseDialog::submit()
{
    if (m_current->text().isEmpty()) {
        showMessage(tr("Enter your current passphrase."), true);
        m_current->setFocus();
        return;
    }
    const PassphraseStrength strength = PassphraseStrength::assess(m_new->text());
    if (!strength.acceptable()) {
        showMessage(tr("Choose a stronger new passphrase. %1").arg(strength.hint()), true);
        m_new->setFocus();
        return;
    }
    if (m_new->text() != m_repeat->text()) {
        showMessage(tr("The two new passphrases do not match."), true);
        m_repeat->setFocus();
        return;
    }
    if (m_new->text() == m_current->text()) {
        showMessage(tr("The new passphrase is the same as the current one. Choose another."), true);
        m_new->setFocus();
        return;
    }
    m_message->hide();
    Q_EMIT changeRequested();
}

void ChangePassphraseDialog::showMessage(const QString &message, bool error)
{
    // Errors are bold and red, and the text itself says what is wrong: colour is never the
    // only cue.
    m_message->setStyleSheet(error ? QStringLiteral("color: %1; font-weight: bold;")
                                         .arg(Appearance::errorColor(palette()).name())
                                   : QString());
    m_message->setText(message);
    m_message->show();
}

} // namespace ClientDesk
