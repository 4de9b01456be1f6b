// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the ways into a workspace besides the passphrase: the recovery kit and the OS keychain
// (through the KeyStore interface; TestKeychainKeyStore runs the real one).
#include "models/crypto/KeyFile.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceSettings.h"
#include "tests/support/FailingKeyStore.h"
#include "tests/support/InMemoryKeyStore.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QByteArray NewPassphrase = QByteArrayLiteral("a brand new passphrase for Ada");

QString workspaceName(Workspace &workspace)
{
    QSqlQuery query(workspace.store().database());
    if (!query.exec(QStringLiteral("SELECT name FROM workspace")) || !query.next())
        return {};
    return query.value(0).toString();
}
} // namespace

class TestWorkspaceKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createHandsOutTheRecoveryKeyOnce();
    void recoveryKeyResetsAForgottenPassphrase();
    void regeneratedKitMakesTheOldKeyFail();
    void recoveryKeyOfAnotherWorkspaceIsRefused();
    void keyStoreUnlocksWithoutPassphrase();
    void failingKeyStoreLeavesTheStoreAndKeysAlone();
    void keyStoreIsNotAskedWhenTurnedOff();
    void staleKeychainKeyIsRefused();
    void anOpenWorkspaceKeepsChangesMadeElsewhere();
    void rotatingAllKeysShutsOutOldCredentialsAndCopies();
    void aLockLeftByAKilledProcessDoesNotBlock();
};

void TestWorkspaceKeys::createHandsOutTheRecoveryKeyOnce()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    auto recoveryKey = workspace->takeRecoveryKey();
    QVERIFY(recoveryKey);
    QVERIFY(!workspace->takeRecoveryKey());
    QVERIFY(workspace->keyFile().slot(KeyFile::RecoverySlot));
    // The key file holds only the wrapped master key, never the recovery key itself.
    QFile keyFile(temp.file(QStringLiteral("keyfile.json")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray json = keyFile.readAll();
    QVERIFY(!json.contains(recoveryKey->groups().constFirst().toLatin1()));
    QVERIFY(!json.contains(recoveryKey->secret().view().toByteArray().toBase64()));
    QVERIFY(!json.contains(recoveryKey->secret().toHex().view().toByteArray()));
}

void TestWorkspaceKeys::recoveryKeyResetsAForgottenPassphrase()
{
    TempWorkspace temp;
    QString printed;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        printed = workspace->takeRecoveryKey()->formatted();
    }
    const auto storeBefore = temp.snapshot().value(QStringLiteral("store.db"));
    // The passphrase is forgotten; the kit's text, typed back, opens the workspace.
    auto typed = RecoveryKey::parse(printed.toLower());
    QVERIFY(typed);
    auto keys = Workspace::unlockWithRecoveryKey(temp.dir(), *typed);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message()));
    {
        auto workspace = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
        QVERIFY(workspace);
        QCOMPARE(workspaceName(**workspace), TempWorkspace::setup().workspaceName);
        QVERIFY((*workspace)->changePassphrase(NewPassphrase, TempWorkspace::fastKdf()));
    }
    QVERIFY(!Workspace::unlock(temp.dir(), TempWorkspace::Passphrase));
    auto reset = Workspace::unlock(temp.dir(), NewPassphrase);
    QVERIFY(reset);
    QVERIFY(Workspace::open(temp.dir(), std::move(reset.value()), temp.clock()));
    // Only the key file changed; the store's data key stays what it was.
    QCOMPARE(temp.snapshot().value(QStringLiteral("store.db")), storeBefore);
    // The kit still works after the reset.
    QVERIFY(Workspace::unlockWithRecoveryKey(temp.dir(), *typed));
}

void TestWorkspaceKeys::regeneratedKitMakesTheOldKeyFail()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    const RecoveryKey oldKey = *workspace->takeRecoveryKey();
    auto newKey = workspace->regenerateRecoveryKey(TempWorkspace::fastKdf());
    QVERIFY(newKey);
    QVERIFY(!(newKey->secret() == oldKey.secret()));
    workspace.reset();

    auto withOld = Workspace::unlockWithRecoveryKey(temp.dir(), oldKey);
    QVERIFY(!withOld);
    QCOMPARE(withOld.error().kind(), ErrorKind::WrongKey);
    QVERIFY(withOld.error().message().contains(QLatin1String("newer recovery kit")));
    auto withNew = Workspace::unlockWithRecoveryKey(temp.dir(), *newKey);
    QVERIFY(withNew);
    QVERIFY(Workspace::open(temp.dir(), std::move(withNew.value()), temp.clock()));
    // The passphrase is untouched by a new kit.
    QVERIFY(Workspace::unlock(temp.dir(), TempWorkspace::Passphrase));
}

