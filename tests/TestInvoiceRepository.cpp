// SPDX-License-Identifier: GPL-3.0-or-later
// Tests InvoiceRepository: drafts change, issuing numbers without gaps and freezes the invoice,
// status moves follow the rules, credit notes correct, and two devices never share a number.
#include "models/store/AgencyProfileRepository.h"
#include "models/store/AuditLog.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "tests/support/TempWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestInvoiceRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void draftStoresLinesAndTotals();
    void draftLinesCanBeReplaced();
    void issueNumbersFreezesAndSnapshots();
    void issuedInvoiceCannotBeEdited();
    void statusMovesFollowTheRules();
    void numbersHaveNoGapsAndRestartEachYear();
    void failedIssueUsesNoNumber();
    void creditNoteNegatesTheLines();
    void overflowIsRefusedAndNothingIsWritten();
    void twoDevicesNeverShareANumber();

private:
    Invoice draft(const QList<std::tuple<qint64, qint64, int>> &lines) const;
    qint64 count(const QString &sql) const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    QString m_clientId;
};

void TestInvoiceRepository::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    Client client;
    client.name = QStringLiteral("Atelier Nord");
    client.billingAddress = QStringLiteral("Rue de la Paix 3, Paris");
    auto created = ClientRepository(m_workspace->store()).create(client);
    QVERIFY(created);
    m_clientId = created->id;
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio GmbH");
    profile.paymentTermsDays = 14;
    QVERIFY(AgencyProfileRepository(m_workspace->store(), m_workspace->id()).save(profile));
}

void TestInvoiceRepository::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

qint64 TestInvoiceRepository::count(const QString &sql) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Lines as (quantity in thousandths, unit price in cents, tax rate in basis points).
Invoice TestInvoiceRepository::draft(const QList<std::tuple<qint64, qint64, int>> &lines) const
{
    Invoice invoice;
    invoice.clientId = m_clientId;
    invoice.currency = QStringLiteral("EUR");
    invoice.notes = QStringLiteral("Spring campaign");
    for (const auto &[quantity, price, rate] : lines) {
        InvoiceLine line;
        line.description = QStringLiteral("Design work");
        line.quantityMilli = quantity;
        line.unitPriceMinor = price;
        line.taxRateBp = rate;
        invoice.lines.append(line);
    }
    return invoice;
}

void TestInvoiceRepository::draftStoresLinesAndTotals()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    // 1.5 h × 100.01 = 150.015 → 150.02; tax 19 % = 28.5038 → 28.50
    // 3 × 19.99 = 59.97; tax 7 % = 4.1979 → 4.20;  2 × 5.00 = 10.00, no tax
    auto created =
        invoices.createDraft(draft({{1500, 10001, 1900}, {3000, 1999, 700}, {2000, 500, 0}}));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    QCOMPARE(created->status, Invoice::Status::Draft);
    QVERIFY(created->number.isEmpty());
    QCOMPARE(created->lines.size(), 3);
    QCOMPARE(created->lines.at(2).position, 3);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT net_minor, tax_minor, total_minor FROM invoice")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 15002 + 5997 + 1000);
    QCOMPARE(query.value(1).toLongLong(), 2850 + 420);
    QCOMPARE(query.value(2).toLongLong(), 15002 + 5997 + 1000 + 2850 + 420);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'invoice_line'")), 3);
}

void TestInvoiceRepository::draftLinesCanBeReplaced()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto created = invoices.createDraft(draft({{1000, 100, 0}, {1000, 200, 0}, {1000, 300, 0}}));
    QVERIFY(created);
    Invoice changed = *created;
    changed.lines.removeAt(1);
    changed.lines[0].unitPriceMinor = 150;
    InvoiceLine added;
    added.description = QStringLiteral("Printing");
    added.quantityMilli = 2000;
    added.unitPriceMinor = 1000;
    changed.lines.append(added);
    auto updated = invoices.updateDraft(changed);
    QVERIFY2(updated, updated ? "" : qPrintable(updated.error().message()));
    QCOMPARE(updated->lines.size(), 3);
    QCOMPARE(updated->lines.at(0).unitPriceMinor, 150);
    QCOMPARE(updated->lines.at(1).unitPriceMinor, 300);
    QCOMPARE(updated->lines.at(2).position, 3);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM invoice_line WHERE deleted_at IS NOT NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT total_minor FROM invoice")), 150 + 300 + 2000);
    QVERIFY(invoices.removeDraft(created->id));
    QVERIFY(!invoices.find(created->id));
}

