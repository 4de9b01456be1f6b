// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppPaths.h"

#include "models/store/Workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace ClientDesk {

AppPaths AppPaths::fromEnvironment()
{
    const QString home = qEnvironmentVariable("CLIENTDESK_HOME");
    if (!home.isEmpty())
        return AppPaths(QDir(home).absolutePath());
    return AppPaths(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QStringList AppPaths::existingWorkspaces() const
{
    QStringList found;
    const QDir dir(workspacesDir());
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (Workspace::exists(path))
            found << path;
    }
    return found;
}

} // namespace ClientDesk
