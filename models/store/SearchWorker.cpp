// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SearchWorker.h"

#include "models/store/SqlCipherDriver.h"
#include "models/store/StoreError.h"
#include "models/store/StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlcipher/sqlite3.h>

namespace ClientDesk {

namespace {
// A worker's share of memory: search reads a few index pages at a time.
constexpr int WorkerCacheKiB = 4096;
// Candidates read before ranking; hits beyond this are rarely what was meant.
constexpr int CandidateFactor = 4;

// How a hit of each kind is shown: its id, the client it belongs to, and a second line.
const char *lookupSql(SearchIndex::Kind kind)
{
    switch (kind) {
    case SearchIndex::Kind::Client:
        return "SELECT id, '', email FROM client WHERE rowid = ?";
    case SearchIndex::Kind::Contact:
        return "SELECT c.id, c.client_id, cl.name FROM contact c JOIN client cl ON cl.id = "
               "c.client_id WHERE c.rowid = ?";
    case SearchIndex::Kind::Project:
        return "SELECT p.id, p.client_id, cl.name FROM project p JOIN client cl ON cl.id = "
               "p.client_id WHERE p.rowid = ?";
    case SearchIndex::Kind::Invoice:
        break;
    }
    return "SELECT i.id, i.client_id, cl.name FROM invoice i JOIN client cl ON cl.id = "
           "i.client_id WHERE i.rowid = ?";
}

int kindRank(SearchIndex::Kind kind)
{
    return static_cast<int>(kind);
}
} // namespace

SearchWorker::SearchWorker(QString storePath, SecretBytes dataKey, const Clock &clock,
                           const std::atomic<quint64> &latest)
    : m_storePath(std::move(storePath))
    , m_dataKey(std::move(dataKey))
    , m_clock(clock)
    , m_latest(latest)
{ }

SearchWorker::~SearchWorker()
{
    m_handle = nullptr;
}

void SearchWorker::interrupt()
{
    if (sqlite3 *handle = m_handle.load())
        sqlite3_interrupt(handle);
}

Result<void> SearchWorker::ensureOpen()
{
    if (m_store)
        return {};
    auto store = Store::open(m_storePath, m_dataKey, m_clock,
                             {.readOnly = true, .cacheKiB = WorkerCacheKiB});
    m_dataKey.clear();
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    if (auto *driver = qobject_cast<SqlCipherDriver *>(m_store->database().driver()))
        m_handle = driver->connectionHandle();
    return {};
}

void SearchWorker::run(quint64 ticket, const QString &text, int limit)
{
    if (superseded(ticket))
        return;
    const QString match = SearchIndex::matchExpression(text);
    if (match.isEmpty()) {
        Q_EMIT finished(ticket, {});
        return;
    }
    if (auto opened = ensureOpen(); !opened) {
        Q_EMIT failed(ticket, opened.error().message());
        return;
    }
    auto hits = query(ticket, match, limit);
    if (superseded(ticket))
        return;
    if (!hits)
        Q_EMIT failed(ticket, hits.error().message());
    else
        Q_EMIT finished(ticket, *hits);
}

Result<QList<SearchHit>> SearchWorker::query(quint64 ticket, const QString &match, int limit)
{
    QSqlDatabase db = m_store->database();
    QSqlQuery candidates(db);
    candidates.setForwardOnly(true);
    candidates.prepare(
        QStringLiteral("SELECT docid, title FROM search_index WHERE search_index MATCH ? LIMIT ?"));
    candidates.addBindValue(match);
    candidates.addBindValue(limit * CandidateFactor);
    if (!candidates.exec())
        return StoreError::from(candidates.lastError());

    // Rank: a title that starts with the first word typed, then clients before what hangs off
    // them, then shorter titles; FTS4 in SQLCipher 3.4 has no bm25.
    const QString firstWord = match.section(QLatin1Char(' '), 0, 0).chopped(1);
    struct Candidate
    {
        qint64 docId;
        QString title;
        bool titleStarts;
    };
    QList<Candidate> found;
    while (candidates.next()) {
        if (superseded(ticket))
            return QList<SearchHit>();
        const QString title = candidates.value(1).toString();
        found.append({candidates.value(0).toLongLong(), title,
                      title.startsWith(firstWord, Qt::CaseInsensitive)});
    }
    if (candidates.lastError().isValid())
        return StoreError::from(candidates.lastError());
    candidates.finish();
    std::stable_sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.titleStarts != b.titleStarts)
            return a.titleStarts;
        const int kindA = kindRank(SearchIndex::kindOf(a.docId));
        const int kindB = kindRank(SearchIndex::kindOf(b.docId));
        if (kindA != kindB)
            return kindA < kindB;
        return a.title.size() < b.title.size();
    });
    if (found.size() > limit)
        found.resize(limit);

    QList<SearchHit> hits;
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    for (const Candidate &candidate : std::as_const(found)) {
        const SearchIndex::Kind kind = SearchIndex::kindOf(candidate.docId);
        lookup.prepare(QString::fromLatin1(lookupSql(kind)));
        lookup.addBindValue(SearchIndex::rowidOf(candidate.docId));
        if (!lookup.exec())
            return StoreError::from(lookup.lastError());
        if (!lookup.next())
            continue;
        hits.append({kind, lookup.value(0).toString(), lookup.value(1).toString(), candidate.title,
                     lookup.value(2).toString()});
        lookup.finish();
    }
    return hits;
}

} // namespace ClientDesk
