// SPDX-License-Identifier: GPL-3.0-or-later
// A KeyStore whose every call fails, standing in for a locked, missing or broken OS keychain.
#pragma once

#include "models/crypto/KeyStore.h"

namespace ClientDesk::Test {

class FailingKeyStore final : public KeyStore
{
public:
    Result<SecretBytes> readMasterKey(const QString &) override { return failure(); }
    Result<void> writeMasterKey(const QString &, const SecretBytes &) override { return failure(); }
    Result<void> removeMasterKey(const QString &) override { return failure(); }

    int calls() const { return m_calls; }

private:
    Error failure()
    {
        ++m_calls;
        return Error(ErrorKind::Io, QStringLiteral("The keychain is locked."));
    }

    int m_calls = 0;
};

} // namespace ClientDesk::Test
