// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeychainKeyStore.h"

#include "app/AppLog.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <memory>
#include <optional>

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

enum class Operation { Read, Write, Remove };

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

// What a job ended with.
struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    // The backend's own words about an error; never holds key bytes.
    QString detail;
    SecretBytes data;
};

// One job, shared by the caller that waits for it and the keychain thread that runs it. A caller
// that stops waiting (timeout) leaves it behind: the job still ends into it, and the outcome is
// dropped (wiped).
class PendingJob
{
public:
    PendingJob(Operation operation, QString key)
        : operation(operation)
        , key(std::move(key))
    { }

    const Operation operation;
    const QString key;
    // What a write stores; not touched once the job is posted.
    SecretBytes input;

    void finish(Outcome outcome)
    {
        QMutexLocker locker(&m_mutex);
        m_outcome = std::move(outcome);
        m_finished.wakeAll();
    }

    // Waits in short slices so that `abandoned` (the app quitting) is seen within 100 ms.
    std::optional<Outcome> waitUntil(QDeadlineTimer deadline, const std::atomic<bool> &abandoned)
    {
        QMutexLocker locker(&m_mutex);
        while (!m_outcome && !deadline.hasExpired() && !abandoned) {
            const QDeadlineTimer slice(std::min<qint64>(deadline.remainingTime(), 100));
            m_finished.wait(&m_mutex, slice);
        }
        return std::exchange(m_outcome, std::nullopt);
    }

private:
    QMutex m_mutex;
    QWaitCondition m_finished;
    std::optional<Outcome> m_outcome;
};

// QtKeychain queues every job in one executor for the whole process. It belongs to the thread
// that started the first job and hears of finished jobs through queued signals, so a job
// started on a thread whose event loop is not running (a QtConcurrent worker, a caller blocked
// waiting) would stall every later job. All jobs therefore run here, on one thread with an
// event loop of its own, whichever thread asks.
class KeychainThread
{
public:
    // An object in the keychain thread to post jobs to; null without a QCoreApplication.
    static QObject *context()
    {
        QMutexLocker locker(&s_mutex);
        if (s_context || s_stopped || !QCoreApplication::instance())
            return s_context;
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("clientdesk-keychain"));
        QObject *context = new QObject;
        context->moveToThread(s_thread);
        // finished is emitted by the thread itself, the one the context belongs to.
        QObject::connect(s_thread, &QThread::finished, [context] { delete context; });
        s_context = context;
        s_thread->start();
        qAddPostRoutine(&KeychainThread::stop);
        return s_context;
    }

private:
    // Runs while the QCoreApplication is destroyed. Callers still waiting then wait out their
    // timeout. A thread stuck in a blocking call (Windows' credential calls, a D-Bus check) is
    // left to the end of the process rather than destroyed while it runs.
    static void stop()
    {
        QMutexLocker locker(&s_mutex);
        s_stopped = true;
        s_context = nullptr;
        if (!s_thread)
            return;
        s_thread->quit();
        if (s_thread->wait(QDeadlineTimer(std::chrono::seconds(2))))
            delete s_thread;
        s_thread = nullptr;
    }

    static inline QMutex s_mutex;
    static inline QThread *s_thread = nullptr;
    static inline QObject *s_context = nullptr;
    static inline bool s_stopped = false;
};

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

