// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Workspace: creation, unlock and open, and a clear, harmless refusal for every bad file.
#include "models/store/AuditLog.h"
#include "models/store/Migrator.h"
#include "models/store/StoreFile.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceSettings.h"
#include "tests/support/TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsEncryptedStoreWithOwnerAndAudit();
    void reopensWithPassphrase();
    void plainSqliteCannotReadTheStore();
    void refusesBadFilesAndLeavesThemUnchanged_data();
    void refusesBadFilesAndLeavesThemUnchanged();
    void refusesNewerSchemaAndLeavesFilesUnchanged();
    void changePassphraseRewrapsWithoutTouchingStore();
    void refusesToCreateOverExistingWorkspace();
    void refusesInvalidSetup();
    void migratesOlderStoreAfterCopyingIt();
    void failedMigrationChangesNothing();
    void auditAnchorCatchesACutTail();
    void alteredAuditAnchorIsReported();
};

void TestWorkspace::createsEncryptedStoreWithOwnerAndAudit()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    QCOMPARE(workspace->name(), QStringLiteral("Nordlicht Studio"));
    QVERIFY(!workspace->ownerId().isEmpty());
    QVERIFY(!workspace->deviceId().isEmpty());

    QFile store(Workspace::storePath(temp.dir()));
    QVERIFY(store.open(QIODevice::ReadOnly));
    const QByteArray head = store.read(16);
    QVERIFY(head != QByteArray("SQLite format 3\0", 16));
    QCOMPARE(head, workspace->keyFile().storeSalt());

    QSqlQuery query(workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT email, role FROM member")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), TempWorkspace::OwnerEmail);
    QCOMPARE(query.value(1).toString(), QStringLiteral("owner"));

    // workspace, member and device setting: each an audit entry; the synced two also in the outbox.
    auto audit = AuditLog(workspace->store().database()).verify();
    QVERIFY(audit);
    QVERIFY(audit->intact);
    QCOMPARE(audit->entries, 3);
    QVERIFY(query.exec(QStringLiteral("SELECT entity, op FROM outbox ORDER BY rowid")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("workspace"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("member"));
    QVERIFY(!query.next());

    // The audit log records field names only, never the values.
    QVERIFY(query.exec(QStringLiteral("SELECT at, member_id, device_id, action, entity, "
                                      "entity_id, fields FROM audit_log")));
    while (query.next()) {
        for (int column = 0; column < 7; ++column)
            QVERIFY(!query.value(column).toString().contains(TempWorkspace::OwnerEmail));
    }
}

void TestWorkspace::reopensWithPassphrase()
{
    TempWorkspace temp;
    QString ownerId;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        ownerId = workspace->ownerId();
    }
    auto reopened = temp.open();
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message()));
    QCOMPARE((*reopened)->ownerId(), ownerId);
    QCOMPARE((*reopened)->name(), QStringLiteral("Nordlicht Studio"));
}

void TestWorkspace::plainSqliteCannotReadTheStore()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QFAIL("the sqlite3 command-line tool is missing: apt-get install sqlite3");
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
    }
    QProcess process;
    process.start(
        sqlite3,
        {Workspace::storePath(temp.dir()), QStringLiteral("SELECT count(*) FROM sqlite_master;")});
    QVERIFY(process.waitForFinished(30000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() != 0, qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("not a database"))
                 || errors.contains(QStringLiteral("encrypted")),
             qPrintable(errors));
}

