// SPDX-License-Identifier: GPL-3.0-or-later
// The queue of local changes the sync engine sends to the server; entries leave only when
// acknowledged.
#pragma once

#include "models/domain/Result.h"
#include "models/store/Change.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace ClientDesk {

class Outbox
{
public:
    explicit Outbox(QSqlDatabase database);

    // Appends inside the caller's transaction; the changed field names only, with the base version.
    Result<void> append(const Change &change, const QDateTime &at);

private:
    QSqlDatabase m_database;
};

} // namespace ClientDesk
