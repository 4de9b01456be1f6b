// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Currency: the codes a user can pick, and how many decimals each one shows.
#include "models/domain/Currency.h"

#include <QSet>
#include <QTest>

using namespace ClientDesk;

class TestCurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCodesHaveTheirMinorDigits_data();
    void knownCodesHaveTheirMinorDigits();
    void unknownCodesAreRefused_data();
    void unknownCodesAreRefused();
    void listIsCompleteSortedAndConsistent();
};

void TestCurrency::knownCodesHaveTheirMinorDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::newRow("EUR") << "EUR" << 2;
    QTest::newRow("USD") << "USD" << 2;
    QTest::newRow("GBP") << "GBP" << 2;
    QTest::newRow("CHF") << "CHF" << 2;
    QTest::newRow("SEK") << "SEK" << 2;
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("KRW") << "KRW" << 0;
    QTest::newRow("ISK") << "ISK" << 0;
    QTest::newRow("CLP") << "CLP" << 0;
    QTest::newRow("VND") << "VND" << 0;
    QTest::newRow("XOF") << "XOF" << 0;
    QTest::newRow("BHD") << "BHD" << 3;
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("OMR") << "OMR" << 3;
    QTest::newRow("JOD") << "JOD" << 3;
    QTest::newRow("TND") << "TND" << 3;
    QTest::newRow("LYD") << "LYD" << 3;
    QTest::newRow("IQD") << "IQD" << 3;
    QTest::newRow("first in the list") << "AED" << 2;
    QTest::newRow("last in the list") << "ZWG" << 2;
    QTest::newRow("Caribbean guilder") << "XCG" << 2;
}

void TestCurrency::knownCodesHaveTheirMinorDigits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    QVERIFY(Currency::isKnown(code));
    QCOMPARE(Currency::minorDigits(code), digits);
}

void TestCurrency::unknownCodesAreRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << "";
    QTest::newRow("lower case") << "eur";
    QTest::newRow("padded") << " EUR";
    QTest::newRow("four letters") << "EURO";
    QTest::newRow("two letters") << "EU";
    QTest::newRow("made up") << "ABC";
    QTest::newRow("gold") << "XAU";
    QTest::newRow("no currency") << "XXX";
    QTest::newRow("testing") << "XTS";
    QTest::newRow("special drawing rights") << "XDR";
    QTest::newRow("fund code") << "CHE";
    QTest::newRow("replaced by the euro") << "HRK";
    QTest::newRow("numeric code") << "978";
    QTest::newRow("non-Latin") << "ЕВР";
}

void TestCurrency::unknownCodesAreRefused()
{
    QFETCH(QString, code);
    QVERIFY(!Currency::isKnown(code));
    QCOMPARE(Currency::minorDigits(code), -1);
}

void TestCurrency::listIsCompleteSortedAndConsistent()
{
    const QStringList codes = Currency::codes();
    QVERIFY2(codes.size() > 150, qPrintable(QString::number(codes.size())));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), codes.size());
    for (const QString &code : codes) {
        QVERIFY2(Currency::isKnown(code), qPrintable(code));
        const int digits = Currency::minorDigits(code);
        QVERIFY2(digits == 0 || digits == 2 || digits == 3, qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestCurrency)
#include "TestCurrency.moc"
