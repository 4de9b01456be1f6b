// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DemoDataGenerator: exact counts, the same rows from the same seed, text as varied as real
// data, amounts and numbers that add up, a consistent store and search index, one audit entry per
// table, nothing kept when it is cancelled, and the same load handed to a sink of another kind.
#include "models/domain/InvoiceCalculator.h"
#include "models/domain/WorkspaceSetup.h"
#include "models/store/AuditLog.h"
#include "models/store/ClientRepository.h"
#include "models/store/DemoDataGenerator.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "models/store/SearchIndex.h"
#include "models/store/StoreError.h"
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
const QStringList EntityTables {QStringLiteral("client"),  QStringLiteral("contact"),
                                QStringLiteral("project"), QStringLiteral("deliverable"),
                                QStringLiteral("invoice"), QStringLiteral("invoice_line")};
constexpr quint64 Seed = 42;

// A second, plain kind of sink: every statement and row through QSqlQuery as it comes, one by
// one, so the store's batching sink is not the only reading of the Sink contract.
class RowByRowSink : public DemoDataGenerator::Sink
{
public:
    explicit RowByRowSink(QSqlDatabase database)
        : m_database(std::move(database))
    { }

    Result<void> run(const QString &sql, const QVariantList &values) override
    {
        statements << sql;
        QSqlQuery query(m_database);
        if (!query.prepare(sql))
            return StoreError::from(query.lastError());
        for (const QVariant &value : values)
            query.addBindValue(bindable(value));
        if (!query.exec())
            return StoreError::from(query.lastError());
        return {};
    }

    Result<bool> findsRows(const QString &sql) override
    {
        checks << sql;
        QSqlQuery query(m_database);
        if (!query.exec(sql))
            return StoreError::from(query.lastError());
        return query.next();
    }

    Result<int> prepareRows(const QString &sql) override
    {
        m_inserts.push_back(std::make_unique<QSqlQuery>(m_database));
        if (!m_inserts.back()->prepare(sql))
            return StoreError::from(m_inserts.back()->lastError());
        return int(m_inserts.size() - 1);
    }

    Result<void> addRow(int insert, std::span<const QVariant> values) override
    {
        QSqlQuery &query = *m_inserts.at(std::size_t(insert));
        for (std::size_t i = 0; i < values.size(); ++i)
            query.bindValue(int(i), bindable(values[i]));
        if (!query.exec())
            return StoreError::from(query.lastError());
        ++rows;
        return {};
    }

    QStringList statements;
    QStringList checks;
    qint64 rows = 0;

private:
    // A QString, even a null one, is text; only a null QVariant is NULL (the Sink's rule).
    static QVariant bindable(const QVariant &value)
    {
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            return QVariant(QStringLiteral(""));
        return value;
    }

    QSqlDatabase m_database;
    std::vector<std::unique_ptr<QSqlQuery>> m_inserts;
};
} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sizesHaveTheDocumentedCounts();
    void countsAreExact();
    void progressIsReportedToTheEnd();
    void sameSeedSameDataOtherSeedOtherData();
    void textIsVaried();
    void emailsUseExampleDomainsOnly();
    void rowsAreValidEntities();
    void invoiceAmountsAddUp();
    void numbersAreGapFreePerYearInOrderOfIssue();
    void creditNotesCorrectIssuedInvoices();
    void statusesCurrenciesAndDatesAreSpread();
    void storeIsConsistent();
    void searchFindsGeneratedRows();
    void oneAuditEntryPerTableAndNoOutbox();
    void connectionSettingsAreRestored();
    void issuingContinuesTheSeries();
    void cancelKeepsNothing_data();
    void cancelKeepsNothing();
    void customCountsAreExact();
    void runsInsideACallersTransaction();
    void aSinkGetsWhatGenerateWrites();
    void impossibleCountsAreRefused();

private:
    static qint64 scalar(Store &store, const QString &sql);
    static QStringList column(Store &store, const QString &sql);
    static QByteArray digest(Store &store);
    static qint64 rowCount(Store &store);

    TempWorkspace m_temp;
    std::unique_ptr<Workspace> m_workspace;
    DemoDataGenerator::Counts m_generated;
    QByteArray m_digest;
    qint64 m_auditBefore = 0;
    qint64 m_outboxBefore = 0;
    QList<std::pair<qint64, qint64>> m_progress;
};

