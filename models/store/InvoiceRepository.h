// SPDX-License-Identifier: GPL-3.0-or-later
// Stores invoices and their lines and enforces their life: drafts change, issuing numbers and
// freezes.
#pragma once

#include "models/domain/Invoice.h"
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace ClientDesk {

class Store;

class InvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::InvoiceRepository)

public:
    // `series` is this device's invoice series: numbers it issues never collide with another
    // device's (DATA.md), and within it they have no gaps.
    InvoiceRepository(Store &store, QString series);

    Result<Invoice> find(const QString &id) const;
    Result<Invoice> createDraft(Invoice invoice);
    // Only drafts change; lines are matched by id (new ones inserted, missing ones removed).
    Result<Invoice> updateDraft(const Invoice &invoice);
    Result<void> removeDraft(const QString &id);

    // Assigns the next number of the series for the issue date's year, freezes the lines,
    // totals and both parties' billing details, all in one transaction. Without a due date,
    // the agency's payment terms set it.
    Result<Invoice> issue(const QString &id, const QDate &issueDate, const QDate &dueDate = {});
    Result<Invoice> markPaid(const QString &id, const QDate &paidDate);
    Result<Invoice> voidInvoice(const QString &id);
    // A draft credit note for an issued or paid invoice, with its lines negated.
    Result<Invoice> createCreditNote(const QString &invoiceId);

    // The billing snapshot frozen at issue (agency and client as they were), as JSON.
    Result<QByteArray> billingSnapshot(const QString &id) const;

private:
    Result<QList<InvoiceLine>> lines(const QString &invoiceId) const;
    Result<Invoice> findEditable(const QString &id) const;
    Result<Invoice> transition(const QString &id, Invoice::Status to, const QDate &paidDate);

    Store &m_store;
    QString m_series;
};

} // namespace ClientDesk
