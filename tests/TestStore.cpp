// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Store: the settings every connection must have, and all-or-nothing writes with audit and
// outbox.
#include "models/crypto/Random.h"
#include "models/store/Outbox.h"
#include "models/store/Store.h"
#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionSettingsTookEffect();
    void cacheBudgetIsPerConnection();
    void writeCommitsWorkAuditAndOutboxTogether();
    void failedWorkLeavesNoTrace();
    void localChangesSkipTheOutbox();
    void failingAuditOrOutboxUndoesTheWork_data();
    void failingAuditOrOutboxUndoesTheWork();
    void nestedTransactionsAreSavepoints();
    void readOnlyConnectionRefusesWrites();
    void missingStoreIsNotCreatedWithoutAsking();

private:
    static qint64 count(Store &store, const QString &table);
    static Change settingChange(const QString &key, bool synced);
};

qint64 TestStore::count(Store &store, const QString &table)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Change TestStore::settingChange(const QString &key, bool synced)
{
    return Change {Change::Operation::Update,
                   QStringLiteral("setting"),
                   key,
                   {QStringLiteral("value")},
                   synced,
                   0};
}

void TestStore::connectionSettingsTookEffect()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    QSqlQuery query(workspace->store().database());
    const QList<std::pair<QString, QString>> expected {
        {QStringLiteral("PRAGMA journal_mode"), QStringLiteral("wal")},
        {QStringLiteral("PRAGMA synchronous"), QStringLiteral("2")},
        {QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("PRAGMA secure_delete"), QStringLiteral("1")},
        {QStringLiteral("PRAGMA cipher_page_size"), QStringLiteral("4096")},
        {QStringLiteral("PRAGMA cache_size"), QStringLiteral("-16384")},
    };
    for (const auto &[pragma, value] : expected) {
        QVERIFY2(query.exec(pragma), qPrintable(pragma));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), value);
    }
    QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_version")));
    QVERIFY(query.next());
    QVERIFY(!query.value(0).toString().isEmpty());
}

void TestStore::cacheBudgetIsPerConnection()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    auto worker = Store::open(workspace->store().path(), workspace->keyRing().dataKey(),
                              temp.clock(), {.cacheKiB = 2048});
    QVERIFY(worker);
    QVERIFY((*worker)->setCacheBudget(65536));
    QSqlQuery gui(workspace->store().database());
    QVERIFY(gui.exec(QStringLiteral("PRAGMA cache_size")) && gui.next());
    QCOMPARE(gui.value(0).toInt(), -16384);
    QSqlQuery bulk((*worker)->database());
    QVERIFY(bulk.exec(QStringLiteral("PRAGMA cache_size")) && bulk.next());
    QCOMPARE(bulk.value(0).toInt(), -65536);
}

void TestStore::writeCommitsWorkAuditAndOutboxTogether()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const qint64 audit = count(store, QStringLiteral("audit_log"));
    const qint64 outbox = count(store, QStringLiteral("outbox"));
    auto written = store.write(settingChange(QStringLiteral("k"), true), [&]() -> Result<void> {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")))
            return Error(ErrorKind::Io, QStringLiteral("insert failed"));
        return {};
    });
    QVERIFY(written);
    QCOMPARE(count(store, QStringLiteral("settings WHERE key = 'k'")), 1);
    QCOMPARE(count(store, QStringLiteral("audit_log")), audit + 1);
    QCOMPARE(count(store, QStringLiteral("outbox")), outbox + 1);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT entity, entity_id, op, changed_fields, base_version FROM outbox "
                       "ORDER BY rowid DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("setting"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("k"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("update"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("[\"value\"]"));
    QCOMPARE(query.value(4).toLongLong(), 0);
}

