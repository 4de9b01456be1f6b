// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProjectsModel over the S data set: model tester while paging and re-sorting, the client
// column joined in SQL, and filters by status and client.
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/DemoDataGenerator.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestProjectsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesAndSortsWhileTested();
    void filtersByStatusAndClient();

private:
    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestProjectsModel::initTestCase()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    auto generated =
        DemoDataGenerator(m_workspace->store(), 3).generate(DemoDataGenerator::Size::S);
    QVERIFY2(generated, generated ? "" : qPrintable(generated.error().message()));
}

void TestProjectsModel::cleanupTestCase()
{
    m_workspace.reset();
    m_temp.reset();
}

void TestProjectsModel::pagesAndSortsWhileTested()
{
    ProjectsModel model(m_workspace->store().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1000);
    model.sort(ProjectsModel::Client, Qt::AscendingOrder);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, ProjectsModel::Client).data().toString().isEmpty());
        QVERIFY(model.cachedPages() <= PagedSqlModel::MaxCachedPages);
    }
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 1000);
        model.index(0, column).data();
    }
}

void TestProjectsModel::filtersByStatusAndClient()
{
    ProjectsModel model(m_workspace->store().database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(Project::Status::Active);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM project WHERE status = 'active'"))
            && query.next());
    QCOMPARE(model.rowCount(), query.value(0).toInt());
    QVERIFY(query.exec(QStringLiteral("SELECT client_id, count(*) FROM project GROUP BY client_id "
                                      "ORDER BY count(*) DESC LIMIT 1"))
            && query.next());
    model.setFilter(std::nullopt, query.value(0).toString());
    QCOMPARE(model.rowCount(), query.value(1).toInt());
}

QTEST_GUILESS_MAIN(TestProjectsModel)
#include "TestProjectsModel.moc"
