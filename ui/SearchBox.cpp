// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SearchBox.h"

#include "models/store/SearchService.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace ClientDesk {

namespace {
constexpr int HitRole = Qt::UserRole + 1;

QString kindName(SearchIndex::Kind kind)
{
    switch (kind) {
    case SearchIndex::Kind::Client:
        return SearchBox::tr("Client");
    case SearchIndex::Kind::Contact:
        return SearchBox::tr("Contact");
    case SearchIndex::Kind::Project:
        return SearchBox::tr("Project");
    case SearchIndex::Kind::Invoice:
        return SearchBox::tr("Invoice");
    }
    return {};
}
} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_results(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_results, this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(
        tr("Search clients, contacts, projects, invoices (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    setAccessibleName(tr("Search"));
    setAccessibleDescription(
        tr("Results appear below as you type; Up and Down choose one, Enter opens it."));
    setClearButtonEnabled(true);
    // The completer only shows the list: results are not filtered again nor written into
    // the field (it is attached with setWidget, not setCompleter).
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setAccessibleName(tr("Search results"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &SearchBox::activate);
    // A short pause lets fast typing settle into one query; the service also cancels a
    // query that a newer one supersedes.
    m_settle->setSingleShot(true);
    m_settle->setInterval(40);
    connect(m_settle, &QTimer::timeout, this, &SearchBox::startSearch);
    connect(this, &QLineEdit::textEdited, m_settle, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the result picked in the list, else the first one.
        const QModelIndex picked = m_completer->popup()->currentIndex();
        if (isPopupVisible() && picked.isValid())
            activate(picked);
        else if (m_results->rowCount() > 0)
            activate(m_results->index(0, 0));
    });
}

void SearchBox::setService(SearchService *service)
{
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    m_ticket = 0;
    m_hits.clear();
    m_results->clear();
    m_completer->popup()->hide();
    if (!service) {
        clear();
        return;
    }
    connect(service, &SearchService::resultsReady, this, &SearchBox::showHits);
    connect(service, &SearchService::searchFailed, this, &SearchBox::showFailure);
}

bool SearchBox::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void SearchBox::startSearch()
{
    if (!m_service)
        return;
    const QString query = text().trimmed();
    if (query.isEmpty()) {
        ++m_ticket;
        m_results->clear();
        m_completer->popup()->hide();
        return;
    }
    m_ticket = m_service->search(query, 20);
}

void SearchBox::showHits(quint64 ticket, const QList<SearchHit> &hits)
{
    if (ticket != m_ticket)
        return;
    m_hits = hits;
    m_results->clear();
    for (int i = 0; i < hits.size(); ++i) {
        const SearchHit &hit = hits.at(i);
        auto *item = new QStandardItem(tr("%1: %2").arg(kindName(hit.kind), hit.title));
        if (!hit.detail.isEmpty())
            item->setText(item->text() + QStringLiteral(" — ") + hit.detail);
        item->setData(i, HitRole);
        item->setEditable(false);
        m_results->appendRow(item);
    }
    if (hits.isEmpty()) {
        auto *none = new QStandardItem(tr("No matches for “%1”").arg(text().trimmed()));
        none->setEnabled(false);
        none->setData(-1, HitRole);
        m_results->appendRow(none);
    }
    if (hasFocus()) {
        m_completer->complete();
        // Nothing picked yet: Enter opens the first result, Down moves into the list.
        m_completer->popup()->setCurrentIndex({});
    }
    Q_EMIT resultsShown(int(hits.size()));
}

void SearchBox::showFailure(quint64 ticket, const QString &message)
{
    if (ticket != m_ticket)
        return;
    m_hits.clear();
    m_results->clear();
    auto *item = new QStandardItem(tr("Search failed: %1").arg(message));
    item->setEnabled(false);
    item->setData(-1, HitRole);
    m_results->appendRow(item);
    if (hasFocus())
        m_completer->complete();
    Q_EMIT resultsShown(0);
}

void SearchBox::activate(const QModelIndex &index)
{
    const int at = index.data(HitRole).toInt();
    if (at < 0 || at >= m_hits.size())
        return;
    const SearchHit hit = m_hits.at(at);
    m_completer->popup()->hide();
    // Opened: the list is done with. (The completer also hands the Enter key on to the field,
    // which must not open a second result.)
    m_hits.clear();
    m_results->clear();
    Q_EMIT hitActivated(hit);
}

} // namespace ClientDesk
