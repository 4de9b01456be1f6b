// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/PagedSqlModel.h"

#include "models/store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ClientDesk {

PagedSqlModel::PagedSqlModel(QSqlDatabase database, QString table, QString from,
                             QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_table(std::move(table))
    , m_from(std::move(from))
    , m_columns(std::move(columns))
{ }

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString PagedSqlModel::whereClause() const
{
    const QString live = m_table + QStringLiteral(".deleted_at IS NULL");
    return m_condition.isEmpty() ? live : live + QStringLiteral(" AND (") + m_condition + u')';
}

void PagedSqlModel::countRows()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // Unfiltered, the count is kept by triggers (list_counts): opening a list costs the same
    // for a thousand rows as for a million. A filter counts what it selects.
    if (m_condition.isEmpty()) {
        query.prepare(QStringLiteral("SELECT live FROM list_counts WHERE name = ?"));
        query.addBindValue(m_table);
        if (query.exec() && query.next()) {
            m_lastError.clear();
            m_rowCount = query.value(0).toInt();
            return;
        }
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_from, whereClause()));
    for (const QVariant &value : std::as_const(m_binds))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        m_lastError = StoreError::from(query.lastError()).message();
        m_rowCount = 0;
        return;
    }
    m_lastError.clear();
    m_rowCount = query.value(0).toInt();
}

void PagedSqlModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    countRows();
    endResetModel();
}

void PagedSqlModel::setCondition(const QString &condition, const QVariantList &binds)
{
    m_condition = condition;
    m_binds = binds;
    refresh();
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    // Every row may move; like Qt's SQL models, a re-sort is a reset.
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QString PagedSqlModel::pageSql() const
{
    QStringList selects {m_table + QStringLiteral(".id")};
    for (const Column &column : m_columns)
        selects << column.select;
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Each key of the sort expression takes the direction; the id breaks ties, so pages
    // never overlap or skip rows.
    QStringList keys = m_columns.at(m_sortColumn).sortKey.split(QStringLiteral(", "));
    keys << m_table + QStringLiteral(".id");
    for (QString &key : keys)
        key += u' ' + direction;
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
        .arg(selects.join(QStringLiteral(", ")), m_from, whereClause(),
             keys.join(QStringLiteral(", ")));
}

bool PagedSqlModel::loadPage(int page) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(pageSql());
    for (const QVariant &value : std::as_const(m_binds))
        query.addBindValue(value);
    query.addBindValue(PageSize);
    query.addBindValue(page * PageSize);
    if (!query.exec()) {
        m_lastError = StoreError::from(query.lastError()).message();
        return false;
    }
    QList<Row> rows;
    rows.reserve(PageSize);
    const int width = int(m_columns.size()) + 1;
    while (query.next()) {
        Row row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(query.value(i));
        rows.append(std::move(row));
    }
    m_lastError.clear();
    if (m_pages.size() >= MaxCachedPages) {
        const int oldest = m_recentPages.takeFirst();
        m_pages.remove(oldest);
    }
    m_pages.insert(page, std::move(rows));
    m_recentPages.append(page);
    return true;
}

const PagedSqlModel::Row *PagedSqlModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_recentPages.constLast() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const int offset = row % PageSize;
    // Rows deleted since the count was taken leave the last page short.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant PagedSqlModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), *row);
    case Qt::EditRole:
        return row->at(index.column() + 1);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    case IdRole:
        return row->at(0);
    default:
        return {};
    }
}

QVariant PagedSqlModel::display(int column, const QVariantList &row) const
{
    return row.at(column + 1);
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.at(section).alignment);
    return {};
}

QString PagedSqlModel::idAt(int row) const
{
    const Row *values = rowAt(row);
    return values ? values->at(0).toString() : QString();
}

} // namespace ClientDesk
