// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's numbers as of today: revenue of the last twelve months, what is outstanding and
// overdue, and the active projects due soonest, each summed in SQL, per currency.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClientDesk {

class Store;

class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::DashboardFigures)

public:
    // A sum of invoice totals in one currency, in minor units, and how many invoices make it.
    struct Sum
    {
        qint64 minor = 0;
        qint64 count = 0;
        bool operator==(const Sum &other) const = default;
    };

    struct ProjectDue
    {
        QString id;
        QString name;
        QString clientName;
        // Invalid when the project has no due date.
        QDate dueDate;
    };

    static constexpr int Months = 12;
    static constexpr int NearestProjects = 5;

    // Reads the figures through `store` (any thread's connection), "today" from its clock.
    // Only aggregates and a handful of rows travel: fast on tens of thousands of invoices.
    static Result<DashboardFigures> compute(Store &store);
    // The revenue query, with the two bounds of the issue date to bind; tests check its plan.
    static QString revenueSql();

    QDate today() const { return m_today; }
    // The first day of each of the last Months months, oldest first; the last is this month.
    QList<QDate> months() const;
    // The agency's currency, which the dashboard shows.
    QString defaultCurrency() const { return m_defaultCurrency; }
    // Every currency with revenue, outstanding or overdue invoices, sorted.
    QStringList currencies() const;

    // Per month (as months()): invoiced totals of issued and paid invoices by issue month, less
    // credit notes; drafts and void invoices do not count. Zero where nothing was invoiced.
    QList<qint64> revenue(const QString &currency) const;
    // Issued and not paid (credit notes not yet settled subtract), the invoices list's "issued".
    Sum outstanding(const QString &currency) const;
    // Outstanding with a due date before today, as the invoices list's "overdue" filter.
    Sum overdue(const QString &currency) const;

    qint64 activeProjects() const { return m_activeProjects; }
    // Up to NearestProjects active projects, nearest due date first (past ones first of all),
    // those without a due date last.
    QList<ProjectDue> nearestProjects() const { return m_nearestProjects; }

private:
    Result<void> readDefaultCurrency(Store &store);
    Result<void> readRevenue(Store &store);
    Result<void> readOpenInvoices(Store &store);
    Result<void> readProjects(Store &store);

    QDate m_today;
    QString m_defaultCurrency;
    QHash<QString, QList<qint64>> m_revenue;
    QHash<QString, Sum> m_outstanding;
    QHash<QString, Sum> m_overdue;
    qint64 m_activeProjects = 0;
    QList<ProjectDue> m_nearestProjects;
};

} // namespace ClientDesk
