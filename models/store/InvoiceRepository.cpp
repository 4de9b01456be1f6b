// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/InvoiceRepository.h"

#include "models/domain/InvoiceCalculator.h"
#include "models/store/AgencyProfileRepository.h"
#include "models/store/ClientRepository.h"
#include "models/store/EntityTable.h"
#include "models/store/EntityWriter.h"
#include "models/store/RepositorySupport.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ClientDesk {

namespace {
const QString InvoiceEntity = QStringLiteral("invoice");
const QString LineEntity = QStringLiteral("invoice_line");

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

EntityTable::Values invoiceValues(const Invoice &invoice, const InvoiceCalculator::Totals &totals)
{
    return {
        {QStringLiteral("client_id"), invoice.clientId},
        {QStringLiteral("project_id"), RepositorySupport::optionalText(invoice.projectId)},
        {QStringLiteral("number"), RepositorySupport::optionalText(invoice.number)},
        {QStringLiteral("series"), invoice.series},
        {QStringLiteral("status"), Invoice::statusKey(invoice.status)},
        {QStringLiteral("kind"), Invoice::kindKey(invoice.kind)},
        {QStringLiteral("credit_for"), RepositorySupport::optionalText(invoice.creditForId)},
        {QStringLiteral("issue_date"), RepositorySupport::date(invoice.issueDate)},
        {QStringLiteral("due_date"), RepositorySupport::date(invoice.dueDate)},
        {QStringLiteral("currency"), invoice.currency},
        {QStringLiteral("notes"), invoice.notes},
        {QStringLiteral("net_minor"), totals.net},
        {QStringLiteral("tax_minor"), totals.tax},
        {QStringLiteral("total_minor"), totals.total},
    };
}

Invoice invoiceFrom(const QSqlRecord &record)
{
    Invoice invoice;
    invoice.id = record.value(QStringLiteral("id")).toString();
    invoice.clientId = record.value(QStringLiteral("client_id")).toString();
    invoice.projectId = record.value(QStringLiteral("project_id")).toString();
    invoice.number = record.value(QStringLiteral("number")).toString();
    invoice.series = record.value(QStringLiteral("series")).toString();
    invoice.status = Invoice::statusFromKey(record.value(QStringLiteral("status")).toString())
                         .value_or(Invoice::Status::Draft);
    invoice.kind = Invoice::kindFromKey(record.value(QStringLiteral("kind")).toString())
                       .value_or(Invoice::Kind::Invoice);
    invoice.creditForId = record.value(QStringLiteral("credit_for")).toString();
    invoice.issueDate = RepositorySupport::dateFrom(record.value(QStringLiteral("issue_date")));
    invoice.dueDate = RepositorySupport::dateFrom(record.value(QStringLiteral("due_date")));
    invoice.currency = record.value(QStringLiteral("currency")).toString();
    invoice.notes = record.value(QStringLiteral("notes")).toString();
    invoice.version = record.value(QStringLiteral("version")).toLongLong();
    return invoice;
}

EntityTable::Values lineValues(const QString &invoiceId, const InvoiceLine &line,
                               const InvoiceCalculator::LineAmounts &amounts)
{
    return {
        {QStringLiteral("invoice_id"), invoiceId},
        {QStringLiteral("position"), line.position},
        {QStringLiteral("description"), line.description.trimmed()},
        {QStringLiteral("quantity_milli"), line.quantityMilli},
        {QStringLiteral("unit_price_minor"), line.unitPriceMinor},
        {QStringLiteral("tax_rate_bp"), line.taxRateBp},
        {QStringLiteral("net_minor"), amounts.net},
        {QStringLiteral("tax_minor"), amounts.tax},
    };
}

EntityWriter::SearchDocument invoiceDocument(const Invoice &invoice)
{
    return {invoice.number, invoice.notes};
}

// Positions follow the order of the list, from 1.
void renumber(QList<InvoiceLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i].position = int(i + 1);
}

