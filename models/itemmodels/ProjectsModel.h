// SPDX-License-Identifier: GPL-3.0-or-later
// The projects list: name, client, status, budget and dates, paged from the store.
#pragma once

#include "models/domain/Project.h"
#include "models/itemmodels/PagedSqlModel.h"

#include <optional>

namespace ClientDesk {

class ProjectsModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex { Name, Client, Status, Budget, Start, Due };

    explicit ProjectsModel(QSqlDatabase database, QObject *parent = nullptr);

    void setFilter(std::optional<Project::Status> status, const QString &clientId = {});

protected:
    QVariant display(int column, const QVariantList &row) const override;
};

} // namespace ClientDesk
