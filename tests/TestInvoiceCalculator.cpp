// SPDX-License-Identifier: GPL-3.0-or-later
// Tests InvoiceCalculator: every rounding rule a customer would see on an invoice, and that an
// amount too large is refused instead of wrapping around.
#include "models/domain/InvoiceCalculator.h"

#include <QTest>

#include <limits>

using namespace ClientDesk;

namespace {
constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

InvoiceLine makeLine(int position, qint64 quantityMilli, qint64 unitPriceMinor, int taxRateBp)
{
    InvoiceLine line;
    line.position = position;
    line.description = QStringLiteral("Design work");
    line.quantityMilli = quantityMilli;
    line.unitPriceMinor = unitPriceMinor;
    line.taxRateBp = taxRateBp;
    return line;
}
} // namespace

Q_DECLARE_METATYPE(ClientDesk::InvoiceLine)

class TestInvoiceCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void roundsNumeratorsBeyondQint64();
    void lineAmounts_data();
    void lineAmounts();
    void creditLinesRoundSymmetrically();
    void taxIsRoundedPerLineNotOnTheTotal();
    void noLinesMeansZeroTotals();
    void linesThatCancelOutKeepTheirRateRows();
    void lineOverflowIsAnError_data();
    void lineOverflowIsAnError();
    void totalOverflowIsAnError_data();
    void totalOverflowIsAnError();
    void totalsDoNotDependOnLineOrder();
};

void TestInvoiceCalculator::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("rounded");
    QTest::newRow("1.5 up") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("-1.5 down") << qint64(-15) << qint64(10) << qint64(-2);
    QTest::newRow("2.5 up, not to even") << qint64(25) << qint64(10) << qint64(3);
    QTest::newRow("-2.5 down, not to even") << qint64(-25) << qint64(10) << qint64(-3);
    QTest::newRow("0.5 up") << qint64(5) << qint64(10) << qint64(1);
    QTest::newRow("-0.5 down") << qint64(-5) << qint64(10) << qint64(-1);
    QTest::newRow("0.4999 to zero") << qint64(4999) << qint64(10000) << qint64(0);
    QTest::newRow("-0.4999 to zero") << qint64(-4999) << qint64(10000) << qint64(0);
    QTest::newRow("0.5001 up") << qint64(5001) << qint64(10000) << qint64(1);
    QTest::newRow("1.4 down") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("1.6 up") << qint64(16) << qint64(10) << qint64(2);
    QTest::newRow("-1.6 down") << qint64(-16) << qint64(10) << qint64(-2);
    QTest::newRow("exact") << qint64(3000) << qint64(1000) << qint64(3);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("odd denominator, above half") << qint64(4) << qint64(7) << qint64(1);
    QTest::newRow("odd denominator, below half") << qint64(3) << qint64(7) << qint64(0);
    QTest::newRow("denominator one") << Max << qint64(1) << Max;
    QTest::newRow("most negative") << Min << qint64(1) << Min;
}

void TestInvoiceCalculator::roundsHalfAwayFromZero()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, rounded);
    QCOMPARE(InvoiceCalculator::roundHalfAwayFromZero(numerator, denominator), rounded);
    QCOMPARE(InvoiceCalculator::roundedQuotient(numerator, denominator).value(), rounded);
}

void TestInvoiceCalculator::roundsNumeratorsBeyondQint64()
{
    using Wide = InvoiceCalculator::Wide;
    // A quantity times a price passes qint64 long before the line net does.
    QCOMPARE(InvoiceCalculator::roundHalfAwayFromZero(Wide(Max) * 1000 + 499, 1000), Max);
    QCOMPARE(InvoiceCalculator::roundHalfAwayFromZero(Wide(Min) * 1000 - 499, 1000), Min);
    QCOMPARE(InvoiceCalculator::roundedQuotient(Wide(Max) * 1000 + 499, 1000).value(), Max);

    const Result<qint64> tooLarge =
        InvoiceCalculator::roundedQuotient(Wide(Max) * 1000 + 500, 1000);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().message(), QStringLiteral("The amount is too large."));
    QVERIFY(!InvoiceCalculator::roundedQuotient(Wide(Min) * 1000 - 500, 1000).ok());
}

