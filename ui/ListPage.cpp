// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ListPage.h"

#include "models/itemmodels/PagedSqlModel.h"
#include "ui/FilterBar.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ClientDesk {

ListPage::ListPage(const QString &settingsKey, const QString &emptyTitle, const QString &emptyText,
                   FilterBar *filters, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_filters(filters)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QWidget(this))
    , m_emptyTitle(new QLabel(emptyTitle, m_empty))
    , m_emptyText(new QLabel(emptyText, m_empty))
    , m_emptyTitleText(emptyTitle)
    , m_emptyBodyText(emptyText)
    , m_table(new QTableView(this))
{
    m_emptyTitle->setTextFormat(Qt::PlainText);
    QFont headingFont = m_emptyTitle->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_emptyTitle->setFont(headingFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    // Side margins keep the wrapped text to a readable line length; no alignment flag, so
    // the label gets the height its wrapped text needs.
    emptyLayout->setContentsMargins(48, 24, 48, 24);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch();

    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Every row the same height: the view never measures rows it has not shown, so a long
    // list scrolls without loading pages it skips.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(150);
    header->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        fillColumnsMenu(&menu);
        menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
    });
    connect(header, &QHeaderView::sectionResized, this, &ListPage::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &ListPage::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListPage::saveHeader);
    m_table->setAccessibleName(emptyTitle);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(PagedSqlModel::IdRole).toString();
        if (!id.isEmpty())
            Q_EMIT idActivated(id);
    });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_filters) {
        m_filters->setParent(this);
        layout->addWidget(m_filters);
    }
    layout->addWidget(m_stack, 1);
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
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    Q_EMIT currentIdChanged(current.data(PagedSqlModel::IdRole).toString());
                });
        // Setting up is not a choice of the person's: nothing is saved until it is done.
        m_restoring = true;
        // The first column names the row and gets the room; sizing to contents would read
        // rows just to measure them, and one very long name would take the whole width.
        m_table->setColumnWidth(0, m_firstColumnWidth);
        // The header shows the order the model starts in (invoices: newest first).
        if (const auto *paged = qobject_cast<const PagedSqlModel *>(model))
            m_table->horizontalHeader()->setSortIndicator(paged->sortColumn(), paged->sortOrder());
        m_restoring = false;
        restoreHeader();
    }
    updateState();
}

void ListPage::fillColumnsMenu(QMenu *menu)
{
    if (!m_model)
        return;
    for (int column = 1; column < m_model->columnCount(); ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
}

void ListPage::setColumnShown(int column, bool shown)
{
    m_table->setColumnHidden(column, !shown);
    saveHeader();
}

bool ListPage::selectId(const QString &id)
{
    if (!m_model || id.isEmpty())
        return false;
    // Only the first pages: finding a row further down would read the whole list.
    const int rows = std::min(m_model->rowCount(), 2 * PagedSqlModel::PageSize);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(PagedSqlModel::IdRole).toString() == id) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString ListPage::currentId() const
{
    return m_table->currentIndex().data(PagedSqlModel::IdRole).toString();
}

void ListPage::updateState()
{
    const bool hasRows = m_model && m_model->rowCount() > 0;
    const bool filtered = m_filters && m_filters->isActive();
    m_emptyTitle->setText(filtered ? tr("Nothing matches these filters") : m_emptyTitleText);
    m_emptyText->setText(filtered ? tr("Change or clear the filters above to see more.")
                                  : m_emptyBodyText);
    m_stack->setCurrentWidget(hasRows ? static_cast<QWidget *>(m_table) : m_empty);
}

void ListPage::saveHeader()
{
    if (m_restoring || !m_model)
        return;
    QSettings().setValue(QStringLiteral("lists/%1/header").arg(m_settingsKey),
                         m_table->horizontalHeader()->saveState());
}

void ListPage::restoreHeader()
{
    const QByteArray state =
        QSettings().value(QStringLiteral("lists/%1/header").arg(m_settingsKey)).toByteArray();
    if (state.isEmpty())
        return;
    m_restoring = true;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(state)) {
        // The model sorts in SQL: apply the order the header now shows.
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    // The column that names the row is never hidden.
    m_table->setColumnHidden(0, false);
    m_restoring = false;
}

} // namespace ClientDesk
