// SPDX-License-Identifier: GPL-3.0-or-later
// Reads what a view shows of a model's first page: every column's DisplayRole of the first
// PagedSqlModel::PageSize rows.
#pragma once

#include <QAbstractItemModel>

namespace ClientDesk {

class ModelPages
{
public:
    // Returns the number of rows read (fewer when the model holds fewer).
    static int readFirstPage(const QAbstractItemModel &model);
};

} // namespace ClientDesk
