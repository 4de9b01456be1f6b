// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LocalMoney.h"

#include <QTest>

using namespace ClientDesk;

class TestLocalMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatPeopleTypeInTheirLanguage_data();
    void parsesWhatPeopleTypeInTheirLanguage();
    void refusesWhatIsNotAnAmount_data();
    void refusesWhatIsNotAnAmount();
    void formatsAndReadsBack();
};

void TestLocalMoney::parsesWhatPeopleTypeInTheirLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("en plain") << "en_US"
                              << "1234.5"
                              << "EUR" << qint64(123450);
    QTest::newRow("en grouped") << "en_US"
                                << "1,234.50"
                                << "EUR" << qint64(123450);
    QTest::newRow("en negative") << "en_US"
                                 << "-0.05"
                                 << "EUR" << qint64(-5);
    QTest::newRow("de comma") << "de_DE"
                              << "1234,5"
                              << "EUR" << qint64(123450);
    QTest::newRow("de grouped") << "de_DE"
                                << "1.234,50"
                                << "EUR" << qint64(123450);
    QTest::newRow("fr spaces") << "fr_FR"
                               << "1 234,50"
                               << "EUR" << qint64(123450);
    QTest::newRow("fr narrow space")
        << "fr_FR" << QString(QStringLiteral("1") + QChar(0x202f) + QStringLiteral("234,50"))
        << "EUR" << qint64(123450);
    QTest::newRow("yen whole") << "en_US"
                               << "1,500"
                               << "JPY" << qint64(1500);
    QTest::newRow("surrounding spaces") << "en_US"
                                        << "  12  "
                                        << "USD" << qint64(1200);
}

void TestLocalMoney::parsesWhatPeopleTypeInTheirLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const auto parsed = LocalMoney::parse(text, currency, QLocale(locale));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message()));
    QCOMPARE(parsed->minor(), minor);
    QCOMPARE(parsed->currency(), currency);
}

void TestLocalMoney::refusesWhatIsNotAnAmount_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "en_US"
                           << "";
    QTest::newRow("letters") << "en_US"
                             << "twelve";
    QTest::newRow("too many decimals") << "en_US"
                                       << "1.234";
    QTest::newRow("de too many decimals") << "de_DE"
                                          << "1,234";
    QTest::newRow("two points") << "en_US"
                                << "1.2.3";
    QTest::newRow("trailing sign") << "en_US"
                                   << "12-";
}

void TestLocalMoney::refusesWhatIsNotAnAmount()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    const auto parsed = LocalMoney::parse(text, QStringLiteral("EUR"), QLocale(locale));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(!parsed.error().message().isEmpty());
}

void TestLocalMoney::formatsAndReadsBack()
{
    for (const char *name : {"en_US", "de_DE", "fr_FR"}) {
        const QLocale locale {QLatin1String(name)};
        const Money money(-123456789, QStringLiteral("EUR"));
        const auto back = LocalMoney::parse(LocalMoney::formatPlain(money, locale),
                                            QStringLiteral("EUR"), locale);
        QVERIFY(back);
        QCOMPARE(back->minor(), money.minor());
        const QString shown = LocalMoney::format(money, locale);
        QVERIFY2(shown.endsWith(QLatin1String(" EUR")), qPrintable(shown));
    }
    QCOMPARE(
        LocalMoney::format(Money(123450, QStringLiteral("EUR")), QLocale(QStringLiteral("de_DE"))),
        QStringLiteral("1.234,50 EUR"));
    QCOMPARE(
        LocalMoney::format(Money(123450, QStringLiteral("EUR")), QLocale(QStringLiteral("en_US"))),
        QStringLiteral("1,234.50 EUR"));
}

QTEST_GUILESS_MAIN(TestLocalMoney)
#include "TestLocalMoney.moc"
