// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for the current passphrase and a new one (typed twice, rated as it is typed). The caller
// checks the current one and re-wraps the key off the GUI thread, then closes the dialog or
// says why it could not.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ClientDesk {

class PassphraseStrengthMeter;

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(QWidget *parent = nullptr);

    // The passphrases as typed; the caller encodes them and then calls clearPassphrases().
    QString currentPassphrase() const;
    QString newPassphrase() const;
    void clearPassphrases();
    // While the keys are worked on: fields and buttons disabled, a line says so, and the
    // dialog cannot be closed (that would abandon the work half-way).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Ends the busy state and shows why the change did not happen (e.g. a wrong current
    // passphrase); the current passphrase field takes the focus.
    void showError(const QString &message);
    void reject() override;

Q_SIGNALS:
    // Every field is filled, the new passphrase is strong enough, differs from the current one
    // and was repeated exactly.
    void changeRequested();

private:
    void submit();
    void showMessage(const QString &message, bool error);

    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    PassphraseStrengthMeter *m_strength;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace ClientDesk
