// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProjectRepository: projects with budgets and dates, deliverables, and the cascade of a
// delete.
#include "models/store/ClientRepository.h"
#include "models/store/ProjectRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestProjectRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void projectRoundTripsWithBudgetAndDates();
    void projectNeedsAnExistingClient();
    void deliverablesFollowTheirRules();
    void removeTombstonesProjectAndDeliverables();

private:
    Project sample() const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    QString m_clientId;
};

void TestProjectRepository::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    Client client;
    client.name = QStringLiteral("Fjord Outfitters AB");
    auto created = ClientRepository(m_workspace->store()).create(client);
    QVERIFY(created);
    m_clientId = created->id;
}

void TestProjectRepository::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

Project TestProjectRepository::sample() const
{
    Project project;
    project.clientId = m_clientId;
    project.name = QStringLiteral("Winter catalogue");
    project.status = Project::Status::Active;
    project.budget = Money(1250000, QStringLiteral("SEK"));
    project.startDate = QDate(2026, 1, 10);
    project.dueDate = QDate(2026, 4, 30);
    return project;
}

void TestProjectRepository::projectRoundTripsWithBudgetAndDates()
{
    ProjectRepository projects(m_workspace->store());
    auto created = projects.create(sample());
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    QCOMPARE(created->budget->minor(), 1250000);
    QCOMPARE(created->budget->currency(), QStringLiteral("SEK"));
    QCOMPARE(created->dueDate, QDate(2026, 4, 30));
    Project changed = *created;
    changed.budget.reset();
    changed.status = Project::Status::OnHold;
    auto updated = projects.update(changed);
    QVERIFY(updated);
    QVERIFY(!updated->budget);
    QCOMPARE(updated->status, Project::Status::OnHold);
    Project backwards = changed;
    backwards.dueDate = QDate(2025, 12, 1);
    QVERIFY(!projects.update(backwards)); // due before start
    QCOMPARE(projects.find(changed.id)->dueDate, QDate(2026, 4, 30));
}

void TestProjectRepository::projectNeedsAnExistingClient()
{
    Project orphan = sample();
    orphan.clientId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    auto refused = ProjectRepository(m_workspace->store()).create(orphan);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidInput);
}

void TestProjectRepository::deliverablesFollowTheirRules()
{
    ProjectRepository projects(m_workspace->store());
    auto project = projects.create(sample());
    QVERIFY(project);
    Deliverable deliverable;
    deliverable.projectId = project->id;
    deliverable.title = QStringLiteral("Cover photography");
    deliverable.dueDate = QDate(2026, 2, 15);
    auto added = projects.addDeliverable(deliverable);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
    Deliverable done = *added;
    done.status = Deliverable::Status::Done;
    done.doneDate = QDate(2026, 2, 14);
    QVERIFY(projects.updateDeliverable(done));
    Deliverable untitled = done;
    untitled.title.clear();
    QVERIFY(!projects.updateDeliverable(untitled));
    QCOMPARE(projects.deliverables(project->id)->size(), 1);
    QCOMPARE(projects.findDeliverable(added->id)->doneDate, QDate(2026, 2, 14));
}

void TestProjectRepository::removeTombstonesProjectAndDeliverables()
{
    ProjectRepository projects(m_workspace->store());
    auto project = projects.create(sample());
    QVERIFY(project);
    for (const QString &title : {QStringLiteral("Layout"), QStringLiteral("Print run")}) {
        Deliverable deliverable;
        deliverable.projectId = project->id;
        deliverable.title = title;
        QVERIFY(projects.addDeliverable(deliverable));
    }
    QVERIFY(projects.remove(project->id));
    QVERIFY(!projects.find(project->id));
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'delete'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "TestProjectRepository.moc"
