// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Invoice: what a user must fix before saving or issuing, which status changes are allowed,
// and that a credit note cancels its invoice exactly.
#include "models/domain/Invoice.h"
#include "models/domain/InvoiceCalculator.h"

#include <QTest>

#include <limits>

using namespace ClientDesk;

Q_DECLARE_METATYPE(ClientDesk::Invoice)
Q_DECLARE_METATYPE(ClientDesk::Invoice::Status)

namespace {
using Status = Invoice::Status;

InvoiceLine makeLine(int position, qint64 quantityMilli, qint64 unitPriceMinor, int taxRateBp)
{
    InvoiceLine line;
    line.id = QStringLiteral("line-%1").arg(position);
    line.position = position;
    line.description = QStringLiteral("Logo design, round %1").arg(position);
    line.quantityMilli = quantityMilli;
    line.unitPriceMinor = unitPriceMinor;
    line.taxRateBp = taxRateBp;
    return line;
}

Invoice draft()
{
    Invoice invoice;
    invoice.id = QStringLiteral("inv-1");
    invoice.clientId = QStringLiteral("client-1");
    invoice.currency = QStringLiteral("EUR");
    invoice.lines = {makeLine(1, 1500, 1001, 1900), makeLine(2, 2000, 4999, 700)};
    return invoice;
}

Invoice issued()
{
    Invoice invoice = draft();
    invoice.status = Status::Issued;
    invoice.number = Invoice::formatNumber(2026, QStringLiteral("A1B2"), 1);
    invoice.series = QStringLiteral("A1B2");
    invoice.issueDate = QDate(2026, 3, 10);
    invoice.dueDate = QDate(2026, 4, 9);
    return invoice;
}

template<typename Change>
Invoice changed(Invoice invoice, Change change)
{
    change(invoice);
    return invoice;
}
} // namespace

class TestInvoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidInvoices_data();
    void acceptsValidInvoices();
    void refusesInvalidInvoices_data();
    void refusesInvalidInvoices();
    void messagesDoNotEchoValues();
    void transitions_data();
    void transitions();
    void onlyDraftsAreEditableAndDeletable_data();
    void onlyDraftsAreEditableAndDeletable();
    void creditNoteNegatesLinesAndLinksTheInvoice();
    void keysRoundTrip();
    void formatsNumbers_data();
    void formatsNumbers();
};

void TestInvoice::acceptsValidInvoices_data()
{
    QTest::addColumn<Invoice>("invoice");
    QTest::newRow("draft with lines") << draft();
    QTest::newRow("draft without lines") << changed(draft(), [](Invoice &i) { i.lines.clear(); });
    QTest::newRow("issued") << issued();
    QTest::newRow("paid") << changed(issued(), [](Invoice &i) { i.status = Status::Paid; });
    QTest::newRow("void") << changed(issued(), [](Invoice &i) { i.status = Status::Void; });
    QTest::newRow("due on the issue date")
        << changed(issued(), [](Invoice &i) { i.dueDate = i.issueDate; });
    QTest::newRow("due date only")
        << changed(draft(), [](Invoice &i) { i.dueDate = QDate(2026, 1, 1); });
    QTest::newRow("with a project")
        << changed(draft(), [](Invoice &i) { i.projectId = QStringLiteral("project-1"); });
    QTest::newRow("yen") << changed(draft(),
                                    [](Invoice &i) { i.currency = QStringLiteral("JPY"); });
    QTest::newRow("zero quantity and price") << changed(draft(), [](Invoice &i) {
        i.lines[0].quantityMilli = 0;
        i.lines[0].unitPriceMinor = 0;
    });
    QTest::newRow("tax rates 0 % and 100 %") << changed(draft(), [](Invoice &i) {
        i.lines[0].taxRateBp = 0;
        i.lines[1].taxRateBp = 10000;
    });
    QTest::newRow("credit note with negative lines") << issued().creditNote(QStringLiteral("cn-1"));
}

void TestInvoice::acceptsValidInvoices()
{
    QFETCH(Invoice, invoice);
    const Result<void> valid = invoice.validate();
    QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message()));
}

