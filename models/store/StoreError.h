// SPDX-License-Identifier: GPL-3.0-or-later
// Turns a SQLite error into an Error for a person. SQLite's own text can quote values (an FTS
// query, a constraint), so it never reaches the message; the log gets the numeric code only.
#pragma once

#include "models/domain/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace ClientDesk {

class StoreError
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::StoreError)

public:
    static Error from(const QSqlError &error);
};

} // namespace ClientDesk
