// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ProjectsModel.h"

#include "models/itemmodels/ItemModelText.h"

namespace ClientDesk {

namespace {
constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
} // namespace

ProjectsModel::ProjectsModel(QSqlDatabase database, QObject *parent)
    : PagedSqlModel(
        std::move(database), QStringLiteral("project"),
        QStringLiteral("project JOIN client ON client.id = project.client_id"),
        {
            {tr("Name"), QStringLiteral("project.name"),
             QStringLiteral("project.name COLLATE NOCASE")},
            {tr("Client"), QStringLiteral("client.name"),
             QStringLiteral("client.name COLLATE NOCASE")},
            {tr("Status"), QStringLiteral("project.status"), QStringLiteral("project.status")},
            // The currency travels in the same cell: "minor|code".
            {tr("Budget"), QStringLiteral("project.budget_minor || '|' || project.budget_currency"),
             QStringLiteral("project.budget_currency, project.budget_minor"), Right},
            {tr("Start"), QStringLiteral("project.start_date"),
             QStringLiteral("project.start_date")},
            {tr("Due"), QStringLiteral("project.due_date"), QStringLiteral("project.due_date")},
        },
        parent)
{
    refresh();
}

void ProjectsModel::setFilter(std::optional<Project::Status> status, const QString &clientId)
{
    QStringList conditions;
    QVariantList binds;
    if (status) {
        conditions << QStringLiteral("project.status = ?");
        binds << Project::statusKey(*status);
    }
    if (!clientId.isEmpty()) {
        conditions << QStringLiteral("project.client_id = ?");
        binds << clientId;
    }
    setCondition(conditions.join(QStringLiteral(" AND ")), binds);
}

QVariant ProjectsModel::display(int column, const QVariantList &row) const
{
    const QVariant &value = row.at(column + 1);
    switch (column) {
    case Status:
        return ItemModelText::projectStatus(value.toString());
    case Budget: {
        if (value.isNull())
            return QString();
        const QString text = value.toString();
        return ItemModelText::money(text.section(u'|', 0, 0).toLongLong(), text.section(u'|', 1));
    }
    case Start:
    case Due:
        return ItemModelText::date(value.toString());
    default:
        return value;
    }
}

} // namespace ClientDesk
