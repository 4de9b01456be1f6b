// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DashboardFigures: revenue by issue month over the last twelve months (credit notes
// subtract, drafts and void invoices do not count), outstanding and overdue as of the clock's
// today, per currency, the active projects due soonest, and agreement with a row-by-row sum over
// a generated data set.
#include "models/store/AgencyProfileRepository.h"
#include "models/store/DashboardFigures.h"
#include "models/store/DemoDataGenerator.h"
#include "models/store/InvoiceRepository.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"

#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
using Sum = DashboardFigures::Sum;

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void monthsEndWithTheCurrentOne();
    void revenueByIssueMonth();
    void creditNoteSubtractsAndVoidAndDraftsDoNotCount();
    void outstandingAndOverdueFollowTheClock();
    void figuresArePerCurrency();
    void defaultCurrencyComesFromTheAgencyProfile();
    void activeProjectsNearestDueFirst();
    void emptyWorkspaceHasZeroes();
    void agreesWithARowByRowSumOverGeneratedData();
    void revenueReadsOnlyTheTwelveMonths();

private:
    // An invoice of one line of `netMinor` with `taxBp` tax, issued on `issued`, due on `due`.
    Invoice issue(qint64 netMinor, const QDate &issued, const QDate &due,
                  const QString &currency = QStringLiteral("EUR"), int taxBp = 0);
    Invoice draft(qint64 netMinor, const QString &currency = QStringLiteral("EUR"));
    DashboardFigures figures();
    QString addProject(const QString &name, Project::Status status, const QDate &due);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Records> m_records;
    std::unique_ptr<InvoiceRepository> m_invoices;
    QString m_clientId;
};

void TestDashboardFigures::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    // Today is 2026-01-15: the twelve months are February 2025 to January 2026.
    QCOMPARE(m_temp->clock().now().date(), day("2026-01-15"));
    m_records = std::make_unique<Records>(*m_workspace);
    m_clientId = m_records->client(QStringLiteral("Atelier Nord"));
    m_invoices =
        std::make_unique<InvoiceRepository>(m_workspace->store(), m_workspace->invoiceSeries());
}

void TestDashboardFigures::cleanup()
{
    m_invoices.reset();
    m_records.reset();
    m_workspace.reset();
    m_temp.reset();
}

Invoice TestDashboardFigures::draft(qint64 netMinor, const QString &currency)
{
    return m_records->draft(Records::invoice(m_clientId, netMinor, currency));
}

Invoice TestDashboardFigures::issue(qint64 netMinor, const QDate &issued, const QDate &due,
                                    const QString &currency, int taxBp)
{
    Invoice invoice = Records::invoice(m_clientId, netMinor, currency);
    invoice.lines.first().taxRateBp = taxBp;
    return m_records->issue(invoice, issued, due);
}

DashboardFigures TestDashboardFigures::figures()
{
    auto computed = DashboardFigures::compute(m_workspace->store());
    if (!computed)
        qFatal("compute failed");
    return *computed;
}

QString TestDashboardFigures::addProject(const QString &name, Project::Status status,
                                         const QDate &due)
{
    Project project;
    project.clientId = m_clientId;
    project.name = name;
    project.status = status;
    project.dueDate = due;
    return m_records->project(project);
}

void TestDashboardFigures::monthsEndWithTheCurrentOne()
{
    const QList<QDate> months = figures().months();
    QCOMPARE(months.size(), DashboardFigures::Months);
    QCOMPARE(months.constFirst(), day("2025-02-01"));
    QCOMPARE(months.at(10), day("2025-12-01"));
    QCOMPARE(months.constLast(), day("2026-01-01"));
}

void TestDashboardFigures::revenueByIssueMonth()
{
    issue(10000, day("2025-03-10"), day("2025-04-09"));
    issue(2500, day("2025-03-31"), day("2025-04-30"));
    // Totals include tax: 40.00 + 19 % = 47.60.
    issue(4000, day("2026-01-10"), day("2026-02-09"), QStringLiteral("EUR"), 1900);
    // The first day of the first month counts; the day before it does not.
    issue(700, day("2025-02-01"), day("2025-03-01"));
    issue(900, day("2025-01-31"), day("2025-03-01"));
    // Paid invoices count as much as issued ones.
    const Invoice paid = issue(300, day("2025-08-15"), day("2025-09-15"));
    QVERIFY(m_invoices->markPaid(paid.id, day("2025-09-01")));

    const QList<qint64> revenue = figures().revenue(QStringLiteral("EUR"));
    QList<qint64> expected(12, 0);
    expected[0] = 700; // February 2025
    expected[1] = 10000 + 2500; // March 2025
    expected[6] = 300; // August 2025
    expected[11] = 4760; // January 2026
    QCOMPARE(revenue, expected);
}

