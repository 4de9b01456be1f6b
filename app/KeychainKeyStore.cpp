// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeychainKeyStore.h"

#include "app/AppLog.h"
#include "app/KeychainJob.h"
#include "app/KeychainThread.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace ClientDesk {

namespace {

using Operation = KeychainJob::Operation;
using Outcome = KeychainJob::Outcome;

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    Q_UNREACHABLE();
}

// QtKeychain's error codes as log words ("not implemented" is QKeychain::NotImplemented: a
// backend without the operation), never its error text, which may quote the entry.
const char *errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return "no error";
    case QKeychain::EntryNotFound:
        return "entry not found";
    case QKeychain::CouldNotDeleteEntry:
        return "could not delete entry";
    case QKeychain::AccessDeniedByUser:
        return "access denied by user";
    case QKeychain::AccessDenied:
        return "access denied";
    case QKeychain::NoBackendAvailable:
        return "no backend available";
    case QKeychain::NotImplemented:
        return "not implemented";
    case QKeychain::OtherError:
        return "other error";
    }
    return "unknown error";
}

// Runs the job on the keychain thread; nullopt when it did not end in time.
std::optional<Outcome> run(const std::shared_ptr<KeychainJob> &job,
                           std::chrono::milliseconds timeout, const std::atomic<bool> &abandoned)
{
    if (abandoned)
        return std::nullopt;
    const QDeadlineTimer deadline(timeout);
    if (!KeychainThread::shared().post([job] { KeychainJob::start(job); })) {
        return Outcome {QKeychain::OtherError,
                        QStringLiteral("the keychain thread is not running (no application)"),
                        {}};
    }
    return job->waitUntil(deadline, abandoned);
}

Error timedOut(Operation operation, std::chrono::milliseconds timeout)
{
    qCWarning(lcApp, "keychain %s failed: no answer within %lld ms", operationName(operation),
              static_cast<long long>(timeout.count()));
    const auto seconds =
        std::max<qint64>(1, std::chrono::ceil<std::chrono::seconds>(timeout).count());
    return Error(ErrorKind::Io,
                 KeychainKeyStore::tr("The system keychain did not answer within %n second(s); it "
                                      "may be waiting to be unlocked.",
                                      nullptr, static_cast<int>(seconds)));
}

Error failure(Operation operation, const Outcome &outcome)
{
    if (outcome.error == QKeychain::EntryNotFound) {
        qCInfo(lcApp, "keychain %s failed: %s", operationName(operation), errorName(outcome.error));
        return Error(
            ErrorKind::WrongKey,
            KeychainKeyStore::tr("No key for this workspace is saved in the system keychain."));
    }
    qCWarning(lcApp, "keychain %s failed: %s", operationName(operation), errorName(outcome.error));
    switch (outcome.error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorKind::Io,
                     KeychainKeyStore::tr("The system keychain is locked or access was refused."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorKind::Io,
                     KeychainKeyStore::tr("No system keychain is available (on Linux: no Secret "
                                          "Service such as GNOME Keyring or KWallet is running)."));
    default:
        break;
    }
    if (outcome.detail.isEmpty())
        return Error(ErrorKind::Io,
                     KeychainKeyStore::tr("The system keychain failed for an unknown reason."));
    if (outcome.error == QKeychain::CouldNotDeleteEntry)
        return Error(
            ErrorKind::Io,
            KeychainKeyStore::tr("The key could not be removed from the system keychain: %1")
                .arg(outcome.detail));
    return Error(ErrorKind::Io,
                 KeychainKeyStore::tr("The system keychain failed: %1").arg(outcome.detail));
}

} // namespace

KeychainKeyStore::KeychainKeyStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{ }

QString KeychainKeyStore::entryKey(const QString &workspaceId)
{
    return ServiceName + QStringLiteral("/workspace-") + workspaceId
        + QStringLiteral("/master-key");
}

Result<SecretBytes> KeychainKeyStore::readMasterKey(const QString &workspaceId)
{
    const auto job = std::make_shared<KeychainJob>(Operation::Read, entryKey(workspaceId));
    std::optional<Outcome> outcome = run(job, m_timeout, m_abandoned);
    if (!outcome)
        return timedOut(Operation::Read, m_timeout);
    if (outcome->error != QKeychain::NoError)
        return failure(Operation::Read, *outcome);
    return std::move(outcome->data);
}

Result<void> KeychainKeyStore::writeMasterKey(const QString &workspaceId, const SecretBytes &key)
{
    const auto job =
        std::make_shared<KeychainJob>(Operation::Write, entryKey(workspaceId), key.clone());
    const std::optional<Outcome> outcome = run(job, m_timeout, m_abandoned);
    if (!outcome)
        return timedOut(Operation::Write, m_timeout);
    if (outcome->error != QKeychain::NoError)
        return failure(Operation::Write, *outcome);
    return {};
}

void KeychainKeyStore::abandonPendingCalls()
{
    m_abandoned = true;
}

Result<void> KeychainKeyStore::removeMasterKey(const QString &workspaceId)
{
    const auto job = std::make_shared<KeychainJob>(Operation::Remove, entryKey(workspaceId));
    const std::optional<Outcome> outcome = run(job, m_timeout, m_abandoned);
    if (!outcome)
        return timedOut(Operation::Remove, m_timeout);
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return failure(Operation::Remove, *outcome);
    return {};
}

} // namespace ClientDesk
