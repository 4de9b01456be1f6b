// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Money: amounts shown and typed with the right decimals per currency, and arithmetic that
// refuses to overflow.
#include "models/domain/Money.h"

#include <QTest>

#include <limits>

using namespace ClientDesk;

namespace {
constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsWithTheCurrencysDigits_data();
    void formatsWithTheCurrencysDigits();
    void parsesDecimalText_data();
    void parsesDecimalText();
    void refusesBadText_data();
    void refusesBadText();
    void formattedAmountsParseBack_data();
    void formattedAmountsParseBack();
    void arithmeticIsExact();
    void arithmeticRefusesOverflow_data();
    void arithmeticRefusesOverflow();
    void equalityComparesAmountAndCurrency();
};

void TestMoney::formatsWithTheCurrencysDigits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("euros and cents") << qint64(123456) << "EUR"
                                     << "1234.56";
    QTest::newRow("cents only") << qint64(5) << "EUR"
                                << "0.05";
    QTest::newRow("negative cents") << qint64(-5) << "EUR"
                                    << "-0.05";
    QTest::newRow("negative euros") << qint64(-310) << "EUR"
                                    << "-3.10";
    QTest::newRow("zero") << qint64(0) << "EUR"
                          << "0.00";
    QTest::newRow("whole dollars") << qint64(100) << "USD"
                                   << "1.00";
    QTest::newRow("yen") << qint64(1234) << "JPY"
                         << "1234";
    QTest::newRow("negative yen") << qint64(-1234) << "JPY"
                                  << "-1234";
    QTest::newRow("dinar") << qint64(1234) << "BHD"
                           << "1.234";
    QTest::newRow("one fils") << qint64(-1) << "BHD"
                              << "-0.001";
    QTest::newRow("largest") << Max << "EUR"
                             << "92233720368547758.07";
    QTest::newRow("most negative") << Min << "EUR"
                                   << "-92233720368547758.08";
    QTest::newRow("unknown currency") << qint64(1234) << ""
                                      << "1234";
}

void TestMoney::formatsWithTheCurrencysDigits()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toDecimalString(), text);
}

void TestMoney::parsesDecimalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("whole") << "12"
                           << "EUR" << qint64(1200);
    QTest::newRow("one decimal") << "12.5"
                                 << "EUR" << qint64(1250);
    QTest::newRow("two decimals") << "12.50"
                                  << "EUR" << qint64(1250);
    QTest::newRow("negative") << "-3.10"
                              << "EUR" << qint64(-310);
    QTest::newRow("negative cents") << "-0.05"
                                    << "EUR" << qint64(-5);
    QTest::newRow("negative zero") << "-0"
                                   << "EUR" << qint64(0);
    QTest::newRow("leading zeros") << "007.01"
                                   << "EUR" << qint64(701);
    QTest::newRow("surrounding spaces") << " 7.00 "
                                        << "EUR" << qint64(700);
    QTest::newRow("yen") << "1234"
                         << "JPY" << qint64(1234);
    QTest::newRow("dinar") << "1.234"
                           << "BHD" << qint64(1234);
    QTest::newRow("dinar, one decimal") << "1.2"
                                        << "BHD" << qint64(1200);
    QTest::newRow("largest") << "92233720368547758.07"
                             << "EUR" << Max;
    QTest::newRow("most negative but one") << "-92233720368547758.07"
                                           << "EUR" << Min + 1;
}

void TestMoney::parsesDecimalText()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Result<Money> parsed = Money::fromDecimalString(text, currency);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->minor(), minor);
    QCOMPARE(parsed->currency(), currency);
}

