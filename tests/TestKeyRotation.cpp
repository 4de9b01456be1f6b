// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Workspace::rotateDataKey and `clientdesk-cli rotate-key`: the store ends up under a new
// key with its data intact, and a crash at any step (a crash point, or SIGKILL at a random
// moment) leaves a store that opens with the passphrase and passes integrity_check.
#include "models/crypto/KeyRing.h"
#include "models/store/AuditLog.h"
#include "models/store/ClientRepository.h"
#include "models/store/CrashPoint.h"
#include "models/store/DemoDataGenerator.h"
#include "models/store/StoreFile.h"
#include "models/store/Workspace.h"
#include "tests/support/CliRunner.h"
#include "tests/support/TempWorkspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestKeyRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotationChangesTheStoreKey();
    void rotationAddsAnAuditEntryAndKeepsTheChain();
    void rotationIsRefusedWhileAnotherConnectionIsOpen();
    void openFinishesASwapThatWasCutShort();
    void crashAtEachStepLeavesAnOpenableStore_data();
    void crashAtEachStepLeavesAnOpenableStore();
    void survivesKillsAtRandomMomentsOfARotation();

private:
    // Where a kill interrupted a rotation.
    enum class Landing { BeforeRewrite, InRewrite, AfterRewrite };

    // A workspace with `clients` named clients, closed again.
    static void fill(TempWorkspace &temp, int clients);
    // Opens with the passphrase and checks what no crash may break; returns the data key's
    // check value.
    static QByteArray verifyWorkspace(TempWorkspace &temp, int expectedClients);
    static int clientCount(Store &store);
    static bool opensWith(const QString &dir, const SecretBytes &dataKey);
    static CliRunner::Run rotateWithCli(TempWorkspace &temp, const QString &crashPoint = {});
    // Whether the store has a rollback journal that is still live: a write under the rollback
    // journal was under way when the process died, which during a rotation is the page rewrite
    // or one of the one-page switches between WAL and rollback journal around it.
    static bool hasHotJournal(const QString &dir);
};

bool TestKeyRotation::hasHotJournal(const QString &dir)
{
    // SQLite's journal header; a journal left after a commit has it zeroed.
    static const QByteArray magic = QByteArray::fromHex("d9d505f920a163d7");
    QFile journal(Workspace::storePath(dir) + QStringLiteral("-journal"));
    return journal.open(QIODevice::ReadOnly) && journal.read(magic.size()) == magic;
}

void TestKeyRotation::fill(TempWorkspace &temp, int clients)
{
    auto workspace = temp.create();
    QVERIFY(workspace);
    ClientRepository repository(workspace->store());
    for (int i = 0; i < clients; ++i) {
        Client client;
        client.name = QStringLiteral("Client %1").arg(i);
        QVERIFY(repository.create(client));
    }
}

int TestKeyRotation::clientCount(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM client")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestKeyRotation::opensWith(const QString &dir, const SecretBytes &dataKey)
{
    ManualClock clock;
    return bool(Store::open(Workspace::storePath(dir), dataKey, clock, {}));
}

QByteArray TestKeyRotation::verifyWorkspace(TempWorkspace &temp, int expectedClients)
{
    auto opened = temp.open();
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message()), __FILE__, __LINE__);
        return {};
    }
    Workspace &workspace = **opened;
    QSqlQuery query(workspace.store().database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
        || query.value(0).toString() != QStringLiteral("ok")) {
        QTest::qFail("integrity_check failed", __FILE__, __LINE__);
        return {};
    }
    query.finish();
    if (clientCount(workspace.store()) != expectedClients) {
        QTest::qFail("clients lost", __FILE__, __LINE__);
        return {};
    }
    auto audit = workspace.verifyAudit();
    if (!audit || !audit->intact) {
        QTest::qFail("audit chain broken", __FILE__, __LINE__);
        return {};
    }
    // The key file's current key is the one that opened the store, and its salt still names
    // this store. (A crash right after the pending key was saved leaves that key there: the
    // current one still opens the store, and the next rotation replaces it.)
    if (workspace.keyFile().dataKey().check != KeyRing::keyCheck(workspace.keyRing().dataKey())
        || *StoreFile::readSalt(Workspace::storePath(temp.dir()))
            != workspace.keyFile().storeSalt()) {
        QTest::qFail("key file inconsistent", __FILE__, __LINE__);
        return {};
    }
    return workspace.keyFile().dataKey().check;
}

