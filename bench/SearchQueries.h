// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed, seeded set of prefix queries the search benchmark types: drawn from generated
// client and contact names and emails (one- and two-letter prefixes, longer ones, two words),
// and saved so the L run types exactly what the M run typed.
#pragma once

#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ClientDesk {

class SearchQueries
{
public:
    struct Query
    {
        QString category;
        QString text;
    };
    // The mix drawn: 40 one-letter, 60 two-letter and 75 three-to-six-letter prefixes, and 25
    // of two words ("mül soh"), shuffled together.
    static Result<QList<Query>> draw(QSqlDatabase database, quint64 seed);
    static Result<QList<Query>> load(const QString &path);
    static Result<void> save(const QString &path, const QList<Query> &queries);

    static QString oneLetter() { return QStringLiteral("1-letter"); }
    static QString twoLetters() { return QStringLiteral("2-letter"); }
    static QString threeToSix() { return QStringLiteral("3-to-6-letter"); }
    static QString twoWords() { return QStringLiteral("two-word"); }
};

} // namespace ClientDesk
