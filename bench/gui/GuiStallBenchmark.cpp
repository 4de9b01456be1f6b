// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/gui/GuiStallBenchmark.h"

#include "bench/BenchWorkspace.h"
#include "bench/SearchQueries.h"
#include "bench/gui/Heartbeat.h"
#include "models/domain/SystemClock.h"
#include "models/itemmodels/ClientsModel.h"
#include "models/itemmodels/InvoicesModel.h"
#include "models/itemmodels/ProjectsModel.h"
#include "models/store/SearchService.h"
#include "models/store/Workspace.h"
#include "ui/ListPage.h"
#include "ui/MainWindow.h"
#include "ui/SearchBox.h"
#include "ui/Session.h"

#include <QApplication>
#include <QEventLoop>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace ClientDesk {

namespace {
// Lets the event loop run (paint, timers, search answers) for `ms`.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

constexpr int IdleMs = 3000;
constexpr int Words = 30;
// Scrolling: four screens a frame, about as fast as dragging the scroll bar.
constexpr int ScreensPerStep = 4;
constexpr int FrameMs = 16;
} // namespace

GuiStallBenchmark::GuiStallBenchmark(Options options)
    : m_options(std::move(options))
{ }

Result<void> GuiStallBenchmark::run(BenchmarkReport &report)
{
    QTextStream err(stderr);
    const SystemClock clock;
    auto workspace = BenchWorkspace::open(m_options.workspace, clock);
    if (!workspace)
        return workspace.error();
    auto queries = SearchQueries::draw((*workspace)->store().database(), 1);
    if (!queries)
        return queries.error();
    QStringList words;
    for (const SearchQueries::Query &query : std::as_const(*queries)) {
        if (query.text.size() >= 3 && words.size() < Words)
            words << query.text;
    }

    const QSqlDatabase db = (*workspace)->store().database();
    ClientsModel clients(db);
    ProjectsModel projects(db);
    InvoicesModel invoices(db, clock);
    Session session(**workspace, clock);
    SearchService search(Workspace::storePath(m_options.workspace),
                         (*workspace)->keyRing().dataKey(), clock);
    MainWindow window;
    window.openSession(&session, {&clients, &projects, &invoices}, &search);
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::ClientsPage);
    if (!QTest::qWaitForWindowExposed(&window))
        return Error(ErrorKind::Io, QStringLiteral("The main window was never shown."));
    runFor(500);

    Heartbeat heartbeat;
    const QString label = m_options.label;

    // Baseline: the window open, nobody typing.
    heartbeat.start();
    runFor(IdleMs);
    heartbeat.stop();
    const double idle = heartbeat.longest();
    report.add(BenchmarkReport::Row(QStringLiteral("gui.idle.%1.longest").arg(label),
                                    QStringLiteral("GUI thread, idle: longest gap (%1)").arg(label),
                                    idle));

    // Search as you type: every letter its own query, as a person types.
    SearchBox *box = window.searchBox();
    int answers = 0;
    QObject::connect(box, &SearchBox::resultsShown, box, [&answers] { ++answers; });
    box->setFocus();
    heartbeat.start();
    for (const QString &word : std::as_const(words)) {
        box->selectAll();
        QTest::keyClick(box, Qt::Key_Backspace);
        for (const QChar letter : word) {
            // A key event carrying the letter, as a keyboard sends it (names are not ASCII).
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(letter));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(letter));
            QApplication::sendEvent(box, &press);
            QApplication::sendEvent(box, &release);
            runFor(m_options.typingIntervalMs);
        }
        runFor(250);
        QTest::keyClick(box, Qt::Key_Escape);
    }
    heartbeat.stop();
    err << "gui: " << words.size() << " words typed, " << answers << " result lists shown\n";
    if (answers == 0)
        return Error(ErrorKind::Io, QStringLiteral("The search never answered."));
    report.add(BenchmarkReport::Row(QStringLiteral("gui.search.%1.longest").arg(label),
                                    QStringLiteral("GUI stall, search as you type (%1)").arg(label),
                                    heartbeat.longest())
                   .versus(QStringLiteral("idle window"), idle)
                   .withAim(BenchmarkReport::Aim::ValueAtMost, 50)
                   .withNote(QStringLiteral("%1 words, p99 gap %2 ms")
                                 .arg(words.size())
                                 .arg(heartbeat.percentile(0.99), 0, 'f', 1)));

    // Scrolling the clients list from the first row to the last, then back to the top.
    QTableView *view = window.listPage(MainWindow::ClientsPage)->view();
    QScrollBar *bar = view->verticalScrollBar();
    view->setFocus();
    int steps = 0;
    heartbeat.start();
    while (bar->value() < bar->maximum()) {
        bar->setValue(bar->value() + ScreensPerStep * bar->pageStep());
        runFor(FrameMs);
        ++steps;
    }
    // Dragging the thumb back to the top in one move.
    bar->setValue(0);
    runFor(200);
    heartbeat.stop();
    err << "gui: scrolled " << clients.rowCount() << " clients in " << steps << " steps\n";
    report.add(BenchmarkReport::Row(
                   QStringLiteral("gui.scroll.%1.longest").arg(label),
                   QStringLiteral("GUI stall, scrolling the clients list (%1)").arg(label),
                   heartbeat.longest())
                   .versus(QStringLiteral("idle window"), idle)
                   .withAim(BenchmarkReport::Aim::ValueAtMost, 50)
                   .withNote(QStringLiteral("%1 rows, %2 steps, p99 gap %3 ms")
                                 .arg(clients.rowCount())
                                 .arg(steps)
                                 .arg(heartbeat.percentile(0.99), 0, 'f', 1)));
    window.closeSession();
    return {};
}

} // namespace ClientDesk