void TestWorkspaceKeys::recoveryKeyOfAnotherWorkspaceIsRefused()
{
    TempWorkspace first;
    TempWorkspace second;
    auto a = first.create();
    auto b = second.create();
    QVERIFY(a && b);
    const RecoveryKey keyOfA = *a->takeRecoveryKey();
    a.reset();
    b.reset();
    const auto before = second.snapshot();
    auto keys = Workspace::unlockWithRecoveryKey(second.dir(), keyOfA);
    QVERIFY(!keys);
    QCOMPARE(keys.error().kind(), ErrorKind::WrongKey);
    QCOMPARE(second.snapshot(), before);
}

void TestWorkspaceKeys::keyStoreUnlocksWithoutPassphrase()
{
    TempWorkspace temp;
    InMemoryKeyStore keychain;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QVERIFY(!workspace->unlocksAutomatically());
        QVERIFY(keychain.writeMasterKey(workspace->id(), workspace->keyRing().masterKey()));
        QVERIFY(workspace->setUnlocksAutomatically(true));
    }
    QVERIFY(Workspace::unlocksAutomatically(temp.dir()));
    auto keys = Workspace::unlockWithKeyStore(temp.dir(), keychain);
    QVERIFY2(keys, qPrintable(keys ? QString() : keys.error().message()));
    auto workspace = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
    QVERIFY(workspace);
    QCOMPARE(workspaceName(**workspace), TempWorkspace::setup().workspaceName);

    // Turning it off: the caller removes the entry, the flag goes off, and the keychain is
    // no longer a way in.
    QVERIFY(keychain.removeMasterKey((*workspace)->id()));
    QVERIFY((*workspace)->setUnlocksAutomatically(false));
    workspace.value().reset();
    QVERIFY(!Workspace::unlocksAutomatically(temp.dir()));
    QVERIFY(!Workspace::unlockWithKeyStore(temp.dir(), keychain));
}

void TestWorkspaceKeys::failingKeyStoreLeavesTheStoreAndKeysAlone()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QVERIFY(workspace->setUnlocksAutomatically(true));
    }
    const auto before = temp.snapshot();
    FailingKeyStore lockedKeychain;
    auto keys = Workspace::unlockWithKeyStore(temp.dir(), lockedKeychain);
    QVERIFY(!keys);
    QCOMPARE(lockedKeychain.calls(), 1);
    QCOMPARE(keys.error().message(), QStringLiteral("The keychain is locked."));
    // Nothing was made anew: the files are byte for byte the same, and the passphrase opens.
    QCOMPARE(temp.snapshot(), before);
    QVERIFY(temp.open());
}

void TestWorkspaceKeys::keyStoreIsNotAskedWhenTurnedOff()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    FailingKeyStore keychain;
    auto keys = Workspace::unlockWithKeyStore(temp.dir(), keychain);
    QVERIFY(!keys);
    QCOMPARE(keychain.calls(), 0);
    QVERIFY(!Workspace::unlocksAutomatically(temp.dir()));
}

void TestWorkspaceKeys::staleKeychainKeyIsRefused()
{
    // A keychain entry left from another workspace with the same id (a restored copy made
    // anew) does not open this one, and says so.
    TempWorkspace temp;
    InMemoryKeyStore keychain;
    QString id;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        id = workspace->id();
        QVERIFY(workspace->setUnlocksAutomatically(true));
    }
    QVERIFY(keychain.writeMasterKey(id, KeyRing::generate().masterKey()));
    const auto before = temp.snapshot();
    auto keys = Workspace::unlockWithKeyStore(temp.dir(), keychain);
    QVERIFY(!keys);
    QCOMPARE(keys.error().kind(), ErrorKind::WrongKey);
    QVERIFY(keys.error().message().contains(QLatin1String("system keychain")));
    QCOMPARE(temp.snapshot(), before);
}

