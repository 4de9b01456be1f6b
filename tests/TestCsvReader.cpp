// SPDX-License-Identifier: GPL-3.0-or-later
// Tests CsvReader: RFC 4180 quoting, line numbers, encodings, separators and limits.
#include "models/store/CsvReader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace ClientDesk;

namespace {
// What one call of next() gave: a record's fields or a problem's message, with its line.
struct Item
{
    CsvReader::Step step = CsvReader::Step::End;
    qint64 line = 0;
    QStringList fields;
    QString message;
    bool failed = false;
};

QList<Item> readAll(const QByteArray &data, const CsvReader::Limits &limits = CsvReader::Limits())
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, limits);
    QList<Item> items;
    for (;;) {
        const CsvReader::Step step = reader.next();
        if (step == CsvReader::Step::End)
            return items;
        if (step == CsvReader::Step::Record)
            items << Item {step, reader.record().line, reader.record().fields, {}, false};
        else
            items << Item {
                step, reader.problem().line, {}, reader.problem().message, reader.failed()};
    }
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *text : list)
        result << QString::fromUtf8(text);
    return result;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesAndDoubledQuotes();
    void embeddedNewlinesKeepLineNumbers();
    void crlfLineEnds();
    void utf8ByteOrderMarkIsStripped();
    void separatorIsDetected_data();
    void separatorIsDetected();
    void utf16WithByteOrderMark_data();
    void utf16WithByteOrderMark();
    void invalidUtf8IsRefusedWithItsLine_data();
    void invalidUtf8IsRefusedWithItsLine();
    void unterminatedQuoteAtEndOfFile();
    void strayQuotesAreReportedAndReadingGoesOn_data();
    void strayQuotesAreReportedAndReadingGoesOn();
    void moreFieldsThanTheHeader();
    void fewerFieldsThanTheHeaderArePadded();
    void blankLinesAreSkipped();
    void lastLineWithoutNewline();
    void emptyInput();
    void fieldTooLarge();
    void tooManyRows();
    void lineTooLong();
    void readsAsItGoes();
};

void TestCsvReader::quotesAndDoubledQuotes()
{
    const auto items = readAll("name,note,empty\n"
                               "\"Smith, John\",\"He said \"\"hi\"\"\",\"\"\n"
                               "plain,\"\"\"quoted\"\"\",\n");
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).fields, strings({"name", "note", "empty"}));
    QCOMPARE(items.at(1).step, CsvReader::Step::Record);
    QCOMPARE(items.at(1).fields, strings({"Smith, John", "He said \"hi\"", ""}));
    QCOMPARE(items.at(2).fields, strings({"plain", "\"quoted\"", ""}));
}

void TestCsvReader::embeddedNewlinesKeepLineNumbers()
{
    const auto items = readAll("id,address\n"
                               "1,\"Hauptstraße 1\n10115 Berlin\n\nGermany\"\n"
                               "2,\"a,\nb\"\n"
                               "3,c\n");
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(0).line, 1);
    QCOMPARE(items.at(1).line, 2);
    QCOMPARE(items.at(1).fields, strings({"1", "Hauptstraße 1\n10115 Berlin\n\nGermany"}));
    QCOMPARE(items.at(2).line, 6);
    QCOMPARE(items.at(2).fields, strings({"2", "a,\nb"}));
    QCOMPARE(items.at(3).line, 8);
    QCOMPARE(items.at(3).fields, strings({"3", "c"}));
}

void TestCsvReader::crlfLineEnds()
{
    const auto items = readAll("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).fields, strings({"a", "b"}));
    QCOMPARE(items.at(1).fields, strings({"1", "x\ny"}));
    QCOMPARE(items.at(2).line, 4);
    QCOMPARE(items.at(2).fields, strings({"2", "z"}));
}

void TestCsvReader::utf8ByteOrderMarkIsStripped()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBFname\nZoë\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QCOMPARE(reader.next(), CsvReader::Step::Record);
    QCOMPARE(reader.record().fields, strings({"name"}));
    QCOMPARE(reader.encoding(), CsvReader::Encoding::Utf8);
    QCOMPARE(reader.next(), CsvReader::Step::Record);
    QCOMPARE(reader.record().fields, strings({"Zoë"}));
}

