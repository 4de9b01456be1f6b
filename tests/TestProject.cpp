// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Project: what a user must fix before a project is saved, and its stored status keys.
#include "models/domain/Project.h"

#include <QTest>

using namespace ClientDesk;

Q_DECLARE_METATYPE(ClientDesk::Project)

namespace {
Project valid()
{
    Project project;
    project.id = QStringLiteral("project-1");
    project.clientId = QStringLiteral("client-1");
    project.name = QStringLiteral("Spring campaign");
    project.status = Project::Status::Active;
    project.budget = Money(1500000, QStringLiteral("EUR"));
    project.startDate = QDate(2026, 3, 1);
    project.dueDate = QDate(2026, 5, 31);
    return project;
}

template<typename Change>
Project changed(Change change)
{
    Project project = valid();
    change(project);
    return project;
}
} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidProjects_data();
    void acceptsValidProjects();
    void refusesInvalidProjects_data();
    void refusesInvalidProjects();
    void statusKeysRoundTrip();
};

void TestProject::acceptsValidProjects_data()
{
    QTest::addColumn<Project>("project");
    QTest::newRow("typical") << valid();
    QTest::newRow("no budget or dates") << changed([](Project &p) {
        p.budget.reset();
        p.startDate = QDate();
        p.dueDate = QDate();
    });
    QTest::newRow("zero budget") << changed(
        [](Project &p) { p.budget = Money(0, QStringLiteral("EUR")); });
    QTest::newRow("budget in yen")
        << changed([](Project &p) { p.budget = Money(2000000, QStringLiteral("JPY")); });
    QTest::newRow("due on the start date") << changed([](Project &p) { p.dueDate = p.startDate; });
    QTest::newRow("due date only") << changed([](Project &p) { p.startDate = QDate(); });
    QTest::newRow("start date only") << changed([](Project &p) { p.dueDate = QDate(); });
}

void TestProject::acceptsValidProjects()
{
    QFETCH(Project, project);
    const Result<void> checked = project.validate();
    QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message()));
}

void TestProject::refusesInvalidProjects_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("message");
    QTest::newRow("no client") << changed([](Project &p) { p.clientId.clear(); })
                               << "Choose a client for the project.";
    QTest::newRow("no name") << changed([](Project &p) { p.name.clear(); })
                             << "Enter the project's name.";
    QTest::newRow("blank name") << changed([](Project &p) { p.name = QStringLiteral("  "); })
                                << "Enter the project's name.";
    QTest::newRow("budget without currency")
        << changed([](Project &p) { p.budget = Money(100, QString()); })
        << "Choose the budget's currency.";
    QTest::newRow("budget in an unknown currency")
        << changed([](Project &p) { p.budget = Money(100, QStringLiteral("XAU")); })
        << "Choose the budget's currency.";
    QTest::newRow("negative budget")
        << changed([](Project &p) { p.budget = Money(-1, QStringLiteral("EUR")); })
        << "The budget cannot be negative.";
    QTest::newRow("due before start")
        << changed([](Project &p) { p.dueDate = p.startDate.addDays(-1); })
        << "The due date cannot be before the start date.";
}

void TestProject::refusesInvalidProjects()
{
    QFETCH(Project, project);
    QFETCH(QString, message);
    const Result<void> checked = project.validate();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(checked.error().message(), message);
}

void TestProject::statusKeysRoundTrip()
{
    const QList<std::pair<Project::Status, QString>> statuses {
        {Project::Status::Lead, QStringLiteral("lead")},
        {Project::Status::Active, QStringLiteral("active")},
        {Project::Status::OnHold, QStringLiteral("on_hold")},
        {Project::Status::Done, QStringLiteral("done")}};
    for (const auto &[status, key] : statuses) {
        QCOMPARE(Project::statusKey(status), key);
        QCOMPARE(Project::statusFromKey(key), std::optional<Project::Status>(status));
    }
    QVERIFY(!Project::statusFromKey(QStringLiteral("on hold")));
    QVERIFY(!Project::statusFromKey(QString()));
}

QTEST_GUILESS_MAIN(TestProject)
#include "TestProject.moc"