qint64 TestDemoDataGenerator::scalar(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList TestDemoDataGenerator::column(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    QStringList values;
    if (!query.exec(sql))
        return values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// SHA-256 over every generated row, ids and timestamps included, and the search documents.
QByteArray TestDemoDataGenerator::digest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries =
        [] {
            QStringList all;
            for (const QString &table : EntityTables)
                all << QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table);
            return all;
        }()
        + QStringList {
            QStringLiteral("SELECT * FROM invoice_series ORDER BY series, year"),
            QStringLiteral("SELECT docid, title, body FROM search_index ORDER BY docid")};
    for (const QString &sql : queries) {
        QSqlQuery query(store.database());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return {};
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                hash.addData(value.isNull() ? QByteArrayView("\x1e")
                                            : QByteArrayView(value.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
        }
    }
    return hash.result();
}

qint64 TestDemoDataGenerator::rowCount(Store &store)
{
    qint64 rows = 0;
    for (const QString &table : EntityTables)
        rows += scalar(store, QStringLiteral("SELECT count(*) FROM ") + table);
    return rows;
}

void TestDemoDataGenerator::initTestCase()
{
    m_workspace = m_temp.create();
    QVERIFY(m_workspace);
    Store &store = m_workspace->store();
    m_auditBefore = scalar(store, QStringLiteral("SELECT count(*) FROM audit_log"));
    m_outboxBefore = scalar(store, QStringLiteral("SELECT count(*) FROM outbox"));
    auto generated = DemoDataGenerator(store, Seed)
                         .generate(DemoDataGenerator::Size::S, [&](qint64 done, qint64 total) {
                             m_progress << std::pair {done, total};
                             return true;
                         });
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message()));
    m_generated = *generated;
    m_digest = digest(store);
    QVERIFY(!m_digest.isEmpty());
}

void TestDemoDataGenerator::sizesHaveTheDocumentedCounts()
{
    using Counts = DemoDataGenerator::Counts;
    QCOMPARE(DemoDataGenerator::counts(DemoDataGenerator::Size::M),
             (Counts {100'000, 250'000, 100'000, 300'000, 200'000, 600'000}));
    QCOMPARE(DemoDataGenerator::counts(DemoDataGenerator::Size::S),
             (Counts {1'000, 2'500, 1'000, 3'000, 2'000, 6'000}));
    QCOMPARE(DemoDataGenerator::counts(DemoDataGenerator::Size::L),
             (Counts {1'000'000, 2'500'000, 1'000'000, 3'000'000, 2'000'000, 6'000'000}));
    QCOMPARE(DemoDataGenerator::counts(DemoDataGenerator::Size::M).total(), 1'550'000);
    QCOMPARE(DemoDataGenerator::sizeFromName(QStringLiteral("m")), DemoDataGenerator::Size::M);
    QVERIFY(!DemoDataGenerator::sizeFromName(QStringLiteral("XL")));
}

void TestDemoDataGenerator::countsAreExact()
{
    Store &store = m_workspace->store();
    const auto expected = DemoDataGenerator::counts(DemoDataGenerator::Size::S);
    QCOMPARE(m_generated, expected);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM client")), expected.clients);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM contact")), expected.contacts);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM project")), expected.projects);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM deliverable")),
             expected.deliverables);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM invoice")), expected.invoices);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM invoice_line")),
             expected.invoiceLines);
    // Counts vary per owner, as real ones do, while the totals stay exact.
    QVERIFY(scalar(store,
                   QStringLiteral("SELECT count(*) FROM client WHERE id NOT IN "
                                  "(SELECT client_id FROM contact)"))
            > 0);
    QVERIFY(scalar(store,
                   QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM contact "
                                  "GROUP BY client_id)"))
            >= 5);
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM invoice WHERE id NOT IN "
                                   "(SELECT invoice_id FROM invoice_line)")),
             0);
}

