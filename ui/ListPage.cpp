// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ListPage.h"

#include "models/itemmodels/PagedSqlModel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
QWidget *emptyState(const QString &title, const QString &text, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *heading = new QLabel(title, page);
    heading->setTextFormat(Qt::PlainText);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, page);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    // Wide side margins keep the wrapped text to a readable line length; no alignment flag,
    // so the label gets the height its wrapped text needs.
    layout->setContentsMargins(120, 24, 120, 24);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    page->setAccessibleName(title);
    return page;
}
} // namespace

ListPage::ListPage(const QString &emptyTitle, const QString &emptyText, QWidget *parent)
    : QStackedWidget(parent)
    , m_empty(emptyState(emptyTitle, emptyText, this))
    , m_table(new QTableView(this))
{
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Every row the same height: the view never measures rows it has not shown, so a long
    // list scrolls without loading pages it skips.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(170);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setAccessibleName(emptyTitle);
    addWidget(m_empty);
    addWidget(m_table);
}

void ListPage::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateState);
        // The first column names the row and gets the room; sizing to contents would read
        // rows just to measure them, and one very long name would take the whole width.
        m_table->setColumnWidth(0, 300);
        // The header shows the order the model starts in (invoices: newest first).
        if (const auto *paged = qobject_cast<const PagedSqlModel *>(model))
            m_table->horizontalHeader()->setSortIndicator(paged->sortColumn(), paged->sortOrder());
    }
    updateState();
}

void ListPage::updateState()
{
    const bool hasRows = m_model && m_model->rowCount() > 0;
    setCurrentWidget(hasRows ? static_cast<QWidget *>(m_table) : m_empty);
}

} // namespace ClientDesk
