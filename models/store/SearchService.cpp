// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SearchService.h"

#include "models/store/SearchWorker.h"

namespace ClientDesk {

SearchService::SearchService(const QString &storePath, const SecretBytes &dataKey,
                             const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_worker(new SearchWorker(storePath, dataKey.clone(), clock, m_latest))
{
    qRegisterMetaType<QList<ClientDesk::SearchHit>>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this,
            [this](quint64 ticket, const QList<SearchHit> &hits) {
                // A result that arrives after a newer search started is stale: drop it.
                if (ticket == m_latest.load())
                    Q_EMIT resultsReady(ticket, hits);
            });
    connect(m_worker, &SearchWorker::failed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == m_latest.load())
            Q_EMIT searchFailed(ticket, message);
    });
    m_thread.start();
}

SearchService::~SearchService()
{
    m_latest.fetch_add(1);
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchService::search(const QString &text, int limit)
{
    const quint64 ticket = m_latest.fetch_add(1) + 1;
    m_worker->interrupt();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket, text, limit] { worker->run(ticket, text, limit); },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace ClientDesk