void TestMoney::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("message");
    const QString notANumber = QStringLiteral("Enter the amount as a number, such as 12.50.");
    const QString tooManyDecimals =
        QStringLiteral("The amount has more decimal places than its currency allows.");
    const QString tooLarge = QStringLiteral("The amount is too large.");
    QTest::newRow("three decimals in euros") << "12.345"
                                             << "EUR" << tooManyDecimals;
    QTest::newRow("trailing zero in euros") << "12.500"
                                            << "EUR" << tooManyDecimals;
    QTest::newRow("decimals in yen") << "12.5"
                                     << "JPY" << tooManyDecimals;
    QTest::newRow("zero decimal in yen") << "12.0"
                                         << "JPY" << tooManyDecimals;
    QTest::newRow("four decimals in dinar") << "1.2345"
                                            << "BHD" << tooManyDecimals;
    QTest::newRow("empty") << ""
                           << "EUR" << notANumber;
    QTest::newRow("only spaces") << "   "
                                 << "EUR" << notANumber;
    QTest::newRow("only a sign") << "-"
                                 << "EUR" << notANumber;
    QTest::newRow("words") << "twelve"
                           << "EUR" << notANumber;
    QTest::newRow("decimal comma") << "12,50"
                                   << "EUR" << notANumber;
    QTest::newRow("grouping") << "1 000"
                              << "EUR" << notANumber;
    QTest::newRow("plus sign") << "+5"
                               << "EUR" << notANumber;
    QTest::newRow("two signs") << "--5"
                               << "EUR" << notANumber;
    QTest::newRow("two points") << "1.2.3"
                                << "EUR" << notANumber;
    QTest::newRow("no whole part") << ".5"
                                   << "EUR" << notANumber;
    QTest::newRow("no decimals after point") << "5."
                                             << "EUR" << notANumber;
    QTest::newRow("exponent") << "1e3"
                              << "EUR" << notANumber;
    QTest::newRow("currency symbol") << "€5"
                                     << "EUR" << notANumber;
    QTest::newRow("Arabic-Indic digits") << "١٢"
                                         << "EUR" << notANumber;
    QTest::newRow("one cent too many") << "92233720368547758.08"
                                       << "EUR" << tooLarge;
    QTest::newRow("far too many yen") << "99999999999999999999"
                                      << "JPY" << tooLarge;
    QTest::newRow("too large once scaled") << "9223372036854775807"
                                           << "EUR" << tooLarge;
    QTest::newRow("unknown currency") << "12"
                                      << "XXX"
                                      << "Choose a known currency.";
}

void TestMoney::refusesBadText()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, message);
    const Result<Money> parsed = Money::fromDecimalString(text, currency);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(parsed.error().message(), message);
}

void TestMoney::formattedAmountsParseBack_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::newRow("euros") << qint64(123456) << "EUR";
    QTest::newRow("negative cents") << qint64(-7) << "EUR";
    QTest::newRow("yen") << qint64(-98765) << "JPY";
    QTest::newRow("dinar") << qint64(1001) << "KWD";
    QTest::newRow("largest") << Max << "USD";
}

void TestMoney::formattedAmountsParseBack()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const Money money(minor, currency);
    const Result<Money> parsed = Money::fromDecimalString(money.toDecimalString(), currency);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, money);
}

void TestMoney::arithmeticIsExact()
{
    QCOMPARE(Money::add(-500, 300).value(), qint64(-200));
    QCOMPARE(Money::add(Max - 1, 1).value(), Max);
    QCOMPARE(Money::subtract(100, 250).value(), qint64(-150));
    QCOMPARE(Money::subtract(Min + 1, 1).value(), Min);
    QCOMPARE(Money::multiply(-3, 4).value(), qint64(-12));
    QCOMPARE(Money::multiply(Max, -1).value(), Min + 1);
}

void TestMoney::arithmeticRefusesOverflow_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::newRow("add past the largest") << 0 << Max << qint64(1);
    QTest::newRow("add past the most negative") << 0 << Min << qint64(-1);
    QTest::newRow("subtract past the most negative") << 1 << Min << qint64(1);
    QTest::newRow("subtract a negative past the largest") << 1 << qint64(0) << Min;
    QTest::newRow("multiply past the largest") << 2 << Max / 2 + 1 << qint64(2);
    QTest::newRow("multiply past the most negative") << 2 << Max << qint64(-2);
    QTest::newRow("negate the most negative") << 2 << Min << qint64(-1);
}

void TestMoney::arithmeticRefusesOverflow()
{
    QFETCH(int, operation);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    const Result<qint64> result = operation == 0 ? Money::add(a, b)
        : operation == 1                         ? Money::subtract(a, b)
                                                 : Money::multiply(a, b);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(result.error().message(), QStringLiteral("The amount is too large."));
}

void TestMoney::equalityComparesAmountAndCurrency()
{
    QCOMPARE(Money(), Money(0, QString()));
    QCOMPARE(Money(100, QStringLiteral("EUR")), Money(100, QStringLiteral("EUR")));
    QVERIFY(Money(100, QStringLiteral("EUR")) != Money(100, QStringLiteral("USD")));
    QVERIFY(Money(100, QStringLiteral("EUR")) != Money(101, QStringLiteral("EUR")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
