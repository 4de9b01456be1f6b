// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DashboardPage (offscreen, German locale): the figures arrive from a worker while the page
// says it is loading, the cards state amount and count in the locale, the chart has twelve months
// with a text alternative, the cards and the projects list ask for what they show, changes are
// picked up once (debounced, newest wins), an unreadable store says so, and the chart follows a
// dark or light palette.
#include "models/store/InvoiceRepository.h"
#include "tests/support/AccessibleNames.h"
#include "tests/support/Records.h"
#include "tests/support/TempWorkspace.h"
#include "ui/DashboardPage.h"
#include "ui/Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void figuresArriveFromAWorkerWhileTheGuiRuns();
    void chartHasTwelveLocalisedMonthsAndATextAlternative();
    void otherCurrenciesAreNamed();
    void cardsAskForTheirInvoices();
    void projectsListOpensAProject();
    void changesAreReadOnceAfterAPause();
    void aNewerRequestSupersedesARunningOne();
    void hiddenPageCatchesUpWhenShown();
    void unreadableStoreSaysSo();
    void chartFollowsDarkAndLightPalettes();
    void everyControlHasAUniqueAccessibleName();

private:
    QString issue(qint64 netMinor, const QDate &issued, const QDate &due,
                  const QString &currency = QStringLiteral("EUR"));
    void showAndWait();
    QLabel *label(const char *name) const;
    QPushButton *button(const QString &accessibleName) const;

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Session> m_session;
    DashboardPage *m_page = nullptr;
    QString m_clientId;
    QString m_projectId;
};

void TestDashboardPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestDashboardPage::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
    m_session = std::make_unique<Session>(*m_workspace, m_temp->clock());
    const Records records(*m_workspace);
    m_clientId = records.client(QStringLiteral("Atelier Nord"));
    // Today is 2026-01-15: one invoice overdue, one not yet due, one paid.
    issue(123450, day("2025-12-01"), day("2025-12-31"));
    issue(10000, day("2026-01-10"), day("2026-02-09"));
    const QString paid = issue(50000, day("2025-03-05"), day("2025-04-04"));
    InvoiceRepository invoices(m_workspace->store(), m_workspace->invoiceSeries());
    QVERIFY(invoices.markPaid(paid, day("2025-03-20")));
    Project project;
    project.clientId = m_clientId;
    project.name = QStringLiteral("Brand refresh");
    project.status = Project::Status::Active;
    project.dueDate = day("2026-02-28");
    m_projectId = records.project(project);
    m_page = new DashboardPage(*m_session);
    m_page->resize(900, 800);
}

void TestDashboardPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_session.reset();
    m_workspace.reset();
    m_temp.reset();
}

QString TestDashboardPage::issue(qint64 netMinor, const QDate &issued, const QDate &due,
                                 const QString &currency)
{
    return Records(*m_workspace)
        .issue(Records::invoice(m_clientId, netMinor, currency), issued, due)
        .id;
}

void TestDashboardPage::showAndWait()
{
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_COMPARE(shown.count(), 1);
}

QLabel *TestDashboardPage::label(const char *name) const
{
    return m_page->findChild<QLabel *>(QString::fromLatin1(name));
}

QPushButton *TestDashboardPage::button(const QString &accessibleName) const
{
    const auto buttons = m_page->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

void TestDashboardPage::figuresArriveFromAWorkerWhileTheGuiRuns()
{
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    m_page->refresh();
    // refresh() returned before any figure: they are read on a worker and arrive as an event.
    QVERIFY(m_page->isLoading());
    QVERIFY(label("outstandingAmount")->text().isEmpty());
    QCOMPARE(label("dashboardStatus")->text(), QStringLiteral("Loading\u2026"));
    QVERIFY(!label("dashboardStatus")->isHidden());
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!m_page->isLoading());
    QVERIFY(label("dashboardStatus")->isHidden());

    QCOMPARE(label("outstandingAmount")->text(), QStringLiteral("1.334,50 EUR"));
    QCOMPARE(label("outstandingCount")->text(),
             QStringLiteral("2 invoice(s) issued and not yet paid"));
    QCOMPARE(label("overdueAmount")->text(), QStringLiteral("1.234,50 EUR"));
    QCOMPARE(label("overdueCount")->text(), QStringLiteral("1 invoice(s) past their due date"));
    QVERIFY(button(QStringLiteral("Show overdue invoices"))
                ->accessibleDescription()
                .contains(QStringLiteral("1.234,50 EUR")));
    QCOMPARE(label("activeProjectsHeading")->text(), QStringLiteral("Active projects: 1"));
}

