// SPDX-License-Identifier: GPL-3.0-or-later
// The application settings, one tab per area: General (appearance, language, auto-lock),
// Agency (the profile invoices print) and Security (unlocking through the OS keychain, the
// passphrase, a new recovery kit). It saves preferences itself; for the agency profile and the
// keys it asks the app through signals, since those need the open workspace.
#pragma once

#include "models/domain/AgencyProfile.h"
#include "ui/Preferences.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace ClientDesk {

class AgencyProfileTab;
class PreferencesTab;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { General, Agency, Security };

    // Preferences in the app's own settings.
    explicit SettingsDialog(QWidget *parent = nullptr);
    // Preferences kept in `preferences` (tests: a settings file in a temporary folder).
    explicit SettingsDialog(Preferences preferences, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    AgencyProfileTab *agencyTab() const { return m_agency; }
    PreferencesTab *preferencesTab() const { return m_preferences; }
    // The agency profile form as it stands, edits included.
    AgencyProfile agencyProfile() const;

    bool unlocksAutomatically() const;
    bool isKeychainBusy() const { return m_keychainBusy; }

public Q_SLOTS:
    // Shows the current state, e.g. after the app read it or undid a failed change; emits nothing.
    void setUnlocksAutomatically(bool on);
    // While the app talks to the keychain the box cannot be changed again.
    void setKeychainBusy(bool busy);
    // An error or notice about the keychain under the box; an empty message hides it.
    void showKeychainMessage(const QString &message);
    // Shows the stored agency profile (after loading it, and after saving it); the Agency tab
    // is disabled until the first call.
    void setAgencyProfile(const ClientDesk::AgencyProfile &profile);
    // Under the agency form: why saving failed (error) or that it worked; empty hides it.
    void showAgencyMessage(const QString &message, bool error);

Q_SIGNALS:
    // The person turned automatic unlocking on or off.
    void unlockAutomaticallyToggled(bool on);
    // The person asked for a new recovery kit and confirmed that the old key stops working.
    void newRecoveryKitRequested();
    // The person pressed Change Passphrase; the app shows ChangePassphraseDialog.
    void changePassphraseRequested();
    // The agency form passed AgencyProfile::validate() and the person asked to save it. The app
    // saves it, then calls setAgencyProfile() and showAgencyMessage() with the outcome.
    void agencyProfileSaveRequested(const ClientDesk::AgencyProfile &profile);
    // The person chose another preference; it is already saved.
    void appearanceChanged(ClientDesk::Preferences::Appearance appearance);
    void languageChanged(const QString &code);
    void autoLockChanged(int minutes);

protected:
    // Asks whether to replace the recovery kit; true to go ahead. Tests override it.
    virtual bool confirmNewKit();

private:
    QWidget *makeSecurityTab();
    void requestNewKit();
    // Enter saves the agency form on its tab, and closes the dialog elsewhere.
    void updateDefaultButton();

    QTabWidget *m_tabs;
    PreferencesTab *m_preferences;
    AgencyProfileTab *m_agency;
    QPushButton *m_close = nullptr;
    QCheckBox *m_unlockAutomatically = nullptr;
    QLabel *m_keychainMessage = nullptr;
    QPushButton *m_newKitButton = nullptr;
    QPushButton *m_changePassphraseButton = nullptr;
    bool m_keychainBusy = false;
    bool m_showsBusyMessage = false;
};

} // namespace ClientDesk
