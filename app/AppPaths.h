// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that says where ClientDesk keeps things: data dir, workspaces, logs.
#pragma once

#include <QString>

namespace ClientDesk {

class AppPaths
{
public:
    // $CLIENTDESK_HOME when set (tests, the demo, portable installs), else AppDataLocation.
    static AppPaths fromEnvironment();
    explicit AppPaths(QString dataDir)
        : m_dataDir(std::move(dataDir))
    { }

    QString dataDir() const { return m_dataDir; }
    QString workspacesDir() const { return m_dataDir + QStringLiteral("/workspaces"); }
    QString workspaceDir(const QString &workspaceId) const
    {
        return workspacesDir() + QLatin1Char('/') + workspaceId;
    }
    QString logsDir() const { return m_dataDir + QStringLiteral("/logs"); }
    // Folders under workspacesDir() that hold a workspace, sorted by name.
    QStringList existingWorkspaces() const;

private:
    QString m_dataDir;
};

} // namespace ClientDesk