void TestDashboardPage::chartHasTwelveLocalisedMonthsAndATextAlternative()
{
    showAndWait();
    auto *view = m_page->findChild<QChartView *>(QStringLiteral("revenueChart"));
    QVERIFY(view);
    QVERIFY(!view->accessibleName().isEmpty());
    const auto axes = view->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *months = qobject_cast<QBarCategoryAxis *>(axes.constFirst());
    QVERIFY(months);
    QCOMPARE(months->count(), 12);
    const QLocale german;
    QCOMPARE(months->at(0), german.standaloneMonthName(2, QLocale::ShortFormat));
    QCOMPARE(months->at(1), german.standaloneMonthName(3, QLocale::ShortFormat));
    QCOMPARE(months->at(11), german.standaloneMonthName(1, QLocale::ShortFormat));
    QCOMPARE(months->titleText(), QStringLiteral("Februar 2025 to Januar 2026"));
    QVERIFY(view->chart()->localizeNumbers());
    QCOMPARE(view->chart()->locale(), german);

    auto *series = qobject_cast<QBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    QBarSet *set = series->barSets().constFirst();
    QCOMPARE(set->count(), 12);
    QCOMPARE(set->at(1), 500.0); // March 2025, paid
    QCOMPARE(set->at(10), 1234.5); // December 2025
    QCOMPARE(set->at(11), 100.0); // January 2026
    QCOMPARE(set->at(5), 0.0);

    // The same figures as text, exactly and in the locale.
    const QString description = view->accessibleDescription();
    QVERIFY2(description.contains(german.standaloneMonthName(12) + u" 2025: 1.234,50 EUR"),
             qPrintable(description));
    QVERIFY(description.contains(german.standaloneMonthName(3) + u" 2025: 500,00 EUR"));
    QCOMPARE(view->toolTip().count(u'\n'), 11);
    QVERIFY(label("revenueSummary")->text().contains(QStringLiteral("1.834,50 EUR")));
}

void TestDashboardPage::otherCurrenciesAreNamed()
{
    showAndWait();
    QVERIFY(label("dashboardCurrencyNote")->isHidden());
    issue(2000, day("2026-01-12"), day("2026-02-11"), QStringLiteral("USD"));
    issue(3000, day("2026-01-12"), day("2026-02-11"), QStringLiteral("CHF"));
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    m_page->refresh();
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!label("dashboardCurrencyNote")->isHidden());
    const QString note = label("dashboardCurrencyNote")->text();
    QVERIFY2(note.contains(QStringLiteral("CHF")) && note.contains(QStringLiteral("USD")),
             qPrintable(note));
    // The cards still show the agency's currency alone.
    QCOMPARE(label("outstandingAmount")->text(), QStringLiteral("1.334,50 EUR"));
}

void TestDashboardPage::cardsAskForTheirInvoices()
{
    showAndWait();
    QSignalSpy requested(m_page, &DashboardPage::invoicesRequested);
    QTest::mouseClick(button(QStringLiteral("Show outstanding invoices")), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toBool(), false);
    QPushButton *overdue = button(QStringLiteral("Show overdue invoices"));
    overdue->setFocus();
    QTest::keyClick(overdue, Qt::Key_Space);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toBool(), true);
    // Mnemonics give both a keyboard path.
    QVERIFY(overdue->text().contains(u'&'));
    QVERIFY(button(QStringLiteral("Show outstanding invoices"))->text().contains(u'&'));
}

void TestDashboardPage::projectsListOpensAProject()
{
    showAndWait();
    auto *projects = m_page->findChild<QTreeWidget *>(QStringLiteral("nearestProjects"));
    QVERIFY(projects);
    QCOMPARE(projects->topLevelItemCount(), 1);
    QTreeWidgetItem *item = projects->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("Brand refresh"));
    QCOMPARE(item->text(1), QStringLiteral("Atelier Nord"));
    QCOMPARE(item->text(2), QStringLiteral("28.02.2026"));
    QSignalSpy open(m_page, &DashboardPage::projectOpenRequested);
    projects->setFocus();
    projects->setCurrentItem(item);
    QTest::keyClick(projects->viewport(), Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_projectId);
}

