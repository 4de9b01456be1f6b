// SPDX-License-Identifier: GPL-3.0-or-later
// The clients list: name, contact details, status and tags, paged from the store.
#pragma once

#include "models/domain/Client.h"
#include "models/itemmodels/PagedSqlModel.h"

#include <optional>

namespace ClientDesk {

class ClientsModel : public PagedSqlModel
{
    Q_OBJECT

public:
    enum ColumnIndex { Name, Email, Phone, Status, Tags, Updated };

    explicit ClientsModel(QSqlDatabase database, QObject *parent = nullptr);

    void setFilter(std::optional<Client::Status> status, const QString &tag = {});

protected:
    QVariant display(int column, const QVariantList &row) const override;
};

} // namespace ClientDesk
