// SPDX-License-Identifier: GPL-3.0-or-later
// What a client still owes: the totals of their issued invoices not yet paid, per currency.
#pragma once

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QList>

namespace ClientDesk {

class Store;

class ClientBalance
{
public:
    // One sum per currency, in currency order; an issued credit note subtracts. Empty when
    // nothing is outstanding. One indexed read of the client's invoices (invoice_by_client),
    // short enough for the GUI thread.
    static Result<QList<Money>> outstanding(Store &store, const QString &clientId);
};

} // namespace ClientDesk
