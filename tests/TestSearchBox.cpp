// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ClientRepository.h"
#include "models/store/SearchService.h"
#include "tests/support/TempWorkspace.h"
#include "ui/SearchBox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace ClientDesk;

class TestSearchBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsAClientTypedByPrefix();
    void saysWhenNothingMatches();
    void withoutAServiceNothingHappens();

private:
    // A search box using the service, focused in `window`, shown; null if it never shows.
    SearchBox *shownBox(QWidget &window) const;

    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SearchService> m_service;
    QString m_acmeId;
};

void TestSearchBox::initTestCase()
{
    m_temp = std::make_unique<Test::TempWorkspace>();
    m_workspace = m_temp->create();
    ClientRepository clients(m_workspace->store());
    for (const char *name : {"Acme Rockets GmbH", "Bolt Logistics", "Northwind Traders"}) {
        Client client;
        client.name = QString::fromUtf8(name);
        auto created = clients.create(client);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        if (client.name.startsWith(QLatin1String("Acme")))
            m_acmeId = created->id;
    }
    m_service = std::make_unique<SearchService>(Workspace::storePath(m_workspace->dir()),
                                                m_workspace->keyRing().dataKey(), m_temp->clock());
}

void TestSearchBox::cleanupTestCase()
{
    m_service.reset();
    m_workspace.reset();
}

SearchBox *TestSearchBox::shownBox(QWidget &window) const
{
    auto *box = new SearchBox(&window);
    box->setService(m_service.get());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    box->setFocus();
    return box;
}

void TestSearchBox::findsAClientTypedByPrefix()
{
    QWidget window;
    SearchBox *box = shownBox(window);
    QVERIFY(box);
    QSignalSpy shown(box, &SearchBox::resultsShown);
    QSignalSpy activated(box, &SearchBox::hitActivated);

    QTest::keyClicks(box, QStringLiteral("acm"));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().at(0).toInt(), 1);
    QVERIFY(box->results()->item(0)->text().contains(QLatin1String("Acme Rockets GmbH")));
    QVERIFY(box->isPopupVisible());

    // Down into the list, Enter opens the client.
    QAbstractItemView *popup = box->findChild<QCompleter *>()->popup();
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    const auto hit = activated.first().at(0).value<SearchHit>();
    QCOMPARE(hit.kind, SearchIndex::Kind::Client);
    QCOMPARE(hit.id, m_acmeId);
    QVERIFY(!box->isPopupVisible());
}

void TestSearchBox::saysWhenNothingMatches()
{
    QWidget window;
    SearchBox *box = shownBox(window);
    QVERIFY(box);
    QSignalSpy shown(box, &SearchBox::resultsShown);
    QSignalSpy activated(box, &SearchBox::hitActivated);
    QTest::keyClicks(box, QStringLiteral("zzqx"));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.last().at(0).toInt(), 0);
    QCOMPARE(box->results()->rowCount(), 1);
    QVERIFY(!box->results()->item(0)->isEnabled());
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(activated.count(), 0);
}

void TestSearchBox::withoutAServiceNothingHappens()
{
    SearchBox box;
    QSignalSpy shown(&box, &SearchBox::resultsShown);
    QTest::keyClicks(&box, QStringLiteral("acme"));
    QTest::qWait(200);
    QCOMPARE(shown.count(), 0);
    // Locking takes the service away and clears what was typed.
    box.setService(m_service.get());
    box.setService(nullptr);
    QVERIFY(box.text().isEmpty());
}

QTEST_MAIN(TestSearchBox)
#include "TestSearchBox.moc"