void TestCsvReader::separatorIsDetected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("row");
    QTest::newRow("comma") << QByteArray("a,b\n1;2,3\n") << QChar(u',') << strings({"1;2", "3"});
    QTest::newRow("semicolon (DE/FR spreadsheets)")
        << QByteArray("Firma;E-Mail;Adresse\nMüller;m@x.test;\"Weg 1, Berlin\"\n") << QChar(u';')
        << strings({"Müller", "m@x.test", "Weg 1, Berlin"});
    QTest::newRow("tab") << QByteArray("a\tb, c\n1\t2, 3\n") << QChar(u'\t')
                         << strings({"1", "2, 3"});
    QTest::newRow("a tie goes to the semicolon")
        << QByteArray("Name;Adresse, Ort\nA;B, C\n") << QChar(u';') << strings({"A", "B, C"});
    QTest::newRow("quoted separators do not count")
        << QByteArray("\"a,b,c\";d\n1;2\n") << QChar(u';') << strings({"1", "2"});
    QTest::newRow("one column") << QByteArray("name\nx,y\n") << QChar(u',') << QStringList();
}

void TestCsvReader::separatorIsDetected()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, separator);
    QFETCH(QStringList, row);
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QCOMPARE(reader.next(), CsvReader::Step::Record);
    QCOMPARE(reader.separator(), separator);
    const CsvReader::Step step = reader.next();
    if (row.isEmpty()) {
        // "x,y" has two fields where the header has one.
        QCOMPARE(step, CsvReader::Step::Problem);
        return;
    }
    QCOMPARE(step, CsvReader::Step::Record);
    QCOMPARE(reader.record().fields, row);
}

void TestCsvReader::utf16WithByteOrderMark_data()
{
    QTest::addColumn<int>("encoding");
    QTest::newRow("little endian") << int(QStringConverter::Utf16LE);
    QTest::newRow("big endian") << int(QStringConverter::Utf16BE);
}

void TestCsvReader::utf16WithByteOrderMark()
{
    QFETCH(int, encoding);
    QStringEncoder encoder(QStringConverter::Encoding(encoding), QStringConverter::Flag::WriteBom);
    const QString text = QStringLiteral("name;city\r\n\"Zoë\nO'Brien\";東京 🗼\r\nمحمد;Ḱ\r\n");
    const QByteArray data = encoder.encode(text);
    const auto items = readAll(data);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).fields, strings({"name", "city"}));
    QCOMPARE(items.at(1).fields, strings({"Zoë\nO'Brien", "東京 🗼"}));
    QCOMPARE(items.at(2).line, 4);
    QCOMPARE(items.at(2).fields, strings({"محمد", "Ḱ"}));
}

void TestCsvReader::invalidUtf8IsRefusedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::newRow("Latin-1 umlaut") << QByteArray("name\nok\nM\xFCller\nafter\n") << 3;
    QTest::newRow("truncated sequence at the end") << QByteArray("name\nok\nabc\xC3") << 3;
    QTest::newRow("inside a quoted field")
        << QByteArray("name,note\n1,\"fine\nstill fine\nbad \xC0\xAF\"\n") << 4;
    QTest::newRow("surrogate encoded in UTF-8") << QByteArray("name\n\xED\xA0\x80\n") << 2;
    QTest::newRow("UTF-16 without byte order mark")
        << QByteArray("n\0a\0m\0e\0\n\0x\0\n\0", 14) << 1;
}

void TestCsvReader::invalidUtf8IsRefusedWithItsLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    const auto items = readAll(data);
    QVERIFY(!items.isEmpty());
    const Item &last = items.constLast();
    QCOMPARE(last.step, CsvReader::Step::Problem);
    QVERIFY(last.failed);
    QCOMPARE(last.line, line);
    QVERIFY2(last.message.startsWith(QStringLiteral("Line %1 ").arg(line)),
             qPrintable(last.message));
    QVERIFY(last.message.contains(QStringLiteral("UTF-8")));
    // Nothing after the bad line is read: the reader does not guess.
    for (const Item &item : items)
        QVERIFY(item.line <= line);
}

void TestCsvReader::unterminatedQuoteAtEndOfFile()
{
    const auto items = readAll("a,b\n1,2\n3,\"open\nmore\nand more");
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).step, CsvReader::Step::Problem);
    QVERIFY(items.at(2).failed);
    QCOMPARE(items.at(2).line, 3);
    QVERIFY2(items.at(2).message.contains(QStringLiteral("never closed")),
             qPrintable(items.at(2).message));
}