// libsecret reports no error for an entry in a locked collection when the unlock prompt is
// refused or cannot be shown, so QtKeychain calls it missing. The Secret Service's SearchItems
// lists locked matches apart without prompting. The attributes are those QtKeychain's libsecret
// backend files entries under: "user" is the key, "server" the service.
bool entryIsLocked(const QString &key)
{
    using Attributes = QMap<QString, QString>;
    static const QMetaType attributesType = qDBusRegisterMetaType<Attributes>();
    Q_UNUSED(attributesType)
    QDBusMessage call = QDBusMessage::createMethodCall(
        SecretService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call << QVariant::fromValue(Attributes {
        {QStringLiteral("user"), key}, {QStringLiteral("server"), KeychainKeyStore::ServiceName}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    return !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
}
#endif

QKeychain::Job *makeJob(PendingJob &pending)
{
    switch (pending.operation) {
    case Operation::Read: {
        auto *job = new QKeychain::ReadPasswordJob(KeychainKeyStore::ServiceName);
        job->setKey(pending.key);
        return job;
    }
    case Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(KeychainKeyStore::ServiceName);
        job->setKey(pending.key);
        // The job points at the self-wiping buffer instead of taking a copy we could not wipe;
        // the buffer lives in `pending`, which the job's finished handler holds until the job is
        // deleted. QtKeychain and the platform's library still make copies of their own (base64
        // text, D-Bus messages) that are beyond our reach and are not wiped.
        job->setBinaryData(
            QByteArray::fromRawData(pending.input.constData(), pending.input.size()));
        return job;
    }
    case Operation::Remove: {
        auto *job = new QKeychain::DeletePasswordJob(KeychainKeyStore::ServiceName);
        job->setKey(pending.key);
        return job;
    }
    }
    Q_UNREACHABLE();
}

Outcome outcomeOf(const PendingJob &pending, const QKeychain::Job &job)
{
    Outcome outcome {job.error(), job.errorString(), {}};
    if (outcome.error == QKeychain::NoError && pending.operation == Operation::Read) {
        // The job's own copy goes with the job (deleted once finished); ours wipes itself.
        outcome.data =
            SecretBytes::copyOf(static_cast<const QKeychain::ReadPasswordJob &>(job).binaryData());
    }
#ifdef CLIENTDESK_KEYCHAIN_OVER_DBUS
    if (outcome.error == QKeychain::EntryNotFound && pending.operation == Operation::Read
        && entryIsLocked(pending.key)) {
        outcome.error = QKeychain::AccessDenied;
    }
#endif
    return outcome;
}

// On the keychain thread.
void startJob(const std::shared_ptr<PendingJob> &pending)
{
#ifdef CLIENTDESK_KEYCHAIN_OVER_DBUS
    if (!keychainServiceReachable()) {
        pending->finish({QKeychain::NoBackendAvailable, QString(), {}});
        return;
    }
#endif
    QKeychain::Job *job = makeJob(*pending);
    // Jobs delete themselves after finished(); the handler (and with it `pending`) goes too.
    QObject::connect(job, &QKeychain::Job::finished, job, [pending](QKeychain::Job *finished) {
        pending->finish(outcomeOf(*pending, *finished));
    });
    job->start();
}

// Runs the job on the keychain thread; nullopt when it did not end in time.
std::optional<Outcome> run(const std::shared_ptr<PendingJob> &pending,
                           std::chrono::milliseconds timeout, const std::atomic<bool> &abandoned)
{
    if (abandoned)
        return std::nullopt;
    const QDeadlineTimer deadline(timeout);
    QObject *context = KeychainThread::context();
    if (!context) {
        return Outcome {QKeychain::OtherError,
                        QStringLiteral("the keychain thread is not running (no application)"),
                        {}};
    }
    QMetaObject::invokeMethod(
        context, [pending] { startJob(pending); }, Qt::QueuedConnection);
    return pending->waitUntil(deadline, abandoned);
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
    const auto pending = std::make_shared<PendingJob>(Operation::Read, entryKey(workspaceId));
    std::optional<Outcome> outcome = run(pending, m_timeout, m_abandoned);
    if (!outcome)
        return timedOut(Operation::Read, m_timeout);
    if (outcome->error != QKeychain::NoError)
        return failure(Operation::Read, *outcome);
    return std::move(outcome->data);
}

Result<void> KeychainKeyStore::writeMasterKey(const QString &workspaceId, const SecretBytes &key)
{
    const auto pending = std::make_shared<PendingJob>(Operation::Write, entryKey(workspaceId));
    pending->input = key.clone();
    const std::optional<Outcome> outcome = run(pending, m_timeout, m_abandoned);
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
    const auto pending = std::make_shared<PendingJob>(Operation::Remove, entryKey(workspaceId));
    const std::optional<Outcome> outcome = run(pending, m_timeout, m_abandoned);
    if (!outcome)
        return timedOut(Operation::Remove, m_timeout);
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return failure(Operation::Remove, *outcome);
    return {};
}

} // namespace ClientDesk
