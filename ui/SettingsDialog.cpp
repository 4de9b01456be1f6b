// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "ui/AgencyProfileTab.h"
#include "ui/PreferencesTab.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QLabel *paragraphLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : SettingsDialog(Preferences(), parent)
{ }

SettingsDialog::SettingsDialog(Preferences preferences, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_preferences(new PreferencesTab(std::move(preferences), m_tabs))
    , m_agency(new AgencyProfileTab(m_tabs))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->tabBar()->setAccessibleName(tr("Settings tabs"));
    m_tabs->addTab(m_preferences, tr("&General"));
    m_tabs->addTab(m_agency, tr("&Agency"));
    m_tabs->addTab(makeSecurityTab(), tr("&Security"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAccessibleName(tr("Close"));
    // Enter closes; the dialog opens on the chosen appearance, not on a button that changes keys.
    updateDefaultButton();
    m_preferences->focusFirstControl();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    setMinimumWidth(720);

    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsDialog::updateDefaultButton);
    connect(m_agency, &AgencyProfileTab::saveRequested, this,
            &SettingsDialog::agencyProfileSaveRequested);
    connect(m_preferences, &PreferencesTab::appearanceChanged, this,
            &SettingsDialog::appearanceChanged);
    connect(m_preferences, &PreferencesTab::languageChanged, this,
            &SettingsDialog::languageChanged);
    connect(m_preferences, &PreferencesTab::autoLockChanged, this,
            &SettingsDialog::autoLockChanged);
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

AgencyProfile SettingsDialog::agencyProfile() const
{
    return m_agency->profile();
}

void SettingsDialog::setAgencyProfile(const AgencyProfile &profile)
{
    m_agency->setProfile(profile);
}

void SettingsDialog::showAgencyMessage(const QString &message, bool error)
{
    m_agency->showMessage(message, error);
}

void SettingsDialog::updateDefaultButton()
{
    const bool agency = currentPage() == Page::Agency;
    m_agency->saveButton()->setDefault(agency);
    m_close->setDefault(!agency);
}

QWidget *SettingsDialog::makeSecurityTab()
{
    auto *tab = new QWidget(m_tabs);

    auto *unlocking = new QGroupBox(tr("Unlocking"), tab);
    m_unlockAutomatically = new QCheckBox(tr("&Unlock automatically on this device"), unlocking);
    m_unlockAutomatically->setAccessibleName(tr("Unlock automatically on this device"));
    auto *keychainExplanation = paragraphLabel(
        tr("The key is kept in this computer's keychain (GNOME Keyring, KWallet, macOS Keychain "
           "or Windows Credential Manager). Anyone who can log in to this computer account can "
           "then open the workspace."),
        unlocking);
    m_keychainMessage = paragraphLabel(QString(), unlocking);
    m_keychainMessage->setObjectName(QStringLiteral("keychainMessage"));
    // Bold sets it apart from the explanation above it without relying on colour.
    QFont messageFont = m_keychainMessage->font();
    messageFont.setBold(true);
    m_keychainMessage->setFont(messageFont);
    m_keychainMessage->hide();
    // The lines under the box start where its text does, so they read as belonging to it.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    auto *details = new QVBoxLayout;
    details->setContentsMargins(indent, 0, 0, 0);
    details->addWidget(keychainExplanation);
    details->addWidget(m_keychainMessage);
    auto *unlockingLayout = new QVBoxLayout(unlocking);
    unlockingLayout->addWidget(m_unlockAutomatically);
    unlockingLayout->addLayout(details);

    auto *recovery = new QGroupBox(tr("Recovery kit"), tab);
    m_newKitButton = new QPushButton(tr("&New Recovery Kit\u2026"), recovery);
    m_newKitButton->setAccessibleName(tr("New recovery kit"));
    auto *newKitExplanation = paragraphLabel(
        tr("Makes a new recovery key for this workspace and shows it once, to save or print. "
           "The recovery key you saved before stops working."),
        recovery);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_newKitButton);
    buttonRow->addStretch();
    auto *recoveryLayout = new QVBoxLayout(recovery);
    recoveryLayout->addLayout(buttonRow);
    recoveryLayout->addWidget(newKitExplanation);

    auto *passphrase = new QGroupBox(tr("Passphrase"), tab);
    m_changePassphraseButton = new QPushButton(tr("Change &Passphrase\u2026"), passphrase);
    m_changePassphraseButton->setAccessibleName(tr("Change passphrase"));
    auto *passphraseExplanation = paragraphLabel(
        tr("Sets a new passphrase for this workspace; you type the current one first. The "
           "recovery kit keeps working."),
        passphrase);
    auto *passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_changePassphraseButton);
    passphraseRow->addStretch();
    auto *passphraseLayout = new QVBoxLayout(passphrase);
    passphraseLayout->addLayout(passphraseRow);
    passphraseLayout->addWidget(passphraseExplanation);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(unlocking);
    layout->addWidget(passphrase);
    layout->addWidget(recovery);
    layout->addStretch();

    connect(m_unlockAutomatically, &QCheckBox::toggled, this, [this](bool on) {
        showKeychainMessage(QString());
        Q_EMIT unlockAutomaticallyToggled(on);
    });
    connect(m_newKitButton, &QPushButton::clicked, this, &SettingsDialog::requestNewKit);
    connect(m_changePassphraseButton, &QPushButton::clicked, this,
            &SettingsDialog::changePassphraseRequested);
    return tab;
}

bool SettingsDialog::unlocksAutomatically() const
{
    return m_unlockAutomatically->isChecked();
}

void SettingsDialog::setUnlocksAutomatically(bool on)
{
    const QSignalBlocker blocker(m_unlockAutomatically);
    m_unlockAutomatically->setChecked(on);
}

void SettingsDialog::setKeychainBusy(bool busy)
{
    m_keychainBusy = busy;
    m_unlockAutomatically->setEnabled(!busy);
    if (busy) {
        showKeychainMessage(tr("Waiting for the keychain\u2026"));
        m_showsBusyMessage = true;
    } else if (m_showsBusyMessage) {
        showKeychainMessage(QString());
    }
}

void SettingsDialog::showKeychainMessage(const QString &message)
{
    m_showsBusyMessage = false;
    m_keychainMessage->setText(message);
    m_keychainMessage->setVisible(!message.isEmpty());
    // A window does not grow by itself for wrapped text that appears after it was shown.
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

bool SettingsDialog::confirmNewKit()
{
    QMessageBox box(QMessageBox::Warning, tr("New Recovery Kit"),
                    tr("Make a new recovery kit? The recovery key you saved before will stop "
                       "working."),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void SettingsDialog::requestNewKit()
{
    if (confirmNewKit())
        Q_EMIT newRecoveryKitRequested();
}

} // namespace ClientDesk
