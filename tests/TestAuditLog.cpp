// SPDX-License-Identifier: GPL-3.0-or-later
// Tests AuditLog: the hash chain grows with every write and any tampering is named by entry.
#include "models/store/AuditLog.h"
#include "models/store/WorkspaceSettings.h"
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chainVerifiesAfterWrites();
    void entriesLinkToTheirPredecessor();
    void canonicalFormIsStable();
    void tamperedRowIsNamed_data();
    void tamperedRowIsNamed();
    void removedRowIsNamed();
    void recordsTimeFromTheInjectedClock();

private:
    void writeSettings(int count);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestAuditLog::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
}

void TestAuditLog::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

void TestAuditLog::writeSettings(int count)
{
    WorkspaceSettings settings(m_workspace->store());
    for (int i = 0; i < count; ++i)
        QVERIFY(settings.setValue(QStringLiteral("key.%1").arg(i), QStringLiteral("v%1").arg(i)));
}

void TestAuditLog::chainVerifiesAfterWrites()
{
    writeSettings(20);
    auto result = AuditLog(m_workspace->store().database()).verify();
    QVERIFY(result);
    QVERIFY(result->intact);
    QCOMPARE(result->entries, 23); // 3 from creating the workspace
    QCOMPARE(result->headSeq, 23);
    QCOMPARE(result->headHash.size(), AuditLog::HashSize);
}

void TestAuditLog::entriesLinkToTheirPredecessor()
{
    writeSettings(3);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY seq")));
    QByteArray previous(AuditLog::HashSize, '\0');
    int rows = 0;
    while (query.next()) {
        QCOMPARE(query.value(0).toByteArray(), previous);
        previous = query.value(1).toByteArray();
        ++rows;
    }
    QCOMPARE(rows, 6);
}

void TestAuditLog::canonicalFormIsStable()
{
    // Pinned: changing the canonical form would break every existing chain.
    const QByteArray canonical = AuditLog::canonicalEntry(
        7, QStringLiteral("2026-01-15T09:30:00.000Z"), QStringLiteral("m"), QStringLiteral("d"),
        QStringLiteral("update"), QStringLiteral("setting"), QStringLiteral("theme"),
        QStringLiteral("[\"value\"]"));
    const QByteArray expected = "[7,\"2026-01-15T09:30:00.000Z\",\"m\",\"d\",\"update\","
                                "\"setting\",\"theme\",\"[\\\"value\\\"]\"]";
    QCOMPARE(canonical, expected);
    QCOMPARE(AuditLog::chainHash(QByteArray(32, '\0'), canonical).toHex(),
             QCryptographicHash::hash(QByteArray(QByteArray(32, 0) + canonical),
                                      QCryptographicHash::Sha256)
                 .toHex());
}

void TestAuditLog::tamperedRowIsNamed_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("entity id") << "entity_id"
                               << "someone-else";
    QTest::newRow("time") << "at"
                          << "2020-01-01T00:00:00.000Z";
    QTest::newRow("fields") << "fields"
                            << "[]";
    QTest::newRow("member") << "member_id"
                            << "intruder";
    QTest::newRow("action") << "action"
                            << "delete";
}

void TestAuditLog::tamperedRowIsNamed()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    writeSettings(10);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE audit_log SET %1 = '%2' WHERE seq = 8").arg(column, value)));
    QCOMPARE(query.numRowsAffected(), 1);
    auto result = AuditLog(m_workspace->store().database()).verify();
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->brokenSeq, 8);
    QVERIFY(result->problem.contains(QStringLiteral("Entry 8 was altered")));
}

void TestAuditLog::removedRowIsNamed()
{
    writeSettings(10);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
    auto result = AuditLog(m_workspace->store().database()).verify();
    QVERIFY(result);
    QVERIFY(!result->intact);
    QCOMPARE(result->brokenSeq, 6);
    QVERIFY(result->problem.contains(QStringLiteral("Entry 6 does not follow entry 4")));
}

void TestAuditLog::recordsTimeFromTheInjectedClock()
{
    m_temp->clock().advanceDays(40);
    writeSettings(1);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-02-24T09:30:00.000Z"));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