void TestDemoDataGenerator::progressIsReportedToTheEnd()
{
    QVERIFY(m_progress.size() > 10);
    // Every row written, then every client, contact, project and invoice indexed.
    const qint64 total = m_generated.total() + m_generated.clients + m_generated.contacts
        + m_generated.projects + m_generated.invoices;
    qint64 previous = 0;
    for (const auto &[done, reportedTotal] : std::as_const(m_progress)) {
        QCOMPARE(reportedTotal, total);
        QVERIFY(done > previous);
        previous = done;
    }
    QCOMPARE(m_progress.constLast().first, total);
}

void TestDemoDataGenerator::sameSeedSameDataOtherSeedOtherData()
{
    TempWorkspace again;
    auto same = again.create();
    QVERIFY(same);
    QVERIFY(DemoDataGenerator(same->store(), Seed).generate(DemoDataGenerator::Size::S));
    QCOMPARE(digest(same->store()), m_digest);

    TempWorkspace other;
    auto different = other.create();
    QVERIFY(different);
    QVERIFY(DemoDataGenerator(different->store(), Seed + 1).generate(DemoDataGenerator::Size::S));
    QVERIFY(digest(different->store()) != m_digest);
    QCOMPARE(rowCount(different->store()), m_generated.total());
}

void TestDemoDataGenerator::textIsVaried()
{
    Store &store = m_workspace->store();
    const QStringList names = column(store, QStringLiteral("SELECT name FROM client"))
        + column(store, QStringLiteral("SELECT name FROM contact"));
    const QRegularExpression cjk(
        QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}\\x{AC00}-\\x{D7AF}]"));
    const QRegularExpression rightToLeft(
        QStringLiteral("[\\x{0590}-\\x{05FF}\\x{0600}-\\x{06FF}]"));
    const auto count = [&](const std::function<bool(const QString &)> &test) {
        return std::count_if(names.cbegin(), names.cend(), test);
    };
    QVERIFY(count([&](const QString &name) { return cjk.match(name).hasMatch(); }) > 0);
    QVERIFY(count([&](const QString &name) { return rightToLeft.match(name).hasMatch(); }) > 0);
    // Accents written precomposed ("ë") and decomposed ("e" and U+0308).
    QVERIFY(count([](const QString &name) {
                return name.normalized(QString::NormalizationForm_D) != name;
            })
            > 0);
    QVERIFY(count([](const QString &name) {
                return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isMark(); });
            })
            > 0);
    QVERIFY(count([](const QString &name) { return name.size() > 150; }) > 0);
    QCOMPARE(count([](const QString &name) { return name.size() > 200; }), 0);
    QCOMPARE(count([](const QString &name) { return name.trimmed() != name || name.isEmpty(); }),
             0);

    // Optional fields are empty now and then, not always and not never.
    for (const QString &field :
         {QStringLiteral("phone"), QStringLiteral("legal_name"), QStringLiteral("tax_id")}) {
        const qint64 empty =
            scalar(store, QStringLiteral("SELECT count(*) FROM client WHERE %1 = ''").arg(field));
        QVERIFY2(empty >= 150 && empty <= 450, qPrintable(field));
    }
    QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM contact WHERE phone = ''")) > 0);
    QVERIFY(scalar(store,
                   QStringLiteral("SELECT count(*) FROM client WHERE billing_address "
                                  "LIKE '%\n%\n%'"))
            > 500);

    // Zero to four tags from a small vocabulary, never with a comma inside.
    const QStringList tagLists = column(store, QStringLiteral("SELECT tags FROM client"));
    QSet<QString> vocabulary;
    for (const QString &tags : tagLists) {
        const QStringList split = tags.isEmpty() ? QStringList() : tags.split(u',');
        QVERIFY(split.size() <= 4);
        QCOMPARE(QSet<QString>(split.cbegin(), split.cend()).size(), split.size());
        for (const QString &tag : split) {
            QVERIFY(!tag.trimmed().isEmpty());
            vocabulary.insert(tag);
        }
    }
    QVERIFY(vocabulary.size() >= 10);
    QVERIFY(vocabulary.size() <= 30);
}

