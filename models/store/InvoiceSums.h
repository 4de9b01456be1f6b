// SPDX-License-Identifier: GPL-3.0-or-later
// Invoice totals summed per currency in SQL: the one way the client balance and the project
// budget read their sums.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QList>

class QVariant;

namespace ClientDesk {

class Store;

class InvoiceSums
{
public:
    // Runs `sql`, a query that selects a currency and a sum of total_minor per currency (in
    // that order) and has one placeholder, with `value` bound to it. One Money per row, in
    // the query's order.
    static Result<QList<Money>> perCurrency(Store &store, const QString &sql,
                                            const QVariant &value);
};

} // namespace ClientDesk
