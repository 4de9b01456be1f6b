// SPDX-License-Identifier: GPL-3.0-or-later
// Tests InvoiceDocument: what the printed invoice says (parties, number, dates, lines, tax per
// rate, totals in the document's locale), that record values print literally and never as
// markup, that issued invoices print the details frozen at issue, and that a PDF appears
// whole or not at all.
#include "models/store/AgencyProfileRepository.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "tests/support/TempWorkspace.h"
#include "ui/InvoiceDocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestInvoiceDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTotalsAndTaxPerRate();
    void printsRecordValuesLiterally();
    void namesTheFile();
    void writesThePdfAtomically();
    void anUnwritablePathGivesAnErrorAndNoFile_data();
    void anUnwritablePathGivesAnErrorAndNoFile();
    void issuedInvoicesPrintTheFrozenDetails();

private:
    static Invoice invoice();
    static AgencyProfile agency();
    static InvoiceDocument::BillTo client(const QString &name);
    static QString text(const InvoiceDocument &document);
};

Invoice TestInvoiceDocument::invoice()
{
    Invoice result;
    result.id = QStringLiteral("inv-1");
    result.clientId = QStringLiteral("client-1");
    result.number = QStringLiteral("2026-AB12-0007");
    result.status = Invoice::Status::Issued;
    result.issueDate = QDate(2026, 1, 15);
    result.dueDate = QDate(2026, 2, 14);
    result.currency = QStringLiteral("EUR");
    // 1.5 × 1,000.00 = 1,500.00 at 19 % (tax 285.00); 3 × 19.99 = 59.97 at 7 % (tax 4.20)
    InvoiceLine design;
    design.description = QStringLiteral("Design work");
    design.quantityMilli = 1500;
    design.unitPriceMinor = 100000;
    design.taxRateBp = 1900;
    InvoiceLine books;
    books.description = QStringLiteral("Books");
    books.quantityMilli = 3000;
    books.unitPriceMinor = 1999;
    books.taxRateBp = 700;
    result.lines = {design, books};
    return result;
}

AgencyProfile TestInvoiceDocument::agency()
{
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.address = QStringLiteral("Hafenstraße 1\n20457 Hamburg");
    profile.taxId = QStringLiteral("DE123456789");
    profile.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    profile.bic = QStringLiteral("COBADEFFXXX");
    profile.invoiceFooter = QStringLiteral("Thank you for your business.");
    return profile;
}

InvoiceDocument::BillTo TestInvoiceDocument::client(const QString &name)
{
    return {name, QString(), QStringLiteral("Rue de la Paix 3\n75002 Paris"),
            QStringLiteral("FR40303265045"), QString()};
}

QString TestInvoiceDocument::text(const InvoiceDocument &document)
{
    // Table cells come out one per line; spaces inside amounts are non-breaking or plain.
    return document.textDocument()->toPlainText().replace(QChar(0x00a0), QLatin1Char(' '));
}

void TestInvoiceDocument::printsTotalsAndTaxPerRate()
{
    const InvoiceDocument document(invoice(), agency(), client(QStringLiteral("Atelier Nord")),
                                   QLocale(QStringLiteral("de_DE")));
    const QString printed = text(document);
    const QStringList expected = {
        QStringLiteral("Invoice 2026-AB12-0007"),
        QStringLiteral("Nordlicht Studio GmbH"),
        QStringLiteral("Hafenstraße 1"),
        QStringLiteral("Tax ID: DE123456789"),
        QStringLiteral("IBAN: DE89 3704 0044 0532 0130 00"),
        QStringLiteral("BIC: COBADEFFXXX"),
        QStringLiteral("Thank you for your business."),
        QStringLiteral("Atelier Nord"),
        QStringLiteral("75002 Paris"),
        QStringLiteral("Issue date: 15.01.2026"),
        QStringLiteral("Due date: 14.02.2026"),
        QStringLiteral("Design work\n1,5\n1.000,00 EUR\n19 %\n1.500,00 EUR"),
        QStringLiteral("Books\n3\n19,99 EUR\n7 %\n59,97 EUR"),
        QStringLiteral("Net at 7 %\n59,97 EUR\nTax at 7 %\n4,20 EUR"),
        QStringLiteral("Net at 19 %\n1.500,00 EUR\nTax at 19 %\n285,00 EUR"),
        QStringLiteral("Net total\n1.559,97 EUR\nTax total\n289,20 EUR\nTotal\n1.849,17 EUR"),
    };
    for (const QString &part : expected)
        QVERIFY2(printed.contains(part), qPrintable(part));

    const InvoiceDocument english(invoice(), agency(), client(QStringLiteral("Atelier Nord")),
                                  QLocale(QStringLiteral("en_US")));
    QVERIFY(text(english).contains(QStringLiteral("Total\n1,849.17 EUR")));
    QVERIFY(text(english).contains(QStringLiteral("Issue date: 1/15/2026")));
}

void TestInvoiceDocument::printsRecordValuesLiterally()
{
    const QString name = QStringLiteral("<b>Bold & \"Sons\"</b> <img src=x>");
    Invoice withMarkup = invoice();
    withMarkup.lines[0].description = QStringLiteral("<i>not italic</i> & more");
    withMarkup.notes = QStringLiteral("<script>alert(1)</script>");
    const InvoiceDocument document(withMarkup, agency(), client(name));
    const QString printed = text(document);
    QVERIFY(printed.contains(name));
    QVERIFY(printed.contains(QStringLiteral("<i>not italic</i> & more")));
    QVERIFY(printed.contains(QStringLiteral("<script>alert(1)</script>")));
    const QString html = document.html();
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Bold &amp; &quot;Sons&quot;&lt;/b&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Bold")));
    QVERIFY(!html.contains(QStringLiteral("<img src=x")));
    QVERIFY(!html.contains(QStringLiteral("<i>not")));
}

