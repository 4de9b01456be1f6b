// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Records.h"

#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "models/store/Workspace.h"

#include <QSqlQuery>

namespace ClientDesk::Test {

namespace {
template<typename T>
T stored(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s refused: %s", what, qPrintable(result.error().message()));
    return std::move(*result);
}
} // namespace

Records::Records(Workspace &workspace)
    : m_workspace(workspace)
{ }

QString Records::client(const QString &name) const
{
    Client client;
    client.name = name;
    return stored(ClientRepository(m_workspace.store()).create(client), "client").id;
}

QString Records::project(const QString &clientId, const QString &name,
                         std::optional<Money> budget) const
{
    Project project;
    project.clientId = clientId;
    project.name = name;
    project.budget = budget;
    return this->project(project);
}

QString Records::project(const Project &project) const
{
    return stored(ProjectRepository(m_workspace.store()).create(project), "project").id;
}

Invoice Records::invoice(const QString &clientId, qint64 netMinor, const QString &currency)
{
    Invoice invoice;
    invoice.clientId = clientId;
    invoice.currency = currency;
    InvoiceLine line;
    line.description = QStringLiteral("Design work");
    line.quantityMilli = 1000;
    line.unitPriceMinor = netMinor;
    invoice.lines.append(line);
    return invoice;
}

Invoice Records::draft(const Invoice &invoice) const
{
    InvoiceRepository invoices(m_workspace.store(), m_workspace.invoiceSeries());
    return stored(invoices.createDraft(invoice), "draft");
}

Invoice Records::issue(const Invoice &invoice, const QDate &issued, const QDate &due) const
{
    InvoiceRepository invoices(m_workspace.store(), m_workspace.invoiceSeries());
    return stored(invoices.issue(draft(invoice).id, issued, due), "issue");
}

qint64 Records::count(const QString &sql) const
{
    QSqlQuery query(m_workspace.store().database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace ClientDesk::Test