// How each bad file is made from a good workspace; all must be refused with their own message.
void TestWorkspace::refusesBadFilesAndLeavesThemUnchanged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("expectedText");
    const auto row = [](const char *name, const char *damage, ErrorKind kind, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(damage) << int(kind) << QString::fromUtf8(text);
    };
    row("wrong passphrase", "wrong-passphrase", ErrorKind::WrongKey,
        "The passphrase is not correct.");
    row("key file of another store", "other-keyfile", ErrorKind::WrongKey,
        "The key file does not belong to this store");
    row("truncated store", "truncate", ErrorKind::InvalidInput, "The store file is truncated");
    row("truncated at a page boundary", "truncate-page", ErrorKind::InvalidInput,
        "The store file is damaged and cannot be read with its key");
    row("not a store", "text-file", ErrorKind::InvalidInput,
        "The store file is not a ClientDesk store");
    row("plain SQLite file", "plain-sqlite", ErrorKind::InvalidInput,
        "The store file is a plain, unencrypted SQLite database");
    row("store missing", "remove-store", ErrorKind::InvalidInput,
        "The workspace has no store file");
    row("key file cut short", "cut-keyfile", ErrorKind::InvalidInput,
        "The key file is damaged or incomplete");
    row("key file missing", "remove-keyfile", ErrorKind::InvalidInput,
        "This folder has no key file");
    row("key file from a newer version", "newer-keyfile", ErrorKind::NewerStore,
        "The key file was written by a newer version");
    row("key file asks for huge scrypt work", "huge-kdf", ErrorKind::InvalidInput,
        "The key file is damaged or incomplete");
    row("wrapped data key altered", "alter-data-key", ErrorKind::WrongKey,
        "The key file's data key does not open");
}

// Rewrites one part of the key file's JSON, as a careless edit or an attacker would.
static void editKeyFile(const QString &path, const std::function<void(QJsonObject &)> &edit)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    edit(json);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
}

void TestWorkspace::refusesBadFilesAndLeavesThemUnchanged()
{
    QFETCH(QString, damage);
    QFETCH(int, expectedKind);
    QFETCH(QString, expectedText);

    TempWorkspace temp;
    TempWorkspace other;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        // Enough pages that a cut at a page boundary loses real data.
        for (int i = 0; i < 200; ++i)
            QVERIFY(WorkspaceSettings(workspace->store())
                        .setValue(QStringLiteral("filler.%1").arg(i), QString(400, u'x')));
        QVERIFY(workspace->store().checkpoint());
        QVERIFY(other.create());
    }
    const QString storePath = Workspace::storePath(temp.dir());
    const QString keyFilePath = Workspace::keyFilePath(temp.dir());
    QByteArray passphrase = TempWorkspace::Passphrase;
    if (damage == QLatin1String("wrong-passphrase")) {
        passphrase = "not the passphrase";
    } else if (damage == QLatin1String("other-keyfile")) {
        QVERIFY(QFile::remove(keyFilePath));
        QVERIFY(QFile::copy(Workspace::keyFilePath(other.dir()), keyFilePath));
    } else if (damage.startsWith(QLatin1String("truncate"))) {
        QFile file(storePath);
        const qint64 pages = file.size() / StoreFile::PageSize;
        QVERIFY(pages > 4);
        const qint64 cut = damage == QLatin1String("truncate") ? file.size() - 1000
                                                               : (pages / 2) * StoreFile::PageSize;
        QVERIFY(file.resize(cut));
    } else if (damage == QLatin1String("text-file")) {
        QFile file(storePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Meeting notes: call the printer on Tuesday.\n");
    } else if (damage == QLatin1String("plain-sqlite")) {
        QFile file(storePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096 - 16, '\0'));
    } else if (damage == QLatin1String("remove-store")) {
        QVERIFY(QFile::remove(storePath));
    } else if (damage == QLatin1String("cut-keyfile")) {
        QFile file(keyFilePath);
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == QLatin1String("remove-keyfile")) {
        QVERIFY(QFile::remove(keyFilePath));
    } else if (damage == QLatin1String("newer-keyfile")) {
        editKeyFile(keyFilePath, [](QJsonObject &json) {
            json.insert(QStringLiteral("version"), KeyFile::FormatVersion + 1);
        });
    } else if (damage == QLatin1String("huge-kdf")) {
        editKeyFile(keyFilePath, [](QJsonObject &json) {
            QJsonArray slotList = json.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = slotList.at(0).toObject();
            QJsonObject kdf = slot.value(QStringLiteral("kdf")).toObject();
            kdf.insert(QStringLiteral("n"), qint64(1) << 21);
            kdf.insert(QStringLiteral("p"), 16);
            slot.insert(QStringLiteral("kdf"), kdf);
            slotList.replace(0, slot);
            json.insert(QStringLiteral("slots"), slotList);
        });
    } else if (damage == QLatin1String("alter-data-key")) {
        editKeyFile(keyFilePath, [](QJsonObject &json) {
            QJsonObject dataKey = json.value(QStringLiteral("dataKey")).toObject();
            QByteArray wrapped = QByteArray::fromBase64(
                dataKey.value(QStringLiteral("wrapped")).toString().toLatin1());
            wrapped[20] = char(wrapped[20] ^ 0x40);
            dataKey.insert(QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64()));
            json.insert(QStringLiteral("dataKey"), dataKey);
        });
    }

    const auto before = temp.snapshot();
    auto keys = Workspace::unlock(temp.dir(), passphrase);
    Result<std::unique_ptr<Workspace>> opened = keys
        ? Workspace::open(temp.dir(), std::move(keys.value()), temp.clock())
        : Result<std::unique_ptr<Workspace>>(keys.error());
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().kind()), expectedKind);
    QVERIFY2(opened.error().message().startsWith(expectedText),
             qPrintable(opened.error().message()));
    QCOMPARE(temp.snapshot(), before);
}

