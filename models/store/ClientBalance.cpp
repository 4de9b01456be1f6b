// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ClientBalance.h"

#include "models/store/InvoiceSums.h"

#include <QVariant>

namespace ClientDesk {

Result<QList<Money>> ClientBalance::outstanding(Store &store, const QString &clientId)
{
    return InvoiceSums::perCurrency(store,
                                    QStringLiteral("SELECT currency, sum(total_minor) FROM invoice"
                                                   " WHERE client_id = ? AND deleted_at IS NULL"
                                                   // The unary plus keeps SQLite 3.15 on
                                                   // invoice_by_client: by the status index it
                                                   // would walk every issued invoice (~140 ms
                                                   // on M, on the GUI thread).
                                                   " AND +status = 'issued'"
                                                   " GROUP BY currency HAVING sum(total_minor) <> 0"
                                                   " ORDER BY currency"),
                                    clientId);
}

} // namespace ClientDesk
