// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IdleWatcher.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace ClientDesk;
using namespace std::chrono_literals;

class TestIdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firesAfterTheTimeoutWithoutInput();
    void inputStartsTheWaitAgain();
    void offWhenStoppedOrZero();
};

void TestIdleWatcher::firesAfterTheTimeoutWithoutInput()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setTimeout(300ms);
    QElapsedTimer elapsed;
    elapsed.start();
    watcher.start();
    QVERIFY(idle.wait(5000));
    // Qt's coarse timers may fire up to 5 % early.
    QVERIFY(elapsed.elapsed() >= 280);
    // Once per idle period.
    QTest::qWait(700);
    QCOMPARE(idle.count(), 1);
}

void TestIdleWatcher::inputStartsTheWaitAgain()
{
    QLineEdit field;
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setTimeout(800ms);
    watcher.start();
    // Typing every 300 ms for 2.4 s keeps it from firing.
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(300);
        QTest::keyClick(&field, Qt::Key_A);
    }
    QCOMPARE(idle.count(), 0);
    QVERIFY(idle.wait(5000));
}

void TestIdleWatcher::offWhenStoppedOrZero()
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setTimeout(100ms);
    watcher.start();
    watcher.stop();
    QTest::qWait(400);
    QCOMPARE(idle.count(), 0);
    watcher.start();
    watcher.setTimeout(0ms);
    QTest::qWait(400);
    QCOMPARE(idle.count(), 0);
    QVERIFY(watcher.isWatching());
}

QTEST_MAIN(TestIdleWatcher)
#include "TestIdleWatcher.moc"