void TestWorkspace::refusesNewerSchemaAndLeavesFilesUnchanged()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        QSqlQuery query(workspace->store().database());
        QVERIFY(query.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrator().latestVersion() + 1)));
    }
    const auto before = temp.snapshot();
    auto opened = temp.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind(), ErrorKind::NewerStore);
    QVERIFY(opened.error().message().contains(QStringLiteral("newer version")));
    QCOMPARE(temp.snapshot(), before);
}

void TestWorkspace::changePassphraseRewrapsWithoutTouchingStore()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    QVERIFY(workspace->store().checkpoint());
    workspace.reset();
    const QByteArray storeBefore = temp.snapshot().value(QStringLiteral("store.db"));
    {
        auto reopened = temp.open();
        QVERIFY(reopened);
        QVERIFY((*reopened)->changePassphrase("a new passphrase, long enough",
                                              TempWorkspace::fastKdf()));
    }
    QCOMPARE(temp.snapshot().value(QStringLiteral("store.db")), storeBefore);
    auto oldKeys = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(!oldKeys);
    QCOMPARE(oldKeys.error().kind(), ErrorKind::WrongKey);
    auto newKeys = Workspace::unlock(temp.dir(), "a new passphrase, long enough");
    QVERIFY(newKeys);
    QVERIFY(Workspace::open(temp.dir(), std::move(newKeys.value()), temp.clock()));
}

void TestWorkspace::refusesToCreateOverExistingWorkspace()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    const auto before = temp.snapshot();
    auto again = Workspace::create(temp.dir(), TempWorkspace::setup(), "whatever passphrase 1",
                                   temp.clock(), TempWorkspace::fastKdf());
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(temp.snapshot(), before);
}

void TestWorkspace::refusesInvalidSetup()
{
    TempWorkspace temp;
    WorkspaceSetup setup = TempWorkspace::setup();
    setup.ownerEmail = QStringLiteral("not-an-email");
    auto created = Workspace::create(temp.dir(), setup, TempWorkspace::Passphrase, temp.clock(),
                                     TempWorkspace::fastKdf());
    QVERIFY(!created);
    QVERIFY(created.error().message().contains(QStringLiteral("email")));
    QVERIFY(!QFile::exists(Workspace::storePath(temp.dir())));
}

