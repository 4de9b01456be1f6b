// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DeliverablesModel.h"

#include "models/itemmodels/ItemModelText.h"

#include <QLocale>

#include <algorithm>

namespace ClientDesk {

namespace {
QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, ItemModelText::shortDateFormat(QLocale()))
                          : QString();
}
} // namespace

DeliverablesModel::DeliverablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString DeliverablesModel::statusName(Deliverable::Status status)
{
    switch (status) {
    case Deliverable::Status::Open:
        return tr("Open");
    case Deliverable::Status::InProgress:
        return tr("In progress");
    case Deliverable::Status::Done:
        break;
    }
    return tr("Done");
}

void DeliverablesModel::setDeliverables(QList<Deliverable> deliverables)
{
    std::stable_sort(deliverables.begin(), deliverables.end(),
                     [](const Deliverable &a, const Deliverable &b) {
                         if (a.dueDate.isValid() != b.dueDate.isValid())
                             return a.dueDate.isValid();
                         if (a.dueDate != b.dueDate)
                             return a.dueDate < b.dueDate;
                         return QString::localeAwareCompare(a.title, b.title) < 0;
                     });
    beginResetModel();
    m_deliverables = std::move(deliverables);
    endResetModel();
}

int DeliverablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deliverables.size());
}

int DeliverablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliverablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deliverable &deliverable = m_deliverables.at(index.row());
    if (role == IdRole)
        return deliverable.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return deliverable.title;
    case Status:
        return statusName(deliverable.status);
    case Due:
        return shortDate(deliverable.dueDate);
    case Done:
        return shortDate(deliverable.doneDate);
    default:
        return {};
    }
}

QVariant DeliverablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Due:
        return tr("Due");
    case Done:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace ClientDesk
