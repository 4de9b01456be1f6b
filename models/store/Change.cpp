// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/Change.h"

namespace ClientDesk {

QString Change::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Delete:
        return QStringLiteral("delete");
    case Operation::Update:
        break;
    }
    return QStringLiteral("update");
}

} // namespace ClientDesk
