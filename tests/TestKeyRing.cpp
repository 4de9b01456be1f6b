// SPDX-License-Identifier: GPL-3.0-or-later
// Tests KeyRing and KeyFile: the key hierarchy wraps, unwraps and refuses what does not fit.
#include "models/crypto/AeadCipher.h"
#include "models/crypto/KeyFile.h"
#include "models/crypto/KeyRing.h"
#include "models/crypto/Passphrase.h"
#include "models/crypto/Random.h"
#include "tests/support/FailingKeyStore.h"
#include "tests/support/InMemoryKeyStore.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestKeyRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphraseUnwrapsTheSameKeys();
    void wrongPassphraseIsRefused();
    void slotCannotMoveToAnotherWorkspace();
    void keyFileRoundTripsAndKeepsUnknownFields();
    void keyFileHasRoomForLaterSlots();
    void newerKeyFileIsRefused();
    void damagedKeyFileIsRefused_data();
    void damagedKeyFileIsRefused();
    void tamperedKdfParamsAreRefused();
    void minimalKeyFileParses();
    void aeadDetectsAnyFlippedBit();
    void passphraseIsNormalised();
    void subkeysDependOnPurpose();
    void masterKeyFromAKeyStoreUnlocks();
    void failingKeyStoreLeavesTheKeysAlone();

private:
    static KeyFile makeKeyFile(const KeyRing &keys, const QByteArray &passphrase);
};

KeyFile TestKeyRing::makeKeyFile(const KeyRing &keys, const QByteArray &passphrase)
{
    KeyFile keyFile;
    keyFile.setWorkspaceId(QStringLiteral("0b7a5a0e-7c1f-4c53-9a57-1f3f4f0c2d11"));
    keyFile.setStoreSalt(Random::bytes(16));
    keys.writePassphraseSlot(keyFile, passphrase, TempWorkspace::fastKdf());
    keys.writeDataKey(keyFile);
    return keyFile;
}

void TestKeyRing::passphraseUnwrapsTheSameKeys()
{
    const KeyRing keys = KeyRing::generate();
    const KeyFile keyFile = makeKeyFile(keys, "a good passphrase");
    auto unlocked = KeyRing::unlockWithPassphrase(keyFile, "a good passphrase");
    QVERIFY(unlocked);
    QVERIFY(unlocked->masterKey() == keys.masterKey());
    QVERIFY(unlocked->dataKey() == keys.dataKey());
    QVERIFY(!(keys.masterKey() == keys.dataKey()));
}

void TestKeyRing::wrongPassphraseIsRefused()
{
    const KeyFile keyFile = makeKeyFile(KeyRing::generate(), "a good passphrase");
    auto unlocked = KeyRing::unlockWithPassphrase(keyFile, "a good passphrasE");
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().kind(), ErrorKind::WrongKey);
    QCOMPARE(unlocked.error().message(), QStringLiteral("The passphrase is not correct."));
}

void TestKeyRing::slotCannotMoveToAnotherWorkspace()
{
    KeyFile keyFile = makeKeyFile(KeyRing::generate(), "a good passphrase");
    keyFile.setWorkspaceId(QStringLiteral("7d0c1d8e-0000-4000-8000-000000000000"));
    QVERIFY(!KeyRing::unlockWithPassphrase(keyFile, "a good passphrase"));
}

