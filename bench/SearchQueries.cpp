// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/SearchQueries.h"

#include "models/domain/SeededRandom.h"
#include "models/store/StoreError.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace ClientDesk {

namespace {
// Tries per query before giving up: a draw may land on a gap in the rowids or a short word.
constexpr int MaxTries = 1000;

struct Source
{
    QString table;
    qint64 maxRowid = 0;
};

// Words as unicode61 cuts them: runs of letters, digits and marks, lower-cased.
QStringList words(const QString &text)
{
    QStringList found;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            found << word.toLower();
            word.clear();
        }
    }
    if (!word.isEmpty())
        found << word.toLower();
    return found;
}

class Drawer
{
public:
    Drawer(QSqlDatabase database, quint64 seed)
        : m_database(std::move(database))
        , m_random(seed)
    { }

    Result<void> prepare()
    {
        for (const QString &table : {QStringLiteral("client"), QStringLiteral("contact")}) {
            QSqlQuery query(m_database);
            if (!query.exec(QStringLiteral("SELECT max(rowid) FROM ") + table) || !query.next())
                return StoreError::from(query.lastError());
            if (query.value(0).toLongLong() > 0)
                m_sources.append({table, query.value(0).toLongLong()});
        }
        if (m_sources.isEmpty())
            return Error(ErrorKind::InvalidInput,
                         QStringLiteral("The workspace has no clients or contacts to search."));
        return {};
    }

    // The words of a random client's or contact's name (mostly) or email.
    Result<QStringList> randomWords()
    {
        const Source &source = m_random.pick(m_sources);
        QSqlQuery query(m_database);
        query.prepare(
            QStringLiteral("SELECT name, email FROM %1 WHERE rowid = ?").arg(source.table));
        query.addBindValue(m_random.between(1, source.maxRowid));
        if (!query.exec())
            return StoreError::from(query.lastError());
        if (!query.next())
            return QStringList();
        const bool email = m_random.chance(30) && !query.value(1).toString().isEmpty();
        return words(query.value(email ? 1 : 0).toString());
    }

    Result<QString> draw(const QString &category)
    {
        for (int i = 0; i < MaxTries; ++i) {
            auto found = randomWords();
            if (!found)
                return found.error();
            if (auto text = fromWords(category, *found); !text.isEmpty())
                return text;
        }
        return Error(
            ErrorKind::InvalidInput,
            QStringLiteral("No name in the workspace suits a \"%1\" query.").arg(category));
    }

private:
    QString fromWords(const QString &category, const QStringList &found)
    {
        if (found.isEmpty())
            return {};
        if (category == SearchQueries::twoWords()) {
            if (found.size() < 2)
                return {};
            const qsizetype first = m_random.below(found.size() - 1);
            return found.at(first).left(m_random.between(2, 6)) + u' '
                + found.at(first + 1).left(m_random.between(1, 4));
        }
        const QString &word = m_random.pick(found);
        const qsizetype length = category == SearchQueries::oneLetter() ? 1
            : category == SearchQueries::twoLetters()                   ? 2
                                                                        : m_random.between(3, 6);
        return word.size() >= length ? word.left(length) : QString();
    }

    QSqlDatabase m_database;
    SeededRandom m_random;
    QList<Source> m_sources;
};
} // namespace

Result<QList<SearchQueries::Query>> SearchQueries::draw(QSqlDatabase database, quint64 seed)
{
    const std::pair<QString, int> mix[] = {
        {oneLetter(), 40}, {twoLetters(), 60}, {threeToSix(), 75}, {twoWords(), 25}};
    QStringList categories;
    for (const auto &[category, count] : mix) {
        for (int i = 0; i < count; ++i)
            categories << category;
    }
    SeededRandom shuffle(seed ^ 0x5EA5C4ULL);
    for (qsizetype i = categories.size() - 1; i > 0; --i)
        categories.swapItemsAt(i, shuffle.below(i + 1));

    Drawer drawer(std::move(database), seed);
    if (auto prepared = drawer.prepare(); !prepared)
        return prepared.error();
    QList<Query> queries;
    for (const QString &category : std::as_const(categories)) {
        auto text = drawer.draw(category);
        if (!text)
            return text.error();
        queries.append({category, *text});
    }
    return queries;
}

Result<QList<SearchQueries::Query>> SearchQueries::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(ErrorKind::Io, QStringLiteral("Cannot read the queries file %1.").arg(path));
    QList<Query> queries;
    QTextStream in(&file);
    QString line;
    while (in.readLineInto(&line)) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            return Error(ErrorKind::InvalidInput,
                         QStringLiteral("The queries file %1 has a line without a tab.").arg(path));
        queries.append({line.left(tab), line.mid(tab + 1)});
    }
    return queries;
}

Result<void> SearchQueries::save(const QString &path, const QList<Query> &queries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return Error(ErrorKind::Io, QStringLiteral("Cannot write the queries file %1.").arg(path));
    QTextStream out(&file);
    for (const Query &query : queries)
        out << query.category << '\t' << query.text << '\n';
    out.flush();
    if (out.status() != QTextStream::Ok)
        return Error(ErrorKind::Io, QStringLiteral("Cannot write the queries file %1.").arg(path));
    return {};
}

} // namespace ClientDesk
