// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ClientsModel.h"

#include "models/itemmodels/ItemModelText.h"

namespace ClientDesk {

ClientsModel::ClientsModel(QSqlDatabase database, QObject *parent)
    : PagedSqlModel(
        std::move(database), QStringLiteral("client"), QStringLiteral("client"),
        {
            {tr("Name"), QStringLiteral("client.name"),
             QStringLiteral("client.name COLLATE NOCASE")},
            {tr("Email"), QStringLiteral("client.email"),
             QStringLiteral("client.email COLLATE NOCASE")},
            {tr("Phone"), QStringLiteral("client.phone"), QStringLiteral("client.phone")},
            {tr("Status"), QStringLiteral("client.status"), QStringLiteral("client.status")},
            {tr("Tags"), QStringLiteral("client.tags"), QStringLiteral("client.tags")},
            {tr("Updated"), QStringLiteral("client.updated_at"),
             QStringLiteral("client.updated_at")},
        },
        parent)
{
    refresh();
}

void ClientsModel::setFilter(std::optional<Client::Status> status, const QString &tag)
{
    QStringList conditions;
    QVariantList binds;
    if (status) {
        conditions << QStringLiteral("client.status = ?");
        binds << Client::statusKey(*status);
    }
    if (!tag.isEmpty()) {
        // Tags are stored comma-separated; the commas around make a whole-tag match.
        conditions << QStringLiteral("(',' || client.tags || ',') LIKE ? ESCAPE '\\'");
        QString escaped = tag;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        binds << QString(QStringLiteral("%,") + escaped + QStringLiteral(",%"));
    }
    setCondition(conditions.join(QStringLiteral(" AND ")), binds);
}

QVariant ClientsModel::display(int column, const QVariantList &row) const
{
    const QVariant &value = row.at(column + 1);
    switch (column) {
    case Status:
        return ItemModelText::clientStatus(value.toString());
    case Tags:
        return value.toString().replace(u',', QStringLiteral(", "));
    case Updated:
        return ItemModelText::dateTime(value.toString());
    default:
        return value;
    }
}

} // namespace ClientDesk