CliRunner::Run TestKeyRotation::rotateWithCli(TempWorkspace &temp, const QString &crashPoint)
{
    CliRunner cli(temp.root());
    const QString passphraseFile =
        cli.writeFile(QStringLiteral("passphrase.txt"), TempWorkspace::Passphrase + '\n');
    QProcessEnvironment environment;
    if (!crashPoint.isEmpty())
        environment.insert(QStringLiteral("CLIENTDESK_CRASH_POINT"), crashPoint);
    return cli.runBinary({QStringLiteral("rotate-key"), QStringLiteral("--workspace"), temp.dir(),
                          QStringLiteral("--passphrase-file"), passphraseFile},
                         environment);
}

void TestKeyRotation::rotationChangesTheStoreKey()
{
    TempWorkspace temp;
    fill(temp, 3);
    const QByteArray saltBefore = *StoreFile::readSalt(Workspace::storePath(temp.dir()));
    auto opened = temp.open();
    QVERIFY(opened);
    const SecretBytes oldKey = (*opened)->keyRing().dataKey().clone();
    QVERIFY((*opened)->rotateDataKey());
    const SecretBytes newKey = (*opened)->keyRing().dataKey().clone();
    QVERIFY(!(newKey == oldKey));
    // The same connection goes on working under the new key.
    QCOMPARE(clientCount((*opened)->store()), 3);
    Client added;
    added.name = QStringLiteral("After the rotation");
    QVERIFY(ClientRepository((*opened)->store()).create(added));
    QCOMPARE((*opened)->keyFile().dataKey().check, KeyRing::keyCheck(newKey));
    QVERIFY(!(*opened)->keyFile().pendingDataKey());
    opened.value().reset();

    QVERIFY2(!opensWith(temp.dir(), oldKey), "the old data key still opens the store");
    QVERIFY(opensWith(temp.dir(), newKey));
    QVERIFY(!StoreFile::isPlainSqlite(Workspace::storePath(temp.dir())));
    // SQLCipher keeps the file's salt on a rekey, so the key file's storeSalt stays right.
    QCOMPARE(*StoreFile::readSalt(Workspace::storePath(temp.dir())), saltBefore);
    QCOMPARE(verifyWorkspace(temp, 4), KeyRing::keyCheck(newKey));
}

void TestKeyRotation::rotationAddsAnAuditEntryAndKeepsTheChain()
{
    TempWorkspace temp;
    fill(temp, 1);
    auto opened = temp.open();
    QVERIFY(opened);
    QVERIFY((*opened)->rotateDataKey());
    QSqlQuery query((*opened)->store().database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT action, entity, entity_id, fields FROM audit_log ORDER BY seq DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("update"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("workspace"));
    QCOMPARE(query.value(2).toString(), (*opened)->id());
    QCOMPARE(query.value(3).toString(), QStringLiteral("[\"data_key\"]"));
    query.finish();
    // Not synced: the outbox only carries data changes.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'workspace' "
                                      "AND entity_id = '%1' AND op = 'update'")
                           .arg((*opened)->id())));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    query.finish();
    auto audit = (*opened)->verifyAudit();
    QVERIFY(audit);
    QVERIFY2(audit->intact, qPrintable(audit->problem));
}

void TestKeyRotation::rotationIsRefusedWhileAnotherConnectionIsOpen()
{
    TempWorkspace temp;
    fill(temp, 2);
    auto opened = temp.open();
    QVERIFY(opened);
    const SecretBytes oldKey = (*opened)->keyRing().dataKey().clone();
    const QByteArray keyFileBefore = temp.snapshot().value(QStringLiteral("keyfile.json"));
    ManualClock clock;
    // Another reader (a search worker, a second window): it would go on with the old key.
    auto other = Store::open(Workspace::storePath(temp.dir()), oldKey, clock, {});
    QVERIFY(other);
    QCOMPARE(clientCount(**other), 2);

    auto rotated = (*opened)->rotateDataKey();
    QVERIFY(!rotated);
    QCOMPARE(rotated.error().kind(), ErrorKind::Io);
    QVERIFY2(rotated.error().message().contains(QStringLiteral("in use")),
             qPrintable(rotated.error().message()));
    QCOMPARE(temp.snapshot().value(QStringLiteral("keyfile.json")), keyFileBefore);
    QCOMPARE(clientCount(**other), 2);
    QCOMPARE(clientCount((*opened)->store()), 2);
    other.value().reset();
    opened.value().reset();
    QVERIFY(opensWith(temp.dir(), oldKey));
    QVERIFY(!verifyWorkspace(temp, 2).isEmpty());
}

