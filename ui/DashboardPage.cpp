// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DashboardPage.h"

#include "models/crypto/KeyRing.h"
#include "models/domain/Currency.h"
#include "models/itemmodels/ItemModelText.h"
#include "models/store/Store.h"
#include "ui/LocalMoney.h"
#include "ui/Session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ClientDesk {

namespace {
// A worker's page cache: the figures read a few index ranges, not the whole file.
constexpr int WorkerCacheKiB = 4 * 1024;
constexpr int ProjectIdRole = Qt::UserRole;

Result<DashboardFigures> readFigures(const QString &storePath,
                                     const std::shared_ptr<const SecretBytes> &dataKey,
                                     const Clock &clock)
{
    auto store =
        Store::open(storePath, *dataKey, clock, {.readOnly = true, .cacheKiB = WorkerCacheKiB});
    if (!store)
        return store.error();
    return DashboardFigures::compute(**store);
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *textLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setObjectName(QString::fromLatin1(objectName));
    return label;
}

// The amount of a card in a larger type, so it reads first.
QLabel *amountLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = textLabel(parent, objectName);
    label->setWordWrap(false);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Minor units as a number of major units, for bar heights and the axis only: every amount a
// person reads as text is formatted exactly from minor units.
double majorUnits(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, Currency::minorDigits(currency));
}
} // namespace

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_refreshDelay(new QTimer(this))
    , m_status(new QLabel(this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(makeCards());
    m_currencyNote = textLabel(m_content, "dashboardCurrencyNote");
    contentLayout->addWidget(m_currencyNote);
    contentLayout->addWidget(makeChart(), 1);
    contentLayout->addWidget(makeProjects());
    m_content->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_status);
    innerLayout->addWidget(m_content, 1);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(RefreshDelayMs);
    connect(m_refreshDelay, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DashboardPage::finished);
    connect(&m_session, &Session::recordChanged, this, [this](Session::Record record) {
        // Contacts and deliverables change none of the figures.
        if (record != Session::Record::Contact && record != Session::Record::Deliverable)
            recordChanged();
    });
    applyPalette();
}

DashboardPage::~DashboardPage()
{
    // The worker uses the session's clock; a reading takes milliseconds, so waiting for the
    // one still running is brief.
    m_watcher.waitForFinished();
}

QWidget *DashboardPage::makeCards()
{
    auto *cards = new QWidget(m_content);
    auto *layout = new QHBoxLayout(cards);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto makeCard = [cards](const QString &title, QLabel *&amount, const char *amountName,
                                  QLabel *&count, const char *countName, QPushButton *&button,
                                  const QString &buttonText, const QString &buttonName) {
        auto *card = new QFrame(cards);
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->addWidget(headingLabel(title, card));
        amount = amountLabel(card, amountName);
        cardLayout->addWidget(amount);
        count = textLabel(card, countName);
        cardLayout->addWidget(count);
        button = new QPushButton(buttonText, card);
        button->setAccessibleName(buttonName);
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addWidget(button);
        buttonRow->addStretch();
        cardLayout->addLayout(buttonRow);
        return card;
    };
    layout->addWidget(makeCard(tr("Outstanding"), m_outstandingAmount, "outstandingAmount",
                               m_outstandingCount, "outstandingCount", m_outstandingButton,
                               tr("Show &Outstanding Invoices"), tr("Show outstanding invoices")));
    layout->addWidget(makeCard(tr("Overdue"), m_overdueAmount, "overdueAmount", m_overdueCount,
                               "overdueCount", m_overdueButton, tr("Show O&verdue Invoices"),
                               tr("Show overdue invoices")));
    connect(m_outstandingButton, &QPushButton::clicked, this,
            [this] { Q_EMIT invoicesRequested(false); });
    connect(m_overdueButton, &QPushButton::clicked, this,
            [this] { Q_EMIT invoicesRequested(true); });
    return cards;
}

