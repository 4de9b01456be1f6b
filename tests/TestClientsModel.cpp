// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ClientsModel over the S data set: it passes QAbstractItemModelTester while it pages
// through every row and re-sorts, holds only a few pages, filters in SQL, and reads its pages in
// name order from one covering index.
#include "models/itemmodels/ClientsModel.h"
#include "models/store/ClientRepository.h"
#include "models/store/DemoDataGenerator.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestClientsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesThroughEveryRowWhileTested();
    void sortsInSqlByEveryColumn_data();
    void sortsInSqlByEveryColumn();
    void filtersByStatusAndTag();
    void refreshShowsNewRows();
    void readsNameOrderFromTheCoveringIndex();

private:
    QStringList sqlOrder(const QString &orderBy) const;
    QString pagePlan(const ClientsModel &model, const QVariantList &filterValues) const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestClientsModel::initTestCase()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    auto generated =
        DemoDataGenerator(m_workspace->store(), 42).generate(DemoDataGenerator::Size::S);
    QVERIFY2(generated, generated ? "" : qPrintable(generated.error().message()));
}

void TestClientsModel::cleanupTestCase()
{
    m_workspace.reset();
    m_temp.reset();
}

QStringList TestClientsModel::sqlOrder(const QString &orderBy) const
{
    QSqlQuery query(m_workspace->store().database());
    query.exec(QStringLiteral("SELECT id FROM client WHERE deleted_at IS NULL ORDER BY ")
               + orderBy);
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

void TestClientsModel::pagesThroughEveryRowWhileTested()
{
    ClientsModel model(m_workspace->store().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), 6);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ClientsModel::Name);
        QVERIFY(!index.data().toString().isEmpty() || index.data(Qt::EditRole).isValid());
        ids.insert(index.data(PagedSqlModel::IdRole).toString());
        QVERIFY(model.cachedPages() <= PagedSqlModel::MaxCachedPages);
    }
    QCOMPARE(ids.size(), 1000);
    QCOMPARE(model.idAt(999), model.index(999, 0).data(PagedSqlModel::IdRole).toString());
    QCOMPARE(model.headerData(ClientsModel::Email, Qt::Horizontal).toString(),
             QStringLiteral("Email"));
}

void TestClientsModel::sortsInSqlByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("name ascending")
        << int(ClientsModel::Name) << int(Qt::AscendingOrder) << "name COLLATE NOCASE ASC, id ASC";
    QTest::newRow("name descending") << int(ClientsModel::Name) << int(Qt::DescendingOrder)
                                     << "name COLLATE NOCASE DESC, id DESC";
    QTest::newRow("email") << int(ClientsModel::Email) << int(Qt::AscendingOrder)
                           << "email COLLATE NOCASE ASC, id ASC";
    QTest::newRow("status") << int(ClientsModel::Status) << int(Qt::DescendingOrder)
                            << "status DESC, id DESC";
    QTest::newRow("updated") << int(ClientsModel::Updated) << int(Qt::AscendingOrder)
                             << "updated_at ASC, id ASC";
}

void TestClientsModel::sortsInSqlByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    ClientsModel model(m_workspace->store().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, Qt::SortOrder(order));
    const QStringList expected = sqlOrder(orderBy);
    QStringList actual;
    for (int row = 0; row < model.rowCount(); ++row)
        actual << model.idAt(row);
    QCOMPARE(actual, expected);
}

void TestClientsModel::filtersByStatusAndTag()
{
    ClientsModel model(m_workspace->store().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(Client::Status::Archived);
    QSqlQuery archived(m_workspace->store().database());
    QVERIFY(archived.exec(QStringLiteral("SELECT count(*) FROM client WHERE status = 'archived'")));
    QVERIFY(archived.next());
    QCOMPARE(model.rowCount(), archived.value(0).toInt());
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, ClientsModel::Status).data(Qt::EditRole).toString(),
                 QStringLiteral("archived"));

    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT tags FROM client WHERE tags <> '' LIMIT 1"))
            && query.next());
    const QString tag = query.value(0).toString().section(u',', 0, 0);
    model.setFilter(std::nullopt, tag);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, ClientsModel::Tags)
                    .data(Qt::EditRole)
                    .toString()
                    .split(u',')
                    .contains(tag));
    model.setFilter(std::nullopt, QStringLiteral("%"));
    QCOMPARE(model.rowCount(), 0); // a wildcard is a character, not a pattern
}

void TestClientsModel::refreshShowsNewRows()
{
    ClientsModel model(m_workspace->store().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    Client client;
    client.name = QStringLiteral("AAA First Client");
    QVERIFY(ClientRepository(m_workspace->store()).create(client));
    model.refresh();
    QCOMPARE(model.rowCount(), before + 1);
    // The unfiltered count is kept by triggers; it follows deletes as well as inserts.
    auto created = ClientRepository(m_workspace->store()).create(client);
    QVERIFY(created);
    QVERIFY(ClientRepository(m_workspace->store()).remove(created->id));
    model.refresh();
    QCOMPARE(model.rowCount(), before + 1);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM client WHERE deleted_at IS NULL"))
            && query.next());
    QCOMPARE(model.rowCount(), query.value(0).toInt());
}

// SQLite's plan for reading the model's first page, one line per step.
QString TestClientsModel::pagePlan(const ClientsModel &model,
                                   const QVariantList &filterValues) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + model.pageSql()))
        return QStringLiteral("cannot prepare the plan");
    for (const QVariant &value : filterValues + QVariantList {PagedSqlModel::PageSize, 0})
        query.addBindValue(value);
    if (!query.exec())
        return QStringLiteral("cannot explain");
    QStringList steps;
    while (query.next())
        steps << query.value(3).toString();
    return steps.join(u'\n');
}

// Every column the list reads is in client_list_by_name (migration 4): in name order, a page is
// read from a few adjacent index pages, never from table rows scattered over the file, so a
// million clients open as fast as a hundred thousand. A column added to the list without adding
// it to the index would make this fail.
void TestClientsModel::readsNameOrderFromTheCoveringIndex()
{
    ClientsModel model(m_workspace->store().database());
    const QString covering = QStringLiteral("USING COVERING INDEX client_list_by_name");
    QString plan = pagePlan(model, {});
    QVERIFY2(plan.contains(covering), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));

    model.sort(ClientsModel::Name, Qt::DescendingOrder);
    plan = pagePlan(model, {});
    QVERIFY2(plan.contains(covering), qPrintable(plan));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));

    model.setFilter(Client::Status::Archived);
    plan = pagePlan(model, {Client::statusKey(Client::Status::Archived)});
    QVERIFY2(plan.contains(covering), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestClientsModel)
#include "TestClientsModel.moc"
