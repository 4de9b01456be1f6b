// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Region.h"

#include <QCoreApplication>

namespace ClientDesk {

QString Region::key(Code code)
{
    switch (code) {
    case EuEea:
        return QStringLiteral("eu");
    case UnitedKingdom:
        return QStringLiteral("uk");
    case Switzerland:
        return QStringLiteral("ch");
    case Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Region::Code> Region::fromKey(const QString &key)
{
    for (Code code : all()) {
        if (Region::key(code) == key)
            return code;
    }
    return std::nullopt;
}

QString Region::displayName(Code code)
{
    switch (code) {
    case EuEea:
        return QCoreApplication::translate("ClientDesk::Region", "European Union / EEA");
    case UnitedKingdom:
        return QCoreApplication::translate("ClientDesk::Region", "United Kingdom");
    case Switzerland:
        return QCoreApplication::translate("ClientDesk::Region", "Switzerland");
    case Other:
        break;
    }
    return QCoreApplication::translate("ClientDesk::Region", "Other");
}

} // namespace ClientDesk
