// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table over a few records held in memory (a client's contacts, a project's
// deliverables), each row one record with its id under IdRole. A subclass names the columns and
// says what each cell shows.
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace ClientDesk {

template<typename Record>
class RecordTableModel : public QAbstractTableModel
{
public:
    // The record's id, for editing or removing what a row shows.
    static constexpr int IdRole = Qt::UserRole + 1;

    const Record &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        if (role == IdRole)
            return record.id;
        if (role != Qt::DisplayRole)
            return {};
        return cell(record, index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return columnTitle(section);
    }

protected:
    RecordTableModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    { }

    // Shows `records` in the order given.
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    // What `column` of `record` shows; an empty QVariant for a column there is not.
    virtual QVariant cell(const Record &record, int column) const = 0;
    virtual QVariant columnTitle(int column) const = 0;

private:
    QList<Record> m_records;
    int m_columns;
};

} // namespace ClientDesk
