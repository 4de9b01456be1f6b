// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and saves the agency profile kept on the workspace row: the details every invoice prints.
#pragma once

#include "models/domain/AgencyProfile.h"
#include "models/domain/Result.h"

namespace ClientDesk {

class Store;

class AgencyProfileRepository
{
public:
    AgencyProfileRepository(Store &store, QString workspaceId);

    Result<AgencyProfile> load() const;
    Result<void> save(const AgencyProfile &profile);

private:
    Store &m_store;
    QString m_workspaceId;
};

} // namespace ClientDesk
