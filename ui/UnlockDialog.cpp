// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnlockDialog.h"

#include "models/crypto/PassphraseStrength.h"
#include "models/crypto/RecoveryKit.h"
#include "ui/PassphraseStrengthMeter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLabel *intro(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLineEdit *secretField(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(1024);
    return edit;
}
} // namespace

UnlockDialog::UnlockDialog(QWidget *parent)
    : QDialog(parent)
    , m_passphrase(secretField(tr("Passphrase"), this))
    , m_recoveryKey(new QLineEdit(this))
    , m_newPassphrase(secretField(tr("New passphrase"), this))
    , m_repeat(secretField(tr("Repeat new passphrase"), this))
    , m_strength(new PassphraseStrengthMeter(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_switchMode(new QPushButton(this))
{
    setWindowTitle(tr("Unlock ClientDesk"));
    setObjectName(QStringLiteral("unlockDialog"));
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_passphrasePage = makePassphrasePage();
    m_recoveryPage = makeRecoveryPage();
    m_switchMode->setAutoDefault(false);
    m_buttons->addButton(m_switchMode, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passphrasePage);
    layout->addWidget(m_recoveryPage);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    // The dialog fits what it shows: the page in use and a message when there is one.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    setMinimumWidth(480);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_switchMode, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::Passphrase ? Mode::RecoveryKey : Mode::Passphrase); });
    setMode(Mode::Passphrase);
}

QWidget *UnlockDialog::makePassphrasePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        intro(tr("<b>This workspace is locked.</b><br>Enter your passphrase to open it."), page));
    layout->addLayout(form);
    return page;
}

QWidget *UnlockDialog::makeRecoveryPage()
{
    auto *page = new QWidget(this);
    // Typed from paper: shown as typed, in a font where 0 and O look different.
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX"));
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryKey->setMaxLength(200);
    // Wide enough for the whole key as written in the kit.
    m_recoveryKey->setMinimumWidth(
        m_recoveryKey->fontMetrics().horizontalAdvance(m_recoveryKey->placeholderText()) + 16);
    auto *load = new QPushButton(tr("&Load from File…"), page);
    load->setAccessibleName(tr("Load the recovery key from a saved kit"));
    load->setAutoDefault(false);
    connect(load, &QPushButton::clicked, this, &UnlockDialog::loadKitFile);
    // Tab follows the page from top to bottom: the key, its Load button, the new passphrase.
    QWidget::setTabOrder(m_recoveryKey, load);
    QWidget::setTabOrder(load, m_newPassphrase);
    QWidget::setTabOrder(m_newPassphrase, m_repeat);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_recoveryKey, 1);
    keyRow->addWidget(load);
    connect(m_newPassphrase, &QLineEdit::textChanged, m_strength, &PassphraseStrengthMeter::assess);

    auto *keyLabel = new QLabel(tr("&Recovery key:"), page);
    keyLabel->setBuddy(m_recoveryKey);
    auto *form = new QFormLayout;
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&New passphrase:"), m_newPassphrase);
    form->addRow(tr("Repea&t:"), m_repeat);
    form->addRow(tr("Strength:"), m_strength);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro(tr("<b>Forgot your passphrase?</b><br>Enter the recovery key from "
                               "the recovery kit you saved when you set up this workspace, and "
                               "choose a new passphrase."),
                            page));
    layout->addLayout(form);
    return page;
}

void UnlockDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool recovery = mode == Mode::RecoveryKey;
    m_passphrasePage->setVisible(!recovery);
    m_recoveryPage->setVisible(recovery);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(recovery ? tr("Reset Passphrase") : tr("Unlock"));
    ok->setAccessibleName(ok->text());
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Quit"));
    m_switchMode->setText(recovery ? tr("Use &Passphrase") : tr("&Forgot Passphrase?"));
    m_switchMode->setAccessibleName(recovery ? tr("Unlock with the passphrase instead")
                                             : tr("Forgot the passphrase: use the recovery key"));
    m_message->hide();
    (recovery ? m_recoveryKey : m_passphrase)->setFocus();
}

QString UnlockDialog::passphrase() const
{
    return m_passphrase->text();
}

QString UnlockDialog::recoveryKeyText() const
{
    return m_recoveryKey->text();
}

QString UnlockDialog::newPassphrase() const
{
    return m_newPassphrase->text();
}

void UnlockDialog::clearPassphrase()
{
    // The recovery key stays, so a mistyped new passphrase does not mean typing it again;
    // it goes with the dialog.
    for (QLineEdit *edit : {m_passphrase, m_newPassphrase, m_repeat})
        edit->clear();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrasePage->setEnabled(!busy);
    m_recoveryPage->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        showMessage(m_mode == Mode::RecoveryKey ? tr("Setting the new passphrase…")
                                                : tr("Unlocking…"),
                    false);
}

void UnlockDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(message, true);
    QLineEdit *field = m_mode == Mode::RecoveryKey ? m_recoveryKey : m_passphrase;
    field->selectAll();
    field->setFocus();
}

void UnlockDialog::showNotice(const QString &message)
{
    showMessage(message, false);
}

void UnlockDialog::showMessage(const QString &message, bool error)
{
    // Errors are bold and red, and the text itself says what is wrong: colour is never the
    // only cue.
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QString());
    m_message->setText(message);
    m_message->show();
}

void UnlockDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::loadKitFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Recovery Kit"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read the file: %1").arg(file.errorString()));
        return;
    }
    QByteArray contents = file.read(64 * 1024);
    QString text = QString::fromUtf8(contents);
    SecretBytes::wipe(contents);
    auto key = RecoveryKit::findKey(text);
    text.fill(QLatin1Char('\0'));
    if (!key) {
        showError(key.error().message());
        return;
    }
    m_recoveryKey->setText(key->formatted());
    m_message->hide();
    m_newPassphrase->setFocus();
}

void UnlockDialog::submit()
{
    if (m_mode == Mode::Passphrase) {
        if (m_passphrase->text().isEmpty()) {
            showError(tr("Enter your passphrase."));
            return;
        }
        Q_EMIT unlockRequested();
        return;
    }
    // A typo in the key is caught here, before the slow key derivation.
    if (auto key = RecoveryKit::findKey(m_recoveryKey->text()); !key) {
        showError(key.error().message());
        return;
    }
    if (m_newPassphrase->text() != m_repeat->text()) {
        showMessage(tr("The two new passphrases do not match."), true);
        m_repeat->setFocus();
        return;
    }
    const PassphraseStrength strength = PassphraseStrength::assess(m_newPassphrase->text());
    if (!strength.acceptable()) {
        showMessage(tr("Choose a stronger passphrase. %1").arg(strength.hint()), true);
        m_newPassphrase->setFocus();
        return;
    }
    Q_EMIT resetRequested();
}

} // namespace ClientDesk