void TestDemoDataGenerator::emailsUseExampleDomainsOnly()
{
    Store &store = m_workspace->store();
    const QStringList emails =
        column(store, QStringLiteral("SELECT email FROM client WHERE email != ''"))
        + column(store, QStringLiteral("SELECT email FROM contact WHERE email != ''"));
    QVERIFY(emails.size() > 2500);
    const QSet<QString> reserved {QStringLiteral("example.com"), QStringLiteral("example.org"),
                                  QStringLiteral("example.net")};
    for (const QString &email : emails) {
        QVERIFY2(WorkspaceSetup::isValidEmail(email), qPrintable(email));
        const QString domain = email.section(u'@', 1);
        QVERIFY2(reserved.contains(domain) || domain.endsWith(QStringLiteral(".test")),
                 qPrintable(domain));
        QVERIFY2(
            std::all_of(email.cbegin(), email.cend(), [](QChar c) { return c.unicode() < 128; }),
            qPrintable(email));
    }
}

void TestDemoDataGenerator::rowsAreValidEntities()
{
    Store &store = m_workspace->store();
    ClientRepository clients(store);
    for (const QString &id : column(store, QStringLiteral("SELECT id FROM client"))) {
        auto client = clients.find(id);
        QVERIFY(client);
        QVERIFY2(client->validate(), qPrintable(id));
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
    }
    for (const QString &id : column(store, QStringLiteral("SELECT id FROM contact"))) {
        auto contact = clients.findContact(id);
        QVERIFY(contact);
        QVERIFY2(contact->validate(), qPrintable(id));
    }
    ProjectRepository projects(store);
    for (const QString &id : column(store, QStringLiteral("SELECT id FROM project"))) {
        auto project = projects.find(id);
        QVERIFY(project);
        QVERIFY2(project->validate(), qPrintable(id));
    }
    for (const QString &id : column(store, QStringLiteral("SELECT id FROM deliverable"))) {
        auto deliverable = projects.findDeliverable(id);
        QVERIFY(deliverable);
        QVERIFY2(deliverable->validate(), qPrintable(id));
    }
    InvoiceRepository invoices(store, DemoDataGenerator::invoiceSeries());
    for (const QString &id : column(store, QStringLiteral("SELECT id FROM invoice"))) {
        auto invoice = invoices.find(id);
        QVERIFY(invoice);
        const auto valid = invoice->validate();
        QVERIFY2(valid, qPrintable(valid ? QString() : valid.error().message()));
    }
}

void TestDemoDataGenerator::invoiceAmountsAddUp()
{
    Store &store = m_workspace->store();
    QSqlQuery lines(store.database());
    lines.setForwardOnly(true);
    QVERIFY(lines.exec(QStringLiteral("SELECT quantity_milli, unit_price_minor, tax_rate_bp, "
                                      "net_minor, tax_minor FROM invoice_line")));
    const QSet<int> rates {0, 550, 700, 800, 1900, 2000, 2100, 2500};
    while (lines.next()) {
        InvoiceLine line;
        line.quantityMilli = lines.value(0).toLongLong();
        line.unitPriceMinor = lines.value(1).toLongLong();
        line.taxRateBp = lines.value(2).toInt();
        QVERIFY(rates.contains(line.taxRateBp));
        QVERIFY(line.quantityMilli != 0);
        auto amounts = InvoiceCalculator::line(line);
        QVERIFY(amounts);
        QCOMPARE(lines.value(3).toLongLong(), amounts->net);
        QCOMPARE(lines.value(4).toLongLong(), amounts->tax);
    }

    InvoiceRepository repository(store, DemoDataGenerator::invoiceSeries());
    QSqlQuery invoices(store.database());
    invoices.setForwardOnly(true);
    QVERIFY(invoices.exec(
        QStringLiteral("SELECT id, net_minor, tax_minor, total_minor, status FROM invoice")));
    while (invoices.next()) {
        auto invoice = repository.find(invoices.value(0).toString());
        QVERIFY(invoice);
        auto totals = InvoiceCalculator::totals(invoice->lines);
        QVERIFY(totals);
        QCOMPARE(invoices.value(1).toLongLong(), totals->net);
        QCOMPARE(invoices.value(2).toLongLong(), totals->tax);
        QCOMPARE(invoices.value(3).toLongLong(), totals->total);
        QCOMPARE(totals->total, totals->net + totals->tax);
    }
}

