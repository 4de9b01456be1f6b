// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SubRecordList.h"

#include "ui/RecordTable.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace ClientDesk {

SubRecordList::SubRecordList(QAbstractItemModel *model, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_view(RecordTable::create(this, texts.list))
{
    m_view->setModel(model);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setAccessibleName(texts.add);
    m_edit = new QPushButton(texts.editButton, this);
    m_edit->setAccessibleName(texts.edit);
    if (!texts.editToolTip.isEmpty())
        m_edit->setToolTip(texts.editToolTip);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setAccessibleName(texts.remove);
    m_remove->setToolTip(texts.removeToolTip);
    // Alt+letters here are taken by the editor's form, its tabs and the main window's menus:
    // Delete in the list is the key for removing (and Enter, activation, for editing).
    new QShortcut(QKeySequence::Delete, m_view, this, &SubRecordList::requestRemove,
                  Qt::WidgetShortcut);
    RecordTable::layOut(this, m_view, {add, m_edit, m_remove});

    connect(add, &QPushButton::clicked, this, &SubRecordList::addRequested);
    connect(m_edit, &QPushButton::clicked, this, &SubRecordList::requestEdit);
    connect(m_remove, &QPushButton::clicked, this, &SubRecordList::requestRemove);
    connect(m_view, &QAbstractItemView::activated, this, &SubRecordList::requestEdit);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubRecordList::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &SubRecordList::updateButtons);
    updateButtons();
}

int SubRecordList::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SubRecordList::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void SubRecordList::requestEdit()
{
    if (const int row = selectedRow(); row >= 0)
        Q_EMIT editRequested(row);
}

void SubRecordList::requestRemove()
{
    if (const int row = selectedRow(); row >= 0)
        Q_EMIT removeRequested(row);
}

bool SubRecordList::confirmRemove(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace ClientDesk
