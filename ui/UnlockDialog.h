// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for the passphrase of a locked workspace and shows why an attempt failed.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ClientDesk {

class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(QWidget *parent = nullptr);

    QString passphrase() const;
    void clearPassphrase();
    void setBusy(bool busy);
    void showError(const QString &message);
    bool isBusy() const { return m_busy; }
    // While the keys are being worked on, closing would abandon the work half-way.
    void reject() override;

Q_SIGNALS:
    void unlockRequested();

private:
    void submit();

    QLineEdit *m_passphrase;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace ClientDesk