void TestInvoiceRepository::issueNumbersFreezesAndSnapshots()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto created = invoices.createDraft(draft({{1000, 10000, 1900}}));
    QVERIFY(created);
    auto issued = invoices.issue(created->id, QDate(2026, 3, 2));
    QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message()));
    QCOMPARE(issued->status, Invoice::Status::Issued);
    QCOMPARE(issued->number, QStringLiteral("2026-%1-0001").arg(m_workspace->invoiceSeries()));
    QCOMPARE(issued->dueDate, QDate(2026, 3, 16)); // the agency's 14-day terms
    // Renaming the client later leaves the invoice's billing details as they were.
    ClientRepository clients(m_workspace->store());
    Client client = *clients.find(m_clientId);
    client.name = QStringLiteral("Atelier Sud");
    QVERIFY(clients.update(client));
    const QJsonObject snapshot =
        QJsonDocument::fromJson(*invoices.billingSnapshot(issued->id)).object();
    QCOMPARE(snapshot.value(QStringLiteral("client"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Atelier Nord"));
    QCOMPARE(snapshot.value(QStringLiteral("agency"))
                 .toObject()
                 .value(QStringLiteral("legalName"))
                 .toString(),
             QStringLiteral("Nordlicht Studio GmbH"));
}

void TestInvoiceRepository::issuedInvoiceCannotBeEdited()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto issued =
        invoices.issue(invoices.createDraft(draft({{1000, 10000, 1900}}))->id, QDate(2026, 3, 2));
    QVERIFY(issued);
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    Invoice changed = *issued;
    changed.lines[0].unitPriceMinor = 1;
    auto refused = invoices.updateDraft(changed);
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QStringLiteral("credit note")));
    QVERIFY(!invoices.removeDraft(issued->id));
    QCOMPARE(invoices.find(issued->id)->lines.at(0).unitPriceMinor, 10000);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void TestInvoiceRepository::statusMovesFollowTheRules()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto first = invoices.createDraft(draft({{1000, 10000, 0}}));
    QVERIFY(!invoices.markPaid(first->id, QDate(2026, 3, 5))); // a draft is not paid
    QVERIFY(!invoices.voidInvoice(first->id));
    QVERIFY(invoices.issue(first->id, QDate(2026, 3, 2)));
    auto paid = invoices.markPaid(first->id, QDate(2026, 3, 5));
    QVERIFY(paid);
    QCOMPARE(paid->status, Invoice::Status::Paid);
    QVERIFY(!invoices.voidInvoice(first->id)); // paid: correct with a credit note instead
    auto second = invoices.createDraft(draft({{1000, 10000, 0}}));
    QVERIFY(invoices.issue(second->id, QDate(2026, 3, 3)));
    auto voided = invoices.voidInvoice(second->id);
    QVERIFY(voided);
    QCOMPARE(voided->status, Invoice::Status::Void);
    QVERIFY(!invoices.markPaid(second->id, QDate(2026, 3, 9)));
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT paid_date FROM invoice WHERE status = 'paid'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-03-05"));
}

