// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ProjectRepository.h"

#include "models/store/ClientRepository.h"
#include "models/store/EntityTable.h"
#include "models/store/EntityWriter.h"
#include "models/store/RepositorySupport.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ClientDesk {

namespace {
const QString ProjectEntity = QStringLiteral("project");
const QString DeliverableEntity = QStringLiteral("deliverable");

EntityTable::Values projectValues(const Project &project)
{
    return {
        {QStringLiteral("client_id"), project.clientId},
        {QStringLiteral("name"), project.name.trimmed()},
        {QStringLiteral("status"), Project::statusKey(project.status)},
        {QStringLiteral("budget_minor"),
         project.budget ? QVariant(project.budget->minor())
                        : QVariant(QMetaType::fromType<qlonglong>())},
        {QStringLiteral("budget_currency"),
         project.budget ? QVariant(project.budget->currency())
                        : QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("start_date"), RepositorySupport::date(project.startDate)},
        {QStringLiteral("due_date"), RepositorySupport::date(project.dueDate)},
    };
}

Project projectFrom(const QSqlRecord &record)
{
    Project project;
    project.id = record.value(QStringLiteral("id")).toString();
    project.clientId = record.value(QStringLiteral("client_id")).toString();
    project.name = record.value(QStringLiteral("name")).toString();
    project.status = Project::statusFromKey(record.value(QStringLiteral("status")).toString())
                         .value_or(Project::Status::Lead);
    if (!record.value(QStringLiteral("budget_minor")).isNull())
        project.budget = Money(record.value(QStringLiteral("budget_minor")).toLongLong(),
                               record.value(QStringLiteral("budget_currency")).toString());
    project.startDate = RepositorySupport::dateFrom(record.value(QStringLiteral("start_date")));
    project.dueDate = RepositorySupport::dateFrom(record.value(QStringLiteral("due_date")));
    project.version = record.value(QStringLiteral("version")).toLongLong();
    return project;
}

EntityTable::Values deliverableValues(const Deliverable &deliverable)
{
    return {
        {QStringLiteral("project_id"), deliverable.projectId},
        {QStringLiteral("title"), deliverable.title.trimmed()},
        {QStringLiteral("status"), Deliverable::statusKey(deliverable.status)},
        {QStringLiteral("due_date"), RepositorySupport::date(deliverable.dueDate)},
        {QStringLiteral("done_date"), RepositorySupport::date(deliverable.doneDate)},
    };
}

Deliverable deliverableFrom(const QSqlRecord &record)
{
    Deliverable deliverable;
    deliverable.id = record.value(QStringLiteral("id")).toString();
    deliverable.projectId = record.value(QStringLiteral("project_id")).toString();
    deliverable.title = record.value(QStringLiteral("title")).toString();
    deliverable.status =
        Deliverable::statusFromKey(record.value(QStringLiteral("status")).toString())
            .value_or(Deliverable::Status::Open);
    deliverable.dueDate = RepositorySupport::dateFrom(record.value(QStringLiteral("due_date")));
    deliverable.doneDate = RepositorySupport::dateFrom(record.value(QStringLiteral("done_date")));
    deliverable.version = record.value(QStringLiteral("version")).toLongLong();
    return deliverable;
}

EntityWriter::SearchDocument projectDocument(const Project &project)
{
    return {project.name, QString()};
}

Error missing(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}
} // namespace

ProjectRepository::ProjectRepository(Store &store)
    : m_store(store)
{ }

Result<Project> ProjectRepository::find(const QString &id) const
{
    auto row = EntityTable(m_store.database(), ProjectEntity)
                   .row(id, EntityTable::selectColumns(projectValues({})));
    if (!row)
        return row.error();
    if (!*row)
        return missing(
            ProjectRepository::tr("This project no longer exists; it may have been deleted."));
    return projectFrom(**row);
}

Result<Project> ProjectRepository::create(Project project)
{
    if (auto valid = project.validate(); !valid)
        return valid.error();
    if (auto client = ClientRepository(m_store).find(project.clientId); !client)
        return client.error();
    if (project.id.isEmpty())
        project.id = RepositorySupport::newId();
    auto written = EntityWriter(m_store, ProjectEntity, SearchIndex::Kind::Project)
                       .create(project.id, projectValues(project), projectDocument(project));
    if (!written)
        return written.error();
    return find(project.id);
}

Result<Project> ProjectRepository::update(const Project &project)
{
    if (auto valid = project.validate(); !valid)
        return valid.error();
    auto written = EntityWriter(m_store, ProjectEntity, SearchIndex::Kind::Project)
                       .change(project.id, projectValues(project), projectDocument(project));
    if (!written)
        return written.error();
    return find(project.id);
}

Result<void> ProjectRepository::remove(const QString &id)
{
    auto parts = deliverables(id);
    if (!parts)
        return parts.error();
    return m_store.writeChanges([&]() -> Result<QList<Change>> {
        QList<Change> changes;
        EntityWriter deliverableWriter(m_store, DeliverableEntity);
        for (const Deliverable &deliverable : std::as_const(*parts)) {
            auto change = deliverableWriter.tombstone(deliverable.id);
            if (!change)
                return change.error();
            changes << *change;
        }
        auto change =
            EntityWriter(m_store, ProjectEntity, SearchIndex::Kind::Project).tombstone(id);
        if (!change)
            return change.error();
        changes << *change;
        return changes;
    });
}

Result<QList<Deliverable>> ProjectRepository::deliverables(const QString &projectId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM deliverable WHERE project_id = ? "
                       "AND deleted_at IS NULL ORDER BY due_date IS NULL, due_date, title")
            .arg(EntityTable::selectColumns(deliverableValues({})).join(QStringLiteral(", "))));
    query.addBindValue(projectId);
    if (!query.exec())
        return StoreError::from(query.lastError());
    QList<Deliverable> result;
    while (query.next())
        result << deliverableFrom(query.record());
    return result;
}

Result<Deliverable> ProjectRepository::findDeliverable(const QString &id) const
{
    auto row = EntityTable(m_store.database(), DeliverableEntity)
                   .row(id, EntityTable::selectColumns(deliverableValues({})));
    if (!row)
        return row.error();
    if (!*row)
        return missing(ProjectRepository::tr("This deliverable no longer exists."));
    return deliverableFrom(**row);
}

Result<Deliverable> ProjectRepository::addDeliverable(Deliverable deliverable)
{
    if (auto valid = deliverable.validate(); !valid)
        return valid.error();
    if (auto project = find(deliverable.projectId); !project)
        return project.error();
    if (deliverable.id.isEmpty())
        deliverable.id = RepositorySupport::newId();
    auto written = EntityWriter(m_store, DeliverableEntity)
                       .create(deliverable.id, deliverableValues(deliverable));
    if (!written)
        return written.error();
    return findDeliverable(deliverable.id);
}

Result<Deliverable> ProjectRepository::updateDeliverable(const Deliverable &deliverable)
{
    if (auto valid = deliverable.validate(); !valid)
        return valid.error();
    auto written = EntityWriter(m_store, DeliverableEntity)
                       .change(deliverable.id, deliverableValues(deliverable));
    if (!written)
        return written.error();
    return findDeliverable(deliverable.id);
}

Result<void> ProjectRepository::removeDeliverable(const QString &id)
{
    return EntityWriter(m_store, DeliverableEntity).remove(id);
}

} // namespace ClientDesk