QJsonObject clientSnapshot(const Client &client)
{
    return {{QStringLiteral("name"), client.name},
            {QStringLiteral("legalName"), client.legalName},
            {QStringLiteral("billingAddress"), client.billingAddress},
            {QStringLiteral("taxId"), client.taxId},
            {QStringLiteral("email"), client.email}};
}

QJsonObject agencySnapshot(const AgencyProfile &profile)
{
    return {{QStringLiteral("legalName"), profile.legalName},
            {QStringLiteral("address"), profile.address},
            {QStringLiteral("taxId"), profile.taxId},
            {QStringLiteral("iban"), profile.iban},
            {QStringLiteral("bic"), profile.bic},
            {QStringLiteral("invoiceFooter"), profile.invoiceFooter}};
}

Result<QString> workspaceId(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT id FROM workspace LIMIT 1")) || !query.next())
        return Error(ErrorKind::Io, InvoiceRepository::tr("The workspace record is missing."));
    return query.value(0).toString();
}
} // namespace

InvoiceRepository::InvoiceRepository(Store &store, QString series)
    : m_store(store)
    , m_series(std::move(series))
{ }

Result<QList<InvoiceLine>> InvoiceRepository::lines(const QString &invoiceId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, position, description, quantity_milli, "
                                 "unit_price_minor, tax_rate_bp FROM invoice_line "
                                 "WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY position"));
    query.addBindValue(invoiceId);
    if (!query.exec())
        return StoreError::from(query.lastError());
    QList<InvoiceLine> result;
    while (query.next()) {
        InvoiceLine line;
        line.id = query.value(0).toString();
        line.position = query.value(1).toInt();
        line.description = query.value(2).toString();
        line.quantityMilli = query.value(3).toLongLong();
        line.unitPriceMinor = query.value(4).toLongLong();
        line.taxRateBp = query.value(5).toInt();
        result << line;
    }
    return result;
}

Result<Invoice> InvoiceRepository::find(const QString &id) const
{
    auto row = EntityTable(m_store.database(), InvoiceEntity)
                   .row(id, EntityTable::selectColumns(invoiceValues({}, {})));
    if (!row)
        return row.error();
    if (!*row)
        return invalid(
            InvoiceRepository::tr("This invoice no longer exists; it may have been deleted."));
    Invoice invoice = invoiceFrom(**row);
    auto invoiceLines = lines(id);
    if (!invoiceLines)
        return invoiceLines.error();
    invoice.lines = *invoiceLines;
    return invoice;
}

Result<QByteArray> InvoiceRepository::billingSnapshot(const QString &id) const
{
    auto row = EntityTable(m_store.database(), InvoiceEntity)
                   .row(id, {QStringLiteral("billing_snapshot")});
    if (!row)
        return row.error();
    if (!*row)
        return invalid(
            InvoiceRepository::tr("This invoice no longer exists; it may have been deleted."));
    return (*row)->value(0).toByteArray();
}

Result<Invoice> InvoiceRepository::createDraft(Invoice invoice)
{
    invoice.status = Invoice::Status::Draft;
    invoice.number.clear();
    invoice.series.clear();
    renumber(invoice.lines);
    if (auto valid = invoice.validate(); !valid)
        return valid.error();
    if (auto client = ClientRepository(m_store).find(invoice.clientId); !client)
        return client.error();
    auto totals = InvoiceCalculator::totals(invoice.lines);
    if (!totals)
        return totals.error();
    if (invoice.id.isEmpty())
        invoice.id = RepositorySupport::newId();
    auto written = m_store.writeChanges([&]() -> Result<QList<Change>> {
        QList<Change> changes;
        auto created =
            EntityWriter(m_store, InvoiceEntity, SearchIndex::Kind::Invoice)
                .insert(invoice.id, invoiceValues(invoice, *totals), invoiceDocument(invoice));
        if (!created)
            return created.error();
        changes << *created;
        EntityWriter lineWriter(m_store, LineEntity);
        for (InvoiceLine &line : invoice.lines) {
            line.id = line.id.isEmpty() ? RepositorySupport::newId() : line.id;
            auto added = lineWriter.insert(
                line.id, lineValues(invoice.id, line, *InvoiceCalculator::line(line)));
            if (!added)
                return added.error();
            changes << *added;
        }
        return changes;
    });
    if (!written)
        return written.error();
    return find(invoice.id);
}