void TestKeyRotation::openFinishesASwapThatWasCutShort()
{
    TempWorkspace temp;
    fill(temp, 2);
    QCOMPARE(rotateWithCli(temp, QStringLiteral("rotate.after-rekey")).exitCode,
             CrashPoint::ExitCode);
    auto keyFile = KeyFile::load(Workspace::keyFilePath(temp.dir()));
    QVERIFY(keyFile);
    QVERIFY2(keyFile->pendingDataKey(), "the new key is still pending in the key file");
    auto keys = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(keys);
    QVERIFY2(!opensWith(temp.dir(), keys->dataKey()), "the store was re-keyed before the swap");

    const QByteArray check = verifyWorkspace(temp, 2);
    QCOMPARE(check, keyFile->pendingDataKey()->check);
    auto after = KeyFile::load(Workspace::keyFilePath(temp.dir()));
    QVERIFY(after);
    QVERIFY(!after->pendingDataKey());
    QCOMPARE(after->dataKey().check, keyFile->pendingDataKey()->check);
    // The workspace unlocks with the passphrase straight onto the new key now.
    auto again = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(again);
    QVERIFY(opensWith(temp.dir(), again->dataKey()));
}

void TestKeyRotation::crashAtEachStepLeavesAnOpenableStore_data()
{
    QTest::addColumn<QString>("crashPoint");
    QTest::addColumn<bool>("rekeyed");
    QTest::newRow("after-pending") << QStringLiteral("rotate.after-pending") << false;
    QTest::newRow("after-rekey") << QStringLiteral("rotate.after-rekey") << true;
    QTest::newRow("after-swap") << QStringLiteral("rotate.after-swap") << true;
}

void TestKeyRotation::crashAtEachStepLeavesAnOpenableStore()
{
    QFETCH(QString, crashPoint);
    QFETCH(bool, rekeyed);
    TempWorkspace temp;
    fill(temp, 5);
    const QByteArray before = verifyWorkspace(temp, 5);
    QVERIFY(!before.isEmpty());

    const CliRunner::Run crashed = rotateWithCli(temp, crashPoint);
    QVERIFY2(crashed.exitCode == CrashPoint::ExitCode, qPrintable(crashed.err));
    // Between the steps no page rewrite is under way (what tells a kill inside one apart).
    QVERIFY(!hasHotJournal(temp.dir()));

    const QByteArray after = verifyWorkspace(temp, 5);
    QVERIFY(!after.isEmpty());
    QCOMPARE(after != before, rekeyed);
    // The store passes SQLite's own check outside ClientDesk's open path as well.
    auto keys = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(keys);
    QVERIFY(opensWith(temp.dir(), keys->dataKey()));

    const CliRunner::Run second = rotateWithCli(temp);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QByteArray third = verifyWorkspace(temp, 5);
    QVERIFY(!third.isEmpty());
    QVERIFY(third != after);
    auto keyFile = KeyFile::load(Workspace::keyFilePath(temp.dir()));
    QVERIFY(keyFile);
    QVERIFY(!keyFile->pendingDataKey());
}