void TestInvoiceRepository::numbersHaveNoGapsAndRestartEachYear()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    const QString series = m_workspace->invoiceSeries();
    QStringList numbers;
    for (const QDate &date : {QDate(2026, 1, 5), QDate(2026, 6, 1), QDate(2026, 12, 31),
                              QDate(2027, 1, 2), QDate(2027, 1, 3)}) {
        auto issued = invoices.issue(invoices.createDraft(draft({{1000, 100, 0}}))->id, date);
        QVERIFY(issued);
        numbers << issued->number;
    }
    QCOMPARE(numbers,
             (QStringList {QStringLiteral("2026-%1-0001").arg(series),
                           QStringLiteral("2026-%1-0002").arg(series),
                           QStringLiteral("2026-%1-0003").arg(series),
                           QStringLiteral("2027-%1-0001").arg(series),
                           QStringLiteral("2027-%1-0002").arg(series)}));
}

void TestInvoiceRepository::failedIssueUsesNoNumber()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto empty = invoices.createDraft(draft({}));
    QVERIFY(empty);
    QVERIFY(!invoices.issue(empty->id, QDate(2026, 3, 2))); // no lines
    auto badDates = invoices.createDraft(draft({{1000, 100, 0}}));
    QVERIFY(!invoices.issue(badDates->id, QDate(2026, 3, 2), QDate(2026, 3, 1))); // due first
    auto issued = invoices.issue(badDates->id, QDate(2026, 3, 2));
    QVERIFY(issued);
    QVERIFY(issued->number.endsWith(QStringLiteral("-0001")));
}

void TestInvoiceRepository::creditNoteNegatesTheLines()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    auto original =
        invoices.issue(invoices.createDraft(draft({{1500, 10001, 1900}}))->id, QDate(2026, 3, 2));
    QVERIFY(original);
    QVERIFY(!invoices.createCreditNote(invoices.createDraft(draft({{1000, 1, 0}}))->id)); // draft
    auto credit = invoices.createCreditNote(original->id);
    QVERIFY2(credit, credit ? "" : qPrintable(credit.error().message()));
    QCOMPARE(credit->kind, Invoice::Kind::CreditNote);
    QCOMPARE(credit->creditForId, original->id);
    QCOMPARE(credit->lines.at(0).quantityMilli, -1500);
    auto issuedCredit = invoices.issue(credit->id, QDate(2026, 3, 10));
    QVERIFY(issuedCredit);
    QVERIFY(issuedCredit->number.endsWith(QStringLiteral("-0002")));
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT total_minor FROM invoice WHERE kind = 'credit_note'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), -(15002 + 2850)); // half away from zero, mirrored
    QVERIFY(!invoices.createCreditNote(credit->id)); // a credit note is not credited
}

void TestInvoiceRepository::overflowIsRefusedAndNothingIsWritten()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM invoice"));
    auto refused = invoices.createDraft(draft({{std::numeric_limits<qint64>::max() / 2, 3000, 0}}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), ErrorKind::InvalidInput);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice")), before);
}

void TestInvoiceRepository::twoDevicesNeverShareANumber()
{
    // Two laptops, each with its own workspace copy and device, issuing offline on one day.
    TempWorkspace otherTemp;
    auto other = otherTemp.create();
    QVERIFY(other);
    QVERIFY(other->invoiceSeries() != m_workspace->invoiceSeries());
    QSet<QString> numbers;
    for (Workspace *device : {m_workspace.get(), other.get()}) {
        Client client;
        client.name = QStringLiteral("Shared client");
        auto created = ClientRepository(device->store()).create(client);
        QVERIFY(created);
        InvoiceRepository invoices(device->store(), device->invoiceSeries());
        for (int i = 0; i < 5; ++i) {
            Invoice invoice = draft({{1000, 100, 0}});
            invoice.clientId = created->id;
            auto issued = invoices.issue(invoices.createDraft(invoice)->id, QDate(2026, 5, 4));
            QVERIFY(issued);
            QVERIFY2(!numbers.contains(issued->number), qPrintable(issued->number));
            numbers.insert(issued->number);
        }
    }
    QCOMPARE(numbers.size(), 10);
    auto audit = AuditLog(m_workspace->store().database()).verify();
    QVERIFY(audit && audit->intact);
}

QTEST_GUILESS_MAIN(TestInvoiceRepository)
#include "TestInvoiceRepository.moc"
