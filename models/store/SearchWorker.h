// SPDX-License-Identifier: GPL-3.0-or-later
// Runs searches for SearchService on its worker thread, over a read connection of its own.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Clock.h"
#include "models/store/SearchHit.h"
#include "models/store/Store.h"

#include <QObject>

#include <atomic>
#include <memory>

struct sqlite3;

namespace ClientDesk {

class SearchWorker : public QObject
{
    Q_OBJECT

public:
    // `latest` is the newest ticket handed out; a query whose ticket is older is dropped.
    SearchWorker(QString storePath, SecretBytes dataKey, const Clock &clock,
                 const std::atomic<quint64> &latest);
    ~SearchWorker() override;

    // Runs on the worker thread (queued). Emits finished or failed unless superseded.
    void run(quint64 ticket, const QString &text, int limit);
    // Any thread: stops the statement running now, if any (sqlite3_interrupt is thread-safe).
    void interrupt();

Q_SIGNALS:
    void finished(quint64 ticket, const QList<ClientDesk::SearchHit> &hits);
    void failed(quint64 ticket, const QString &message);

private:
    Result<void> ensureOpen();
    Result<QList<SearchHit>> query(quint64 ticket, const QString &match, int limit);
    bool superseded(quint64 ticket) const { return ticket != m_latest.load(); }

    QString m_storePath;
    SecretBytes m_dataKey;
    const Clock &m_clock;
    const std::atomic<quint64> &m_latest;
    std::unique_ptr<Store> m_store;
    std::atomic<sqlite3 *> m_handle = nullptr;
};

} // namespace ClientDesk
