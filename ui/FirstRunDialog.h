// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run dialog: names the workspace and its owner and sets the passphrase that protects it.
#pragma once

#include "models/domain/WorkspaceSetup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ClientDesk {

class PassphraseStrengthMeter;

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    WorkspaceSetup setup() const;
    // The passphrase as typed; the caller encodes and wipes it.
    QString passphrase() const;
    void clearPassphrases();
    // "Unlock automatically on this device": keep the key in the OS keychain.
    bool unlockAutomatically() const;
    // Shown while the keys are derived and the store is written, and undone by showError.
    void setBusy(bool busy);
    void showError(const QString &message);
    bool isBusy() const { return m_busy; }
    // While the keys are being worked on, closing would abandon the work half-way.
    void reject() override;

Q_SIGNALS:
    // Emitted when every field is valid and the person pressed Create.
    void createRequested();

private:
    void submit();

    QLineEdit *m_workspaceName;
    QComboBox *m_region;
    QLineEdit *m_ownerName;
    QLineEdit *m_ownerEmail;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    PassphraseStrengthMeter *m_strength;
    QCheckBox *m_unlockAutomatically;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace ClientDesk
