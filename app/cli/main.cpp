// SPDX-License-Identifier: GPL-3.0-or-later
// clientdesk-cli: the headless tool for admins and scripts, on the same libraries as the app.
#include "app/AppLog.h"
#include "app/LogFile.h"
#include "app/cli/Cli.h"
#include "app/cli/TerminalPrompt.h"
#include "models/domain/SystemClock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ClientDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("ClientDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTDESK_VERSION));

    using namespace ClientDesk;
    SystemClock clock;
    const AppPaths paths = AppPaths::fromEnvironment();
    LogFile log(paths.logsDir(), clock);
    log.install(LogFile::Echo::Quiet);

    qCInfo(lcApp, "clientdesk-cli %s started", CLIENTDESK_VERSION);

    QTextStream out(stdout);
    QTextStream err(stderr);
    TerminalPrompt prompt;
    CliContext context {out, err, prompt, clock, paths};
    return Cli(context).run(QCoreApplication::arguments());
}
