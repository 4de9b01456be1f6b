// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/ModelPages.h"

#include "models/itemmodels/PagedSqlModel.h"

#include <algorithm>

namespace ClientDesk {

int ModelPages::readFirstPage(const QAbstractItemModel &model)
{
    const int rows = std::min(model.rowCount(), PagedSqlModel::PageSize);
    const int columns = model.columnCount();
    qsizetype characters = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            characters += model.data(model.index(row, column), Qt::DisplayRole).toString().size();
    }
    // A page that shows nothing at all means the query failed.
    return characters > 0 ? rows : 0;
}

} // namespace ClientDesk