void TestDemoDataGenerator::numbersAreGapFreePerYearInOrderOfIssue()
{
    Store &store = m_workspace->store();
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM invoice WHERE status = 'draft' "
                                   "AND (number IS NOT NULL OR series != '' OR "
                                   "billing_snapshot IS NOT NULL)")),
             0);
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    QVERIFY(query.exec(QStringLiteral("SELECT number, series, issue_date, billing_snapshot "
                                      "FROM invoice WHERE status != 'draft' "
                                      "ORDER BY issue_date, length(number), number")));
    const QRegularExpression pattern(QStringLiteral("^(\\d{4})-GEN001-(\\d{4,})$"));
    QMap<int, int> lastPerYear;
    qint64 numbered = 0;
    while (query.next()) {
        const QString number = query.value(0).toString();
        const auto match = pattern.match(number);
        QVERIFY2(match.hasMatch(), qPrintable(number));
        QCOMPARE(query.value(1).toString(), DemoDataGenerator::invoiceSeries());
        const int year = match.captured(1).toInt();
        QCOMPARE(QDate::fromString(query.value(2).toString(), Qt::ISODate).year(), year);
        // Gap-free and in order of issue: each year counts 1, 2, 3, ...
        QCOMPARE(match.captured(2).toInt(), lastPerYear.value(year) + 1);
        QCOMPARE(number,
                 Invoice::formatNumber(year, DemoDataGenerator::invoiceSeries(),
                                       lastPerYear.value(year) + 1));
        lastPerYear[year] = match.captured(2).toInt();
        QVERIFY(!query.value(3).toString().isEmpty());
        ++numbered;
    }
    QVERIFY(numbered > 1700);
    QVERIFY(lastPerYear.size() >= 3);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(DISTINCT number) FROM invoice")), numbered);
    QSqlQuery series(store.database());
    QVERIFY(series.exec(QStringLiteral("SELECT year, last_number FROM invoice_series "
                                       "WHERE series = 'GEN001' ORDER BY year")));
    QMap<int, int> saved;
    while (series.next())
        saved.insert(series.value(0).toInt(), series.value(1).toInt());
    QCOMPARE(saved, lastPerYear);
}

void TestDemoDataGenerator::creditNotesCorrectIssuedInvoices()
{
    Store &store = m_workspace->store();
    QSqlQuery notes(store.database());
    notes.setForwardOnly(true);
    QVERIFY(notes.exec(QStringLiteral(
        "SELECT n.id, n.total_minor, n.issue_date, n.client_id = o.client_id, o.status, o.kind, "
        "o.issue_date, n.currency = o.currency, n.status FROM invoice n "
        "JOIN invoice o ON o.id = n.credit_for WHERE n.kind = 'credit_note'")));
    int count = 0;
    while (notes.next()) {
        ++count;
        QVERIFY(notes.value(1).toLongLong() <= 0);
        QVERIFY(notes.value(3).toBool());
        QVERIFY(notes.value(4).toString() == u"issued" || notes.value(4).toString() == u"paid");
        QCOMPARE(notes.value(5).toString(), QStringLiteral("invoice"));
        QVERIFY(notes.value(2).toString() > notes.value(6).toString());
        QVERIFY(notes.value(7).toBool());
        QVERIFY(notes.value(8).toString() != u"draft");
    }
    QVERIFY(count > 0);
    QCOMPARE(
        scalar(store, QStringLiteral("SELECT count(*) FROM invoice WHERE kind = 'credit_note'")),
        count);
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM invoice_line l JOIN invoice i ON "
                                   "i.id = l.invoice_id WHERE i.kind = 'credit_note' AND "
                                   "l.quantity_milli >= 0")),
             0);
}

