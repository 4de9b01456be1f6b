// SPDX-License-Identifier: GPL-3.0-or-later
// clientdesk: the desktop application.
#include "app/AppPaths.h"
#include "app/Application.h"
#include "app/KeychainKeyStore.h"
#include "app/LogFile.h"
#include "models/domain/SystemClock.h"
#include "ui/Appearance.h"
#include "ui/Preferences.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    using namespace ClientDesk;
    // Declared before the application object so they outlive every worker thread it joins.
    SystemClock clock;
    // At 125 % or 150 % the window is drawn at that scale, not rounded to 100 % or 200 %.
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ClientDesk"));
    QApplication::setOrganizationName(QStringLiteral("ClientDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("ClientDesk"));
    // The main window stays alive while locked: only quitting ends the app.
    QApplication::setQuitOnLastWindowClosed(false);

    const AppPaths paths = AppPaths::fromEnvironment();
    // A portable install, the demo and the tests keep their settings beside their data.
    if (qEnvironmentVariableIsSet("CLIENTDESK_HOME"))
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           paths.dataDir() + QStringLiteral("/settings"));
    const Preferences preferences;
    Translations::install(preferences.language());
    Appearance::apply(preferences.appearance());
    LogFile log(paths.logsDir(), clock);
    log.install(LogFile::Echo::ToStderr);

    // Declared before the application, so it outlives the workers that call it.
    // The keychain may ask its own password first: give a person time to answer it.
    KeychainKeyStore keychain(std::chrono::minutes(2));
    Application application(paths, clock, keychain);
    if (const auto exitCode = application.start(QApplication::arguments()))
        return *exitCode;
    return app.exec();
}
