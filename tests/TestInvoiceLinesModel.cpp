// SPDX-License-Identifier: GPL-3.0-or-later
// Tests InvoiceLinesModel: a well-behaved item model while lines come and go and change,
// quantities, prices and tax rates read and shown in German and English, and typed text that
// cannot be read refused with a message and no change.
#include "ui/InvoiceLinesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ClientDesk;

class TestInvoiceLinesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTesterThroughEdits();
    void showsLinesInTheLocale_data();
    void showsLinesInTheLocale();
    void readsTypedValuesInTheLocale_data();
    void readsTypedValuesInTheLocale();
    void refusesTextItCannotRead_data();
    void refusesTextItCannotRead();
    void editsGoThroughTheUndoStack();
    void frozenLinesCannotBeEdited();

private:
    static InvoiceLine line(const QString &description, qint64 quantityMilli, qint64 priceMinor,
                            int taxRateBp);
};

InvoiceLine TestInvoiceLinesModel::line(const QString &description, qint64 quantityMilli,
                                        qint64 priceMinor, int taxRateBp)
{
    InvoiceLine result;
    result.description = description;
    result.quantityMilli = quantityMilli;
    result.unitPriceMinor = priceMinor;
    result.taxRateBp = taxRateBp;
    return result;
}

void TestInvoiceLinesModel::passesTheModelTesterThroughEdits()
{
    InvoiceLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.setLines({line(QStringLiteral("Design"), 2000, 10000, 1900)});
    model.insertLine(1, line(QStringLiteral("Print"), 1000, 500, 700));
    model.insertLine(0, line(QStringLiteral("Setup"), 1000, 0, 0));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(1, InvoiceLinesModel::Quantity), QStringLiteral("3")));
    QCOMPARE(model.line(1).quantityMilli, 3000);
    model.removeLine(0);
    QCOMPARE(model.line(0).description, QStringLiteral("Design"));
    stack.undo();
    QCOMPARE(model.line(1).quantityMilli, 2000);
    model.setEditable(false);
    model.setCurrency(QStringLiteral("USD"));
    model.setLines({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInvoiceLinesModel::showsLinesInTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("quantityEdit");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("tax");
    QTest::addColumn<QString>("net");
    QTest::newRow("German") << "de_DE"
                            << "1.234,5"
                            << "1234,5"
                            << "1.000,00 EUR"
                            << "7,5 %"
                            << "1.234.500,00 EUR";
    QTest::newRow("English") << "en_US"
                             << "1,234.5"
                             << "1234.5"
                             << "1,000.00 EUR"
                             << "7.5 %"
                             << "1,234,500.00 EUR";
}

void TestInvoiceLinesModel::showsLinesInTheLocale()
{
    QFETCH(QString, locale);
    InvoiceLinesModel model;
    model.setLocale(QLocale(locale));
    model.setLines({line(QStringLiteral("Hours"), 1234500, 100000, 750)});
    const auto text = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role).toString();
    };
    QTEST(text(InvoiceLinesModel::Quantity), "quantity");
    QTEST(text(InvoiceLinesModel::Quantity, Qt::EditRole), "quantityEdit");
    QTEST(text(InvoiceLinesModel::UnitPrice), "price");
    QTEST(text(InvoiceLinesModel::TaxRate), "tax");
    QTEST(text(InvoiceLinesModel::Net), "net");
}

void TestInvoiceLinesModel::readsTypedValuesInTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("stored");
    const int quantity = InvoiceLinesModel::Quantity;
    const int price = InvoiceLinesModel::UnitPrice;
    const int tax = InvoiceLinesModel::TaxRate;
    QTest::newRow("de quantity 1,5") << "de_DE" << quantity << "1,5" << qint64(1500);
    QTest::newRow("de quantity grouped") << "de_DE" << quantity << "1.234,125" << qint64(1234125);
    QTest::newRow("de quantity ,25") << "de_DE" << quantity << ",25" << qint64(250);
    QTest::newRow("de price") << "de_DE" << price << "1.234,56" << qint64(123456);
    QTest::newRow("de tax 19") << "de_DE" << tax << "19" << qint64(1900);
    QTest::newRow("de tax 7,5 %") << "de_DE" << tax << "7,5 %" << qint64(750);
    QTest::newRow("en quantity 1.5") << "en_US" << quantity << "1.5" << qint64(1500);
    QTest::newRow("en quantity grouped") << "en_US" << quantity << "2,000" << qint64(2000000);
    QTest::newRow("en price") << "en_US" << price << "1,234.56" << qint64(123456);
    QTest::newRow("en tax 0") << "en_US" << tax << "0" << qint64(0);
    QTest::newRow("en tax 100") << "en_US" << tax << "100%" << qint64(10000);
}

