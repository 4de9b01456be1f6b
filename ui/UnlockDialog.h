// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for the passphrase of a locked workspace and shows why an attempt failed; for a
// forgotten passphrase, takes the recovery key and a new passphrase instead.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ClientDesk {

class PassphraseStrengthMeter;

class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Passphrase, RecoveryKey };

    explicit UnlockDialog(QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    QString passphrase() const;
    // Recovery mode: the key as typed (or loaded from a saved kit) and the new passphrase.
    QString recoveryKeyText() const;
    QString newPassphrase() const;
    // Empties the passphrase fields.
    void clearPassphrase();
    void setBusy(bool busy);
    void showError(const QString &message);
    // Information that is not a failure of the person's input, e.g. why the keychain did not
    // unlock the workspace by itself.
    void showNotice(const QString &message);
    bool isBusy() const { return m_busy; }
    // While the keys are being worked on, closing would abandon the work half-way.
    void reject() override;

Q_SIGNALS:
    void unlockRequested();
    // Recovery mode: the key parses and the new passphrase is acceptable.
    void resetRequested();

private:
    QWidget *makePassphrasePage();
    QWidget *makeRecoveryPage();
    void loadKitFile();
    void submit();
    void showMessage(const QString &message, bool error);

    // Two pages, one shown at a time. Not a QStackedWidget: it would keep the height of the
    // taller page (its height-for-width counts hidden pages too).
    QWidget *m_passphrasePage = nullptr;
    QWidget *m_recoveryPage = nullptr;
    QLineEdit *m_passphrase;
    QLineEdit *m_recoveryKey;
    QLineEdit *m_newPassphrase;
    QLineEdit *m_repeat;
    PassphraseStrengthMeter *m_strength;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_switchMode;
    Mode m_mode = Mode::Passphrase;
    bool m_busy = false;
};

} // namespace ClientDesk
