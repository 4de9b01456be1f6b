// SPDX-License-Identifier: GPL-3.0-or-later
// Search as you type: queries run on a worker thread with their own connection, and a newer
// query cancels the one still running, so the GUI thread never waits on the index.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Clock.h"
#include "models/store/SearchHit.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace ClientDesk {

class SearchWorker;

class SearchService : public QObject
{
    Q_OBJECT

public:
    SearchService(const QString &storePath, const SecretBytes &dataKey, const Clock &clock,
                  QObject *parent = nullptr);
    ~SearchService() override;
    Q_DISABLE_COPY_MOVE(SearchService)

    // Starts a search and returns its ticket; results come with resultsReady(ticket, …).
    // Starting another one supersedes this one: its results are never delivered.
    quint64 search(const QString &text, int limit = 50);

Q_SIGNALS:
    void resultsReady(quint64 ticket, const QList<ClientDesk::SearchHit> &hits);
    void searchFailed(quint64 ticket, const QString &message);

private:
    QThread m_thread;
    SearchWorker *m_worker;
    std::atomic<quint64> m_latest = 0;
};

} // namespace ClientDesk
