// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ProjectBudget.h"

#include "models/store/AgencyProfileRepository.h"
#include "models/store/InvoiceSums.h"
#include "models/store/RepositorySupport.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

Result<QList<Money>> ProjectBudget::invoiced(Store &store, const QString &projectId)
{
    // SQLite's sum() of integers fails on overflow instead of wrapping: an error, never a
    // wrong figure.
    return InvoiceSums::perCurrency(store,
                                    QStringLiteral("SELECT currency, sum(total_minor) FROM invoice"
                                                   " WHERE project_id = ? AND deleted_at IS NULL"
                                                   " AND status IN ('issued', 'paid')"
                                                   " GROUP BY currency ORDER BY currency"),
                                    projectId);
}

Result<QList<ProjectBudget::InvoiceSummary>> ProjectBudget::invoices(Store &store,
                                                                     const QString &projectId)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    // Drafts have no issue date yet: they come first, as the newest.
    query.prepare(QStringLiteral("SELECT id, number, status, kind, issue_date, total_minor,"
                                 " currency FROM invoice"
                                 " WHERE project_id = ? AND deleted_at IS NULL"
                                 " ORDER BY issue_date IS NOT NULL, issue_date DESC, number DESC,"
                                 " id"));
    query.addBindValue(projectId);
    if (!query.exec())
        return StoreError::from(query.lastError());
    QList<InvoiceSummary> rows;
    while (query.next()) {
        InvoiceSummary row;
        row.id = query.value(0).toString();
        row.number = query.value(1).toString();
        row.status =
            Invoice::statusFromKey(query.value(2).toString()).value_or(Invoice::Status::Draft);
        row.kind = Invoice::kindFromKey(query.value(3).toString()).value_or(Invoice::Kind::Invoice);
        row.issueDate = RepositorySupport::dateFrom(query.value(4));
        row.total = Money(query.value(5).toLongLong(), query.value(6).toString());
        rows.append(row);
    }
    if (query.lastError().isValid())
        return StoreError::from(query.lastError());
    return rows;
}

Result<QString> ProjectBudget::defaultCurrency(Store &store)
{
    QSqlQuery query(store.database());
    // A store holds one workspace row.
    if (!query.exec(QStringLiteral("SELECT id FROM workspace LIMIT 1")))
        return StoreError::from(query.lastError());
    if (!query.next())
        return Error(ErrorKind::InvalidInput, tr("The workspace record is missing."));
    auto profile = AgencyProfileRepository(store, query.value(0).toString()).load();
    if (!profile)
        return profile.error();
    return profile->defaultCurrency;
}

} // namespace ClientDesk
