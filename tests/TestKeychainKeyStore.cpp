// SPDX-License-Identifier: GPL-3.0-or-later
// Tests KeychainKeyStore against a real Secret Service (gnome-keyring on a private bus, set up
// by tests/support/with-keyring): keys round-trip and stay apart, a kept key opens its workspace
// without the passphrase, and a missing, locked or hung keychain is an error that says why.
#include "app/KeychainKeyStore.h"
#include "app/KeychainThread.h"
#include "models/crypto/KeyFile.h"
#include "models/crypto/KeyRing.h"
#include "models/crypto/Random.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>

using namespace ClientDesk;
using namespace ClientDesk::Test;
using namespace std::chrono_literals;

namespace {

const QString SecretService = QStringLiteral("org.freedesktop.secrets");
// Set by with-keyring to its temporary folder; HOME is inside it.
const char *const KeyringVariable = "CLIENTDESK_TEST_KEYRING";
// Makes this executable run one scenario as a child process instead of the tests.
const QString ChildVariable = QStringLiteral("CLIENTDESK_KEYCHAIN_TEST_CHILD");

const QString NotFound =
    QStringLiteral("No key for this workspace is saved in the system keychain.");
const QString Locked = QStringLiteral("The system keychain is locked or access was refused.");
const QString NoKeychain =
    QStringLiteral("No system keychain is available (on Linux: no Secret Service such as "
                   "GNOME Keyring or KWallet is running).");

QString newWorkspaceId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "ok", or the error as "<kind>: <message>" (the kinds are the CLI exit codes).
template<typename T>
QString describe(const Result<T> &result)
{
    if (result)
        return QStringLiteral("ok");
    return QString::number(result.error().exitCode()) + QStringLiteral(": ")
        + result.error().message();
}

QString expectedError(ErrorKind kind, const QString &message)
{
    return QString::number(static_cast<int>(kind)) + QStringLiteral(": ") + message;
}

QDBusMessage secretServiceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(SecretService, QStringLiteral("/org/freedesktop/secrets"),
                                          QStringLiteral("org.freedesktop.Secret.Service"), method);
}

// Locks the keyring's default collection, as a screen lock or the user would.
bool lockDefaultCollection()
{
    QDBusMessage readAlias = secretServiceCall(QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    QDBusMessage reply = QDBusConnection::sessionBus().call(readAlias);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    const auto collection = qdbus_cast<QDBusObjectPath>(reply.arguments().constFirst());
    if (collection.path() == u"/")
        return false;
    QDBusMessage lock = secretServiceCall(QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> {collection});
    reply = QDBusConnection::sessionBus().call(lock);
    return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
        && qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().constFirst()).contains(collection);
}

