// SPDX-License-Identifier: GPL-3.0-or-later
// The application settings, one tab per area; the Security tab turns unlocking through the
// OS keychain on or off and makes a new recovery kit.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ClientDesk {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    bool unlocksAutomatically() const;
    bool isKeychainBusy() const { return m_keychainBusy; }

public Q_SLOTS:
    // Shows the current state, e.g. after the app read it or undid a failed change; emits nothing.
    void setUnlocksAutomatically(bool on);
    // While the app talks to the keychain the box cannot be changed again.
    void setKeychainBusy(bool busy);
    // An error or notice about the keychain under the box; an empty message hides it.
    void showKeychainMessage(const QString &message);

Q_SIGNALS:
    // The person turned automatic unlocking on or off.
    void unlockAutomaticallyToggled(bool on);
    // The person asked for a new recovery kit and confirmed that the old key stops working.
    void newRecoveryKitRequested();

protected:
    // Asks whether to replace the recovery kit; true to go ahead. Tests override it.
    virtual bool confirmNewKit();

private:
    QWidget *makeSecurityTab();
    void requestNewKit();

    QTabWidget *m_tabs;
    QCheckBox *m_unlockAutomatically = nullptr;
    QLabel *m_keychainMessage = nullptr;
    QPushButton *m_newKitButton = nullptr;
    bool m_keychainBusy = false;
    bool m_showsBusyMessage = false;
};

} // namespace ClientDesk