void TestInvoice::refusesInvalidInvoices_data()
{
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    QTest::addColumn<Invoice>("invoice");
    QTest::addColumn<QString>("message");
    QTest::newRow("no client") << changed(draft(), [](Invoice &i) { i.clientId.clear(); })
                               << "Choose a client for the invoice.";
    QTest::newRow("blank client") << changed(draft(), [](Invoice &i) {
        i.clientId = QStringLiteral("  ");
    }) << "Choose a client for the invoice.";
    QTest::newRow("no currency") << changed(draft(), [](Invoice &i) { i.currency.clear(); })
                                 << "Choose the invoice's currency.";
    QTest::newRow("unknown currency")
        << changed(draft(), [](Invoice &i) { i.currency = QStringLiteral("EURO"); })
        << "Choose the invoice's currency.";
    QTest::newRow("due before issue")
        << changed(issued(), [](Invoice &i) { i.dueDate = i.issueDate.addDays(-1); })
        << "The due date cannot be before the issue date.";
    QTest::newRow("credit note without its invoice")
        << changed(issued().creditNote(QStringLiteral("cn-1")),
                   [](Invoice &i) { i.creditForId.clear(); })
        << "A credit note must refer to the invoice it corrects.";
    QTest::newRow("issued without number")
        << changed(issued(), [](Invoice &i) { i.number.clear(); })
        << "An issued invoice needs a number.";
    QTest::newRow("issued without issue date")
        << changed(issued(), [](Invoice &i) { i.issueDate = QDate(); })
        << "An issued invoice needs an issue date.";
    QTest::newRow("issued without lines") << changed(issued(), [](Invoice &i) { i.lines.clear(); })
                                          << "An issued invoice needs at least one line.";
    QTest::newRow("paid without lines") << changed(issued(), [](Invoice &i) {
        i.status = Status::Paid;
        i.lines.clear();
    }) << "An issued invoice needs at least one line.";
    QTest::newRow("line 2 without description")
        << changed(draft(), [](Invoice &i) { i.lines[1].description = QStringLiteral(" \t"); })
        << "Line 2 needs a description.";
    QTest::newRow("line 1 without description")
        << changed(draft(), [](Invoice &i) { i.lines[0].description.clear(); })
        << "Line 1 needs a description.";
    QTest::newRow("negative quantity")
        << changed(draft(), [](Invoice &i) { i.lines[1].quantityMilli = -1000; })
        << "Line 2 needs a quantity of zero or more; take amounts back with a credit note.";
    QTest::newRow("negative price")
        << changed(draft(), [](Invoice &i) { i.lines[0].unitPriceMinor = -1; })
        << "Line 1 needs a unit price of zero or more; take amounts back with a credit note.";
    QTest::newRow("tax rate above 100 %")
        << changed(draft(), [](Invoice &i) { i.lines[1].taxRateBp = 10001; })
        << "Line 2 needs a tax rate between 0 % and 100 %.";
    QTest::newRow("negative tax rate")
        << changed(draft(), [](Invoice &i) { i.lines[0].taxRateBp = -1; })
        << "Line 1 needs a tax rate between 0 % and 100 %.";
    QTest::newRow("credit note with tax rate above 100 %")
        << changed(issued().creditNote(QStringLiteral("cn-1")),
                   [](Invoice &i) { i.lines[0].taxRateBp = 20000; })
        << "Line 1 needs a tax rate between 0 % and 100 %.";
    QTest::newRow("line amount too large")
        << changed(draft(), [](Invoice &i) { i.lines[1].quantityMilli = Max; })
        << "The amount of line 2 is too large.";
    QTest::newRow("total too large") << changed(draft(), [](Invoice &i) {
        i.lines[0] = makeLine(1, 1000, Max / 2 + 1, 0);
        i.lines[1] = makeLine(2, 1000, Max / 2 + 1, 0);
    }) << "The invoice total is too large.";
}

void TestInvoice::refusesInvalidInvoices()
{
    QFETCH(Invoice, invoice);
    QFETCH(QString, message);
    const Result<void> valid = invoice.validate();
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(valid.error().message(), message);
}