void TestCsvReader::strayQuotesAreReportedAndReadingGoesOn_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("quote inside an unquoted field") << QByteArray("a,b\n1,x\"y\n2,z\n");
    QTest::newRow("text after the closing quote") << QByteArray("a,b\n1,\"x\"y\n2,z\n");
    QTest::newRow("space before an opening quote") << QByteArray("a,b\n1, \"x\"\n2,z\n");
}

void TestCsvReader::strayQuotesAreReportedAndReadingGoesOn()
{
    QFETCH(QByteArray, data);
    const auto items = readAll(data);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(1).step, CsvReader::Step::Problem);
    QCOMPARE(items.at(1).line, 2);
    QVERIFY(!items.at(1).failed);
    QVERIFY(items.at(1).message.startsWith(QStringLiteral("Line 2:")));
    QCOMPARE(items.at(2).step, CsvReader::Step::Record);
    QCOMPARE(items.at(2).fields, strings({"2", "z"}));
}

void TestCsvReader::moreFieldsThanTheHeader()
{
    const auto items = readAll("a,b\n1,\"multi\nline\"\n1,2,3\n4,5\n");
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(2).step, CsvReader::Step::Problem);
    QCOMPARE(items.at(2).line, 4);
    QVERIFY(!items.at(2).failed);
    QCOMPARE(items.at(2).message,
             QStringLiteral("Line 4 has 3 fields, but the header has only 2."));
    QCOMPARE(items.at(3).fields, strings({"4", "5"}));
}

void TestCsvReader::fewerFieldsThanTheHeaderArePadded()
{
    const auto items = readAll("a,b,c\n1\n");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).fields, strings({"1", "", ""}));
}

void TestCsvReader::blankLinesAreSkipped()
{
    const auto items = readAll("\na\n\n1\r\n\r\n\n2\n\n");
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).line, 2);
    QCOMPARE(items.at(1).line, 4);
    QCOMPARE(items.at(2).line, 7);
    QCOMPARE(items.at(2).fields, strings({"2"}));
}

void TestCsvReader::lastLineWithoutNewline()
{
    const auto items = readAll("a,b\n1,\"x\"");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).fields, strings({"1", "x"}));
}

void TestCsvReader::emptyInput()
{
    QVERIFY(readAll({}).isEmpty());
    QVERIFY(readAll("\xEF\xBB\xBF").isEmpty());
}

void TestCsvReader::fieldTooLarge()
{
    CsvReader::Limits limits;
    limits.maxFieldLength = 16;
    const auto fits = readAll("a\n\"" + QByteArray(16, 'x') + "\"\n", limits);
    QCOMPARE(fits.constLast().step, CsvReader::Step::Record);
    // An unclosed quote swallows the rest of the file; the limit stops it early.
    const auto items =
        readAll("a\nok\n\"" + QByteArray(10, 'x') + "\n" + QByteArray(10, 'y') + "\nz\n", limits);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).step, CsvReader::Step::Problem);
    QVERIFY(items.at(2).failed);
    QCOMPARE(items.at(2).line, 4);
    QVERIFY(items.at(2).message.contains(QStringLiteral("longer than 16 characters")));
}

void TestCsvReader::tooManyRows()
{
    CsvReader::Limits limits;
    limits.maxRecords = 2;
    const auto items = readAll("a\n1\n2\n3\n4\n", limits);
    QCOMPARE(items.size(), 4);
    QCOMPARE(items.at(3).step, CsvReader::Step::Problem);
    QVERIFY(items.at(3).failed);
    QCOMPARE(items.at(3).line, 4);
}

void TestCsvReader::lineTooLong()
{
    CsvReader::Limits limits;
    limits.maxLineBytes = 1024;
    const auto items = readAll("a\n" + QByteArray(4096, 'x') + "\n", limits);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).step, CsvReader::Step::Problem);
    QVERIFY(items.at(1).failed);
    QCOMPARE(items.at(1).line, 2);
}

void TestCsvReader::readsAsItGoes()
{
    QByteArray data = "name,email\n";
    while (data.size() < 8 * 1024 * 1024)
        data += "Someone,someone@example.test\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QCOMPARE(reader.next(), CsvReader::Step::Record);
    QCOMPARE(reader.next(), CsvReader::Step::Record);
    QVERIFY2(buffer.pos() <= 128 * 1024, qPrintable(QString::number(buffer.pos())));
    qint64 records = 1;
    while (reader.next() == CsvReader::Step::Record)
        ++records;
    QVERIFY(!reader.failed());
    QCOMPARE(records, qint64(data.count('\n') - 1));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
