// SPDX-License-Identifier: GPL-3.0-or-later
// A KeyStore whose reads wait until the test opens the gate, standing in for a keychain that
// shows its own password prompt and answers late.
#pragma once

#include "tests/support/InMemoryKeyStore.h"

#include <QSemaphore>

#include <atomic>

namespace ClientDesk::Test {

class GatedKeyStore final : public KeyStore
{
public:
    explicit GatedKeyStore(InMemoryKeyStore &keys)
        : m_keys(keys)
    { }

    Result<SecretBytes> readMasterKey(const QString &workspaceId) override
    {
        m_waiting = true;
        m_gate.acquire();
        auto key = m_keys.readMasterKey(workspaceId);
        m_answered = true;
        return key;
    }
    Result<void> writeMasterKey(const QString &workspaceId, const SecretBytes &key) override
    {
        return m_keys.writeMasterKey(workspaceId, key);
    }
    Result<void> removeMasterKey(const QString &workspaceId) override
    {
        return m_keys.removeMasterKey(workspaceId);
    }

    void open() { m_gate.release(); }
    bool waiting() const { return m_waiting; }
    bool answered() const { return m_answered; }

private:
    InMemoryKeyStore &m_keys;
    QSemaphore m_gate;
    std::atomic<bool> m_waiting = false;
    std::atomic<bool> m_answered = false;
};

} // namespace ClientDesk::Test
