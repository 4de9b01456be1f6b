// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeychainJob.h"

#include "app/KeychainKeyStore.h"

#include <algorithm>

// Where QtKeychain talks to its backend over the D-Bus session bus (Secret Service, KWallet).
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define CLIENTDESK_KEYCHAIN_OVER_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#endif

namespace ClientDesk {

namespace {

#ifdef CLIENTDESK_KEYCHAIN_OVER_DBUS
const QString SecretService = QStringLiteral("org.freedesktop.secrets");

// Whether the session bus is there and carries (or can start) a service QtKeychain talks to.
// Without this check a missing bus or keyring reaches us as libsecret's "other error" (such as
// "Could not connect: No such file or directory"), which would not tell the person why.
bool keychainServiceReachable()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QStringList services = {SecretService, QStringLiteral("org.kde.kwalletd6"),
                                  QStringLiteral("org.kde.kwalletd5"),
                                  QStringLiteral("org.kde.kwalletd")};
    QDBusConnectionInterface *busInterface = bus.interface();
    for (const QString &service : services) {
        if (busInterface->isServiceRegistered(service).value())
            return true;
    }
    const QStringList activatable = busInterface->activatableServiceNames().value();
    return std::any_of(services.cbegin(), services.cend(),
                       [&](const QString &service) { return activatable.contains(service); });
}

// libsecret does not touch an entry in a locked collection when the unlock prompt is refused
// or cannot be shown, and reports no error: QtKeychain then calls it missing (read) or removed
// (remove). The Secret Service's SearchItems lists locked matches apart without prompting. The
// attributes are those QtKeychain's libsecret backend files entries under: "user" is the key,
// "server" the service.
bool entryIsLocked(const QString &key)
{
    using Attributes = QMap<QString, QString>;
    static const QMetaType attributesType = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(attributesType)
    QDBusMessage call = QDBusMessage::createMethodCall(
        SecretService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    // Only a Secret Service that is running holds the entry: none is started for the question.
    call.setAutoStartService(false);
    call << QVariant::fromValue(Attributes {
        {QStringLiteral("user"), key}, {QStringLiteral("server"), KeychainKeyStore::ServiceName}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    return !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
}
#endif

} // namespace

KeychainJob::KeychainJob(Operation operation, QString key, SecretBytes input)
    : m_operation(operation)
    , m_key(std::move(key))
    , m_input(std::move(input))
{ }

QKeychain::Job *KeychainJob::makeJob() const
{
    switch (m_operation) {
    case Operation::Read: {
        auto *job = new QKeychain::ReadPasswordJob(KeychainKeyStore::ServiceName);
        job->setKey(m_key);
        return job;
    }
    case Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(KeychainKeyStore::ServiceName);
        job->setKey(m_key);
        // The job points at the self-wiping buffer instead of taking a copy we could not wipe;
        // the buffer lives in this KeychainJob, which the job's finished handler holds until the
        // job is deleted. QtKeychain and the platform's library still make copies of their own
        // (base64 text, D-Bus messages) that are beyond our reach and are not wiped.
        job->setBinaryData(QByteArray::fromRawData(m_input.constData(), m_input.size()));
        return job;
    }
    case Operation::Remove: {
        auto *job = new QKeychain::DeletePasswordJob(KeychainKeyStore::ServiceName);
        job->setKey(m_key);
        return job;
    }
    }
    Q_UNREACHABLE();
}

KeychainJob::Outcome KeychainJob::outcomeOf(const QKeychain::Job &job) const
{
    Outcome outcome {job.error(), job.errorString(), {}};
    if (outcome.error == QKeychain::NoError && m_operation == Operation::Read) {
        // The job's own copy goes with the job (deleted once finished); ours wipes itself.
        outcome.data =
            SecretBytes::copyOf(static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData());
    }
#ifdef CLIENTDESK_KEYCHAIN_OVER_DBUS
    const bool mayBeLocked = m_operation == Operation::Read
        ? outcome.error == QKeychain::EntryNotFound
        : m_operation == Operation::Remove
            && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound);
    if (mayBeLocked && entryIsLocked(m_key))
        outcome.error = QKeychain::AccessDenied;
#endif
    return outcome;
}

void KeychainJob::start(const std::shared_ptr<KeychainJob> &job)
{
#ifdef CLIENTDESK_KEYCHAIN_OVER_DBUS
    if (!keychainServiceReachable()) {
        job->finish({QKeychain::NoBackendAvailable, QString(), {}});
        return;
    }
#endif
    QKeychain::Job *keychainJob = job->makeJob();
    // Jobs delete themselves after finished(); the handler (and with it `job`) goes too.
    QObject::connect(keychainJob, &QKeychain::Job::finished, keychainJob,
                     [job](QKeychain::Job *finished) { job->finish(job->outcomeOf(*finished)); });
    keychainJob->start();
}

void KeychainJob::finish(Outcome outcome)
{
    QMutexLocker locker(&m_mutex);
    m_outcome = std::move(outcome);
    m_finished.wakeAll();
}

std::optional<KeychainJob::Outcome> KeychainJob::waitUntil(QDeadlineTimer deadline,
                                                           const std::atomic<bool> &abandoned)
{
    QMutexLocker locker(&m_mutex);
    while (!m_outcome && !deadline.hasExpired() && !abandoned) {
        const QDeadlineTimer slice(std::min<qint64>(deadline.remainingTime(), 100));
        m_finished.wait(&m_mutex, slice);
    }
    return std::exchange(m_outcome, std::nullopt);
}

} // namespace ClientDesk
