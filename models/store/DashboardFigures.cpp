// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/DashboardFigures.h"

#include "models/store/AgencyProfileRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
// A credit note takes its amount off whatever sign its lines gave the stored total.
const QString SignedTotal =
    QStringLiteral("CASE WHEN kind = 'credit_note' THEN -abs(total_minor) ELSE total_minor END");

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql))
        return StoreError::from(query.lastError());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return StoreError::from(query.lastError());
    return {};
}
} // namespace

Result<DashboardFigures> DashboardFigures::compute(Store &store)
{
    DashboardFigures figures;
    figures.m_today = store.clock().now().date();
    for (auto read : {&DashboardFigures::readDefaultCurrency, &DashboardFigures::readRevenue,
                      &DashboardFigures::readOpenInvoices, &DashboardFigures::readProjects}) {
        if (auto done = (figures.*read)(store); !done)
            return done.error();
    }
    return figures;
}

QList<QDate> DashboardFigures::months() const
{
    QList<QDate> result;
    const QDate last = firstOfMonth(m_today);
    for (int back = Months - 1; back >= 0; --back)
        result << last.addMonths(-back);
    return result;
}

QStringList DashboardFigures::currencies() const
{
    QStringList result = m_revenue.keys();
    for (const QString &currency : m_outstanding.keys()) {
        if (!result.contains(currency))
            result << currency;
    }
    result.sort();
    return result;
}

QList<qint64> DashboardFigures::revenue(const QString &currency) const
{
    return m_revenue.value(currency, QList<qint64>(Months, 0));
}

DashboardFigures::Sum DashboardFigures::outstanding(const QString &currency) const
{
    return m_outstanding.value(currency);
}

DashboardFigures::Sum DashboardFigures::overdue(const QString &currency) const
{
    return m_overdue.value(currency);
}

Result<void> DashboardFigures::readDefaultCurrency(Store &store)
{
    QSqlQuery query(store.database());
    if (auto done = run(query, QStringLiteral("SELECT id FROM workspace LIMIT 1"), {}); !done)
        return done;
    if (!query.next())
        return Error(ErrorKind::InvalidInput, tr("The workspace record is missing."));
    auto profile = AgencyProfileRepository(store, query.value(0).toString()).load();
    if (!profile)
        return profile.error();
    m_defaultCurrency = profile->defaultCurrency;
    return {};
}

QString DashboardFigures::revenueSql()
{
    // invoice_figures (migration 5) covers it: for each of the two statuses, the issue-date
    // range of the twelve months, read from the index alone.
    return QStringLiteral("SELECT substr(issue_date, 1, 7), currency, sum(") + SignedTotal
        + QStringLiteral(") FROM invoice"
                         " WHERE issue_date >= ? AND issue_date < ?"
                         " AND status IN ('issued', 'paid')"
                         " AND deleted_at IS NULL"
                         " GROUP BY 1, 2");
}

Result<void> DashboardFigures::readRevenue(Store &store)
{
    const QList<QDate> monthStarts = months();
    const QDate end = monthStarts.constLast().addMonths(1);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    auto done = run(query, revenueSql(),
                    {monthStarts.constFirst().toString(Qt::ISODate), end.toString(Qt::ISODate)});
    if (!done)
        return done;
    QStringList monthKeys;
    for (const QDate &month : monthStarts)
        monthKeys << month.toString(QStringLiteral("yyyy-MM"));
    while (query.next()) {
        const qsizetype index = monthKeys.indexOf(query.value(0).toString());
        if (index < 0)
            continue;
        QList<qint64> &sums = m_revenue[query.value(1).toString()];
        if (sums.isEmpty())
            sums = QList<qint64>(Months, 0);
        sums[index] = query.value(2).toLongLong();
    }
    return {};
}

Result<void> DashboardFigures::readOpenInvoices(Store &store)
{
    // invoice_figures (status, …) holds every issued invoice together, with what is summed.
    const QString today = m_today.toString(Qt::ISODate);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    auto done = run(query,
                    QStringLiteral("SELECT currency, count(*), sum(") + SignedTotal
                        + QStringLiteral("), sum(CASE WHEN due_date < ? THEN 1 ELSE 0 END),"
                                         " sum(CASE WHEN due_date < ? THEN ")
                        + SignedTotal
                        + QStringLiteral(" ELSE 0 END) FROM invoice"
                                         " WHERE status = 'issued' AND deleted_at IS NULL"
                                         " GROUP BY currency"),
                    {today, today});
    if (!done)
        return done;
    while (query.next()) {
        const QString currency = query.value(0).toString();
        m_outstanding.insert(currency, {query.value(2).toLongLong(), query.value(1).toLongLong()});
        const qint64 overdueCount = query.value(3).toLongLong();
        if (overdueCount > 0)
            m_overdue.insert(currency, {query.value(4).toLongLong(), overdueCount});
    }
    return {};
}

Result<void> DashboardFigures::readProjects(Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    auto done = run(query,
                    QStringLiteral("SELECT count(*) FROM project"
                                   " WHERE status = 'active' AND deleted_at IS NULL"),
                    {});
    if (!done)
        return done;
    m_activeProjects = query.next() ? query.value(0).toLongLong() : 0;

    // The few projects are chosen first and only they are joined to their clients: joining
    // before the LIMIT would look up the client of every active project.
    done = run(query,
               QStringLiteral("SELECT p.id, p.name, client.name, p.due_date FROM"
                              " (SELECT id, name, client_id, due_date FROM project"
                              " WHERE status = 'active' AND deleted_at IS NULL"
                              " ORDER BY due_date IS NULL, due_date, name COLLATE NOCASE, id"
                              " LIMIT ?) AS p JOIN client ON client.id = p.client_id"
                              " ORDER BY p.due_date IS NULL, p.due_date, p.name COLLATE NOCASE,"
                              " p.id"),
               {NearestProjects});
    if (!done)
        return done;
    while (query.next()) {
        const QVariant due = query.value(3);
        m_nearestProjects << ProjectDue {
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            due.isNull() ? QDate() : QDate::fromString(due.toString(), Qt::ISODate)};
    }
    return {};
}

} // namespace ClientDesk