// Whether the keyring holds an entry for `key` in a locked collection (asked without a prompt).
bool lockedEntryIsThere(const QString &key)
{
    using Attributes = QMap<QString, QString>;
    qDBusRegisterMetaType<Attributes>();
    QDBusMessage search = secretServiceCall(QStringLiteral("SearchItems"));
    search << QVariant::fromValue(Attributes {
        {QStringLiteral("user"), key}, {QStringLiteral("server"), QStringLiteral("ClientDesk")}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(search);
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 2
        && !qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).isEmpty();
}

// The child side: runs one scenario and prints one line per keychain call.
int runChildScenario(const QString &scenario)
{
    QTextStream out(stdout);
    KeychainKeyStore keyStore(5s);
    const QString id = newWorkspaceId();
    const SecretBytes key = Random::secret(KeyRing::KeySize);
    if (scenario == u"read") {
        out << describe(keyStore.readMasterKey(id)) << '\n';
        return 0;
    }
    if (scenario == u"locked") {
        out << describe(keyStore.writeMasterKey(id, key)) << '\n';
        out << (lockDefaultCollection() ? "locked" : "could not lock") << '\n';
        out << describe(keyStore.readMasterKey(id)) << '\n';
        out << describe(keyStore.writeMasterKey(newWorkspaceId(), key)) << '\n';
        out << describe(keyStore.removeMasterKey(id)) << '\n';
        out << (lockedEntryIsThere(KeychainKeyStore::entryKey(id)) ? "kept" : "gone") << '\n';
        return 0;
    }
    if (scenario == u"worker-first") {
        // The very first call of the process comes from a QtConcurrent worker (no event loop).
        out << QtConcurrent::run([&] { return describe(keyStore.readMasterKey(id)); }).result()
            << '\n';
        out << describe(keyStore.writeMasterKey(id, key)) << '\n';
        out << QtConcurrent::run([&]() -> QString {
                   auto read = keyStore.readMasterKey(id);
                   return read && *read == key ? QStringLiteral("same key") : describe(read);
               }).result()
            << '\n';
        out << describe(keyStore.removeMasterKey(id)) << '\n';
        return 0;
    }
    out << "unknown scenario\n";
    return 2;
}

struct ChildRun
{
    bool finished = false;
    int exitCode = -1;
    QStringList lines;
};

// Runs this executable as a child in `scenario`, through `wrapper` (with its arguments) if given.
ChildRun runChild(const QString &scenario, QProcessEnvironment environment,
                  const QStringList &wrapper = {})
{
    environment.insert(ChildVariable, scenario);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString self = QCoreApplication::applicationFilePath();
    if (wrapper.isEmpty())
        child.start(self, {});
    else
        child.start(wrapper.constFirst(), wrapper.mid(1) + QStringList {self});
    ChildRun run;
    run.finished = child.waitForFinished(60000);
    if (!run.finished) {
        // SIGTERM first: with-keyring then stops its daemons.
        child.terminate();
        if (!child.waitForFinished(5000))
            child.kill();
        child.waitForFinished();
        return run;
    }
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    run.lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    return run;
}

} // namespace

class TestKeychainKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writtenKeyReadsBack();
    void keyIsKeptInTheSecretService();
    void missingEntryIsNotFound();
    void removedKeyIsGone();
    void writeReplacesTheKey();
    void workspacesAreKeptApart();
    void keyFromTheKeychainOpensTheWorkspace();
    void callsFromWorkerThreadsAtOnce();
    void firstCallFromAWorkerThread();
    void unansweredKeychainTimesOut();
    void abandonedCallsReturnAtOnce();
    void lockedKeychainSaysSo();
    void noKeychainSaysSo_data();
    void noKeychainSaysSo();
};

void TestKeychainKeyStore::initTestCase()
{
    const QString root = qEnvironmentVariable(KeyringVariable);
    QVERIFY2(!root.isEmpty() && QDir::homePath().startsWith(root),
             "Run this test through tests/support/with-keyring (ctest does): it must never touch "
             "your own keyring.");
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the test's session bus is not there");
    QVERIFY2(QDBusConnection::sessionBus().interface()->isServiceRegistered(SecretService).value(),
             "no Secret Service on the test's session bus");
}

void TestKeychainKeyStore::writtenKeyReadsBack()
{
    KeychainKeyStore keyStore;
    const QString id = newWorkspaceId();
    const SecretBytes key = Random::secret(KeyRing::KeySize);
    QCOMPARE(describe(keyStore.writeMasterKey(id, key)), QStringLiteral("ok"));
    auto read = keyStore.readMasterKey(id);
    QCOMPARE(describe(read), QStringLiteral("ok"));
    QCOMPARE(read->size(), KeyRing::KeySize);
    QVERIFY(*read == key);
}

