// SPDX-License-Identifier: GPL-3.0-or-later
// A KeyStore that keeps master keys in memory, standing in for an unlocked OS keychain.
#pragma once

#include "models/crypto/KeyStore.h"

#include <QHash>

#include <memory>

namespace ClientDesk::Test {

class InMemoryKeyStore final : public KeyStore
{
public:
    Result<SecretBytes> readMasterKey(const QString &workspaceId) override
    {
        const auto it = m_keys.constFind(workspaceId);
        if (it == m_keys.constEnd())
            return Error(ErrorKind::WrongKey, QStringLiteral("No key is kept for this workspace."));
        return (*it)->clone();
    }

    Result<void> writeMasterKey(const QString &workspaceId, const SecretBytes &key) override
    {
        m_keys.insert(workspaceId, std::make_shared<SecretBytes>(key.clone()));
        return {};
    }

    Result<void> removeMasterKey(const QString &workspaceId) override
    {
        m_keys.remove(workspaceId);
        return {};
    }

    qsizetype size() const { return m_keys.size(); }

private:
    QHash<QString, std::shared_ptr<SecretBytes>> m_keys;
};

} // namespace ClientDesk::Test