Result<Invoice> InvoiceRepository::findEditable(const QString &id) const
{
    auto stored = find(id);
    if (stored && !stored->isEditable())
        return invalid(InvoiceRepository::tr(
            "Only draft invoices can be changed or deleted. To correct an issued "
            "invoice, issue a credit note."));
    return stored;
}

Result<Invoice> InvoiceRepository::updateDraft(const Invoice &changed)
{
    auto stored = findEditable(changed.id);
    if (!stored)
        return stored.error();
    Invoice invoice = changed;
    invoice.status = Invoice::Status::Draft;
    invoice.number.clear();
    invoice.series.clear();
    renumber(invoice.lines);
    if (auto valid = invoice.validate(); !valid)
        return valid.error();
    auto totals = InvoiceCalculator::totals(invoice.lines);
    if (!totals)
        return totals.error();
    auto written = m_store.writeChanges([&]() -> Result<QList<Change>> {
        QList<Change> changes;
        auto updated =
            EntityWriter(m_store, InvoiceEntity, SearchIndex::Kind::Invoice)
                .update(invoice.id, invoiceValues(invoice, *totals), invoiceDocument(invoice));
        if (!updated)
            return updated.error();
        if (*updated)
            changes << **updated;
        QSet<QString> kept;
        QSet<QString> existing;
        for (const InvoiceLine &line : std::as_const(stored->lines))
            existing.insert(line.id);
        EntityWriter lineWriter(m_store, LineEntity);
        for (InvoiceLine line : std::as_const(invoice.lines)) {
            const auto values = lineValues(invoice.id, line, *InvoiceCalculator::line(line));
            if (existing.contains(line.id)) {
                kept.insert(line.id);
                auto lineChange = lineWriter.update(line.id, values);
                if (!lineChange)
                    return lineChange.error();
                if (*lineChange)
                    changes << **lineChange;
                continue;
            }
            line.id = RepositorySupport::newId();
            auto added = lineWriter.insert(line.id, values);
            if (!added)
                return added.error();
            changes << *added;
        }
        for (const QString &lineId : std::as_const(existing)) {
            if (kept.contains(lineId))
                continue;
            auto removed = lineWriter.tombstone(lineId);
            if (!removed)
                return removed.error();
            changes << *removed;
        }
        return changes;
    });
    if (!written)
        return written.error();
    return find(invoice.id);
}

Result<void> InvoiceRepository::removeDraft(const QString &id)
{
    auto stored = findEditable(id);
    if (!stored)
        return stored.error();
    return m_store.writeChanges([&]() -> Result<QList<Change>> {
        QList<Change> changes;
        EntityWriter lineWriter(m_store, LineEntity);
        for (const InvoiceLine &line : std::as_const(stored->lines)) {
            auto removed = lineWriter.tombstone(line.id);
            if (!removed)
                return removed.error();
            changes << *removed;
        }
        auto removed =
            EntityWriter(m_store, InvoiceEntity, SearchIndex::Kind::Invoice).tombstone(id);
        if (!removed)
            return removed.error();
        changes << *removed;
        return changes;
    });
}

