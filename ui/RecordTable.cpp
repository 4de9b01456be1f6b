// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ClientDesk {

QTableView *RecordTable::create(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Tab leaves the table instead of walking its cells.
    view->setTabKeyNavigation(false);
    return view;
}

void RecordTable::layOut(QWidget *page, QTableView *view, const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QPushButton *button : buttons)
        row->addWidget(button);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(view);
    layout->addLayout(row);
}

} // namespace ClientDesk
