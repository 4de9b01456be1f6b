// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/InvoiceSums.h"

#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ClientDesk {

Result<QList<Money>> InvoiceSums::perCurrency(Store &store, const QString &sql,
                                              const QVariant &value)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec())
        return StoreError::from(query.lastError());
    QList<Money> totals;
    while (query.next())
        totals.append(Money(query.value(1).toLongLong(), query.value(0).toString()));
    if (query.lastError().isValid())
        return StoreError::from(query.lastError());
    return totals;
}

} // namespace ClientDesk
