// SPDX-License-Identifier: GPL-3.0-or-later
// An invoice or credit note: its parties, dates, currency and lines, and the rules of its life
// cycle.
#pragma once

#include "models/domain/InvoiceLine.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ClientDesk {

class Invoice
{
public:
    // draft → issued → paid, and issued → void (DATA.md, "Invoices").
    enum class Status { Draft, Issued, Paid, Void };
    enum class Kind { Invoice, CreditNote };

    QString id;
    QString clientId;
    // Empty when the invoice belongs to no project.
    QString projectId;
    // Empty until the invoice is issued.
    QString number;
    QString series;
    Status status = Status::Draft;
    Kind kind = Kind::Invoice;
    // The invoice a credit note corrects; empty for an invoice.
    QString creditForId;
    QDate issueDate;
    QDate dueDate;
    QString currency;
    QString notes;
    QList<InvoiceLine> lines;
    qint64 version = 0;

    // Checks every field and line; the message names what to fix, never echoes a value.
    Result<void> validate() const;
    // Only drafts can be edited or deleted; issuing freezes an invoice.
    bool isEditable() const { return status == Status::Draft; }
    bool isDeletable() const { return status == Status::Draft; }
    static Result<void> checkTransition(Status from, Status to);
    // A new draft credit note for this invoice: same client, project and currency, each line
    // copied with its quantity negated. Ids of the new lines are left empty for the caller.
    Invoice creditNote(const QString &newId) const;

    // The stable keys stored in the database and the sync protocol.
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);

    // "2026-A1B2-0001": year, series and a sequence padded to at least four digits.
    static QString formatNumber(int year, const QString &series, int sequence);
};

} // namespace ClientDesk
