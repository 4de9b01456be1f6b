// SPDX-License-Identifier: GPL-3.0-or-later
// The global search field: results from the search service appear under it as the person
// types (the query runs on the service's worker; the GUI thread only shows what comes back).
// Up/Down pick a result, Enter opens it, Escape closes the list.
#pragma once

#include "models/store/SearchHit.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace ClientDesk {

class SearchService;

class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    // The open workspace's search; nullptr while it is locked.
    void setService(SearchService *service);
    // The results shown now (for tests and the accessibility tree).
    QStandardItemModel *results() const { return m_results; }
    bool isPopupVisible() const;

Q_SIGNALS:
    void hitActivated(const ClientDesk::SearchHit &hit);
    // The results of the latest query are on screen.
    void resultsShown(int count);

private:
    void startSearch();
    void showHits(quint64 ticket, const QList<SearchHit> &hits);
    void showFailure(quint64 ticket, const QString &message);
    void activate(const QModelIndex &index);

    SearchService *m_service = nullptr;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
    QTimer *m_settle;
    QList<SearchHit> m_hits;
    quint64 m_ticket = 0;
};

} // namespace ClientDesk
