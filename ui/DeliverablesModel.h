// SPDX-License-Identifier: GPL-3.0-or-later
// The deliverables of one project as a table (title, status, due, done), held in memory: a
// project has a handful, read in one indexed query.
#pragma once

#include "models/domain/Deliverable.h"
#include "ui/RecordTableModel.h"

namespace ClientDesk {

class DeliverablesModel : public RecordTableModel<Deliverable>
{
    Q_OBJECT

public:
    enum ColumnIndex { Title, Status, Due, Done, ColumnCount };

    explicit DeliverablesModel(QObject *parent = nullptr);

    // What a status is called, here and in the deliverable dialog.
    static QString statusName(Deliverable::Status status);

    // Shows `deliverables` in due order (those without a due date last), then by title.
    void setDeliverables(QList<Deliverable> deliverables);
    const Deliverable &deliverableAt(int row) const { return recordAt(row); }

protected:
    QVariant cell(const Deliverable &deliverable, int column) const override;
    QVariant columnTitle(int column) const override;
};

} // namespace ClientDesk