QWidget *DashboardPage::makeChart()
{
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(headingLabel(tr("Revenue by month"), box));

    m_revenueSet = new QBarSet(tr("Revenue"));
    auto *series = new QBarSeries;
    series->append(m_revenueSet);
    m_chart = new QChart;
    m_chart->addSeries(series);
    m_chart->legend()->hide();
    // Axis numbers in the person's language, like every other amount.
    m_chart->setLocalizeNumbers(true);
    m_monthAxis = new QBarCategoryAxis;
    m_moneyAxis = new QValueAxis;
    m_chart->addAxis(m_monthAxis, Qt::AlignBottom);
    m_chart->addAxis(m_moneyAxis, Qt::AlignLeft);
    series->attachAxis(m_monthAxis);
    series->attachAxis(m_moneyAxis);

    m_chartView = new QChartView(m_chart, box);
    m_chartView->setObjectName(QStringLiteral("revenueChart"));
    m_chartView->setAccessibleName(tr("Revenue by month chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    // Tab stops once, on the view that carries the name and the figures as text.
    m_chartView->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_chartView, 1);
    // The chart's figures as text, for screen readers and anyone who prefers numbers.
    m_chartSummary = textLabel(box, "revenueSummary");
    layout->addWidget(m_chartSummary);
    return box;
}

QWidget *DashboardPage::makeProjects()
{
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_projectsHeading = headingLabel(QString(), box);
    m_projectsHeading->setObjectName(QStringLiteral("activeProjectsHeading"));
    layout->addWidget(m_projectsHeading);
    m_projects = new QTreeWidget(box);
    m_projects->setObjectName(QStringLiteral("nearestProjects"));
    m_projects->setAccessibleName(tr("Active projects due soonest"));
    m_projects->setHeaderLabels({tr("Project"), tr("Client"), tr("Due")});
    m_projects->setRootIsDecorated(false);
    m_projects->setUniformRowHeights(true);
    m_projects->setAlternatingRowColors(true);
    // Rows as tall as the other lists' (a tree view packs its rows to the text).
    m_projects->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
    m_projects->setAllColumnsShowFocus(true);
    m_projects->setSelectionMode(QAbstractItemView::SingleSelection);
    m_projects->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_projects->setToolTip(tr("Press Enter or double-click to open a project."));
    // Room for the few listed projects; the chart takes what is left.
    m_projects->setMaximumHeight((m_projects->fontMetrics().height() + 12)
                                 * (DashboardFigures::NearestProjects + 2));
    layout->addWidget(m_projects);
    m_noProjects = textLabel(box, "noActiveProjects");
    m_noProjects->setText(tr("No active projects."));
    layout->addWidget(m_noProjects);
    // Enter and double-click both activate.
    connect(m_projects, &QTreeWidget::itemActivated, this, &DashboardPage::openProject);
    return box;
}

void DashboardPage::refresh()
{
    m_stale = false;
    m_loading = true;
    m_refreshDelay->stop();
    if (!m_loaded) {
        m_status->setText(tr("Loading\u2026"));
        m_status->show();
    }
    if (m_watcher.isRunning()) {
        // What the running reading returns is already out of date.
        m_readAgain = true;
        return;
    }
    start();
}

bool DashboardPage::isLoading() const
{
    return m_loading;
}

void DashboardPage::start()
{
    auto dataKey = std::make_shared<const SecretBytes>(m_session.keyRing().dataKey().clone());
    m_watcher.setFuture(QtConcurrent::run(readFigures, m_session.storePath(), dataKey,
                                          std::cref(m_session.clock())));
}

void DashboardPage::finished()
{
    if (m_readAgain) {
        m_readAgain = false;
        start();
        return;
    }
    m_loading = false;
    const Result<DashboardFigures> result = m_watcher.result();
    if (!result) {
        m_status->setText(tr("The figures could not be read: %1").arg(result.error().message()));
        m_status->show();
        Q_EMIT figuresShown();
        return;
    }
    m_loaded = true;
    m_status->hide();
    showFigures(*result);
    m_content->show();
    Q_EMIT figuresShown();
}

void DashboardPage::recordChanged()
{
    // A hidden page catches up when it is shown again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshDelay->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LocaleChange && m_loaded)
        refresh();
}

void DashboardPage::showFigures(const DashboardFigures &figures)
{
    const QString currency = figures.defaultCurrency();
    showCards(figures, currency);
    showChart(figures, currency);
    showProjects(figures);

    QStringList others = figures.currencies();
    others.removeAll(currency);
    m_currencyNote->setVisible(!others.isEmpty());
    m_currencyNote->setText(tr("Amounts in %1. Invoices in %2 are not included in these figures.")
                                .arg(currency, locale().createSeparatedList(others)));
}

void DashboardPage::showCards(const DashboardFigures &figures, const QString &currency)
{
    const QLocale here = locale();
    const DashboardFigures::Sum outstanding = figures.outstanding(currency);
    const DashboardFigures::Sum overdue = figures.overdue(currency);
    m_outstandingAmount->setText(LocalMoney::format(Money(outstanding.minor, currency), here));
    m_outstandingCount->setText(
        tr("%Ln invoice(s) issued and not yet paid", nullptr, int(outstanding.count)));
    m_overdueAmount->setText(LocalMoney::format(Money(overdue.minor, currency), here));
    m_overdueCount->setText(tr("%Ln invoice(s) past their due date", nullptr, int(overdue.count)));
    // Screen readers hear the figure with the button that opens it.
    m_outstandingButton->setAccessibleDescription(m_outstandingAmount->text() + QLatin1String(", ")
                                                  + m_outstandingCount->text());
    m_overdueButton->setAccessibleDescription(m_overdueAmount->text() + QLatin1String(", ")
                                              + m_overdueCount->text());
}

void DashboardPage::showChart(const DashboardFigures &figures, const QString &currency)
{
    const QLocale here = locale();
    m_chart->setLocale(here);
    const QList<QDate> months = figures.months();
    const QList<qint64> revenue = figures.revenue(currency);
    QStringList categories;
    QStringList lines;
    QList<qreal> values;
    qint64 total = 0;
    bool totalFits = true;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const QDate &month = months.at(i);
        // Twelve months in a row never repeat a name; the axis title gives the years.
        categories << here.standaloneMonthName(month.month(), QLocale::ShortFormat);
        const QString amount = LocalMoney::format(Money(revenue.at(i), currency), here);
        lines << tr("%1: %2", "month: amount")
                     .arg(here.standaloneMonthName(month.month()) + QLatin1Char(' ')
                              + QString::number(month.year()),
                          amount);
        values << majorUnits(revenue.at(i), currency);
        auto sum = Money::add(total, revenue.at(i));
        totalFits = totalFits && sum.ok();
        if (sum)
            total = *sum;
    }
    m_monthAxis->clear();
    m_monthAxis->append(categories);
    m_monthAxis->setTitleText(
        tr("%1 to %2", "first month, last month")
            .arg(here.toString(months.constFirst(), QStringLiteral("MMMM yyyy")),
                 here.toString(months.constLast(), QStringLiteral("MMMM yyyy"))));
    m_revenueSet->remove(0, m_revenueSet->count());
    m_revenueSet->append(values);
    m_revenueSet->setLabel(tr("Revenue in %1").arg(currency));

    const qreal highest = *std::max_element(values.cbegin(), values.cend());
    const qreal lowest = *std::min_element(values.cbegin(), values.cend());
    m_moneyAxis->setRange(qMin<qreal>(0, lowest), qMax<qreal>(highest, 1));
    m_moneyAxis->applyNiceNumbers();
    m_moneyAxis->setLabelFormat(m_moneyAxis->max() - m_moneyAxis->min() < 10
                                    ? QStringLiteral("%.2f")
                                    : QStringLiteral("%.0f"));
    m_moneyAxis->setTitleText(currency);

    const QString listing = lines.join(QLatin1Char('\n'));
    m_chartView->setToolTip(listing);
    m_chartView->setAccessibleDescription(tr("Revenue in %1 for each of the last 12 months: %2")
                                              .arg(currency, lines.join(QStringLiteral("; "))));
    m_chartSummary->setText(
        totalFits ? tr("Invoiced in the last 12 months: %1 (hover over the chart or focus it for "
                       "each month's amount).")
                        .arg(LocalMoney::format(Money(total, currency), here))
                  : tr("Hover over the chart or focus it for each month's amount."));
}