void TestInvoiceCalculator::lineAmounts_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPriceMinor");
    QTest::addColumn<int>("taxRateBp");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    // 1.5 h × 10.01 = 15.015 → 15.02; 19 % of 15.02 = 2.8538 → 2.85.
    QTest::newRow("1.5 h at 10.01, 19 %")
        << qint64(1500) << qint64(1001) << 1900 << qint64(1502) << qint64(285);
    // 7 % of 15.02 = 1.0514 → 1.05.
    QTest::newRow("1.5 h at 10.01, 7 %")
        << qint64(1500) << qint64(1001) << 700 << qint64(1502) << qint64(105);
    // 7 % of 0.50 = 0.035 → 0.04; 7 % of 1.50 = 0.105 → 0.11.
    QTest::newRow("7 % tax half a cent")
        << qint64(1000) << qint64(50) << 700 << qint64(50) << qint64(4);
    QTest::newRow("7 % tax half a cent, 1.50")
        << qint64(1000) << qint64(150) << 700 << qint64(150) << qint64(11);
    QTest::newRow("7 % tax below half a cent")
        << qint64(1000) << qint64(149) << 700 << qint64(149) << qint64(10);
    // 19 % of 0.50 = 0.095 → 0.10.
    QTest::newRow("19 % tax half a cent")
        << qint64(1000) << qint64(50) << 1900 << qint64(50) << qint64(10);
    // 0.335 × 1.00 = 0.335 → 0.34; 0.333 × 1.00 → 0.33.
    QTest::newRow("quantity half a cent")
        << qint64(335) << qint64(100) << 0 << qint64(34) << qint64(0);
    QTest::newRow("quantity below half a cent")
        << qint64(333) << qint64(100) << 0 << qint64(33) << qint64(0);
    QTest::newRow("credit 1.5 h at 10.01, 19 %")
        << qint64(-1500) << qint64(1001) << 1900 << qint64(-1502) << qint64(-285);
    QTest::newRow("credit 7 % tax half a cent")
        << qint64(-1000) << qint64(50) << 700 << qint64(-50) << qint64(-4);
    QTest::newRow("credit quantity half a cent")
        << qint64(-335) << qint64(100) << 0 << qint64(-34) << qint64(0);
    QTest::newRow("zero rate") << qint64(2000) << qint64(4999) << 0 << qint64(9998) << qint64(0);
    QTest::newRow("full rate") << qint64(2000) << qint64(4999) << 10000 << qint64(9998)
                               << qint64(9998);
    QTest::newRow("zero quantity") << qint64(0) << qint64(4999) << 1900 << qint64(0) << qint64(0);
    QTest::newRow("yen, whole units")
        << qint64(2500) << qint64(333) << 1000 << qint64(833) << qint64(83);
    QTest::newRow("largest net") << qint64(1000) << Max << 0 << Max << qint64(0);
    QTest::newRow("largest net, full tax") << qint64(1000) << Max << 10000 << Max << Max;
}

void TestInvoiceCalculator::lineAmounts()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPriceMinor);
    QFETCH(int, taxRateBp);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    const auto amounts =
        InvoiceCalculator::line(makeLine(1, quantityMilli, unitPriceMinor, taxRateBp));
    QVERIFY(amounts.ok());
    QCOMPARE(amounts->net, net);
    QCOMPARE(amounts->tax, tax);
}

void TestInvoiceCalculator::creditLinesRoundSymmetrically()
{
    // A credit note must cancel its invoice to the cent, so -x rounds to exactly -round(x).
    for (qint64 quantity : {1, 335, 500, 1500, 2500, 12345}) {
        for (qint64 price : {1, 3, 50, 99, 150, 1001, 4999}) {
            for (int rate : {0, 250, 700, 750, 1900, 2000, 2100}) {
                const auto debit = InvoiceCalculator::line(makeLine(1, quantity, price, rate));
                const auto credit = InvoiceCalculator::line(makeLine(1, -quantity, price, rate));
                QVERIFY(debit.ok() && credit.ok());
                QCOMPARE(credit->net, -debit->net);
                QCOMPARE(credit->tax, -debit->tax);
            }
        }
    }
}

void TestInvoiceCalculator::taxIsRoundedPerLineNotOnTheTotal()
{
    const QList<InvoiceLine> lines {
        makeLine(1, 1500, 1001, 1900), // net 15.02, tax 2.8538 → 2.85
        makeLine(2, 2000, 4999, 700), // net 99.98, tax 6.9986 → 7.00
        makeLine(3, 1000, 333, 1900), // net 3.33, tax 0.6327 → 0.63
    };
    const auto totals = InvoiceCalculator::totals(lines);
    QVERIFY(totals.ok());
    QCOMPARE(totals->net, qint64(1502 + 9998 + 333));
    QCOMPARE(totals->tax, qint64(285 + 700 + 63));
    QCOMPARE(totals->total, qint64(11833 + 1048));

    QCOMPARE(totals->byRate.size(), 2);
    QCOMPARE(totals->byRate[0].taxRateBp, 700);
    QCOMPARE(totals->byRate[0].net, qint64(9998));
    QCOMPARE(totals->byRate[0].tax, qint64(700));
    QCOMPARE(totals->byRate[1].taxRateBp, 1900);
    QCOMPARE(totals->byRate[1].net, qint64(1835));
    // 19 % of 18.35 would round to 3.49; per line it is 2.85 + 0.63 = 3.48.
    QCOMPARE(totals->byRate[1].tax, qint64(348));
}

