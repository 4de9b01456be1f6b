// SPDX-License-Identifier: GPL-3.0-or-later
// A table model over one SQL query that loads rows a page at a time and keeps a few pages,
// sorting and filtering in SQL: a 100 000-row list costs a handful of pages of memory.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ClientDesk {

class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 8;
    // The row's id, for opening what a row shows.
    static constexpr int IdRole = Qt::UserRole + 1;

    struct Column
    {
        QString title;
        // The SQL expression selected for the column, and the one it sorts by.
        QString select;
        QString sortKey;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString idAt(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Re-reads the row count and drops the cached pages (after the data changed).
    void refresh();
    // How many pages are held now; never more than MaxCachedPages.
    int cachedPages() const { return int(m_pages.size()); }
    // The last query failure, for a person (empty when the last query succeeded).
    QString lastError() const { return m_lastError; }
    // The query a page is read with, in the current order and filter: the filter's values, then
    // LIMIT and OFFSET, are bound in that order. For query plans in tests.
    QString pageSql() const;

protected:
    // `table` is the main table's name (its id breaks sort ties); `from` may join others.
    PagedSqlModel(QSqlDatabase database, QString table, QString from, QList<Column> columns,
                  QObject *parent);
    // A WHERE condition built by a subclass from typed filters, with its bound values.
    void setCondition(const QString &condition, const QVariantList &binds);
    // Turns a stored value into what the column shows; the default shows it as it is.
    virtual QVariant display(int column, const QVariantList &row) const;

private:
    using Row = QVariantList;
    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    QString whereClause() const;
    void countRows();

    QSqlDatabase m_database;
    QString m_table;
    QString m_from;
    QList<Column> m_columns;
    QString m_condition;
    QVariantList m_binds;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recentPages;
    mutable QString m_lastError;
};

} // namespace ClientDesk