void TestDashboardPage::changesAreReadOnceAfterAPause()
{
    showAndWait();
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    const QString id = issue(5000, day("2026-01-02"), day("2026-01-05"));
    for (int i = 0; i < 3; ++i)
        m_session->notifyChanged(Session::Record::Invoice, id);
    // Nothing is read at once: the page waits for the changes to settle.
    QVERIFY(!m_page->isLoading());
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(label("overdueAmount")->text(), QStringLiteral("1.284,50 EUR"));
    QCOMPARE(label("overdueCount")->text(), QStringLiteral("2 invoice(s) past their due date"));
    // That one reading covered all three changes: nothing else is pending.
    QVERIFY(!m_page->isLoading());
    const auto timers = m_page->findChildren<QTimer *>();
    for (const QTimer *timer : timers)
        QVERIFY(!timer->isActive());
    // Changes that cannot move a figure are ignored.
    m_session->notifyChanged(Session::Record::Contact, QString());
    for (const QTimer *timer : timers)
        QVERIFY(!timer->isActive());
}

void TestDashboardPage::aNewerRequestSupersedesARunningOne()
{
    showAndWait();
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    m_page->refresh();
    issue(7000, day("2026-01-14"), day("2026-02-13"));
    m_page->refresh();
    QTRY_VERIFY(!m_page->isLoading());
    // Only the newest reading reached the screen, with the invoice written in between.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(label("outstandingAmount")->text(), QStringLiteral("1.404,50 EUR"));
}

void TestDashboardPage::hiddenPageCatchesUpWhenShown()
{
    showAndWait();
    m_page->hide();
    const QString id = issue(1000, day("2026-01-14"), day("2026-02-13"));
    m_session->notifyChanged(Session::Record::Invoice, id);
    QVERIFY(!m_page->isLoading());
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    m_page->show();
    QVERIFY(m_page->isLoading());
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(label("outstandingAmount")->text(), QStringLiteral("1.344,50 EUR"));
}

void TestDashboardPage::unreadableStoreSaysSo()
{
    showAndWait();
    // The worker opens the file by its name; the GUI's connection keeps its open handle.
    const QString path = m_session->storePath();
    QVERIFY(QFile::rename(path, path + QStringLiteral(".away")));
    QSignalSpy shown(m_page, &DashboardPage::figuresShown);
    m_page->refresh();
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(QFile::rename(path + QStringLiteral(".away"), path));
    QLabel *status = label("dashboardStatus");
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().startsWith(QStringLiteral("The figures could not be read: ")),
             qPrintable(status->text()));
    // The figures read before stay on screen.
    QCOMPARE(label("outstandingAmount")->text(), QStringLiteral("1.334,50 EUR"));
    m_page->refresh();
    QTRY_VERIFY(status->isHidden());
}

void TestDashboardPage::chartFollowsDarkAndLightPalettes()
{
    showAndWait();
    auto *view = m_page->findChild<QChartView *>(QStringLiteral("revenueChart"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    m_page->setPalette(dark);
    QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(view->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    const auto axes = view->chart()->axes();
    for (const QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsBrush().color(), dark.color(QPalette::Text));
    auto *series = qobject_cast<QBarSeries *>(view->chart()->series().constFirst());
    QCOMPARE(series->barSets().constFirst()->color(), dark.color(QPalette::Highlight));

    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    m_page->setPalette(light);
    QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
    QCOMPARE(view->chart()->backgroundBrush().color(), QColor(Qt::white));
    for (const QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsBrush().color(), QColor(Qt::black));
}

void TestDashboardPage::everyControlHasAUniqueAccessibleName()
{
    showAndWait();
    QStringList problems;
    const QStringList names = AccessibleNames::ofFocusable(m_page, problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(names.contains(QStringLiteral("Show outstanding invoices")));
    QVERIFY(names.contains(QStringLiteral("Active projects due soonest")));
}

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
