// SPDX-License-Identifier: GPL-3.0-or-later
// One section of the main window: a sortable table over a paged model, or a friendly
// empty state while the model has no rows.
#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QTableView;

namespace ClientDesk {

class ListPage : public QStackedWidget
{
    Q_OBJECT

public:
    ListPage(const QString &emptyTitle, const QString &emptyText, QWidget *parent = nullptr);

    // The page does not own the model; nullptr detaches it (when the workspace locks).
    void setModel(QAbstractItemModel *model);

private:
    void updateState();

    QWidget *m_empty;
    QTableView *m_table;
    QAbstractItemModel *m_model = nullptr;
};

} // namespace ClientDesk