void TestInvoiceCalculator::noLinesMeansZeroTotals()
{
    const auto totals = InvoiceCalculator::totals({});
    QVERIFY(totals.ok());
    QCOMPARE(totals->net, qint64(0));
    QCOMPARE(totals->tax, qint64(0));
    QCOMPARE(totals->total, qint64(0));
    QVERIFY(totals->byRate.isEmpty());
}

void TestInvoiceCalculator::linesThatCancelOutKeepTheirRateRows()
{
    const auto totals = InvoiceCalculator::totals(
        {makeLine(1, 1500, 1001, 1900), makeLine(2, -1500, 1001, 1900), makeLine(3, 0, 500, 0)});
    QVERIFY(totals.ok());
    QCOMPARE(totals->total, qint64(0));
    QCOMPARE(totals->byRate.size(), 2);
    QCOMPARE(totals->byRate[0].taxRateBp, 0);
    QCOMPARE(totals->byRate[1].taxRateBp, 1900);
    QCOMPARE(totals->byRate[1].net, qint64(0));
    QCOMPARE(totals->byRate[1].tax, qint64(0));
}

void TestInvoiceCalculator::lineOverflowIsAnError_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("unitPriceMinor");
    QTest::addColumn<int>("taxRateBp");
    QTest::newRow("quantity × price") << Max << qint64(1001) << 0;
    QTest::newRow("huge quantity × huge price") << Max << Max << 0;
    QTest::newRow("negative quantity × price") << Min << qint64(1001) << 0;
    QTest::newRow("1.001 units at the largest whole price")
        << qint64(1001) << Max / 1000 * 1000 << 0;
    QTest::newRow("tax beyond 100 % of the largest net") << qint64(1000) << Max << 10001;
}

void TestInvoiceCalculator::lineOverflowIsAnError()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, unitPriceMinor);
    QFETCH(int, taxRateBp);
    const auto amounts =
        InvoiceCalculator::line(makeLine(3, quantityMilli, unitPriceMinor, taxRateBp));
    QVERIFY(!amounts.ok());
    QCOMPARE(amounts.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(amounts.error().message(), QStringLiteral("The amount of line 3 is too large."));

    const auto totals = InvoiceCalculator::totals(
        {makeLine(1, 1000, 100, 0), makeLine(3, quantityMilli, unitPriceMinor, taxRateBp)});
    QVERIFY(!totals.ok());
    QCOMPARE(totals.error().message(), QStringLiteral("The amount of line 3 is too large."));
}

void TestInvoiceCalculator::totalOverflowIsAnError_data()
{
    QTest::addColumn<QList<InvoiceLine>>("lines");
    // Each line fits on its own; their sum does not.
    QTest::newRow("net of two lines") << QList<InvoiceLine> {makeLine(1, 1000, Max / 2 + 1, 0),
                                                             makeLine(2, 1000, Max / 2 + 1, 0)};
    QTest::newRow("net of many lines") << QList<InvoiceLine>(3, makeLine(1, 1000, Max / 3 + 1, 0));
    // The nets cancel out to 1.00, but the tax of the two taxed lines passes the largest value.
    QTest::newRow("tax of the lines") << QList<InvoiceLine> {
        makeLine(1, 1000, Max, 10000), makeLine(2, -1000, Max, 0), makeLine(3, 1000, 100, 10000)};
    QTest::newRow("net plus tax") << QList<InvoiceLine> {makeLine(1, 1000, Max - 10, 1900)};
    QTest::newRow("credit lines below the most negative")
        << QList<InvoiceLine> {makeLine(1, -1000, Max, 0), makeLine(2, -1000, Max, 0)};
}

void TestInvoiceCalculator::totalOverflowIsAnError()
{
    QFETCH(QList<InvoiceLine>, lines);
    const auto totals = InvoiceCalculator::totals(lines);
    QVERIFY(!totals.ok());
    QCOMPARE(totals.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(totals.error().message(), QStringLiteral("The invoice total is too large."));
}

void TestInvoiceCalculator::totalsDoNotDependOnLineOrder()
{
    // A running qint64 sum would pass the largest value on the way; the exact sum fits.
    QList<InvoiceLine> lines {makeLine(1, 1000, Max, 0), makeLine(2, 1000, 1, 0),
                              makeLine(3, -1000, 2, 0)};
    for (int rotation = 0; rotation < 3; ++rotation) {
        const auto totals = InvoiceCalculator::totals(lines);
        QVERIFY(totals.ok());
        QCOMPARE(totals->net, Max - 1);
        QCOMPARE(totals->total, Max - 1);
        lines.move(0, lines.size() - 1);
    }
}

QTEST_GUILESS_MAIN(TestInvoiceCalculator)
#include "TestInvoiceCalculator.moc"