void TestKeychainKeyStore::keyIsKeptInTheSecretService()
{
    KeychainKeyStore keyStore;
    const QString id = newWorkspaceId();
    const QString entry = QStringLiteral("ClientDesk/workspace-") + id + u"/master-key";
    QCOMPARE(KeychainKeyStore::entryKey(id), entry);
    const SecretBytes key = Random::secret(KeyRing::KeySize);
    QVERIFY(keyStore.writeMasterKey(id, key));

    // Another Secret Service client finds it: filed under the service name, the key in base64.
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("ClientDesk"),
                  QStringLiteral("user"), entry});
    QVERIFY(lookup.waitForFinished(10000));
    QCOMPARE(lookup.exitCode(), 0);
    QByteArray stored = QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed());
    const SecretBytes seen = SecretBytes::adopt(stored);
    QVERIFY(seen == key);
}

void TestKeychainKeyStore::missingEntryIsNotFound()
{
    KeychainKeyStore keyStore;
    auto read = keyStore.readMasterKey(newWorkspaceId());
    QCOMPARE(describe(read), expectedError(ErrorKind::WrongKey, NotFound));
}

void TestKeychainKeyStore::removedKeyIsGone()
{
    KeychainKeyStore keyStore;
    const QString id = newWorkspaceId();
    QVERIFY(keyStore.writeMasterKey(id, Random::secret(KeyRing::KeySize)));
    QCOMPARE(describe(keyStore.removeMasterKey(id)), QStringLiteral("ok"));
    QCOMPARE(describe(keyStore.readMasterKey(id)), expectedError(ErrorKind::WrongKey, NotFound));
    // Removing what is not there leaves the keychain as the caller wants it: without the key.
    QCOMPARE(describe(keyStore.removeMasterKey(id)), QStringLiteral("ok"));
}

void TestKeychainKeyStore::writeReplacesTheKey()
{
    KeychainKeyStore keyStore;
    const QString id = newWorkspaceId();
    const SecretBytes first = Random::secret(KeyRing::KeySize);
    const SecretBytes second = Random::secret(KeyRing::KeySize);
    QVERIFY(keyStore.writeMasterKey(id, first));
    QVERIFY(keyStore.writeMasterKey(id, second));
    auto read = keyStore.readMasterKey(id);
    QVERIFY(read);
    QVERIFY(*read == second);
}

void TestKeychainKeyStore::workspacesAreKeptApart()
{
    KeychainKeyStore keyStore;
    const QString one = newWorkspaceId();
    const QString two = newWorkspaceId();
    const SecretBytes oneKey = Random::secret(KeyRing::KeySize);
    const SecretBytes twoKey = Random::secret(KeyRing::KeySize);
    QVERIFY(keyStore.writeMasterKey(one, oneKey));
    QVERIFY(keyStore.writeMasterKey(two, twoKey));
    auto readOne = keyStore.readMasterKey(one);
    auto readTwo = keyStore.readMasterKey(two);
    QVERIFY(readOne && readTwo);
    QVERIFY(*readOne == oneKey);
    QVERIFY(*readTwo == twoKey);

    QVERIFY(keyStore.removeMasterKey(one));
    QCOMPARE(describe(keyStore.readMasterKey(one)), expectedError(ErrorKind::WrongKey, NotFound));
    readTwo = keyStore.readMasterKey(two);
    QVERIFY(readTwo);
    QVERIFY(*readTwo == twoKey);
}

// The criterion: a key kept through QtKeychain opens the store with no passphrase.
void TestKeychainKeyStore::keyFromTheKeychainOpensTheWorkspace()
{
    TempWorkspace temp;
    QString id;
    {
        const std::unique_ptr<Workspace> workspace = temp.create();
        QVERIFY(workspace);
        id = workspace->id();
        KeychainKeyStore keyStore;
        QCOMPARE(describe(keyStore.writeMasterKey(id, workspace->keyRing().masterKey())),
                 QStringLiteral("ok"));
    } // Locked: the store is closed and its keys wiped.

    KeychainKeyStore another;
    auto masterKey = another.readMasterKey(id);
    QCOMPARE(describe(masterKey), QStringLiteral("ok"));
    auto keyFile = KeyFile::load(Workspace::keyFilePath(temp.dir()));
    QCOMPARE(describe(keyFile), QStringLiteral("ok"));
    auto keys = KeyRing::unlockWithMasterKey(*keyFile, std::move(masterKey.value()));
    QCOMPARE(describe(keys), QStringLiteral("ok"));
    auto opened = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
    QCOMPARE(describe(opened), QStringLiteral("ok"));

    QSqlQuery query((*opened)->store().database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT display_name, email FROM member WHERE role = 'owner'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), TempWorkspace::OwnerName);
    QCOMPARE(query.value(1).toString(), TempWorkspace::OwnerEmail);
    query.finish();
    QVERIFY(another.removeMasterKey(id));
}

