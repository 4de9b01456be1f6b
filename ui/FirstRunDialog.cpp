// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FirstRunDialog.h"

#include "models/crypto/PassphraseStrength.h"
#include "ui/PassphraseStrengthMeter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_workspaceName(lineEdit(this, tr("Workspace name"), 200))
    , m_region(new QComboBox(this))
    , m_ownerName(lineEdit(this, tr("Your name"), 200))
    , m_ownerEmail(lineEdit(this, tr("Your email"), 254))
    , m_passphrase(lineEdit(this, tr("Passphrase"), 1024))
    , m_repeat(lineEdit(this, tr("Repeat passphrase"), 1024))
    , m_strength(new PassphraseStrengthMeter(this))
    , m_unlockAutomatically(new QCheckBox(tr("&Unlock automatically on this device"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Welcome to ClientDesk"));
    setObjectName(QStringLiteral("firstRunDialog"));

    auto *intro = new QLabel(tr("<b>Create your workspace</b><br>Everything you keep in ClientDesk "
                                "is stored encrypted on this computer. Your passphrase unlocks "
                                "it. Next you get a recovery kit: the only way back in if the "
                                "passphrase is forgotten, as nobody at ClientDesk can recover "
                                "it."),
                             this);
    intro->setWordWrap(true);

    m_workspaceName->setPlaceholderText(tr("e.g. Nordlicht Studio"));
    for (Region::Code code : Region::all())
        m_region->addItem(Region::displayName(code), static_cast<int>(code));
    m_region->setAccessibleName(tr("Region"));
    m_ownerEmail->setPlaceholderText(tr("name@agency.com"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_unlockAutomatically->setAccessibleName(tr("Unlock automatically on this device"));
    m_unlockAutomatically->setToolTip(
        tr("Keeps the workspace key in this computer's keychain, so ClientDesk opens without "
           "the passphrase for this computer account. Leave it off on shared computers."));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create workspace"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create workspace"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Workspace name:"), m_workspaceName);
    form->addRow(tr("R&egion:"), m_region);
    form->addRow(tr("Your &name:"), m_ownerName);
    form->addRow(tr("Your e&mail:"), m_ownerEmail);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Re&peat passphrase:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);
    form->addRow(QString(), m_unlockAutomatically);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_passphrase, &QLineEdit::textChanged, m_strength, &PassphraseStrengthMeter::assess);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
}

WorkspaceSetup FirstRunDialog::setup() const
{
    WorkspaceSetup setup;
    setup.workspaceName = m_workspaceName->text().trimmed();
    setup.region = static_cast<Region::Code>(m_region->currentData().toInt());
    setup.ownerName = m_ownerName->text().trimmed();
    setup.ownerEmail = m_ownerEmail->text().trimmed();
    return setup;
}

QString FirstRunDialog::passphrase() const
{
    return m_passphrase->text();
}

void FirstRunDialog::clearPassphrases()
{
    m_passphrase->clear();
    m_repeat->clear();
}

bool FirstRunDialog::unlockAutomatically() const
{
    return m_unlockAutomatically->isChecked();
}

void FirstRunDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_workspaceName), static_cast<QWidget *>(m_region),
          static_cast<QWidget *>(m_ownerName), static_cast<QWidget *>(m_ownerEmail),
          static_cast<QWidget *>(m_passphrase), static_cast<QWidget *>(m_repeat),
          static_cast<QWidget *>(m_unlockAutomatically), static_cast<QWidget *>(m_buttons)})
        widget->setEnabled(!busy);
    if (busy) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Creating your encrypted workspace…"));
        m_message->show();
    }
}

void FirstRunDialog::showError(const QString &message)
{
    setBusy(false);
    // Bold and red, and the text itself says what is wrong: colour is never the only cue.
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_message->setText(message);
    m_message->show();
}

void FirstRunDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void FirstRunDialog::submit()
{
    if (auto valid = setup().validate(); !valid) {
        showError(valid.error().message());
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases do not match."));
        m_repeat->setFocus();
        return;
    }
    const PassphraseStrength strength = PassphraseStrength::assess(m_passphrase->text());
    if (!strength.acceptable()) {
        showError(tr("Choose a stronger passphrase. %1").arg(strength.hint()));
        m_passphrase->setFocus();
        return;
    }
    m_message->hide();
    Q_EMIT createRequested();
}

} // namespace ClientDesk
