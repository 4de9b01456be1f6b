// SPDX-License-Identifier: GPL-3.0-or-later
// Tests InvoicesModel over the S data set: model tester while paging and re-sorting, money
// shown in the invoice's currency, and the status and overdue filters done in SQL.
#include "models/itemmodels/InvoicesModel.h"
#include "models/store/DemoDataGenerator.h"
#include "tests/support/TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestInvoicesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesAndSortsWhileTested();
    void showsMoneyInItsCurrency();
    void filtersByStatusAndOverdue();

private:
    int sqlCount(const QString &where) const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestInvoicesModel::initTestCase()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    auto generated =
        DemoDataGenerator(m_workspace->store(), 7).generate(DemoDataGenerator::Size::S);
    QVERIFY2(generated, generated ? "" : qPrintable(generated.error().message()));
}

void TestInvoicesModel::cleanupTestCase()
{
    m_workspace.reset();
    m_temp.reset();
}

int TestInvoicesModel::sqlCount(const QString &where) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM invoice WHERE deleted_at IS NULL AND ")
                    + where)
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestInvoicesModel::pagesAndSortsWhileTested()
{
    InvoicesModel model(m_workspace->store().database(), m_temp->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("1")));
    QCOMPARE(model.rowCount(), 2000);
    // Newest first by default.
    QCOMPARE(model.sortColumn(), int(InvoicesModel::Issued));
    QString previous = QStringLiteral("9999-12-31");
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString issued =
            model.index(row, InvoicesModel::Issued).data(Qt::EditRole).toString();
        if (issued.isEmpty())
            continue; // drafts have no issue date and sort last
        QVERIFY2(issued <= previous, qPrintable(issued));
        previous = issued;
        QVERIFY(model.cachedPages() <= PagedSqlModel::MaxCachedPages);
    }
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 2000);
        model.index(model.rowCount() - 1, column).data();
    }
}

void TestInvoicesModel::showsMoneyInItsCurrency()
{
    InvoicesModel model(m_workspace->store().database(), m_temp->clock());
    for (int row = 0; row < 50; ++row) {
        const QString total = model.index(row, InvoicesModel::Total).data().toString();
        const QString raw = model.index(row, InvoicesModel::Total).data(Qt::EditRole).toString();
        QVERIFY2(total.endsWith(u' ' + raw.section(u'|', 1)), qPrintable(total));
    }
    QCOMPARE(model.headerData(InvoicesModel::Total, Qt::Horizontal, Qt::TextAlignmentRole)
                 .value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestInvoicesModel::filtersByStatusAndOverdue()
{
    InvoicesModel model(m_workspace->store().database(), m_temp->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(Invoice::Status::Paid);
    QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("status = 'paid'")));
    QVERIFY(model.rowCount() > 0);
    const QString today = m_temp->clock().now().date().toString(Qt::ISODate);
    model.setFilter(std::nullopt, true);
    QCOMPARE(model.rowCount(),
             sqlCount(QStringLiteral("status = 'issued' AND due_date < '%1'").arg(today)));
    QVERIFY(model.rowCount() > 0);
    // Three years on, every issued invoice is overdue.
    m_temp->clock().advanceDays(365 * 3);
    model.setFilter(std::nullopt, true);
    QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("status = 'issued'")));
}

QTEST_GUILESS_MAIN(TestInvoicesModel)
#include "TestInvoicesModel.moc"
