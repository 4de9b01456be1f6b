// SPDX-License-Identifier: GPL-3.0-or-later
// One call to the OS keychain (read, write or remove a key) through QtKeychain, shared by the
// caller that waits for it and the keychain thread that runs it.
#pragma once

#include "models/crypto/SecretBytes.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <qt6keychain/keychain.h>

#include <atomic>
#include <memory>
#include <optional>

namespace ClientDesk {

// A caller that stops waiting (timeout, quitting) leaves the job behind: it still ends into it,
// and the outcome is dropped (wiped).
class KeychainJob
{
public:
    enum class Operation { Read, Write, Remove };

    struct Outcome
    {
        QKeychain::Error error = QKeychain::NoError;
        // The backend's own words about an error; never holds key bytes.
        QString detail;
        SecretBytes data;
    };

    // `input` is what a write stores. `key` names the entry under KeychainKeyStore::ServiceName.
    KeychainJob(Operation operation, QString key, SecretBytes input = {});
    Q_DISABLE_COPY_MOVE(KeychainJob)

    Operation operation() const { return m_operation; }

    // On the keychain thread: hands the job to QtKeychain, which holds it until it has ended.
    static void start(const std::shared_ptr<KeychainJob> &job);
    // The outcome once the job has ended; nullopt when `deadline` passed or `abandoned` was set
    // first (seen within 100 ms).
    std::optional<Outcome> waitUntil(QDeadlineTimer deadline, const std::atomic<bool> &abandoned);

private:
    QKeychain::Job *makeJob() const;
    Outcome outcomeOf(const QKeychain::Job &job) const;
    void finish(Outcome outcome);

    const Operation m_operation;
    const QString m_key;
    const SecretBytes m_input;
    QMutex m_mutex;
    QWaitCondition m_finished;
    std::optional<Outcome> m_outcome;
};

} // namespace ClientDesk
