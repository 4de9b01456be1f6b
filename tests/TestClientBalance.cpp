// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ClientBalance: what a client owes is their issued, unpaid invoices, per currency.
#include "models/store/ClientBalance.h"
#include "models/store/InvoiceRepository.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"

#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestClientBalance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onlyIssuedUnpaidInvoicesAreOwed();
    void currenciesAreSummedApart();

private:
    QString draft(const QString &clientId, qint64 amount,
                  const QString &currency = QStringLiteral("EUR"));
    QString client(const QString &name);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestClientBalance::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
}

void TestClientBalance::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

QString TestClientBalance::client(const QString &name)
{
    return Records(*m_workspace).client(name);
}

QString TestClientBalance::draft(const QString &clientId, qint64 amount, const QString &currency)
{
    return Records(*m_workspace).draft(Records::invoice(clientId, amount, currency)).id;
}

void TestClientBalance::onlyIssuedUnpaidInvoicesAreOwed()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    const QString nord = client(QStringLiteral("Atelier Nord"));
    const QString sud = client(QStringLiteral("Atelier Sud"));
    QVERIFY(!nord.isEmpty() && !sud.isEmpty());
    auto owed = ClientBalance::outstanding(m_workspace->store(), nord);
    QVERIFY(owed);
    QVERIFY(owed->isEmpty());

    const QString open = draft(nord, 10000);
    const QString unpaid = draft(nord, 20000);
    const QString paid = draft(nord, 40000);
    const QString voided = draft(nord, 80000);
    const QString otherClient = draft(sud, 160000);
    for (const QString &id : {unpaid, paid, voided, otherClient})
        QVERIFY(invoices.issue(id, QDate(2026, 3, 2)));
    QVERIFY(invoices.markPaid(paid, QDate(2026, 3, 9)));
    QVERIFY(invoices.voidInvoice(voided));
    QVERIFY(!open.isEmpty());
    owed = ClientBalance::outstanding(m_workspace->store(), nord);
    QVERIFY(owed);
    QCOMPARE(*owed, QList<Money>({Money(20000, QStringLiteral("EUR"))}));

    QVERIFY(invoices.markPaid(unpaid, QDate(2026, 3, 12)));
    owed = ClientBalance::outstanding(m_workspace->store(), nord);
    QVERIFY(owed);
    QVERIFY(owed->isEmpty());
}

void TestClientBalance::currenciesAreSummedApart()
{
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    const QString nord = client(QStringLiteral("Atelier Nord"));
    for (const QString &id :
         {draft(nord, 1000), draft(nord, 2000, QStringLiteral("CHF")), draft(nord, 500)})
        QVERIFY(invoices.issue(id, QDate(2026, 3, 2)));
    auto owed = ClientBalance::outstanding(m_workspace->store(), nord);
    QVERIFY(owed);
    QCOMPARE(
        *owed,
        QList<Money>({Money(2000, QStringLiteral("CHF")), Money(1500, QStringLiteral("EUR"))}));
}

QTEST_GUILESS_MAIN(TestClientBalance)
#include "TestClientBalance.moc"