void TestDashboardFigures::creditNoteSubtractsAndVoidAndDraftsDoNotCount()
{
    const Invoice original = issue(10000, day("2025-11-03"), day("2025-12-03"));
    QVERIFY(m_invoices->markPaid(original.id, day("2025-11-20")));
    auto note = m_invoices->createCreditNote(original.id);
    QVERIFY(note);
    QVERIFY(m_invoices->issue(note->id, day("2025-12-05"), day("2026-01-04")));
    const Invoice voided = issue(7000, day("2025-12-06"), day("2026-01-05"));
    QVERIFY(m_invoices->voidInvoice(voided.id));
    draft(99900);
    issue(2000, day("2025-12-07"), day("2026-02-06"));

    const DashboardFigures f = figures();
    const QList<qint64> revenue = f.revenue(QStringLiteral("EUR"));
    QCOMPARE(revenue.at(9), 10000); // November: the invoice
    QCOMPARE(revenue.at(10), -10000 + 2000); // December: its credit note, the 20.00, not the void
    QCOMPARE(revenue.at(11), 0);
    // The issued credit note is still open and takes its amount off what is outstanding, as in
    // the invoices list; the void invoice and the draft are not outstanding.
    QCOMPARE(f.outstanding(QStringLiteral("EUR")), (Sum {2000 - 10000, 2}));
}

void TestDashboardFigures::outstandingAndOverdueFollowTheClock()
{
    issue(25000, day("2025-12-01"), day("2025-12-31"));
    issue(1000, day("2025-12-16"), day("2026-01-15")); // due today: not overdue yet
    issue(4000, day("2026-01-10"), day("2026-02-09"));
    const Invoice paid = issue(8000, day("2025-10-01"), day("2025-10-31"));
    QVERIFY(m_invoices->markPaid(paid.id, day("2025-11-02")));

    DashboardFigures f = figures();
    QCOMPARE(f.today(), day("2026-01-15"));
    QCOMPARE(f.outstanding(QStringLiteral("EUR")), (Sum {25000 + 1000 + 4000, 3}));
    QCOMPARE(f.overdue(QStringLiteral("EUR")), (Sum {25000, 1}));

    m_temp->clock().advanceDays(1);
    f = figures();
    QCOMPARE(f.overdue(QStringLiteral("EUR")), (Sum {25000 + 1000, 2}));
    m_temp->clock().advanceDays(30);
    f = figures();
    QCOMPARE(f.overdue(QStringLiteral("EUR")), (Sum {25000 + 1000 + 4000, 3}));
    QCOMPARE(f.outstanding(QStringLiteral("EUR")), f.overdue(QStringLiteral("EUR")));
    // February now: the twelve months moved on by one.
    QCOMPARE(f.months().constLast(), day("2026-02-01"));
}

void TestDashboardFigures::figuresArePerCurrency()
{
    issue(10000, day("2025-06-01"), day("2025-07-01"));
    issue(5000, day("2025-06-02"), day("2025-07-02"), QStringLiteral("USD"));
    issue(300, day("2025-06-03"), day("2026-07-03"), QStringLiteral("JPY"));

    const DashboardFigures f = figures();
    QCOMPARE(f.currencies(),
             (QStringList {QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("USD")}));
    QCOMPARE(f.revenue(QStringLiteral("EUR")).at(4), 10000);
    QCOMPARE(f.revenue(QStringLiteral("USD")).at(4), 5000);
    QCOMPARE(f.revenue(QStringLiteral("JPY")).at(4), 300);
    QCOMPARE(f.outstanding(QStringLiteral("USD")), (Sum {5000, 1}));
    QCOMPARE(f.overdue(QStringLiteral("USD")), (Sum {5000, 1}));
    QCOMPARE(f.outstanding(QStringLiteral("JPY")), (Sum {300, 1}));
    QCOMPARE(f.overdue(QStringLiteral("JPY")), (Sum {}));
    QCOMPARE(f.revenue(QStringLiteral("GBP")), QList<qint64>(12, 0));
}

void TestDashboardFigures::defaultCurrencyComesFromTheAgencyProfile()
{
    QCOMPARE(figures().defaultCurrency(), QStringLiteral("EUR"));
    AgencyProfileRepository profiles(m_workspace->store(), m_workspace->id());
    auto profile = profiles.load();
    QVERIFY(profile);
    profile->defaultCurrency = QStringLiteral("CHF");
    QVERIFY(profiles.save(*profile));
    QCOMPARE(figures().defaultCurrency(), QStringLiteral("CHF"));
}