void TestWorkspaceKeys::anOpenWorkspaceKeepsChangesMadeElsewhere()
{
    // The app has the workspace open; meanwhile the command line makes a new recovery kit and
    // resets the passphrase. When the app then writes the key file (the audit anchor on
    // close, the keychain flag), those changes stay.
    TempWorkspace temp;
    auto app = temp.create();
    QVERIFY(app);
    const RecoveryKey oldKit = *app->takeRecoveryKey();
    std::optional<RecoveryKey> newKit;
    {
        auto keys = Workspace::unlockWithRecoveryKey(temp.dir(), oldKit);
        QVERIFY(keys);
        auto cli = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
        QVERIFY(cli);
        auto made = (*cli)->regenerateRecoveryKey(TempWorkspace::fastKdf());
        QVERIFY(made);
        newKit = std::move(made.value());
        QVERIFY((*cli)->changePassphrase(NewPassphrase, TempWorkspace::fastKdf()));
    }
    QVERIFY(app->setUnlocksAutomatically(true));
    QVERIFY(WorkspaceSettings(app->store()).setValue(QStringLiteral("k"), QStringLiteral("v")));
    app.reset(); // anchors the audit head in the key file

    QVERIFY(!Workspace::unlockWithRecoveryKey(temp.dir(), oldKit));
    QVERIFY(Workspace::unlockWithRecoveryKey(temp.dir(), *newKit));
    QVERIFY(!Workspace::unlock(temp.dir(), TempWorkspace::Passphrase));
    auto keys = Workspace::unlock(temp.dir(), NewPassphrase);
    QVERIFY(keys);
    QVERIFY(Workspace::unlocksAutomatically(temp.dir()));
    auto reopened = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
    QVERIFY(reopened);
    auto verified = (*reopened)->verifyAudit();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
    QVERIFY((*reopened)->keyFile().auditAnchor());
}

void TestWorkspaceKeys::rotatingAllKeysShutsOutOldCredentialsAndCopies()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    const RecoveryKey firstKit = *workspace->takeRecoveryKey();
    QVERIFY(workspace->setUnlocksAutomatically(true));
    // A copy of the key file as a backup carries it.
    const QString copy = temp.root() + QStringLiteral("/backup-keyfile.json");
    QVERIFY(QFile::copy(temp.file(QStringLiteral("keyfile.json")), copy));
    auto copied = KeyFile::load(copy);
    QVERIFY(copied);
    auto secondKit = workspace->regenerateRecoveryKey(TempWorkspace::fastKdf());
    QVERIFY(secondKit);

    // A new kit alone shuts the first out of the key file, but the copy still hands out the
    // master key, and with it the current data key: what rotateAllKeys is for.
    QVERIFY(!Workspace::unlockWithRecoveryKey(temp.dir(), firstKit));
    auto viaCopy = KeyRing::unlockWithRecoveryKey(*copied, firstKit);
    QVERIFY(viaCopy);
    auto current = KeyFile::load(temp.file(QStringLiteral("keyfile.json")));
    QVERIFY(KeyRing::unlockWithMasterKey(*current, viaCopy->masterKey().clone()));

    QVERIFY(!workspace->rotateAllKeys("not the passphrase at all", TempWorkspace::fastKdf()));
    auto thirdKit = workspace->rotateAllKeys(TempWorkspace::Passphrase, TempWorkspace::fastKdf());
    QVERIFY2(thirdKit, qPrintable(thirdKit ? QString() : thirdKit.error().message()));
    QVERIFY(!workspace->unlocksAutomatically());
    workspace.reset();

    current = KeyFile::load(temp.file(QStringLiteral("keyfile.json")));
    QVERIFY(current);
    QVERIFY(!KeyRing::unlockWithMasterKey(*current, viaCopy->masterKey().clone()));
    QVERIFY(
        !Store::open(temp.file(QStringLiteral("store.db")), viaCopy->dataKey(), temp.clock(), {}));
    QVERIFY(!Workspace::unlockWithRecoveryKey(temp.dir(), firstKit));
    QVERIFY(!Workspace::unlockWithRecoveryKey(temp.dir(), *secondKit));
    QVERIFY(Workspace::unlockWithRecoveryKey(temp.dir(), *thirdKit));
    auto keys = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(keys);
    auto reopened = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock());
    QVERIFY(reopened);
    QCOMPARE(workspaceName(**reopened), TempWorkspace::setup().workspaceName);
    auto verified = (*reopened)->verifyAudit();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
    QVERIFY(verified->intact);
}

void TestWorkspaceKeys::aLockLeftByAKilledProcessDoesNotBlock()
{
    // Killed while creating its lock file: empty, so no process id says whose it is.
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    QFile lock(temp.file(QStringLiteral("keyfile.json.lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                             QFileDevice::FileModificationTime));
    lock.close();
    QVERIFY(workspace->setUnlocksAutomatically(true));
    QVERIFY(Workspace::unlocksAutomatically(temp.dir()));
    QVERIFY(!QFile::exists(temp.file(QStringLiteral("keyfile.json.lock"))));
}

QTEST_GUILESS_MAIN(TestWorkspaceKeys)
#include "TestWorkspaceKeys.moc"
