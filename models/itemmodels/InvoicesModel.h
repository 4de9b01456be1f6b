// SPDX-License-Identifier: GPL-3.0-or-later
// The invoices list: number, client, status, dates and total, paged from the store.
#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Invoice.h"
#include "models/itemmodels/PagedSqlModel.h"

#include <optional>

namespace ClientDesk {

class InvoicesModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex { Number, Client, Status, Issued, Due, Total };

    // The clock says what "overdue" means today.
    InvoicesModel(QSqlDatabase database, const Clock &clock, QObject *parent = nullptr);

    // `overdueOnly`: issued and unpaid past the due date.
    void setFilter(std::optional<Invoice::Status> status, bool overdueOnly = false,
                   const QString &clientId = {});

protected:
    QVariant display(int column, const QVariantList &row) const override;

private:
    const Clock &m_clock;
};

} // namespace ClientDesk
