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
    : RecordTableModel(ColumnCount, parent)
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
    setRecords(std::move(deliverables));
}

QVariant DeliverablesModel::cell(const Deliverable &deliverable, int column) const
{
    switch (column) {
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

QVariant DeliverablesModel::columnTitle(int column) const
{
    switch (column) {
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