void TestDashboardFigures::activeProjectsNearestDueFirst()
{
    using S = Project::Status;
    const QString march = addProject(QStringLiteral("Brand refresh"), S::Active, day("2026-03-01"));
    const QString late = addProject(QStringLiteral("Annual report"), S::Active, day("2025-12-01"));
    addProject(QStringLiteral("Open-ended retainer"), S::Active, {});
    const QString february = addProject(QStringLiteral("Website"), S::Active, day("2026-02-01"));
    const QString june = addProject(QStringLiteral("Trade fair"), S::Active, day("2026-06-01"));
    const QString may = addProject(QStringLiteral("Catalogue"), S::Active, day("2026-05-01"));
    addProject(QStringLiteral("Finished"), S::Done, day("2026-01-20"));
    addProject(QStringLiteral("Maybe"), S::Lead, day("2026-01-16"));
    addProject(QStringLiteral("Paused"), S::OnHold, day("2026-01-17"));

    const DashboardFigures f = figures();
    QCOMPARE(f.activeProjects(), 6);
    const QList<DashboardFigures::ProjectDue> nearest = f.nearestProjects();
    QCOMPARE(nearest.size(), DashboardFigures::NearestProjects);
    QStringList ids;
    for (const auto &project : nearest)
        ids << project.id;
    QCOMPARE(ids, (QStringList {late, february, march, may, june}));
    QCOMPARE(nearest.constFirst().name, QStringLiteral("Annual report"));
    QCOMPARE(nearest.constFirst().clientName, QStringLiteral("Atelier Nord"));
    QCOMPARE(nearest.constFirst().dueDate, day("2025-12-01"));
}

void TestDashboardFigures::emptyWorkspaceHasZeroes()
{
    const DashboardFigures f = figures();
    QVERIFY(f.currencies().isEmpty());
    QCOMPARE(f.revenue(f.defaultCurrency()), QList<qint64>(12, 0));
    QCOMPARE(f.outstanding(f.defaultCurrency()), Sum {});
    QCOMPARE(f.overdue(f.defaultCurrency()), Sum {});
    QCOMPARE(f.activeProjects(), 0);
    QVERIFY(f.nearestProjects().isEmpty());
}

void TestDashboardFigures::agreesWithARowByRowSumOverGeneratedData()
{
    auto generated =
        DemoDataGenerator(m_workspace->store(), 11).generate(DemoDataGenerator::Size::S);
    QVERIFY2(generated, generated ? "" : qPrintable(generated.error().message()));
    const DashboardFigures f = figures();
    const QDate today = m_temp->clock().now().date();
    const QList<QDate> months = f.months();

    // The same figures, row by row in C++.
    QHash<QString, QList<qint64>> revenue;
    QHash<QString, Sum> outstanding;
    QHash<QString, Sum> overdue;
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT status, kind, issue_date, due_date, currency,"
                                      " total_minor FROM invoice WHERE deleted_at IS NULL")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString status = query.value(0).toString();
        const bool credit = query.value(1).toString() == QStringLiteral("credit_note");
        const QDate issued = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        const QDate due = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        const QString currency = query.value(4).toString();
        const qint64 total =
            credit ? -qAbs(query.value(5).toLongLong()) : query.value(5).toLongLong();
        if (status == QStringLiteral("issued") || status == QStringLiteral("paid")) {
            const qsizetype month = months.indexOf(QDate(issued.year(), issued.month(), 1));
            if (month >= 0) {
                QList<qint64> &sums = revenue[currency];
                sums.resize(12, 0);
                sums[month] += total;
            }
        }
        if (status == QStringLiteral("issued")) {
            outstanding[currency].minor += total;
            ++outstanding[currency].count;
            if (due.isValid() && due < today) {
                overdue[currency].minor += total;
                ++overdue[currency].count;
            }
        }
    }
    QCOMPARE(rows, 2000);
    QVERIFY(!revenue.isEmpty());
    QVERIFY(!overdue.isEmpty());
    for (auto it = revenue.cbegin(); it != revenue.cend(); ++it)
        QCOMPARE(f.revenue(it.key()), it.value());
    for (const QString &currency : f.currencies()) {
        QCOMPARE(f.revenue(currency), revenue.value(currency, QList<qint64>(12, 0)));
        QCOMPARE(f.outstanding(currency), outstanding.value(currency));
        QCOMPARE(f.overdue(currency), overdue.value(currency));
    }
    QSqlQuery projects(m_workspace->store().database());
    QVERIFY(projects.exec(QStringLiteral(
        "SELECT count(*) FROM project WHERE status = 'active' AND deleted_at IS NULL")));
    QVERIFY(projects.next());
    QCOMPARE(f.activeProjects(), projects.value(0).toLongLong());
    QVERIFY(f.activeProjects() > 0);
}

// The revenue query reads the twelve months of issued and paid invoices from invoice_figures
// alone: never every paid invoice ever written, never a table row.
void TestDashboardFigures::revenueReadsOnlyTheTwelveMonths()
{
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + DashboardFigures::revenueSql()));
    query.addBindValue(QStringLiteral("2025-02-01"));
    query.addBindValue(QStringLiteral("2026-02-01"));
    QVERIFY(query.exec());
    QStringList plan;
    while (query.next())
        plan << query.value(3).toString();
    QVERIFY2(plan.join(u'\n').contains(QStringLiteral("USING COVERING INDEX invoice_figures")),
             qPrintable(plan.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "TestDashboardFigures.moc"
