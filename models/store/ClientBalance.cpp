// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ClientBalance.h"

#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

Result<QList<Money>> ClientBalance::outstanding(Store &store, const QString &clientId)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT currency, sum(total_minor) FROM invoice"
                                 " WHERE client_id = ? AND deleted_at IS NULL"
                                 " AND status = 'issued'"
                                 " GROUP BY currency HAVING sum(total_minor) <> 0"
                                 " ORDER BY currency"));
    query.addBindValue(clientId);
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
