// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/RepositorySupport.h"

#include "models/store/Store.h"

namespace ClientDesk {

QString RepositorySupport::now(const Store &store)
{
    return store.clock().now().toUTC().toString(Qt::ISODateWithMs);
}

QVariant RepositorySupport::date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate RepositorySupport::dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant RepositorySupport::optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Change RepositorySupport::change(Change::Operation operation, const QString &entity,
                                 const QString &id, const QStringList &fields, qint64 baseVersion)
{
    return Change {operation, entity, id, fields, true, baseVersion};
}

} // namespace ClientDesk
