// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Preferences: defaults on a fresh computer, values surviving a restart (a new
// Preferences on the same file), and values that make no sense reading as the default.
#include "ui/Preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ClientDesk;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshSettingsGiveTheDefaults();
    void valuesSurviveARestart();
    void copiesShareOneSettingsFile();
    void nonsenseReadsAsTheDefault_data();
    void nonsenseReadsAsTheDefault();
    void unknownValuesAreNotStored();
    void offersTheShippedLanguagesAndLockTimes();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreferences::freshSettingsGiveTheDefaults()
{
    const Preferences preferences(settingsFile());
    QCOMPARE(preferences.appearance(), Preferences::Appearance::System);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.autoLockMinutes(), 10);
    QCOMPARE(Preferences::DefaultAutoLockMinutes, 10);
}

void TestPreferences::valuesSurviveARestart()
{
    {
        Preferences preferences(settingsFile());
        preferences.setAppearance(Preferences::Appearance::Dark);
        preferences.setLanguage(QStringLiteral("fr"));
        preferences.setAutoLockMinutes(0);
        preferences.sync();
    }
    const Preferences reopened(settingsFile());
    QCOMPARE(reopened.appearance(), Preferences::Appearance::Dark);
    QCOMPARE(reopened.language(), QStringLiteral("fr"));
    QCOMPARE(reopened.autoLockMinutes(), 0);

    // Stored by name, so the file still means the same after the enum changes order.
    const QSettings raw(settingsFile(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("preferences/appearance")).toString(),
             QStringLiteral("Dark"));

    Preferences back(settingsFile());
    back.setAppearance(Preferences::Appearance::Light);
    back.setLanguage(QString());
    back.setAutoLockMinutes(60);
    back.sync();
    const Preferences again(settingsFile());
    QCOMPARE(again.appearance(), Preferences::Appearance::Light);
    QCOMPARE(again.language(), QString());
    QCOMPARE(again.autoLockMinutes(), 60);
}

void TestPreferences::copiesShareOneSettingsFile()
{
    Preferences preferences(settingsFile());
    const Preferences copy = preferences;
    preferences.setLanguage(QStringLiteral("de"));
    QCOMPARE(copy.language(), QStringLiteral("de"));
}

void TestPreferences::nonsenseReadsAsTheDefault_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("appearance unknown")
        << QStringLiteral("preferences/appearance") << QVariant(QStringLiteral("Sepia"));
    QTest::newRow("appearance number") << QStringLiteral("preferences/appearance") << QVariant(1);
    QTest::newRow("language unshipped")
        << QStringLiteral("preferences/language") << QVariant(QStringLiteral("tlh"));
    QTest::newRow("auto-lock not offered")
        << QStringLiteral("preferences/autoLockMinutes") << QVariant(7);
    QTest::newRow("auto-lock negative")
        << QStringLiteral("preferences/autoLockMinutes") << QVariant(-5);
    QTest::newRow("auto-lock text")
        << QStringLiteral("preferences/autoLockMinutes") << QVariant(QStringLiteral("soon"));
}

void TestPreferences::nonsenseReadsAsTheDefault()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    {
        QSettings raw(settingsFile(), QSettings::IniFormat);
        raw.setValue(key, value);
    }
    const Preferences preferences(settingsFile());
    QCOMPARE(preferences.appearance(), Preferences::Appearance::System);
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.autoLockMinutes(), 10);
}

void TestPreferences::unknownValuesAreNotStored()
{
    Preferences preferences(settingsFile());
    preferences.setLanguage(QStringLiteral("de"));
    preferences.setAutoLockMinutes(30);
    preferences.setLanguage(QStringLiteral("xx"));
    preferences.setAutoLockMinutes(7);
    preferences.sync();
    const QSettings raw(settingsFile(), QSettings::IniFormat);
    QVERIFY(!raw.contains(QStringLiteral("preferences/language")));
    QVERIFY(!raw.contains(QStringLiteral("preferences/autoLockMinutes")));
    QCOMPARE(preferences.language(), QString());
    QCOMPARE(preferences.autoLockMinutes(), 10);
}

void TestPreferences::offersTheShippedLanguagesAndLockTimes()
{
    QCOMPARE(
        Preferences::languages(),
        QStringList({QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(Preferences::autoLockChoices(), QList<int>({0, 1, 5, 10, 15, 30, 60}));
}

QTEST_GUILESS_MAIN(TestPreferences)
#include "TestPreferences.moc"