void TestKeychainKeyStore::callsFromWorkerThreadsAtOnce()
{
    KeychainKeyStore keyStore;
    QList<QFuture<QString>> calls;
    for (int i = 0; i < 4; ++i) {
        calls << QtConcurrent::run([&keyStore]() -> QString {
            const QString id = newWorkspaceId();
            const SecretBytes key = Random::secret(KeyRing::KeySize);
            if (auto written = keyStore.writeMasterKey(id, key); !written)
                return describe(written);
            auto read = keyStore.readMasterKey(id);
            if (!read || !(*read == key))
                return read ? QStringLiteral("read back another key") : describe(read);
            return describe(keyStore.removeMasterKey(id));
        });
    }
    for (QFuture<QString> &call : calls)
        QCOMPARE(call.result(), QStringLiteral("ok"));
    // The main thread (no running event loop here either) still gets through afterwards.
    QCOMPARE(describe(keyStore.readMasterKey(newWorkspaceId())),
             expectedError(ErrorKind::WrongKey, NotFound));
}

void TestKeychainKeyStore::firstCallFromAWorkerThread()
{
    const ChildRun run =
        runChild(QStringLiteral("worker-first"), QProcessEnvironment::systemEnvironment());
    QVERIFY2(run.finished, "the child hung");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines,
             QStringList({expectedError(ErrorKind::WrongKey, NotFound), QStringLiteral("ok"),
                          QStringLiteral("same key"), QStringLiteral("ok")}));
}

// A keychain that does not answer (here: the keyring daemon stopped) costs the caller the
// timeout, not a hang; once it answers again, later calls work.
void TestKeychainKeyStore::unansweredKeychainTimesOut()
{
    KeychainKeyStore keyStore;
    const QString id = newWorkspaceId();
    const SecretBytes key = Random::secret(KeyRing::KeySize);
    QVERIFY(keyStore.writeMasterKey(id, key));

    const uint daemon =
        QDBusConnection::sessionBus().interface()->servicePid(SecretService).value();
    QVERIFY(daemon > 0);
    QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGSTOP), 0);
    auto resume = qScopeGuard([daemon] { ::kill(static_cast<pid_t>(daemon), SIGCONT); });

    KeychainKeyStore impatient(300ms);
    QElapsedTimer elapsed;
    elapsed.start();
    auto read = impatient.readMasterKey(id);
    const qint64 waited = elapsed.elapsed();
    QCOMPARE(describe(read),
             expectedError(ErrorKind::Io,
                           QStringLiteral("The system keychain did not answer within 1 second(s); "
                                          "it may be waiting to be unlocked.")));
    QVERIFY2(waited >= 250 && waited < 5000, qPrintable(QString::number(waited)));

    resume.dismiss();
    QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGCONT), 0);
    read = keyStore.readMasterKey(id);
    QCOMPARE(describe(read), QStringLiteral("ok"));
    QVERIFY(*read == key);
}

