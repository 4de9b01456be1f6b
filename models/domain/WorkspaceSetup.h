// SPDX-License-Identifier: GPL-3.0-or-later
// What a person enters to create a workspace: its name and region, and its first member, the owner.
#pragma once

#include "models/domain/Region.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace ClientDesk {

class WorkspaceSetup
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::WorkspaceSetup)

public:
    // Empty for a new id; the app names the workspace's folder after it.
    QString workspaceId;
    QString workspaceName;
    Region::Code region = Region::EuEea;
    QString ownerName;
    QString ownerEmail;

    // Checks every field; the message names the field to fix, never echoes its value.
    Result<void> validate() const;
    static bool isValidEmail(const QString &email);
};

} // namespace ClientDesk