void TestInvoice::messagesDoNotEchoValues()
{
    const QString secret = QStringLiteral("Zürich-Secret-Project");
    Invoice invoice = draft();
    invoice.currency = secret;
    invoice.notes = secret;
    QVERIFY(!invoice.validate().error().message().contains(secret));
    invoice.currency = QStringLiteral("CHF");
    invoice.lines[0].description = secret;
    invoice.lines[0].quantityMilli = -1;
    QVERIFY(!invoice.validate().error().message().contains(secret));
}

void TestInvoice::transitions_data()
{
    QTest::addColumn<Status>("from");
    QTest::addColumn<Status>("to");
    QTest::addColumn<QString>("refusal");
    const QString same = QStringLiteral("The invoice already has this status.");
    const QString voidStays = QStringLiteral("A void invoice cannot change its status.");
    const QString noDraft =
        QStringLiteral("An issued invoice cannot return to draft; correct it with a credit note.");
    QTest::newRow("draft → issued") << Status::Draft << Status::Issued << QString();
    QTest::newRow("issued → paid") << Status::Issued << Status::Paid << QString();
    QTest::newRow("issued → void") << Status::Issued << Status::Void << QString();
    QTest::newRow("draft → draft") << Status::Draft << Status::Draft << same;
    QTest::newRow("draft → paid") << Status::Draft << Status::Paid
                                  << "Issue the invoice before marking it paid.";
    QTest::newRow("draft → void") << Status::Draft << Status::Void
                                  << "A draft cannot be voided; delete it instead.";
    QTest::newRow("issued → draft") << Status::Issued << Status::Draft << noDraft;
    QTest::newRow("issued → issued") << Status::Issued << Status::Issued << same;
    QTest::newRow("paid → draft") << Status::Paid << Status::Draft << noDraft;
    QTest::newRow("paid → issued") << Status::Paid << Status::Issued
                                   << "A paid invoice stays paid; correct it with a credit note.";
    QTest::newRow("paid → paid") << Status::Paid << Status::Paid << same;
    QTest::newRow("paid → void") << Status::Paid << Status::Void
                                 << "A paid invoice cannot be voided; issue a credit note instead.";
    QTest::newRow("void → draft") << Status::Void << Status::Draft << voidStays;
    QTest::newRow("void → issued") << Status::Void << Status::Issued << voidStays;
    QTest::newRow("void → paid") << Status::Void << Status::Paid << voidStays;
    QTest::newRow("void → void") << Status::Void << Status::Void << same;
}

void TestInvoice::transitions()
{
    QFETCH(Status, from);
    QFETCH(Status, to);
    QFETCH(QString, refusal);
    const Result<void> checked = Invoice::checkTransition(from, to);
    if (refusal.isEmpty()) {
        QVERIFY(checked.ok());
        return;
    }
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(checked.error().message(), refusal);
}

void TestInvoice::onlyDraftsAreEditableAndDeletable_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<bool>("changeable");
    QTest::newRow("draft") << Status::Draft << true;
    QTest::newRow("issued") << Status::Issued << false;
    QTest::newRow("paid") << Status::Paid << false;
    QTest::newRow("void") << Status::Void << false;
}

void TestInvoice::onlyDraftsAreEditableAndDeletable()
{
    QFETCH(Status, status);
    QFETCH(bool, changeable);
    Invoice invoice = draft();
    invoice.status = status;
    QCOMPARE(invoice.isEditable(), changeable);
    QCOMPARE(invoice.isDeletable(), changeable);
}