void TestDemoDataGenerator::statusesCurrenciesAndDatesAreSpread()
{
    Store &store = m_workspace->store();
    const auto share = [&](const QString &where) {
        return double(scalar(store, QStringLiteral("SELECT count(*) FROM invoice WHERE ") + where))
            / double(m_generated.invoices);
    };
    QVERIFY(qAbs(share(QStringLiteral("status = 'paid'")) - 0.60) < 0.05);
    QVERIFY(qAbs(share(QStringLiteral("status = 'issued'")) - 0.25) < 0.05);
    QVERIFY(qAbs(share(QStringLiteral("status = 'draft'")) - 0.10) < 0.03);
    QVERIFY(qAbs(share(QStringLiteral("status = 'void'")) - 0.05) < 0.03);
    const QString today = m_temp.clock().now().date().toString(Qt::ISODate);
    const QString threeYearsAgo = m_temp.clock().now().date().addYears(-3).toString(Qt::ISODate);
    QVERIFY(share(QStringLiteral("status = 'issued' AND due_date < '%1'").arg(today)) > 0.02);
    QVERIFY(share(QStringLiteral("status = 'issued' AND due_date >= '%1'").arg(today)) > 0.02);
    QCOMPARE(
        share(QStringLiteral("issue_date > '%1' OR issue_date < '%2'").arg(today, threeYearsAgo)),
        0.0);
    QCOMPARE(share(QStringLiteral("paid_date IS NOT NULL AND "
                                  "(paid_date < issue_date OR paid_date > '%1')")
                       .arg(today)),
             0.0);
    QCOMPARE(share(QStringLiteral("(status = 'paid') != (paid_date IS NOT NULL)")), 0.0);

    QVERIFY(share(QStringLiteral("currency = 'EUR'")) > 0.5);
    for (const QString &currency :
         {QStringLiteral("GBP"), QStringLiteral("CHF"), QStringLiteral("USD"),
          QStringLiteral("SEK"), QStringLiteral("JPY")})
        QVERIFY2(share(QStringLiteral("currency = '%1'").arg(currency)) > 0.0,
                 qPrintable(currency));

    const qint64 archived =
        scalar(store, QStringLiteral("SELECT count(*) FROM client WHERE status = 'archived'"));
    QVERIFY(archived >= 50 && archived <= 150);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(DISTINCT status) FROM project")), 4);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(DISTINCT status) FROM deliverable")), 3);
    QCOMPARE(scalar(store,
                    QStringLiteral("SELECT count(*) FROM deliverable WHERE "
                                   "(status = 'done') != (done_date IS NOT NULL)")),
             0);
}

void TestDemoDataGenerator::storeIsConsistent()
{
    Store &store = m_workspace->store();
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
}

void TestDemoDataGenerator::searchFindsGeneratedRows()
{
    Store &store = m_workspace->store();
    const auto documents = [&](SearchIndex::Kind kind) {
        return scalar(store,
                      QStringLiteral("SELECT count(*) FROM search_index WHERE docid % 8 = %1")
                          .arg(int(kind)));
    };
    QCOMPARE(documents(SearchIndex::Kind::Client), m_generated.clients);
    QCOMPARE(documents(SearchIndex::Kind::Contact), m_generated.contacts);
    QCOMPARE(documents(SearchIndex::Kind::Project), m_generated.projects);
    QCOMPARE(documents(SearchIndex::Kind::Invoice), m_generated.invoices);
    // Written in rising docid order, kind by kind: FTS4 starts a new segment whenever a docid is
    // lower than the one before, and row-by-row indexing left over a hundred of them here.
    QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM search_index_segdir")) < 40);

    const auto matches = [&](const QString &expression) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT docid FROM search_index WHERE search_index MATCH ?"));
        query.addBindValue(expression);
        QSet<qint64> docids;
        if (query.exec()) {
            while (query.next())
                docids.insert(query.value(0).toLongLong());
        }
        return docids;
    };
    QSqlQuery client(store.database());
    QVERIFY(client.exec(QStringLiteral("SELECT rowid, name FROM client WHERE name GLOB "
                                       "'[A-Za-z][A-Za-z][A-Za-z]*' ORDER BY rowid LIMIT 1")));
    QVERIFY(client.next());
    const QString prefix = client.value(1).toString().left(3).toLower() + u'*';
    QVERIFY(matches(prefix).contains(
        SearchIndex::docId(SearchIndex::Kind::Client, client.value(0).toLongLong())));

    QSqlQuery invoice(store.database());
    QVERIFY(invoice.exec(QStringLiteral("SELECT rowid, number FROM invoice WHERE number IS NOT "
                                        "NULL ORDER BY rowid LIMIT 1")));
    QVERIFY(invoice.next());
    QVERIFY(matches(u'"' + invoice.value(1).toString() + u'"')
                .contains(
                    SearchIndex::docId(SearchIndex::Kind::Invoice, invoice.value(0).toLongLong())));
}

