// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's local key/value settings (device id and the like), written through the audited
// path.
#pragma once

#include "models/domain/Result.h"

#include <QString>

#include <optional>

namespace ClientDesk {

class Store;

class WorkspaceSettings
{
public:
    static inline const QString DeviceId = QStringLiteral("device_id");

    explicit WorkspaceSettings(Store &store);

    Result<std::optional<QString>> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    Store &m_store;
};

} // namespace ClientDesk
