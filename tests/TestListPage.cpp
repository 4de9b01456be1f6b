// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/itemmodels/ClientsModel.h"
#include "models/store/ClientRepository.h"
#include "tests/support/TempWorkspace.h"
#include "ui/FilterBar.h"
#include "ui/ListPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ClientDesk;

class TestListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void columnsShownAndSortAreRemembered();
    void emptyStateSaysWhenFiltersHideEveryRow();
    void selectingARowSaysWhichRecord();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Test::TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_ids;
};

void TestListPage::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ClientDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestListPage"));
    m_temp = std::make_unique<Test::TempWorkspace>();
    m_workspace = m_temp->create();
    ClientRepository clients(m_workspace->store());
    for (const char *name : {"Bolt Logistics", "Acme Rockets", "Northwind"}) {
        Client client;
        client.name = QString::fromUtf8(name);
        auto created = clients.create(client);
        QVERIFY(created);
        m_ids << created->id;
    }
}

void TestListPage::cleanupTestCase()
{
    m_workspace.reset();
}

void TestListPage::columnsShownAndSortAreRemembered()
{
    ClientsModel model(m_workspace->store().database());
    {
        ListPage page(QStringLiteral("clients"), QStringLiteral("No clients"), {}, nullptr);
        page.setModel(&model);
        QVERIFY(!page.view()->isColumnHidden(ClientsModel::Phone));
        page.setColumnShown(ClientsModel::Phone, false);
        page.view()->sortByColumn(ClientsModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Northwind"));
        page.setModel(nullptr);
    }
    // A new page over a fresh model (as after unlocking again) shows the same.
    ClientsModel fresh(m_workspace->store().database());
    ListPage page(QStringLiteral("clients"), QStringLiteral("No clients"), {}, nullptr);
    page.setModel(&fresh);
    QVERIFY(page.view()->isColumnHidden(ClientsModel::Phone));
    QVERIFY(!page.view()->isColumnHidden(ClientsModel::Email));
    QCOMPARE(page.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(fresh.index(0, 0).data().toString(), QStringLiteral("Northwind"));
    // Another list keeps its own choice.
    ListPage other(QStringLiteral("other"), QStringLiteral("No clients"), {}, nullptr);
    ClientsModel third(m_workspace->store().database());
    other.setModel(&third);
    QVERIFY(!other.view()->isColumnHidden(ClientsModel::Phone));
    page.setColumnShown(ClientsModel::Phone, true);
}

void TestListPage::emptyStateSaysWhenFiltersHideEveryRow()
{
    ClientsModel model(m_workspace->store().database());
    auto *filters = new FilterBar(
        {QStringLiteral("Client status filter"), QStringLiteral("Client tag filter"), {}},
        {{QStringLiteral("Active"), QStringLiteral("active")},
         {QStringLiteral("Archived"), QStringLiteral("archived")}});
    ListPage page(QStringLiteral("clients-filtered"), QStringLiteral("No clients yet"),
                  QStringLiteral("Add one."), filters);
    page.setModel(&model);
    connect(filters, &FilterBar::filterChanged, &model,
            [&] { model.setFilter(Client::statusFromKey(filters->statusKey())); });
    QVERIFY(page.view()->isVisibleTo(&page));
    filters->findChild<QComboBox *>()->setCurrentIndex(2); // Archived: none
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!page.view()->isVisibleTo(&page));
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
        return label->text() == TestListPage::tr("Nothing matches these filters");
    }));
    filters->clear();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(page.view()->isVisibleTo(&page));
}

void TestListPage::selectingARowSaysWhichRecord()
{
    ClientsModel model(m_workspace->store().database());
    ListPage page(QStringLiteral("clients-select"), QStringLiteral("No clients"), {}, nullptr);
    page.setModel(&model);
    QSignalSpy current(&page, &ListPage::currentIdChanged);
    QSignalSpy activated(&page, &ListPage::idActivated);
    QVERIFY(page.selectId(m_ids.at(2)));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.last().at(0).toString(), m_ids.at(2));
    QCOMPARE(page.currentId(), m_ids.at(2));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), m_ids.at(2));
    QVERIFY(!page.selectId(QStringLiteral("no-such-id")));
}

QTEST_MAIN(TestListPage)
#include "TestListPage.moc"
