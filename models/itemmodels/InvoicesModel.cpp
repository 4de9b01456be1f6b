// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/InvoicesModel.h"

#include "models/itemmodels/ItemModelText.h"

namespace ClientDesk {

namespace {
constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
} // namespace

InvoicesModel::InvoicesModel(QSqlDatabase database, const Clock &clock, QObject *parent)
    : PagedSqlModel(
        std::move(database), QStringLiteral("invoice"),
        QStringLiteral("invoice JOIN client ON client.id = invoice.client_id"),
        {
            {tr("Number"), QStringLiteral("invoice.number"), QStringLiteral("invoice.number")},
            {tr("Client"), QStringLiteral("client.name"),
             QStringLiteral("client.name COLLATE NOCASE")},
            {tr("Status"), QStringLiteral("invoice.status"), QStringLiteral("invoice.status")},
            {tr("Issued"), QStringLiteral("invoice.issue_date"),
             QStringLiteral("invoice.issue_date, invoice.number")},
            {tr("Due"), QStringLiteral("invoice.due_date"), QStringLiteral("invoice.due_date")},
            // The currency travels in the same cell: "minor|code".
            {tr("Total"), QStringLiteral("invoice.total_minor || '|' || invoice.currency"),
             QStringLiteral("invoice.currency, invoice.total_minor"), Right},
        },
        parent)
    , m_clock(clock)
{
    sort(Issued, Qt::DescendingOrder);
}

void InvoicesModel::setFilter(std::optional<Invoice::Status> status, bool overdueOnly,
                              const QString &clientId)
{
    QStringList conditions;
    QVariantList binds;
    if (status) {
        conditions << QStringLiteral("invoice.status = ?");
        binds << Invoice::statusKey(*status);
    }
    if (overdueOnly) {
        conditions << QStringLiteral("invoice.status = 'issued' AND invoice.due_date < ?");
        binds << m_clock.now().date().toString(Qt::ISODate);
    }
    if (!clientId.isEmpty()) {
        conditions << QStringLiteral("invoice.client_id = ?");
        binds << clientId;
    }
    setCondition(conditions.join(QStringLiteral(" AND ")), binds);
}

QVariant InvoicesModel::display(int column, const QVariantList &row) const
{
    const QVariant &value = row.at(column + 1);
    switch (column) {
    case Status:
        return ItemModelText::invoiceStatus(value.toString());
    case Issued:
    case Due:
        return ItemModelText::date(value.toString());
    case Total: {
        const QString text = value.toString();
        return ItemModelText::money(text.section(u'|', 0, 0).toLongLong(), text.section(u'|', 1));
    }
    default:
        return value;
    }
}

} // namespace ClientDesk
