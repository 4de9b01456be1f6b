// SPDX-License-Identifier: GPL-3.0-or-later
// The deliverables of one project as a table (title, status, due, done), held in memory: a
// project has a handful, read in one indexed query.
#pragma once

#include "models/domain/Deliverable.h"

#include <QAbstractTableModel>
#include <QList>

namespace ClientDesk {

class DeliverablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnIndex { Title, Status, Due, Done, ColumnCount };
    // The deliverable's id, for editing or removing what a row shows.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit DeliverablesModel(QObject *parent = nullptr);

    // What a status is called, here and in the deliverable dialog.
    static QString statusName(Deliverable::Status status);

    // Shows `deliverables` in due order (those without a due date last), then by title.
    void setDeliverables(QList<Deliverable> deliverables);
    const Deliverable &deliverableAt(int row) const { return m_deliverables.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Deliverable> m_deliverables;
};

} // namespace ClientDesk
