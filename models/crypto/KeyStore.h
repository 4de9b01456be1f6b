// SPDX-License-Identifier: GPL-3.0-or-later
// Where a device may keep a workspace's master key so it unlocks without a passphrase (the OS
// keychain).
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Result.h"

#include <QString>

namespace ClientDesk {

// Implementations may block on IPC: call them off the GUI thread. A KeyStore that is locked
// or empty is never a reason to make a new key; the caller asks for the passphrase instead.
class KeyStore
{
public:
    virtual ~KeyStore() = default;
    virtual Result<SecretBytes> readMasterKey(const QString &workspaceId) = 0;
    virtual Result<void> writeMasterKey(const QString &workspaceId, const SecretBytes &key) = 0;
    virtual Result<void> removeMasterKey(const QString &workspaceId) = 0;
    // Makes calls still waiting for an answer return at once with an error, and later calls
    // fail at once: the app calls it when it quits, so it never waits on a keychain prompt.
    virtual void abandonPendingCalls() { }
};

} // namespace ClientDesk