void TestWorkspace::migratesOlderStoreAfterCopyingIt()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    QList<Migrations::Migration> migrations = Migrations::all();
    migrations.append({Migrator().latestVersion() + 1,
                       QStringLiteral("test: notes"),
                       {QStringLiteral("CREATE TABLE note (id TEXT PRIMARY KEY, body TEXT)")}});
    const Migrator newer(migrations);
    auto keys = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(keys);
    auto opened = Workspace::open(temp.dir(), std::move(keys.value()), temp.clock(), newer);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QCOMPARE((*opened)->store().schemaVersion().value(), newer.latestVersion());
    const QStringList copies = QDir(Workspace::backupsPath(temp.dir()))
                                   .entryList({QStringLiteral("pre-migration-*")}, QDir::Files);
    QCOMPARE(copies.size(), 2); // the store and its key file
    for (const QString &copy : copies)
        QVERIFY(!StoreFile::isPlainSqlite(Workspace::backupsPath(temp.dir()) + u'/' + copy));
}

void TestWorkspace::failedMigrationChangesNothing()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    QList<Migrations::Migration> migrations = Migrations::all();
    migrations.append(
        {Migrator().latestVersion() + 1,
         QStringLiteral("test: broken"),
         {QStringLiteral("CREATE TABLE half_done (id TEXT)"), QStringLiteral("THIS IS NOT SQL")}});
    auto keys = Workspace::unlock(temp.dir(), TempWorkspace::Passphrase);
    QVERIFY(keys);
    auto opened =
        Workspace::open(temp.dir(), std::move(keys.value()), temp.clock(), Migrator(migrations));
    QVERIFY(!opened);
    QVERIFY(opened.error().message().contains(QStringLiteral("Nothing was changed")));
    auto reopened = temp.open();
    QVERIFY(reopened);
    QCOMPARE((*reopened)->store().schemaVersion().value(), Migrator().latestVersion());
    QSqlQuery query((*reopened)->store().database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestWorkspace::auditAnchorCatchesACutTail()
{
    TempWorkspace temp;
    {
        auto workspace = temp.create();
        QVERIFY(workspace);
        for (int i = 0; i < 5; ++i)
            QVERIFY(WorkspaceSettings(workspace->store())
                        .setValue(QStringLiteral("k%1").arg(i), QStringLiteral("v")));
    } // closing anchors the head: entry 8
    QCOMPARE(KeyFile::load(Workspace::keyFilePath(temp.dir()))->auditAnchor()->seq, 8);
    {
        auto workspace = temp.open();
        QVERIFY(workspace);
        auto intact = (*workspace)->verifyAudit();
        QVERIFY(intact && intact->intact);
        QSqlQuery query((*workspace)->store().database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 7")));
        auto cut = (*workspace)->verifyAudit();
        QVERIFY(cut);
        QVERIFY(!cut->intact);
        QVERIFY2(cut->problem.contains(QStringLiteral("cut off")), qPrintable(cut->problem));
    }
    // Closing again does not move the anchor back, so the cut stays visible.
    auto reopened = temp.open();
    QVERIFY(reopened);
    QCOMPARE((*reopened)->keyFile().auditAnchor()->seq, 8);
    QVERIFY(!(*reopened)->verifyAudit()->intact);
}

void TestWorkspace::alteredAuditAnchorIsReported()
{
    TempWorkspace temp;
    QVERIFY(temp.create());
    editKeyFile(Workspace::keyFilePath(temp.dir()), [](QJsonObject &json) {
        QJsonObject anchor = json.value(QStringLiteral("auditAnchor")).toObject();
        anchor.insert(QStringLiteral("seq"), 1);
        json.insert(QStringLiteral("auditAnchor"), anchor);
    });
    auto workspace = temp.open();
    QVERIFY(workspace);
    auto verified = (*workspace)->verifyAudit();
    QVERIFY(!verified);
    QVERIFY(verified.error().message().contains(QStringLiteral("anchor")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
