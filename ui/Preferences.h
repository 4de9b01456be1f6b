// SPDX-License-Identifier: GPL-3.0-or-later
// Typed access to this computer's ClientDesk preferences kept in QSettings: appearance,
// language and auto-lock. Values that were stored by hand or by another version and make no
// sense read as the default.
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace ClientDesk {

class Preferences
{
    Q_GADGET

public:
    enum class Appearance { Light, Dark, System };
    Q_ENUM(Appearance)

    static constexpr int DefaultAutoLockMinutes = 10;

    // The app's own settings: QSettings() under the organisation and application names main()
    // sets.
    Preferences();
    // Settings in an INI file of their own (tests keep one in a temporary folder).
    explicit Preferences(const QString &iniFile);

    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // A language code from languages(); "" follows the system's language.
    QString language() const;
    void setLanguage(const QString &code);

    // Minutes without input before the workspace locks; 0 never locks.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    // "" (the system's), "en", "de", "fr": the languages ClientDesk ships.
    static QStringList languages();
    // The auto-lock choices offered, in minutes: 0 (never), 1, 5, 10, 15, 30, 60.
    static QList<int> autoLockChoices();

    // Writes pending changes to disk now (QSettings otherwise does it later).
    void sync();

private:
    // Shared, so copies of a Preferences write to one settings object.
    std::shared_ptr<QSettings> m_settings;
};

} // namespace ClientDesk