void TestInvoiceDocument::namesTheFile()
{
    const InvoiceDocument issued(invoice(), agency(), client(QStringLiteral("A")));
    QCOMPARE(issued.suggestedFileName(), QStringLiteral("Invoice 2026-AB12-0007.pdf"));
    Invoice draft = invoice();
    draft.number.clear();
    draft.status = Invoice::Status::Draft;
    const InvoiceDocument unissued(draft, agency(), client(QStringLiteral("A")));
    QCOMPARE(unissued.suggestedFileName(), QStringLiteral("Draft invoice.pdf"));
    QVERIFY(
        text(unissued).contains(QStringLiteral("Not issued: this draft is not a valid invoice.")));
}

void TestInvoiceDocument::writesThePdfAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Invoice.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export");
    }
    const InvoiceDocument document(invoice(), agency(), client(QStringLiteral("Atelier Nord")));
    auto written = document.writePdf(path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    // The old file was replaced whole, and no temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("Invoice.pdf")});
}

void TestInvoiceDocument::anUnwritablePathGivesAnErrorAndNoFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("missing folder") << "no such folder/Invoice.pdf";
    QTest::newRow("folder is a file") << "plain.txt/Invoice.pdf";
    QTest::newRow("path is a folder") << "a folder";
}

void TestInvoiceDocument::anUnwritablePathGivesAnErrorAndNoFile()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile plain(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a folder")));
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const InvoiceDocument document(invoice(), agency(), client(QStringLiteral("Atelier Nord")));
    auto written = document.writePdf(dir.filePath(relative));
    QVERIFY(!written);
    QCOMPARE(written.error().kind(), ErrorKind::Io);
    QVERIFY2(written.error().message().startsWith(QStringLiteral("The PDF could not be saved")),
             qPrintable(written.error().message()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
    QVERIFY(QDir(dir.filePath(QStringLiteral("a folder"))).isEmpty());
}

void TestInvoiceDocument::issuedInvoicesPrintTheFrozenDetails()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    QVERIFY(AgencyProfileRepository(store, workspace->id()).save(agency()));
    Client atelier;
    atelier.name = QStringLiteral("Atelier Nord");
    atelier.billingAddress = QStringLiteral("Rue de la Paix 3, Paris");
    auto created = ClientRepository(store).create(atelier);
    QVERIFY(created);

    InvoiceRepository invoices(store, workspace->invoiceSeries());
    Invoice draft = invoice();
    draft.id.clear();
    draft.number.clear();
    draft.status = Invoice::Status::Draft;
    draft.clientId = created->id;
    auto stored = invoices.createDraft(draft);
    QVERIFY(stored);
    auto loadedDraft = InvoiceDocument::load(store, *stored);
    QVERIFY(loadedDraft);
    QVERIFY(text(*loadedDraft).contains(QStringLiteral("Atelier Nord")));

    auto issued = invoices.issue(stored->id, QDate(2026, 1, 15));
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message()));
    // Later changes to the client and the agency do not reach the issued invoice.
    Client renamed = *ClientRepository(store).find(created->id);
    renamed.name = QStringLiteral("Atelier Süd");
    renamed.billingAddress = QStringLiteral("Somewhere else");
    QVERIFY(ClientRepository(store).update(renamed));
    AgencyProfile moved = agency();
    moved.legalName = QStringLiteral("Renamed Agency GmbH");
    QVERIFY(AgencyProfileRepository(store, workspace->id()).save(moved));

    auto document = InvoiceDocument::load(store, *issued, QLocale(QStringLiteral("en_US")));
    QVERIFY2(document, document ? "" : qPrintable(document.error().message()));
    const QString printed = text(*document);
    QVERIFY(printed.contains(QStringLiteral("Atelier Nord")));
    QVERIFY(printed.contains(QStringLiteral("Rue de la Paix 3, Paris")));
    QVERIFY(printed.contains(QStringLiteral("Nordlicht Studio GmbH")));
    QVERIFY(!printed.contains(QStringLiteral("Atelier Süd")));
    QVERIFY(!printed.contains(QStringLiteral("Renamed Agency")));
    QVERIFY(printed.contains(issued->number));
    QVERIFY(printed.contains(QStringLiteral("Total\n1,849.17 EUR")));

    // A credit note names the invoice it corrects.
    auto credit = invoices.createCreditNote(issued->id);
    QVERIFY(credit);
    auto creditDocument = InvoiceDocument::load(store, *credit, QLocale(QStringLiteral("en_US")));
    QVERIFY(creditDocument);
    QCOMPARE(creditDocument->title(), QStringLiteral("Draft credit note"));
    QVERIFY(text(*creditDocument).contains(QStringLiteral("Corrects invoice: ") + issued->number));
    QVERIFY(text(*creditDocument).contains(QStringLiteral("Total\n-1,849.17 EUR")));
}

QTEST_MAIN(TestInvoiceDocument)
#include "TestInvoiceDocument.moc"