void TestStore::failedWorkLeavesNoTrace()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const qint64 audit = count(store, QStringLiteral("audit_log"));
    const qint64 outbox = count(store, QStringLiteral("outbox"));
    auto written = store.write(settingChange(QStringLiteral("k"), true), [&]() -> Result<void> {
        QSqlQuery query(store.database());
        query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        return Error(ErrorKind::InvalidInput, QStringLiteral("validation failed half-way"));
    });
    QVERIFY(!written);
    QCOMPARE(written.error().message(), QStringLiteral("validation failed half-way"));
    QCOMPARE(count(store, QStringLiteral("settings WHERE key = 'k'")), 0);
    QCOMPARE(count(store, QStringLiteral("audit_log")), audit);
    QCOMPARE(count(store, QStringLiteral("outbox")), outbox);
}

void TestStore::localChangesSkipTheOutbox()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const qint64 outbox = count(store, QStringLiteral("outbox"));
    QVERIFY(store.write(settingChange(QStringLiteral("local"), false),
                        []() -> Result<void> { return {}; }));
    QCOMPARE(count(store, QStringLiteral("outbox")), outbox);
}

void TestStore::failingAuditOrOutboxUndoesTheWork_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("audit entry fails") << "audit_log";
    QTest::newRow("outbox entry fails") << "outbox";
}

void TestStore::failingAuditOrOutboxUndoesTheWork()
{
    QFETCH(QString, table);
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON %1 "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")
                           .arg(table)));
    const qint64 audit = count(store, QStringLiteral("audit_log"));
    const qint64 outbox = count(store, QStringLiteral("outbox"));
    auto written = store.write(settingChange(QStringLiteral("k"), true), [&]() -> Result<void> {
        QSqlQuery insert(store.database());
        if (!insert.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")))
            return Error(ErrorKind::Io, QStringLiteral("insert failed"));
        return {};
    });
    QVERIFY(!written);
    QCOMPARE(count(store, QStringLiteral("settings WHERE key = 'k'")), 0);
    QCOMPARE(count(store, QStringLiteral("audit_log")), audit);
    QCOMPARE(count(store, QStringLiteral("outbox")), outbox);
}

void TestStore::nestedTransactionsAreSavepoints()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const auto insert = [&](const QString &key) -> Result<void> {
        QSqlQuery query(store.database());
        if (!query.exec(
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', 'v')").arg(key)))
            return Error(ErrorKind::Io, QStringLiteral("insert failed"));
        return {};
    };
    // A failed inner part is undone alone when the outer work goes on...
    auto outer = store.transaction([&]() -> Result<void> {
        if (auto done = insert(QStringLiteral("outer")); !done)
            return done;
        auto inner = store.transaction([&]() -> Result<void> {
            if (auto done = insert(QStringLiteral("inner")); !done)
                return done;
            return Error(ErrorKind::InvalidInput, QStringLiteral("inner refused"));
        });
        return inner ? Error(ErrorKind::Io, QStringLiteral("inner should fail")) : Result<void>();
    });
    QVERIFY(outer);
    QCOMPARE(count(store, QStringLiteral("settings WHERE key = 'outer'")), 1);
    QCOMPARE(count(store, QStringLiteral("settings WHERE key = 'inner'")), 0);
    // ...and a failed outer undoes the inner parts that had succeeded.
    auto failed = store.transaction([&]() -> Result<void> {
        auto inner = store.transaction([&] { return insert(QStringLiteral("inner2")); });
        if (!inner)
            return inner;
        return Error(ErrorKind::InvalidInput, QStringLiteral("outer refused"));
    });
    QVERIFY(!failed);
    QCOMPARE(count(store, QStringLiteral("settings WHERE key = 'inner2'")), 0);
}

void TestStore::readOnlyConnectionRefusesWrites()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    auto reader = Store::open(workspace->store().path(), workspace->keyRing().dataKey(),
                              temp.clock(), {.readOnly = true});
    QVERIFY2(reader, reader ? "" : qPrintable(reader.error().message()));
    QSqlQuery query((*reader)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM member")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM member")));
}

void TestStore::missingStoreIsNotCreatedWithoutAsking()
{
    TempWorkspace temp;
    const QString path = temp.root() + QStringLiteral("/missing.db");
    const SecretBytes key = Random::secret(32);
    auto store = Store::open(path, key, temp.clock(), {});
    QVERIFY(!store);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