Result<Invoice> InvoiceRepository::issue(const QString &id, const QDate &issueDate,
                                         const QDate &dueDate)
{
    auto stored = findEditable(id);
    if (!stored)
        return stored.error();
    if (stored->lines.isEmpty())
        return invalid(InvoiceRepository::tr("Add at least one line before issuing the invoice."));
    if (!issueDate.isValid())
        return invalid(InvoiceRepository::tr("Choose the issue date."));
    auto wsId = workspaceId(m_store);
    if (!wsId)
        return wsId.error();
    auto profile = AgencyProfileRepository(m_store, *wsId).load();
    if (!profile)
        return profile.error();
    auto client = ClientRepository(m_store).find(stored->clientId);
    if (!client)
        return client.error();
    Invoice invoice = *stored;
    invoice.issueDate = issueDate;
    invoice.dueDate = dueDate.isValid() ? dueDate : issueDate.addDays(profile->paymentTermsDays);
    if (auto valid = invoice.validate(); !valid)
        return valid.error();
    auto totals = InvoiceCalculator::totals(invoice.lines);
    if (!totals)
        return totals.error();
    const QByteArray snapshot =
        QJsonDocument(QJsonObject {{QStringLiteral("agency"), agencySnapshot(*profile)},
                                   {QStringLiteral("client"), clientSnapshot(*client)}})
            .toJson(QJsonDocument::Compact);

    auto written = m_store.writeChanges([&]() -> Result<QList<Change>> {
        QSqlQuery query(m_store.database());
        query.prepare(
            QStringLiteral("SELECT last_number FROM invoice_series WHERE series = ? AND year = ?"));
        query.addBindValue(m_series);
        query.addBindValue(issueDate.year());
        if (!query.exec())
            return StoreError::from(query.lastError());
        const int next = query.next() ? query.value(0).toInt() + 1 : 1;
        query.finish();
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO invoice_series (series, year, last_number) "
                           "VALUES (?, ?, ?)"));
        query.addBindValue(m_series);
        query.addBindValue(issueDate.year());
        query.addBindValue(next);
        if (!query.exec())
            return StoreError::from(query.lastError());

        invoice.series = m_series;
        invoice.number = Invoice::formatNumber(issueDate.year(), m_series, next);
        invoice.status = Invoice::Status::Issued;
        EntityTable::Values values = invoiceValues(invoice, *totals);
        values.append({QStringLiteral("billing_snapshot"), QString::fromUtf8(snapshot)});
        auto updated = EntityWriter(m_store, InvoiceEntity, SearchIndex::Kind::Invoice)
                           .update(invoice.id, values, invoiceDocument(invoice));
        if (!updated)
            return updated.error();
        return *updated ? QList<Change> {**updated} : QList<Change>();
    });
    if (!written)
        return written.error();
    return find(id);
}

Result<Invoice> InvoiceRepository::transition(const QString &id, Invoice::Status to,
                                              const QDate &paidDate)
{
    auto stored = find(id);
    if (!stored)
        return stored.error();
    if (auto allowed = Invoice::checkTransition(stored->status, to); !allowed)
        return allowed.error();
    EntityTable::Values values {{QStringLiteral("status"), Invoice::statusKey(to)}};
    if (to == Invoice::Status::Paid)
        values.append({QStringLiteral("paid_date"), RepositorySupport::date(paidDate)});
    auto written = EntityWriter(m_store, InvoiceEntity).change(id, values);
    if (!written)
        return written.error();
    return find(id);
}

Result<Invoice> InvoiceRepository::markPaid(const QString &id, const QDate &paidDate)
{
    if (!paidDate.isValid())
        return invalid(InvoiceRepository::tr("Choose the date the invoice was paid."));
    return transition(id, Invoice::Status::Paid, paidDate);
}

Result<Invoice> InvoiceRepository::voidInvoice(const QString &id)
{
    return transition(id, Invoice::Status::Void, {});
}

Result<Invoice> InvoiceRepository::createCreditNote(const QString &invoiceId)
{
    auto original = find(invoiceId);
    if (!original)
        return original.error();
    if (original->status != Invoice::Status::Issued && original->status != Invoice::Status::Paid)
        return invalid(InvoiceRepository::tr(
            "Only an issued or paid invoice can be corrected with a credit note."));
    if (original->kind == Invoice::Kind::CreditNote)
        return invalid(InvoiceRepository::tr("A credit note cannot itself be credited."));
    return createDraft(original->creditNote(QString()));
}

} // namespace ClientDesk
