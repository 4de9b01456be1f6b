// SPDX-License-Identifier: GPL-3.0-or-later
// Stores the project aggregate — projects and their deliverables — with audit, outbox and search in
// step.
#pragma once

#include "models/domain/Deliverable.h"
#include "models/domain/Project.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace ClientDesk {

class Store;

class ProjectRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::ProjectRepository)

public:
    explicit ProjectRepository(Store &store);

    Result<Project> find(const QString &id) const;
    Result<Project> create(Project project);
    Result<Project> update(const Project &project);
    // Tombstones the project and its deliverables.
    Result<void> remove(const QString &id);

    Result<QList<Deliverable>> deliverables(const QString &projectId) const;
    Result<Deliverable> findDeliverable(const QString &id) const;
    Result<Deliverable> addDeliverable(Deliverable deliverable);
    Result<Deliverable> updateDeliverable(const Deliverable &deliverable);
    Result<void> removeDeliverable(const QString &id);

private:
    Store &m_store;
};

} // namespace ClientDesk
