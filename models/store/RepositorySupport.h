// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the repositories share: new ids, timestamps, dates and changes in the house format.
#pragma once

#include "models/store/Change.h"

#include <QDate>
#include <QUuid>
#include <QVariant>

namespace ClientDesk {

class Store;

class RepositorySupport
{
public:
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    // The store's wall-clock time as stored in created_at / updated_at.
    static QString now(const Store &store);
    // A date column: ISO yyyy-MM-dd, or NULL for no date.
    static QVariant date(const QDate &date);
    static QDate dateFrom(const QVariant &value);
    static QVariant optionalText(const QString &text);
    static Change change(Change::Operation operation, const QString &entity, const QString &id,
                         const QStringList &fields, qint64 baseVersion);
};

} // namespace ClientDesk
