// SPDX-License-Identifier: GPL-3.0-or-later
// The KeyStore in the operating system's keychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), through QtKeychain.
#pragma once

#include "models/crypto/KeyStore.h"

#include <QCoreApplication>

#include <atomic>
#include <chrono>

namespace ClientDesk {

// Each call blocks its caller until the keychain answers or the timeout passes: call it off the
// GUI thread (any other thread will do, with or without an event loop, several at once). The
// jobs themselves run one after another on one keychain thread for the whole process. A call
// that timed out may still take effect later (a prompt answered late). Needs a
// QCoreApplication; on macOS QtKeychain also finishes jobs through the main thread's event
// loop, so there a call from the main thread would only wait out the timeout.
class KeychainKeyStore final : public KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::KeychainKeyStore)

public:
    // The keychain's "service" (the name the entries are filed under).
    static inline const QString ServiceName = QStringLiteral("ClientDesk");
    // Long enough for a person to answer a keychain prompt.
    static constexpr std::chrono::milliseconds DefaultTimeout = std::chrono::seconds(10);

    explicit KeychainKeyStore(std::chrono::milliseconds timeout = DefaultTimeout);

    // The name of a workspace's entry under ServiceName: "ClientDesk/workspace-<id>/master-key".
    // It repeats the service because Windows' Credential Manager files the entry by this name
    // alone (QtKeychain leaves the service out there).
    static QString entryKey(const QString &workspaceId);

    Result<SecretBytes> readMasterKey(const QString &workspaceId) override;
    Result<void> writeMasterKey(const QString &workspaceId, const SecretBytes &key) override;
    // Removing an entry that is not there succeeds: afterwards the keychain holds no key. One
    // in a locked keychain stays, and that is an error.
    Result<void> removeMasterKey(const QString &workspaceId) override;
    void abandonPendingCalls() override;

private:
    std::chrono::milliseconds m_timeout;
    std::atomic<bool> m_abandoned = false;
};

} // namespace ClientDesk