void TestKeychainKeyStore::abandonedCallsReturnAtOnce()
{
    // Quitting while a call waits on a keychain that does not answer (a prompt nobody sees):
    // the call ends at once instead of holding up the quit for its long timeout.
    const uint daemon =
        QDBusConnection::sessionBus().interface()->servicePid(SecretService).value();
    QVERIFY(daemon > 0);
    QCOMPARE(::kill(static_cast<pid_t>(daemon), SIGSTOP), 0);
    auto resume = qScopeGuard([daemon] { ::kill(static_cast<pid_t>(daemon), SIGCONT); });

    KeychainKeyStore patient(std::chrono::minutes(2));
    const QString id = newWorkspaceId();
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 startedBefore = KeychainThread::shared().startedJobs();
    QFuture<bool> waiting =
        QtConcurrent::run([&patient, id] { return bool(patient.readMasterKey(id)); });
    // The call is with the keychain, which does not answer, and not still on its way there.
    QVERIFY(KeychainThread::shared().waitForStartedJobs(startedBefore + 1, QDeadlineTimer(5s)));
    QVERIFY(!waiting.isFinished());
    patient.abandonPendingCalls();
    waiting.waitForFinished();
    QVERIFY(!waiting.result());
    QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    // Later calls do not wait at all.
    elapsed.restart();
    QVERIFY(!patient.writeMasterKey(id, Random::secret(KeyRing::KeySize)));
    QVERIFY(elapsed.elapsed() < 1000);
}

// In a keyring of its own (a nested with-keyring), since it stays locked.
void TestKeychainKeyStore::lockedKeychainSaysSo()
{
    const ChildRun run =
        runChild(QStringLiteral("locked"), QProcessEnvironment::systemEnvironment(),
                 {QStringLiteral(CLIENTDESK_WITH_KEYRING_PATH)});
    QVERIFY2(run.finished, "the child hung");
    QCOMPARE(run.exitCode, 0);
    // Read, write and remove each say the keychain is locked; the key is still there.
    QCOMPARE(
        run.lines,
        QStringList({QStringLiteral("ok"), QStringLiteral("locked"),
                     expectedError(ErrorKind::Io, Locked), expectedError(ErrorKind::Io, Locked),
                     expectedError(ErrorKind::Io, Locked), QStringLiteral("kept")}));
}

void TestKeychainKeyStore::noKeychainSaysSo_data()
{
    QTest::addColumn<QString>("busAddress");
    QTest::addColumn<bool>("busOnly");
    const QString root = qEnvironmentVariable(KeyringVariable);
    QTest::newRow("no bus at the address")
        << QStringLiteral("unix:path=") + QDir(root).filePath(QStringLiteral("no-such-bus"))
        << false;
    QTest::newRow("no bus address at all") << QString() << false;
    QTest::newRow("a bus without a Secret Service") << QString() << true;
}

void TestKeychainKeyStore::noKeychainSaysSo()
{
    QFETCH(QString, busAddress);
    QFETCH(bool, busOnly);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QStringList wrapper;
    if (busOnly) {
        wrapper = {QStringLiteral(CLIENTDESK_WITH_KEYRING_PATH), QStringLiteral("--bus-only")};
    } else if (busAddress.isEmpty()) {
        // Nothing to fall back on either: no $XDG_RUNTIME_DIR/bus, no X11 autolaunch.
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.insert(
            QStringLiteral("XDG_RUNTIME_DIR"),
            QDir(qEnvironmentVariable(KeyringVariable)).filePath(QStringLiteral("no-runtime-dir")));
    } else {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    }
    QElapsedTimer elapsed;
    elapsed.start();
    const ChildRun run = runChild(QStringLiteral("read"), environment, wrapper);
    QVERIFY2(run.finished, "the child hung");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines, QStringList {expectedError(ErrorKind::Io, NoKeychain)});
    QVERIFY2(elapsed.elapsed() < 5000, "no keychain took the whole timeout to say so");
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString scenario = qEnvironmentVariable(qPrintable(ChildVariable));
    if (!scenario.isEmpty())
        return runChildScenario(scenario);
    TestKeychainKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainKeyStore.moc"
