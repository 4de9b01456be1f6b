// SPDX-License-Identifier: GPL-3.0-or-later
// The first page of an open workspace: what is outstanding and overdue, revenue of the last
// twelve months as a bar chart, and the active projects due soonest, read on a worker thread.
#pragma once

#include "models/domain/Result.h"
#include "models/store/DashboardFigures.h"

#include <QFutureWatcher>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QValueAxis;

namespace ClientDesk {

class Session;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    // Changes to records wait this long for more before the figures are read again.
    static constexpr int RefreshDelayMs = 500;

    explicit DashboardPage(Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Reads the figures again on a worker thread and shows them when they arrive. While a
    // reading runs, a new request waits for it and then reads again (the older result is
    // dropped), so one reading at a time runs and the newest state always wins.
    void refresh();
    // True from a request until its figures (or its error) are on screen.
    bool isLoading() const;

Q_SIGNALS:
    // The person asked for the invoices behind a card: all outstanding, or only overdue ones.
    void invoicesRequested(bool overdueOnly);
    // The person opened one of the listed projects.
    void projectOpenRequested(const QString &id);
    // New figures, or the reason there are none, are on screen.
    void figuresShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeCards();
    QWidget *makeChart();
    QWidget *makeProjects();
    void start();
    void finished();
    void recordChanged();
    void showFigures(const DashboardFigures &figures);
    void showCards(const DashboardFigures &figures, const QString &currency);
    void showChart(const DashboardFigures &figures, const QString &currency);
    void showProjects(const DashboardFigures &figures);
    void applyPalette();
    void openProject(QTreeWidgetItem *item);

    Session &m_session;
    QFutureWatcher<Result<DashboardFigures>> m_watcher;
    QTimer *m_refreshDelay;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_stale = true;
    bool m_readAgain = false;

    QLabel *m_status;
    QWidget *m_content;
    QLabel *m_outstandingAmount = nullptr;
    QLabel *m_outstandingCount = nullptr;
    QPushButton *m_outstandingButton = nullptr;
    QLabel *m_overdueAmount = nullptr;
    QLabel *m_overdueCount = nullptr;
    QPushButton *m_overdueButton = nullptr;
    QLabel *m_currencyNote = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QBarSet *m_revenueSet = nullptr;
    QBarCategoryAxis *m_monthAxis = nullptr;
    QValueAxis *m_moneyAxis = nullptr;
    QLabel *m_chartSummary = nullptr;
    QLabel *m_projectsHeading = nullptr;
    QTreeWidget *m_projects = nullptr;
    QLabel *m_noProjects = nullptr;
};

} // namespace ClientDesk