void TestInvoice::creditNoteNegatesLinesAndLinksTheInvoice()
{
    Invoice original = issued();
    original.projectId = QStringLiteral("project-1");
    original.notes = QStringLiteral("Thank you");
    original.version = 12;
    const Invoice credit = original.creditNote(QStringLiteral("cn-1"));

    QCOMPARE(credit.id, QStringLiteral("cn-1"));
    QCOMPARE(credit.kind, Invoice::Kind::CreditNote);
    QCOMPARE(credit.status, Status::Draft);
    QCOMPARE(credit.creditForId, original.id);
    QCOMPARE(credit.clientId, original.clientId);
    QCOMPARE(credit.projectId, original.projectId);
    QCOMPARE(credit.currency, original.currency);
    QVERIFY(credit.number.isEmpty());
    QVERIFY(credit.series.isEmpty());
    QVERIFY(!credit.issueDate.isValid());
    QCOMPARE(credit.version, qint64(0));
    QVERIFY(credit.isEditable());

    QCOMPARE(credit.lines.size(), original.lines.size());
    for (qsizetype i = 0; i < credit.lines.size(); ++i) {
        const InvoiceLine &line = credit.lines[i];
        QVERIFY(line.id.isEmpty());
        QCOMPARE(line.position, original.lines[i].position);
        QCOMPARE(line.description, original.lines[i].description);
        QCOMPARE(line.quantityMilli, -original.lines[i].quantityMilli);
        QCOMPARE(line.unitPriceMinor, original.lines[i].unitPriceMinor);
        QCOMPARE(line.taxRateBp, original.lines[i].taxRateBp);
    }

    // The credit note cancels the invoice to the cent.
    const auto invoiceTotals = InvoiceCalculator::totals(original.lines);
    const auto creditTotals = InvoiceCalculator::totals(credit.lines);
    QVERIFY(invoiceTotals.ok() && creditTotals.ok());
    QCOMPARE(creditTotals->net, -invoiceTotals->net);
    QCOMPARE(creditTotals->tax, -invoiceTotals->tax);
    QCOMPARE(creditTotals->total, -invoiceTotals->total);
}

void TestInvoice::keysRoundTrip()
{
    const QList<std::pair<Status, QString>> statuses {{Status::Draft, QStringLiteral("draft")},
                                                      {Status::Issued, QStringLiteral("issued")},
                                                      {Status::Paid, QStringLiteral("paid")},
                                                      {Status::Void, QStringLiteral("void")}};
    for (const auto &[status, key] : statuses) {
        QCOMPARE(Invoice::statusKey(status), key);
        QCOMPARE(Invoice::statusFromKey(key), std::optional<Status>(status));
    }
    QCOMPARE(Invoice::kindKey(Invoice::Kind::Invoice), QStringLiteral("invoice"));
    QCOMPARE(Invoice::kindKey(Invoice::Kind::CreditNote), QStringLiteral("credit_note"));
    QCOMPARE(Invoice::kindFromKey(QStringLiteral("invoice")),
             std::optional<Invoice::Kind>(Invoice::Kind::Invoice));
    QCOMPARE(Invoice::kindFromKey(QStringLiteral("credit_note")),
             std::optional<Invoice::Kind>(Invoice::Kind::CreditNote));

    QVERIFY(!Invoice::statusFromKey(QStringLiteral("Draft")));
    QVERIFY(!Invoice::statusFromKey(QString()));
    QVERIFY(!Invoice::kindFromKey(QStringLiteral("credit note")));
}

void TestInvoice::formatsNumbers_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("series");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("number");
    QTest::newRow("first") << 2026 << "A1B2" << 1 << "2026-A1B2-0001";
    QTest::newRow("two digits") << 2026 << "A1B2" << 42 << "2026-A1B2-0042";
    QTest::newRow("four digits") << 2027 << "A" << 9999 << "2027-A-9999";
    QTest::newRow("five digits") << 2027 << "A" << 10000 << "2027-A-10000";
    QTest::newRow("six digits") << 2027 << "A" << 123456 << "2027-A-123456";
    QTest::newRow("series with a percent sign") << 2026 << "%3" << 7 << "2026-%3-0007";
}

void TestInvoice::formatsNumbers()
{
    QFETCH(int, year);
    QFETCH(QString, series);
    QFETCH(int, sequence);
    QFETCH(QString, number);
    QCOMPARE(Invoice::formatNumber(year, series, sequence), number);
}

QTEST_GUILESS_MAIN(TestInvoice)
#include "TestInvoice.moc"