void TestDemoDataGenerator::oneAuditEntryPerTableAndNoOutbox()
{
    Store &store = m_workspace->store();
    auto verified = AuditLog(store.database()).verify();
    QVERIFY(verified);
    QVERIFY(verified->intact);
    QCOMPARE(verified->entries, m_auditBefore + 6);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT action, entity, entity_id, fields FROM audit_log "
                                      "WHERE seq > %1 ORDER BY seq")
                           .arg(m_auditBefore)));
    QStringList entities;
    while (query.next()) {
        QCOMPARE(query.value(0).toString(), QStringLiteral("create"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("demo-data:42"));
        QVERIFY(query.value(3).toString().contains(QStringLiteral("\"name\""))
                || query.value(3).toString().contains(QStringLiteral("\"title\""))
                || query.value(3).toString().contains(QStringLiteral("\"description\""))
                || query.value(3).toString().contains(QStringLiteral("\"number\"")));
        entities << query.value(1).toString();
    }
    QCOMPARE(entities, EntityTables);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM outbox")), m_outboxBefore);
}

// The page cache is raised and reference checks deferred for the run only.
void TestDemoDataGenerator::connectionSettingsAreRestored()
{
    QCOMPARE(scalar(m_workspace->store(), QStringLiteral("PRAGMA cache_size")), -16384);
    QCOMPARE(scalar(m_workspace->store(), QStringLiteral("PRAGMA foreign_keys")), 1);
}

void TestDemoDataGenerator::issuingContinuesTheSeries()
{
    Store &store = m_workspace->store();
    const QDate today = m_temp.clock().now().date();
    const qint64 last = scalar(store,
                               QStringLiteral("SELECT last_number FROM invoice_series "
                                              "WHERE series = 'GEN001' AND year = %1")
                                   .arg(today.year()));
    QVERIFY(last > 0);
    InvoiceRepository repository(store, DemoDataGenerator::invoiceSeries());
    Invoice draft;
    draft.clientId = column(store, QStringLiteral("SELECT id FROM client LIMIT 1")).constFirst();
    draft.currency = QStringLiteral("EUR");
    draft.lines << InvoiceLine {QString(), 1, QStringLiteral("Design workshop"), 2000, 9500, 1900};
    auto created = repository.createDraft(draft);
    QVERIFY(created);
    auto issued = repository.issue(created->id, today);
    QVERIFY(issued);
    QCOMPARE(
        issued->number,
        Invoice::formatNumber(today.year(), DemoDataGenerator::invoiceSeries(), int(last) + 1));
}

void TestDemoDataGenerator::cancelKeepsNothing_data()
{
    QTest::addColumn<bool>("atTheEnd");
    QTest::newRow("at the first report") << false;
    QTest::newRow("at the last report") << true;
}

void TestDemoDataGenerator::cancelKeepsNothing()
{
    QFETCH(bool, atTheEnd);
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const qint64 auditBefore = scalar(store, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto counts = DemoDataGenerator::counts(DemoDataGenerator::Size::S);
    int calls = 0;
    auto generated =
        DemoDataGenerator(store, Seed).generate(counts, [&](qint64 done, qint64 total) {
            ++calls;
            return atTheEnd ? done < total : false;
        });
    QVERIFY(!generated);
    QCOMPARE(generated.error().kind(), ErrorKind::InvalidInput);
    QVERIFY(atTheEnd ? calls > 10 : calls == 1);
    QCOMPARE(rowCount(store), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM search_index")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM invoice_series")), 0);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA cache_size")), -16384);
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")), 1);
    auto verified = AuditLog(store.database()).verify();
    QVERIFY(verified && verified->intact);
}