void DashboardPage::showProjects(const DashboardFigures &figures)
{
    m_projectsHeading->setText(
        tr("Active projects: %1").arg(locale().toString(figures.activeProjects())));
    m_projects->clear();
    const QDate today = figures.today();
    for (const DashboardFigures::ProjectDue &project : figures.nearestProjects()) {
        QString due = project.dueDate.isValid()
            ? ItemModelText::date(project.dueDate.toString(Qt::ISODate))
            : tr("No due date");
        if (project.dueDate.isValid() && project.dueDate < today)
            due = tr("%1 (past due)").arg(due);
        auto *item = new QTreeWidgetItem(m_projects, {project.name, project.clientName, due});
        item->setData(0, ProjectIdRole, project.id);
    }
    const bool empty = figures.nearestProjects().isEmpty();
    m_projects->setVisible(!empty);
    m_noProjects->setVisible(empty);
}

void DashboardPage::applyPalette()
{
    const QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme sets its own colours; the page's palette decides, so the chart sits on the
    // same background as the rest of the page in light and dark appearance.
    m_chart->setBackgroundBrush(colours.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_monthAxis), static_cast<QAbstractAxis *>(m_moneyAxis)}) {
        axis->setLabelsBrush(colours.color(QPalette::Text));
        axis->setTitleBrush(colours.color(QPalette::Text));
        axis->setLinePenColor(colours.color(QPalette::Mid));
        axis->setGridLineColor(colours.color(QPalette::Midlight));
    }
    m_revenueSet->setColor(colours.color(QPalette::Highlight));
    m_revenueSet->setBorderColor(colours.color(QPalette::Highlight));
    m_chartView->setBackgroundBrush(colours.color(QPalette::Base));
}

void DashboardPage::openProject(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT projectOpenRequested(item->data(0, ProjectIdRole).toString());
}

} // namespace ClientDesk
