// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Deliverable: it needs a project and a title, and only a done deliverable has a done date.
#include "models/domain/Deliverable.h"

#include <QTest>

using namespace ClientDesk;

Q_DECLARE_METATYPE(ClientDesk::Deliverable)

namespace {
Deliverable valid()
{
    Deliverable deliverable;
    deliverable.id = QStringLiteral("deliverable-1");
    deliverable.projectId = QStringLiteral("project-1");
    deliverable.title = QStringLiteral("Poster, final artwork");
    deliverable.dueDate = QDate(2026, 4, 15);
    return deliverable;
}

template<typename Change>
Deliverable changed(Change change)
{
    Deliverable deliverable = valid();
    change(deliverable);
    return deliverable;
}
} // namespace

class TestDeliverable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidDeliverables_data();
    void acceptsValidDeliverables();
    void refusesInvalidDeliverables_data();
    void refusesInvalidDeliverables();
    void statusKeysRoundTrip();
};

void TestDeliverable::acceptsValidDeliverables_data()
{
    QTest::addColumn<Deliverable>("deliverable");
    QTest::newRow("open") << valid();
    QTest::newRow("in progress") << changed(
        [](Deliverable &d) { d.status = Deliverable::Status::InProgress; });
    QTest::newRow("done with its date") << changed([](Deliverable &d) {
        d.status = Deliverable::Status::Done;
        d.doneDate = QDate(2026, 4, 20);
    });
    QTest::newRow("done without a date")
        << changed([](Deliverable &d) { d.status = Deliverable::Status::Done; });
    QTest::newRow("no due date") << changed([](Deliverable &d) { d.dueDate = QDate(); });
}

void TestDeliverable::acceptsValidDeliverables()
{
    QFETCH(Deliverable, deliverable);
    const Result<void> checked = deliverable.validate();
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message()));
}

void TestDeliverable::refusesInvalidDeliverables_data()
{
    QTest::addColumn<Deliverable>("deliverable");
    QTest::addColumn<QString>("message");
    const QString notDone = QStringLiteral("Only a deliverable that is done can have a done date.");
    QTest::newRow("no project") << changed([](Deliverable &d) { d.projectId.clear(); })
                                << "Choose the project for the deliverable.";
    QTest::newRow("no title") << changed([](Deliverable &d) { d.title.clear(); })
                              << "Enter the deliverable's title.";
    QTest::newRow("blank title") << changed([](Deliverable &d) { d.title = QStringLiteral("\t"); })
                                 << "Enter the deliverable's title.";
    QTest::newRow("open with a done date")
        << changed([](Deliverable &d) { d.doneDate = QDate(2026, 4, 20); }) << notDone;
    QTest::newRow("in progress with a done date") << changed([](Deliverable &d) {
        d.status = Deliverable::Status::InProgress;
        d.doneDate = QDate(2026, 4, 20);
    }) << notDone;
}

void TestDeliverable::refusesInvalidDeliverables()
{
    QFETCH(Deliverable, deliverable);
    QFETCH(QString, message);
    const Result<void> checked = deliverable.validate();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(checked.error().message(), message);
}

void TestDeliverable::statusKeysRoundTrip()
{
    const QList<std::pair<Deliverable::Status, QString>> statuses {
        {Deliverable::Status::Open, QStringLiteral("open")},
        {Deliverable::Status::InProgress, QStringLiteral("in_progress")},
        {Deliverable::Status::Done, QStringLiteral("done")}};
    for (const auto &[status, key] : statuses) {
        QCOMPARE(Deliverable::statusKey(status), key);
        QCOMPARE(Deliverable::statusFromKey(key), std::optional<Deliverable::Status>(status));
    }
    QVERIFY(!Deliverable::statusFromKey(QStringLiteral("closed")));
}

QTEST_GUILESS_MAIN(TestDeliverable)
#include "TestDeliverable.moc"