void TestDemoDataGenerator::customCountsAreExact()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const DemoDataGenerator::Counts counts {7, 3, 11, 2, 13, 40};
    auto generated = DemoDataGenerator(store, 7).generate(counts);
    QVERIFY(generated);
    QCOMPARE(*generated, counts);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM client")), 7);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM contact")), 3);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM project")), 11);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM deliverable")), 2);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM invoice")), 13);
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM invoice_line")), 40);

    // A table left empty gets no audit entry.
    TempWorkspace small;
    auto onlyClients = small.create();
    QVERIFY(onlyClients);
    const qint64 auditBefore =
        scalar(onlyClients->store(), QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(DemoDataGenerator(onlyClients->store(), 7).generate({5, 0, 0, 0, 0, 0}));
    QCOMPARE(scalar(onlyClients->store(), QStringLiteral("SELECT count(*) FROM client")), 5);
    QCOMPARE(scalar(onlyClients->store(), QStringLiteral("SELECT count(*) FROM audit_log")),
             auditBefore + 1);
}

// Nested, the generation is a savepoint of the caller's transaction, and the references stay
// checked on every insert (the pragma that defers them does nothing inside a transaction).
void TestDemoDataGenerator::runsInsideACallersTransaction()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    const DemoDataGenerator::Counts counts {20, 30, 10, 25, 40, 90};
    auto done = store.transaction([&]() -> Result<void> {
        auto generated = DemoDataGenerator(store, Seed).generate(counts);
        if (!generated)
            return generated.error();
        return {};
    });
    QVERIFY(done);
    QCOMPARE(rowCount(store), counts.total());
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!query.next());
}

// writeTo() hands a sink what generate() writes, all but the audit entries: written row by row
// into another store, it gives the same rows and search documents, and the store the generator
// reads from stays empty. The benchmark's raw C API baseline relies on this.
void TestDemoDataGenerator::aSinkGetsWhatGenerateWrites()
{
    TempWorkspace source;
    auto from = source.create();
    QVERIFY(from);
    TempWorkspace target;
    auto to = target.create();
    QVERIFY(to);
    Store &store = to->store();
    const qint64 auditBefore = scalar(store, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto counts = DemoDataGenerator::counts(DemoDataGenerator::Size::S);

    // References off, as generate() has them: writeTo() checks them itself at the end.
    QSqlQuery pragma(store.database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    RowByRowSink sink(store.database());
    auto done = store.transaction([&]() -> Result<void> {
        auto written = DemoDataGenerator(from->store(), Seed).writeTo(sink, counts);
        if (!written)
            return written.error();
        if (*written != counts)
            return Error(ErrorKind::Io, QStringLiteral("other counts"));
        return {};
    });
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));

    QCOMPARE(digest(store), m_digest);
    QCOMPARE(sink.rows, counts.total());
    QCOMPARE(sink.checks.size(), EntityTables.size());
    const auto startingWith = [&](const QString &start) {
        return std::count_if(sink.statements.cbegin(), sink.statements.cend(),
                             [&](const QString &sql) { return sql.startsWith(start); });
    };
    QVERIFY(startingWith(QStringLiteral("DROP INDEX")) > 0);
    QCOMPARE(startingWith(QStringLiteral("CREATE INDEX")),
             startingWith(QStringLiteral("DROP INDEX")));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(rowCount(from->store()), 0);
    QCOMPARE(scalar(from->store(), QStringLiteral("SELECT count(*) FROM search_index")), 0);
}

void TestDemoDataGenerator::impossibleCountsAreRefused()
{
    TempWorkspace temp;
    auto workspace = temp.create();
    QVERIFY(workspace);
    Store &store = workspace->store();
    using Counts = DemoDataGenerator::Counts;
    for (const Counts &counts :
         {Counts {0, 1, 0, 0, 0, 0}, Counts {1, 0, 0, 1, 0, 0}, Counts {1, 0, 0, 0, 5, 3},
          Counts {1, 0, 0, 0, 0, 2}, Counts {-1, 0, 0, 0, 0, 0}}) {
        auto generated = DemoDataGenerator(store, Seed).generate(counts);
        QVERIFY(!generated);
        QCOMPARE(generated.error().kind(), ErrorKind::InvalidInput);
    }
    QCOMPARE(rowCount(store), 0);
}

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "TestDemoDataGenerator.moc"
