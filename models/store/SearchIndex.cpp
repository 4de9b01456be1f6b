// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SearchIndex.h"

#include "models/store/StoreError.h"
#include "models/store/StoreLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

namespace {
Error indexError(const QSqlQuery &query)
{
    return StoreError::from(query.lastError());
}

// Letters, digits and marks make words (as unicode61 sees them); everything else splits.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}
} // namespace

SearchIndex::SearchIndex(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<void> SearchIndex::put(Kind kind, qint64 rowid, const QString &title, const QString &body)
{
    if (auto removed = remove(kind, rowid); !removed)
        return removed;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO search_index (docid, title, body) VALUES (?, ?, ?)"));
    query.addBindValue(docId(kind, rowid));
    query.addBindValue(title);
    query.addBindValue(body);
    if (!query.exec())
        return indexError(query);
    return {};
}

Result<void> SearchIndex::remove(Kind kind, qint64 rowid)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM search_index WHERE docid = ?"));
    query.addBindValue(docId(kind, rowid));
    if (!query.exec())
        return indexError(query);
    return {};
}

Result<void> SearchIndex::optimize()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')")))
        return indexError(query);
    return {};
}

QString SearchIndex::matchExpression(const QString &typed)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms << word + QLatin1Char('*');
        word.clear();
    };
    for (const QChar c : typed) {
        if (isWordCharacter(c))
            word += c;
        else
            flush();
    }
    flush();
    // FTS4's operators are upper-case words; lower-casing keeps "OR" or "NEAR" plain text.
    return terms.join(QLatin1Char(' ')).toLower();
}

} // namespace ClientDesk
