// SPDX-License-Identifier: GPL-3.0-or-later
// What a project's budget is measured against: the invoices issued for it, summed in SQL per
// currency (paid ones count, credit notes subtract, drafts and void ones do not).
#pragma once

#include "models/domain/Invoice.h"
#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ClientDesk {

class Store;

class ProjectBudget
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::ProjectBudget)

public:
    // One invoice of the project as its list shows it.
    struct InvoiceSummary
    {
        QString id;
        // Empty for a draft.
        QString number;
        Invoice::Status status = Invoice::Status::Draft;
        Invoice::Kind kind = Invoice::Kind::Invoice;
        QDate issueDate;
        Money total;
    };

    // Issued and paid invoices of the project, one sum per currency in currency order; a
    // credit note's total is negative, so it subtracts. Empty when nothing was invoiced.
    // invoice.project_id has no index: on a large store run it on a worker's connection.
    static Result<QList<Money>> invoiced(Store &store, const QString &projectId);
    // Every live invoice of the project, drafts included, newest first.
    static Result<QList<InvoiceSummary>> invoices(Store &store, const QString &projectId);
    // The currency a new budget is kept in: the agency's default.
    static Result<QString> defaultCurrency(Store &store);
};

} // namespace ClientDesk
