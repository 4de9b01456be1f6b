// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS4 search index: one document per searchable row, kept in step inside the writing
// transaction.
#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace ClientDesk {

class SearchIndex
{
public:
    // What a document stands for; stored in its docid, so no lookup table is needed.
    enum class Kind { Client = 1, Contact = 2, Project = 3, Invoice = 4 };

    explicit SearchIndex(QSqlDatabase database);

    // Adds or replaces the document of one row. `title` is what a hit shows first.
    Result<void> put(Kind kind, qint64 rowid, const QString &title, const QString &body);
    Result<void> remove(Kind kind, qint64 rowid);
    // Merges the index segments, so deleted text is gone from the file (erasure needs it).
    Result<void> optimize();

    static qint64 docId(Kind kind, qint64 rowid) { return rowid * 8 + static_cast<int>(kind); }
    static Kind kindOf(qint64 docId) { return static_cast<Kind>(docId % 8); }
    static qint64 rowidOf(qint64 docId) { return docId / 8; }

    // Turns what a person typed into an FTS4 query: every word a prefix, all words required.
    // Returns an empty string when nothing searchable was typed. A run of CJK characters is
    // one token to unicode61, so it matches from its start only.
    static QString matchExpression(const QString &typed);

private:
    QSqlDatabase m_database;
};

} // namespace ClientDesk
