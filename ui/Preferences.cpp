// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Preferences.h"

#include <QMetaEnum>
#include <QSettings>

namespace ClientDesk {

namespace {
const QString AppearanceKey = QStringLiteral("preferences/appearance");
const QString LanguageKey = QStringLiteral("preferences/language");
const QString AutoLockKey = QStringLiteral("preferences/autoLockMinutes");

// Stored by name, not number, so the file reads well and reordering the enum changes nothing.
QMetaEnum appearanceEnum()
{
    return QMetaEnum::fromType<Preferences::Appearance>();
}
} // namespace

Preferences::Preferences()
    : m_settings(std::make_shared<QSettings>())
{ }

Preferences::Preferences(const QString &iniFile)
    : m_settings(std::make_shared<QSettings>(iniFile, QSettings::IniFormat))
{ }

Preferences::Appearance Preferences::appearance() const
{
    const QByteArray name = m_settings->value(AppearanceKey).toString().toLatin1();
    bool ok = false;
    const int value = appearanceEnum().keyToValue(name.constData(), &ok);
    return ok ? static_cast<Appearance>(value) : Appearance::System;
}

void Preferences::setAppearance(Appearance appearance)
{
    m_settings->setValue(AppearanceKey,
                         QLatin1String(appearanceEnum().valueToKey(static_cast<int>(appearance))));
}

QString Preferences::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    if (languages().contains(code) && !code.isEmpty())
        m_settings->setValue(LanguageKey, code);
    else
        m_settings->remove(LanguageKey);
}

int Preferences::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(AutoLockKey).toInt(&ok);
    return ok && autoLockChoices().contains(minutes) ? minutes : DefaultAutoLockMinutes;
}

void Preferences::setAutoLockMinutes(int minutes)
{
    if (autoLockChoices().contains(minutes))
        m_settings->setValue(AutoLockKey, minutes);
    else
        m_settings->remove(AutoLockKey);
}

QStringList Preferences::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QList<int> Preferences::autoLockChoices()
{
    return {0, 1, 5, 10, 15, 30, 60};
}

void Preferences::sync()
{
    m_settings->sync();
}

} // namespace ClientDesk