void TestInvoiceLinesModel::readsTypedValuesInTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(qint64, stored);
    InvoiceLinesModel model;
    model.setLocale(QLocale(locale));
    model.setLines({line(QStringLiteral("Hours"), 1000, 100, 1900)});
    QSignalSpy rejected(&model, &InvoiceLinesModel::inputRejected);
    QVERIFY(model.setData(model.index(0, column), typed));
    QCOMPARE(rejected.count(), 0);
    const InvoiceLine after = model.line(0);
    const qint64 value = column == InvoiceLinesModel::Quantity ? after.quantityMilli
        : column == InvoiceLinesModel::UnitPrice               ? after.unitPriceMinor
                                                               : qint64(after.taxRateBp);
    QCOMPARE(value, stored);
}

void TestInvoiceLinesModel::refusesTextItCannotRead_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    const int quantity = InvoiceLinesModel::Quantity;
    const int price = InvoiceLinesModel::UnitPrice;
    const int tax = InvoiceLinesModel::TaxRate;
    QTest::newRow("letters") << "de_DE" << quantity << "abc"
                             << "Type the quantity as a number with up to three decimals, such "
                                "as 1,5.";
    QTest::newRow("empty quantity") << "de_DE" << quantity << " "
                                    << "Enter a quantity.";
    // "1.5" by English habit in German is neither 1,5 nor fifteen: it is refused.
    QTest::newRow("English point in German")
        << "de_DE" << quantity << "1.5"
        << "Type the quantity as a number with up to three decimals, such as 1,5.";
    QTest::newRow("four decimals")
        << "en_US" << quantity << "1.0001"
        << "Type the quantity as a number with up to three decimals, such as 1.5.";
    QTest::newRow("price letters") << "en_US" << price << "ten"
                                   << "Type the amount in EUR as a number, such as 1234.50.";
    QTest::newRow("price three decimals") << "de_DE" << price << "1,005"
                                          << "Type the amount in EUR as a number, such as 1234,50.";
    QTest::newRow("tax over 100")
        << "en_US" << tax << "101"
        << "Type the tax rate as a percentage between 0 and 100, such as 7.5.";
    QTest::newRow("tax negative")
        << "de_DE" << tax << "-7"
        << "Type the tax rate as a percentage between 0 and 100, such as 7,5.";
    QTest::newRow("tax empty") << "de_DE" << tax << "%"
                               << "Enter a tax rate.";
    QTest::newRow("net is computed") << "en_US" << int(InvoiceLinesModel::Net) << "5"
                                     << "The net amount is worked out from the line.";
}

void TestInvoiceLinesModel::refusesTextItCannotRead()
{
    QFETCH(QString, locale);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    InvoiceLinesModel model;
    model.setLocale(QLocale(locale));
    const InvoiceLine before = line(QStringLiteral("Hours"), 1000, 100, 1900);
    model.setLines({before});
    QUndoStack stack;
    model.setUndoStack(&stack);
    QSignalSpy rejected(&model, &InvoiceLinesModel::inputRejected);
    QSignalSpy changed(&model, &InvoiceLinesModel::linesChanged);
    QVERIFY(!model.setData(model.index(0, column), typed));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.first().first().toString(), message);
    QCOMPARE(model.line(0), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(stack.count(), 0);
}

void TestInvoiceLinesModel::editsGoThroughTheUndoStack()
{
    InvoiceLinesModel model;
    model.setLocale(QLocale(QStringLiteral("en_US")));
    model.setLines({line(QStringLiteral("Hours"), 1000, 100, 1900)});
    QUndoStack stack;
    model.setUndoStack(&stack);
    QVERIFY(model.setData(model.index(0, InvoiceLinesModel::Description),
                          QStringLiteral("Design hours")));
    QVERIFY(model.setData(model.index(0, InvoiceLinesModel::UnitPrice), QStringLiteral("95.50")));
    QCOMPARE(stack.count(), 2);
    // The same value again is no edit.
    QVERIFY(model.setData(model.index(0, InvoiceLinesModel::UnitPrice), QStringLiteral("95.5")));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(model.line(0).unitPriceMinor, 100);
    QCOMPARE(model.line(0).description, QStringLiteral("Design hours"));
    stack.undo();
    QCOMPARE(model.line(0).description, QStringLiteral("Hours"));
    stack.redo();
    stack.redo();
    QCOMPARE(model.line(0).unitPriceMinor, 9550);
}

void TestInvoiceLinesModel::frozenLinesCannotBeEdited()
{
    InvoiceLinesModel model;
    model.setLines({line(QStringLiteral("Hours"), 1000, 100, 1900)});
    QVERIFY(model.flags(model.index(0, InvoiceLinesModel::Quantity)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, InvoiceLinesModel::Net)) & Qt::ItemIsEditable));
    model.setEditable(false);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!(model.flags(model.index(0, column)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, InvoiceLinesModel::Quantity), QStringLiteral("2")));
    QCOMPARE(model.line(0).quantityMilli, 1000);
}

QTEST_GUILESS_MAIN(TestInvoiceLinesModel)
#include "TestInvoiceLinesModel.moc"
