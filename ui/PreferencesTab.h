// SPDX-License-Identifier: GPL-3.0-or-later
// The General settings: appearance (Light, Dark, System), language and when the workspace
// locks by itself. Each change is saved to the preferences at once and reported.
#pragma once

#include "ui/Preferences.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;

namespace ClientDesk {

class PreferencesTab : public QWidget
{
    Q_OBJECT

public:
    explicit PreferencesTab(Preferences preferences, QWidget *parent = nullptr);

    Preferences preferences() const { return m_preferences; }
    // Focus on the chosen appearance, where a dialog opening on this tab starts.
    void focusFirstControl();

Q_SIGNALS:
    // Each is emitted after the person changed the value and it was saved.
    void appearanceChanged(ClientDesk::Preferences::Appearance appearance);
    void languageChanged(const QString &code);
    void autoLockChanged(int minutes);

private:
    QWidget *makeAppearanceGroup();
    QWidget *makeLanguageGroup();
    QWidget *makeLockingGroup();
    QString autoLockText(int minutes) const;
    void chooseAppearance(int id);
    void chooseLanguage(int index);
    void chooseAutoLock(int index);

    Preferences m_preferences;
    QButtonGroup *m_appearance = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_autoLock = nullptr;
};

} // namespace ClientDesk
