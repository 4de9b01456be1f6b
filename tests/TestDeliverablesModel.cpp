// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DeliverablesModel: rows in due order (undated last), status names and dates as people
// read them, and a model Qt's views can trust.
#include "ui/DeliverablesModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace ClientDesk;

class TestDeliverablesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDeliverablesInDueOrder();
};

namespace {
Deliverable deliverable(const QString &id, const QString &title, const QDate &due,
                        Deliverable::Status status = Deliverable::Status::Open,
                        const QDate &done = {})
{
    Deliverable deliverable;
    deliverable.id = id;
    deliverable.projectId = QStringLiteral("project-1");
    deliverable.title = title;
    deliverable.dueDate = due;
    deliverable.status = status;
    deliverable.doneDate = done;
    return deliverable;
}
} // namespace

void TestDeliverablesModel::showsDeliverablesInDueOrder()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DeliverablesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDeliverables(
        {deliverable(QStringLiteral("d1"), QStringLiteral("Launch"), {}),
         deliverable(QStringLiteral("d2"), QStringLiteral("Wireframes"), QDate(2026, 3, 1),
                     Deliverable::Status::Done, QDate(2026, 2, 27)),
         deliverable(QStringLiteral("d3"), QStringLiteral("Brief"), QDate(2026, 3, 1),
                     Deliverable::Status::InProgress)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, DeliverablesModel::Title).data().toString(), QStringLiteral("Brief"));
    QCOMPARE(model.index(0, DeliverablesModel::Status).data().toString(),
             QStringLiteral("In progress"));
    QCOMPARE(model.index(1, DeliverablesModel::Title).data().toString(),
             QStringLiteral("Wireframes"));
    QCOMPARE(model.index(1, DeliverablesModel::Due).data().toString(), QStringLiteral("3/1/2026"));
    QCOMPARE(model.index(1, DeliverablesModel::Done).data().toString(),
             QStringLiteral("2/27/2026"));
    QCOMPARE(model.index(2, DeliverablesModel::Title).data(DeliverablesModel::IdRole).toString(),
             QStringLiteral("d1"));
    QCOMPARE(model.index(2, DeliverablesModel::Due).data().toString(), QString());
    QCOMPARE(model.index(2, DeliverablesModel::Status).data().toString(), QStringLiteral("Open"));
    model.setDeliverables({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestDeliverablesModel)
#include "TestDeliverablesModel.moc"