void TestKeyRing::keyFileRoundTripsAndKeepsUnknownFields()
{
    const KeyRing keys = KeyRing::generate();
    KeyFile keyFile = makeKeyFile(keys, "a good passphrase");
    keyFile.setAuditAnchor(KeyFile::AuditAnchor {42, QByteArray(32, 'h'), QByteArray(32, 'm')});
    QJsonObject json = QJsonDocument::fromJson(keyFile.toJson()).object();
    json.insert(QStringLiteral("futureField"), QStringLiteral("kept"));
    auto parsed = KeyFile::fromJson(QJsonDocument(json).toJson());
    QVERIFY(parsed);
    QCOMPARE(parsed->auditAnchor()->seq, 42);
    QVERIFY(
        QJsonDocument::fromJson(parsed->toJson()).object().contains(QStringLiteral("futureField")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyfile.json"));
    QVERIFY(parsed->save(path));
    auto loaded = KeyFile::load(path);
    QVERIFY(loaded);
    QVERIFY(KeyRing::unlockWithPassphrase(*loaded, "a good passphrase"));
    QCOMPARE(QFile(path).permissions() & QFileDevice::ReadOther, QFileDevice::Permissions());
}

void TestKeyRing::keyFileHasRoomForLaterSlots()
{
    const KeyRing keys = KeyRing::generate();
    KeyFile keyFile = makeKeyFile(keys, "a good passphrase");
    KeyFile::Slot recovery = *keyFile.slot(KeyFile::PassphraseSlot);
    recovery.type = KeyFile::RecoverySlot;
    keyFile.setSlot(recovery);
    keyFile.setPendingDataKey(keyFile.dataKey());
    keyFile.setKeychainEnabled(true);
    auto parsed = KeyFile::fromJson(keyFile.toJson());
    QVERIFY(parsed);
    QVERIFY(parsed->slot(KeyFile::RecoverySlot));
    QVERIFY(parsed->slot(KeyFile::PassphraseSlot));
    QVERIFY(parsed->pendingDataKey());
    QVERIFY(parsed->keychainEnabled());
}

void TestKeyRing::newerKeyFileIsRefused()
{
    QJsonObject json =
        QJsonDocument::fromJson(makeKeyFile(KeyRing::generate(), "pass phrase 1").toJson())
            .object();
    json.insert(QStringLiteral("version"), KeyFile::FormatVersion + 1);
    auto parsed = KeyFile::fromJson(QJsonDocument(json).toJson());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind(), ErrorKind::NewerStore);
}

void TestKeyRing::damagedKeyFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("keys: yes");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("other format") << QByteArray(R"({"format":"something-else","version":1})");
    QTest::newRow("no slots") << QByteArray(
        R"({"format":"clientdesk-keyfile","version":1,"workspaceId":"x","storeSalt":"AAAA","dataKey":{"wrapped":"AAAA","check":"AAAA"},"slots":[]})");
    QTest::newRow("bad base64") << QByteArray(
        R"({"format":"clientdesk-keyfile","version":1,"workspaceId":"x","storeSalt":"!!","dataKey":{"wrapped":"AAAA","check":"AAAA"},"slots":[{"type":"passphrase","kdf":{"name":"scrypt","n":1024,"r":8,"p":1,"salt":"AAAA"},"wrappedMasterKey":"AAAA"}]})");
    QTest::newRow("kdf asks for 16 GiB") << QByteArray(
        R"({"format":"clientdesk-keyfile","version":1,"workspaceId":"x","storeSalt":"AAAA","dataKey":{"wrapped":"AAAA","check":"AAAA"},"slots":[{"type":"passphrase","kdf":{"name":"scrypt","n":4194304,"r":32,"p":1,"salt":"AAAA"},"wrappedMasterKey":"AAAA"}]})");
    QTest::newRow("kdf r wraps around") << QByteArray(
        R"({"format":"clientdesk-keyfile","version":1,"workspaceId":"x","storeSalt":"AAAA","dataKey":{"wrapped":"AAAA","check":"AAAA"},"slots":[{"type":"passphrase","kdf":{"name":"scrypt","n":1024,"r":4294967304,"p":1,"salt":"AAAA"},"wrappedMasterKey":"AAAA"}]})");
}

