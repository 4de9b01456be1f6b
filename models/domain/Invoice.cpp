// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/Invoice.h"

#include "models/domain/Currency.h"
#include "models/domain/InvoiceCalculator.h"

#include <QCoreApplication>

#include <limits>

namespace ClientDesk {

namespace {
constexpr int MaxTaxRateBp = 10000;

Error invalid(const char *text)
{
    return Error(ErrorKind::InvalidInput, QCoreApplication::translate("ClientDesk::Invoice", text));
}

Error invalidLine(const char *text, int position)
{
    return Error(ErrorKind::InvalidInput,
                 QCoreApplication::translate("ClientDesk::Invoice", text).arg(position));
}

Result<void> validateLine(const InvoiceLine &line, Invoice::Kind kind)
{
    if (line.description.trimmed().isEmpty())
        return invalidLine(QT_TRANSLATE_NOOP("ClientDesk::Invoice", "Line %1 needs a description."),
                           line.position);
    if (line.taxRateBp < 0 || line.taxRateBp > MaxTaxRateBp)
        return invalidLine(QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                                             "Line %1 needs a tax rate between 0 % and 100 %."),
                           line.position);
    if (kind == Invoice::Kind::CreditNote)
        return {};
    if (line.quantityMilli < 0)
        return invalidLine(QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                                             "Line %1 needs a quantity of zero or more; "
                                             "take amounts back with a credit note."),
                           line.position);
    if (line.unitPriceMinor < 0)
        return invalidLine(QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                                             "Line %1 needs a unit price of zero or more; "
                                             "take amounts back with a credit note."),
                           line.position);
    return {};
}
} // namespace

Result<void> Invoice::validate() const
{
    if (clientId.trimmed().isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Invoice", "Choose a client for the invoice."));
    if (!Currency::isKnown(currency))
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Invoice", "Choose the invoice's currency."));
    if (kind == Kind::CreditNote && creditForId.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                                         "A credit note must refer to the invoice it corrects."));
    if (issueDate.isValid() && dueDate.isValid() && dueDate < issueDate)
        return invalid(QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                                         "The due date cannot be before the issue date."));
    if (status != Status::Draft) {
        if (number.trimmed().isEmpty())
            return invalid(
                QT_TRANSLATE_NOOP("ClientDesk::Invoice", "An issued invoice needs a number."));
        if (!issueDate.isValid())
            return invalid(
                QT_TRANSLATE_NOOP("ClientDesk::Invoice", "An issued invoice needs an issue date."));
        if (lines.isEmpty())
            return invalid(QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                                             "An issued invoice needs at least one line."));
    }
    for (const InvoiceLine &line : lines) {
        if (Result<void> checked = validateLine(line, kind); !checked)
            return checked;
    }
    // Every line amount and every total must fit: overflow is an error, never a wrap.
    if (Result<InvoiceCalculator::Totals> totals = InvoiceCalculator::totals(lines); !totals)
        return totals.error();
    return {};
}

Result<void> Invoice::checkTransition(Status from, Status to)
{
    const bool allowed = (from == Status::Draft && to == Status::Issued)
        || (from == Status::Issued && (to == Status::Paid || to == Status::Void));
    if (allowed)
        return {};
    if (from == to)
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Invoice", "The invoice already has this status."));
    if (from == Status::Void)
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Invoice", "A void invoice cannot change its status."));
    if (from == Status::Paid && to == Status::Void)
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Invoice",
                              "A paid invoice cannot be voided; issue a credit note instead."));
    if (to == Status::Draft)
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::Invoice",
            "An issued invoice cannot return to draft; correct it with a credit note."));
    if (from == Status::Paid)
        return invalid(QT_TRANSLATE_NOOP(
            "ClientDesk::Invoice", "A paid invoice stays paid; correct it with a credit note."));
    if (to == Status::Paid)
        return invalid(
            QT_TRANSLATE_NOOP("ClientDesk::Invoice", "Issue the invoice before marking it paid."));
    return invalid(
        QT_TRANSLATE_NOOP("ClientDesk::Invoice", "A draft cannot be voided; delete it instead."));
}

Invoice Invoice::creditNote(const QString &newId) const
{
    Invoice note;
    note.id = newId;
    note.clientId = clientId;
    note.projectId = projectId;
    note.kind = Kind::CreditNote;
    note.creditForId = id;
    note.currency = currency;
    note.lines.reserve(lines.size());
    for (InvoiceLine line : lines) {
        line.id.clear();
        // The most negative quantity has no positive twin; the largest one is a thousandth off.
        line.quantityMilli = line.quantityMilli == std::numeric_limits<qint64>::min()
            ? std::numeric_limits<qint64>::max()
            : -line.quantityMilli;
        note.lines.append(line);
    }
    return note;
}

QString Invoice::statusKey(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Issued:
        return QStringLiteral("issued");
    case Status::Paid:
        return QStringLiteral("paid");
    case Status::Void:
        break;
    }
    return QStringLiteral("void");
}

std::optional<Invoice::Status> Invoice::statusFromKey(const QString &key)
{
    for (Status status : {Status::Draft, Status::Issued, Status::Paid, Status::Void}) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Invoice::kindKey(Kind kind)
{
    return kind == Kind::CreditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice");
}

std::optional<Invoice::Kind> Invoice::kindFromKey(const QString &key)
{
    for (Kind kind : {Kind::Invoice, Kind::CreditNote}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString Invoice::formatNumber(int year, const QString &series, int sequence)
{
    // The multi-argument arg() substitutes once, so a series containing "%3" stays literal.
    return QStringLiteral("%1-%2-%3")
        .arg(QString::number(year), series,
             QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0')));
}

} // namespace ClientDesk
