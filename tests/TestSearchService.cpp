// SPDX-License-Identifier: GPL-3.0-or-later
// Tests SearchService: prefix search across clients, contacts, projects and invoices on a
// worker thread, accent-folding, and a newer query superseding older ones.
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/ProjectRepository.h"
#include "models/store/SearchService.h"
#include "tests/support/TempWorkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

class TestSearchService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matchExpression_data();
    void matchExpression();
    void finds_data();
    void finds();
    void deletedRowsAreNotFound();
    void newerQuerySupersedesOlder();

private:
    QList<SearchHit> searchFor(const QString &text);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SearchService> m_search;
    QString m_muellerId;
};

void TestSearchService::initTestCase()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    ClientRepository clients(m_workspace->store());
    const QList<std::pair<QString, QString>> names {
        {QStringLiteral("Brauerei Müller"), QStringLiteral("einkauf@mueller.example")},
        {QStringLiteral("Zoë Café Collective"), QString()},
        {QStringLiteral("山田商事"), QStringLiteral("info@yamada.example")},
        {QStringLiteral("مكتب العلي"), QString()},
        {QStringLiteral("Müller & Söhne Logistik"), QString()},
    };
    for (const auto &[name, email] : names) {
        Client client;
        client.name = name;
        client.email = email;
        client.tags = {QStringLiteral("priority")};
        auto created = clients.create(client);
        QVERIFY(created);
        if (name == QStringLiteral("Brauerei Müller"))
            m_muellerId = created->id;
    }
    Contact contact;
    contact.clientId = m_muellerId;
    contact.name = QStringLiteral("Łukasz Nowak");
    QVERIFY(clients.addContact(contact));
    Project project;
    project.clientId = m_muellerId;
    project.name = QStringLiteral("Oktoberfest campaign");
    QVERIFY(ProjectRepository(m_workspace->store()).create(project));
    InvoiceRepository invoices(m_workspace->store(), QStringLiteral("TEST01"));
    Invoice invoice;
    invoice.clientId = m_muellerId;
    invoice.currency = QStringLiteral("EUR");
    invoice.notes = QStringLiteral("Hopfen delivery");
    InvoiceLine line;
    line.description = QStringLiteral("Labels");
    line.quantityMilli = 1000;
    line.unitPriceMinor = 500;
    invoice.lines = {line};
    QVERIFY(invoices.issue(invoices.createDraft(invoice)->id, QDate(2026, 2, 1)));
    m_search = std::make_unique<SearchService>(m_workspace->store().path(),
                                               m_workspace->keyRing().dataKey(), m_temp->clock());
}

void TestSearchService::cleanupTestCase()
{
    m_search.reset();
    m_workspace.reset();
    m_temp.reset();
}

QList<SearchHit> TestSearchService::searchFor(const QString &text)
{
    QSignalSpy ready(m_search.get(), &SearchService::resultsReady);
    QSignalSpy failed(m_search.get(), &SearchService::searchFailed);
    const quint64 ticket = m_search->search(text);
    if (!ready.wait(10000) || !failed.isEmpty())
        return {};
    if (ready.constFirst().at(0).toULongLong() != ticket)
        return {};
    return ready.constFirst().at(1).value<QList<SearchHit>>();
}

void TestSearchService::matchExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << "mül"
                              << "mül*";
    QTest::newRow("two words, punctuation") << "Müller & Söhne"
                                            << "müller* söhne*";
    QTest::newRow("operators are plain words") << "cats OR dogs NEAR x"
                                               << "cats* or* dogs* near* x*";
    QTest::newRow("quotes and stars dropped") << "\"a*b\" -c"
                                              << "a* b* c*";
    QTest::newRow("nothing searchable") << " -*\" "
                                        << "";
}

void TestSearchService::matchExpression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QCOMPARE(SearchIndex::matchExpression(typed), expression);
}

void TestSearchService::finds_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("kind");
    QTest::newRow("prefix, accents folded") << "mull"
                                            << "Brauerei Müller" << int(SearchIndex::Kind::Client);
    QTest::newRow("one letter") << "z"
                                << "Zoë Café Collective" << int(SearchIndex::Kind::Client);
    QTest::newRow("two words") << "mul soh"
                               << "Müller & Söhne Logistik" << int(SearchIndex::Kind::Client);
    QTest::newRow("by email") << "einkauf"
                              << "Brauerei Müller" << int(SearchIndex::Kind::Client);
    QTest::newRow("CJK from its start") << "山田"
                                        << "山田商事" << int(SearchIndex::Kind::Client);
    QTest::newRow("right to left") << "مكتب"
                                   << "مكتب العلي" << int(SearchIndex::Kind::Client);
    // Ł is a letter of its own, not L with a diacritic: unicode61 folds case, not Ł to L.
    QTest::newRow("contact") << "łuk"
                             << "Łukasz Nowak" << int(SearchIndex::Kind::Contact);
    QTest::newRow("contact surname") << "nowa"
                                     << "Łukasz Nowak" << int(SearchIndex::Kind::Contact);
    QTest::newRow("project") << "oktober"
                             << "Oktoberfest campaign" << int(SearchIndex::Kind::Project);
    QTest::newRow("invoice number") << "2026 test01"
                                    << "2026-TEST01-0001" << int(SearchIndex::Kind::Invoice);
    QTest::newRow("invoice notes") << "hopfen"
                                   << "2026-TEST01-0001" << int(SearchIndex::Kind::Invoice);
}

void TestSearchService::finds()
{
    QFETCH(QString, typed);
    QFETCH(QString, title);
    QFETCH(int, kind);
    const QList<SearchHit> hits = searchFor(typed);
    QVERIFY2(!hits.isEmpty(), qPrintable(typed));
    const auto it = std::find_if(hits.cbegin(), hits.cend(),
                                 [&](const SearchHit &hit) { return hit.title == title; });
    QVERIFY2(it != hits.cend(), qPrintable(hits.constFirst().title));
    QCOMPARE(int(it->kind), kind);
    QVERIFY(!it->id.isEmpty());
    if (it->kind != SearchIndex::Kind::Client)
        QCOMPARE(it->clientId, m_muellerId);
}

void TestSearchService::deletedRowsAreNotFound()
{
    ClientRepository clients(m_workspace->store());
    Client gone;
    gone.name = QStringLiteral("Vanishing Act Ltd");
    auto created = clients.create(gone);
    QVERIFY(created);
    QCOMPARE(searchFor(QStringLiteral("vanish")).size(), 1);
    QVERIFY(clients.remove(created->id));
    QCOMPARE(searchFor(QStringLiteral("vanish")).size(), 0);
}

void TestSearchService::newerQuerySupersedesOlder()
{
    QSignalSpy ready(m_search.get(), &SearchService::resultsReady);
    quint64 last = 0;
    // Typing "müller" one key at a time: only the answer to the last query is delivered.
    const QString word = QStringLiteral("müller");
    for (qsizetype length = 1; length <= word.size(); ++length)
        last = m_search->search(word.left(length));
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.constLast().at(0).toULongLong() == last,
                             10000);
    // Answers to the earlier keystrokes are dropped, never shown after a newer one.
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.constLast().at(1).value<QList<SearchHit>>().size(), 2);
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "TestSearchService.moc"
