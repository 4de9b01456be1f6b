// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProjectBudget: what counts as invoiced for a project (issued and paid, credit notes
// subtracting; drafts, void invoices and other projects left out), per currency.
#include "models/store/AgencyProfileRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectBudget.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestProjectBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingInvoicedIsEmpty();
    void draftsAreNotInvoiced();
    void issuedAndPaidCount();
    void voidIsExcluded();
    void creditNoteSubtracts();
    void otherProjectsAndDeletedDraftsAreExcluded();
    void mixedCurrenciesAreSummedApart();
    void invoicesListsDraftsFirstThenNewest();
    void defaultCurrencyIsTheAgencys();

private:
    // A draft of one line of `amount` minor units (no tax) for `projectId`.
    QString draft(qint64 amount, const QString &projectId,
                  const QString &currency = QStringLiteral("EUR"));
    QString issued(qint64 amount, const QString &projectId, const QDate &date = {2026, 3, 2});
    InvoiceRepository invoices() const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    QString m_clientId;
    QString m_projectId;
    QString m_otherProjectId;
};

void TestProjectBudget::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    const Records records(*m_workspace);
    m_clientId = records.client(QStringLiteral("Atelier Nord"));
    const Money budget(500000, QStringLiteral("EUR"));
    m_projectId = records.project(m_clientId, QStringLiteral("Spring campaign"), budget);
    m_otherProjectId = records.project(m_clientId, QStringLiteral("Autumn campaign"), budget);
}

void TestProjectBudget::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

InvoiceRepository TestProjectBudget::invoices() const
{
    return InvoiceRepository(m_workspace->store(), m_workspace->invoiceSeries());
}

QString TestProjectBudget::draft(qint64 amount, const QString &projectId, const QString &currency)
{
    Invoice invoice = Records::invoice(m_clientId, amount, currency);
    invoice.projectId = projectId;
    return Records(*m_workspace).draft(invoice).id;
}

QString TestProjectBudget::issued(qint64 amount, const QString &projectId, const QDate &date)
{
    const QString id = draft(amount, projectId);
    if (!invoices().issue(id, date))
        qFatal("issue refused");
    return id;
}

void TestProjectBudget::nothingInvoicedIsEmpty()
{
    auto invoiced = ProjectBudget::invoiced(m_workspace->store(), m_projectId);
    QVERIFY(invoiced);
    QVERIFY(invoiced->isEmpty());
}

void TestProjectBudget::draftsAreNotInvoiced()
{
    draft(10000, m_projectId);
    auto invoiced = ProjectBudget::invoiced(m_workspace->store(), m_projectId);
    QVERIFY(invoiced);
    QVERIFY(invoiced->isEmpty());
}

void TestProjectBudget::issuedAndPaidCount()
{
    issued(10000, m_projectId);
    const QString paid = issued(2550, m_projectId);
    QVERIFY(invoices().markPaid(paid, QDate(2026, 3, 10)));
    auto invoiced = ProjectBudget::invoiced(m_workspace->store(), m_projectId);
    QVERIFY(invoiced);
    QCOMPARE(*invoiced, QList<Money>({Money(12550, QStringLiteral("EUR"))}));
}

void TestProjectBudget::voidIsExcluded()
{
    issued(10000, m_projectId);
    const QString voided = issued(7000, m_projectId);
    QVERIFY(invoices().voidInvoice(voided));
    auto invoiced = ProjectBudget::invoiced(m_workspace->store(), m_projectId);
    QVERIFY(invoiced);
    QCOMPARE(*invoiced, QList<Money>({Money(10000, QStringLiteral("EUR"))}));
}

void TestProjectBudget::creditNoteSubtracts()
{
    issued(10000, m_projectId);
    const QString corrected = issued(3000, m_projectId);
    auto credit = invoices().createCreditNote(corrected);
    QVERIFY(credit);
    // A draft credit note corrects nothing yet.
    QCOMPARE(*ProjectBudget::invoiced(m_workspace->store(), m_projectId),
             QList<Money>({Money(13000, QStringLiteral("EUR"))}));
    QVERIFY(invoices().issue(credit->id, QDate(2026, 3, 4)));
    QCOMPARE(*ProjectBudget::invoiced(m_workspace->store(), m_projectId),
             QList<Money>({Money(10000, QStringLiteral("EUR"))}));
}

void TestProjectBudget::otherProjectsAndDeletedDraftsAreExcluded()
{
    issued(10000, m_projectId);
    issued(99900, m_otherProjectId);
    issued(5000, QString());
    QVERIFY(invoices().removeDraft(draft(4000, m_projectId)));
    QCOMPARE(*ProjectBudget::invoiced(m_workspace->store(), m_projectId),
             QList<Money>({Money(10000, QStringLiteral("EUR"))}));
    auto listed = ProjectBudget::invoices(m_workspace->store(), m_projectId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
}

void TestProjectBudget::mixedCurrenciesAreSummedApart()
{
    issued(10000, m_projectId);
    const QString francs = draft(20000, m_projectId, QStringLiteral("CHF"));
    QVERIFY(invoices().issue(francs, QDate(2026, 3, 3)));
    QCOMPARE(
        *ProjectBudget::invoiced(m_workspace->store(), m_projectId),
        QList<Money>({Money(20000, QStringLiteral("CHF")), Money(10000, QStringLiteral("EUR"))}));
}

void TestProjectBudget::invoicesListsDraftsFirstThenNewest()
{
    const QString older = issued(1000, m_projectId, QDate(2026, 2, 1));
    const QString newer = issued(2000, m_projectId, QDate(2026, 3, 1));
    const QString open = draft(3000, m_projectId);
    auto listed = ProjectBudget::invoices(m_workspace->store(), m_projectId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 3);
    QCOMPARE(listed->at(0).id, open);
    QCOMPARE(listed->at(0).status, Invoice::Status::Draft);
    QVERIFY(listed->at(0).number.isEmpty());
    QCOMPARE(listed->at(1).id, newer);
    QCOMPARE(listed->at(1).issueDate, QDate(2026, 3, 1));
    QCOMPARE(listed->at(1).total, Money(2000, QStringLiteral("EUR")));
    QVERIFY(!listed->at(1).number.isEmpty());
    QCOMPARE(listed->at(2).id, older);
}

void TestProjectBudget::defaultCurrencyIsTheAgencys()
{
    AgencyProfile profile;
    profile.legalName = QStringLiteral("Nordlicht Studio AG");
    profile.defaultCurrency = QStringLiteral("CHF");
    QVERIFY(AgencyProfileRepository(m_workspace->store(), m_workspace->id()).save(profile));
    auto currency = ProjectBudget::defaultCurrency(m_workspace->store());
    QVERIFY(currency);
    QCOMPARE(*currency, QStringLiteral("CHF"));
}

QTEST_GUILESS_MAIN(TestProjectBudget)
#include "TestProjectBudget.moc"