void TestKeyRing::damagedKeyFileIsRefused()
{
    QFETCH(QByteArray, json);
    auto parsed = KeyFile::fromJson(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
}

// The control for the rows above: the same file with nothing wrong in it is accepted.
void TestKeyRing::minimalKeyFileParses()
{
    QVERIFY(KeyFile::fromJson(QByteArray(
        R"({"format":"clientdesk-keyfile","version":1,"workspaceId":"x","storeSalt":"AAAA","dataKey":{"wrapped":"AAAA","check":"AAAA"},"slots":[{"type":"passphrase","kdf":{"name":"scrypt","n":1024,"r":8,"p":1,"salt":"AAAA"},"wrappedMasterKey":"AAAA"}]})")));
}

void TestKeyRing::tamperedKdfParamsAreRefused()
{
    KeyFile keyFile = makeKeyFile(KeyRing::generate(), "a good passphrase");
    KeyFile::Slot slot = *keyFile.slot(KeyFile::PassphraseSlot);
    slot.kdf.n = 1ULL << 40; // would demand terabytes
    keyFile.setSlot(slot);
    auto unlocked = KeyRing::unlockWithPassphrase(keyFile, "a good passphrase");
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().kind(), ErrorKind::InvalidInput);
}

void TestKeyRing::aeadDetectsAnyFlippedBit()
{
    const SecretBytes key = Random::secret(32);
    const QByteArray sealed = AeadCipher::seal(key, "secret payload", "context");
    QVERIFY(AeadCipher::open(key, sealed, "context"));
    QVERIFY(!AeadCipher::open(key, sealed, "other context"));
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray flipped = sealed;
        flipped[i] = char(flipped[i] ^ 0x01);
        QVERIFY2(!AeadCipher::open(key, flipped, "context"), qPrintable(QString::number(i)));
    }
    QVERIFY(!AeadCipher::open(key, sealed.left(20), "context"));
}

void TestKeyRing::passphraseIsNormalised()
{
    const QString composed = QStringLiteral("caf\u00e9 au lait, bitte");
    const QString decomposed = QStringLiteral("cafe\u0301 au lait, bitte");
    QVERIFY(Passphrase::encode(composed) == Passphrase::encode(decomposed));
    QByteArray file("first line\r\nsecond line\n");
    QVERIFY(Passphrase::fromFileContents(file) == SecretBytes::copyOf("first line"));
    QVERIFY(file.isEmpty());
}

void TestKeyRing::subkeysDependOnPurpose()
{
    const KeyRing keys = KeyRing::generate();
    QVERIFY(keys.deriveSubkey("audit anchor") == keys.deriveSubkey("audit anchor"));
    QVERIFY(!(keys.deriveSubkey("audit anchor") == keys.deriveSubkey("backup")));
    QVERIFY(!(keys.deriveSubkey("audit anchor") == keys.masterKey()));
}

void TestKeyRing::masterKeyFromAKeyStoreUnlocks()
{
    const KeyRing keys = KeyRing::generate();
    const KeyFile keyFile = makeKeyFile(keys, "a good passphrase");
    InMemoryKeyStore keyStore;
    QVERIFY(keyStore.writeMasterKey(keyFile.workspaceId(), keys.masterKey()));
    auto kept = keyStore.readMasterKey(keyFile.workspaceId());
    QVERIFY(kept);
    auto unlocked = KeyRing::unlockWithMasterKey(keyFile, std::move(kept.value()));
    QVERIFY(unlocked);
    QVERIFY(unlocked->dataKey() == keys.dataKey());
    // A key kept for another workspace does not open this one.
    QVERIFY(!KeyRing::unlockWithMasterKey(keyFile, KeyRing::generate().masterKey().clone()));
    QVERIFY(keyStore.removeMasterKey(keyFile.workspaceId()));
    QVERIFY(!keyStore.readMasterKey(keyFile.workspaceId()));
}

void TestKeyRing::failingKeyStoreLeavesTheKeysAlone()
{
    const KeyRing keys = KeyRing::generate();
    const KeyFile keyFile = makeKeyFile(keys, "a good passphrase");
    const QByteArray before = keyFile.toJson();
    FailingKeyStore keyStore;
    QVERIFY(!keyStore.readMasterKey(keyFile.workspaceId()));
    QCOMPARE(keyStore.calls(), 1);
    // The fallback is the passphrase, and the key file is what it was: no new key was made.
    QCOMPARE(keyFile.toJson(), before);
    QVERIFY(KeyRing::unlockWithPassphrase(keyFile, "a good passphrase"));
}

QTEST_GUILESS_MAIN(TestKeyRing)
#include "TestKeyRing.moc"