// Crash points stop between the steps; SIGKILL also lands inside them (in the page rewrite,
// while the key file is written), at moments spread over a rotation of a store of some size.
// At least one kill must land inside the page rewrite, the step crash points cannot reach:
// where random moments miss it, kills are aimed at it until one lands there (a bounded number).
void TestKeyRotation::survivesKillsAtRandomMomentsOfARotation()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        // Three times size S: a rewrite of every page that takes long enough to be hit.
        DemoDataGenerator::Counts counts = DemoDataGenerator::counts(DemoDataGenerator::Size::S);
        for (qint64 *rows : {&counts.clients, &counts.contacts, &counts.projects,
                             &counts.deliverables, &counts.invoices, &counts.invoiceLines})
            *rows *= 3;
        QVERIFY(DemoDataGenerator(workspace->store(), 7).generate(counts));
    }
    int clients = 0;
    {
        auto opened = temp.open();
        QVERIFY(opened);
        clients = clientCount((*opened)->store());
    }
    qInfo("store of %lld KiB", QFileInfo(Workspace::storePath(temp.dir())).size() / 1024);

    CliRunner cli(temp.root());
    const QString passphraseFile =
        cli.writeFile(QStringLiteral("passphrase.txt"), TempWorkspace::Passphrase + '\n');
    const QStringList arguments {QStringLiteral("rotate-key"), QStringLiteral("--workspace"),
                                 temp.dir(), QStringLiteral("--passphrase-file"), passphraseFile};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLIENTDESK_HOME"), temp.root() + QStringLiteral("/home"));

    // How long a whole rotation takes here, process start included.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cli.runBinary(arguments).exitCode, 0);
    const qint64 fullMs = std::max<qint64>(timer.elapsed(), 20);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("rotation takes %lld ms; kill moments drawn with seed %u", fullMs, seed);
    QRandomGenerator random(seed);
    QByteArray check = verifyWorkspace(temp, clients);
    QVERIFY(!check.isEmpty());
    int killedWhileRunning = 0;
    QMap<Landing, int> landings;
    // Starts a rotation and kills it `killAt` ms later unless it ended; then checks what no
    // kill may break and tells where the kill landed.
    // Fails the test with `why`; what the lambda below returns then.
    const auto failed = [](const char *why) -> std::optional<Landing> {
        QTest::qFail(why, __FILE__, __LINE__);
        return std::nullopt;
    };
    const auto rotateAndKill = [&](int killAt) -> std::optional<Landing> {
        auto before = KeyFile::load(Workspace::keyFilePath(temp.dir()));
        if (!before)
            return failed("the key file does not load");
        const QByteArray pendingBefore =
            before->pendingDataKey() ? before->pendingDataKey()->check : QByteArray();
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(CLIENTDESK_CLI_PATH), arguments);
        if (!process.waitForStarted())
            return failed("clientdesk-cli did not start");
        // A bounded wait on the child, not a sleep: it ends early if the rotation does.
        const bool finished = process.waitForFinished(killAt);
        if (!finished) {
            process.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
            ++killedWhileRunning;
            if (!process.waitForFinished(30000))
                return failed("clientdesk-cli did not end after SIGKILL");
        } else if (process.exitCode() != 0) {
            return failed("a rotation that was not killed failed");
        }
        // Read before anything opens the store (and rolls a hot journal back).
        auto keyFile = KeyFile::load(Workspace::keyFilePath(temp.dir()));
        if (!keyFile)
            return failed("the key file does not load after a kill");
        const bool newPending =
            keyFile->pendingDataKey() && keyFile->pendingDataKey()->check != pendingBefore;
        const bool rewriting = hasHotJournal(temp.dir());
        const QByteArray next = verifyWorkspace(temp, clients);
        if (next.isEmpty())
            return std::nullopt; // verifyWorkspace said why
        const bool keyChanged = next != check;
        check = next;
        // A live journal on a store that ends on the new key is the one-page switch back to WAL
        // after the rewrite; one cut short inside the rewrite rolls back onto the old key.
        if (finished || keyChanged)
            return Landing::AfterRewrite;
        return newPending && rewriting ? Landing::InRewrite : Landing::BeforeRewrite;
    };

    constexpr int Kills = 12;
    for (int i = 0; i < Kills; ++i) {
        const auto landing = rotateAndKill(int(random.bounded(quint32(fullMs))));
        if (!landing)
            return;
        ++landings[*landing];
    }
    qInfo("%d of %d kills landed during a rotation: %d before the page rewrite, %d inside it, %d "
          "after it",
          killedWhileRunning, Kills, landings[Landing::BeforeRewrite], landings[Landing::InRewrite],
          landings[Landing::AfterRewrite]);
    QVERIFY2(killedWhileRunning >= Kills / 2, "the kills came too late to mean anything");

    // Aimed kills: each narrows the window between the latest moment that came before the
    // rewrite and the earliest that came after it.
    constexpr int MaxAimedKills = 24;
    int early = 0;
    int late = int(fullMs);
    for (int aimed = 1; landings[Landing::InRewrite] == 0 && aimed <= MaxAimedKills; ++aimed) {
        if (late - early < 2) { // timing noise closed the window: open it again
            early = 0;
            late = int(fullMs);
        }
        const int at = early + int(random.bounded(quint32(late - early)));
        const auto landing = rotateAndKill(at);
        if (!landing)
            return;
        ++landings[*landing];
        if (*landing == Landing::BeforeRewrite)
            early = at;
        else if (*landing == Landing::AfterRewrite)
            late = at;
        qInfo("aimed kill %d at %d ms", aimed, at);
    }
    QVERIFY2(landings[Landing::InRewrite] > 0,
             "no kill landed inside the page rewrite, the step crash points cannot reach");
    QCOMPARE(rotateWithCli(temp).exitCode, 0);
    QVERIFY(!verifyWorkspace(temp, clients).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "TestKeyRotation.moc"
