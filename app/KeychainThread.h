// SPDX-License-Identifier: GPL-3.0-or-later
// The one thread, with an event loop of its own, on which every keychain job of the process runs.
#pragma once

#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

#include <functional>

class QObject;
class QThread;

namespace ClientDesk {

// QtKeychain queues every job in one executor for the whole process. It belongs to the thread
// that started the first job and hears of finished jobs through queued signals, so a job
// started on a thread whose event loop is not running (a QtConcurrent worker, a caller blocked
// waiting) would stall every later job. All jobs therefore run here, whichever thread asks; and
// for the same reason there is one such thread for the process (shared()), never one per caller.
class KeychainThread
{
public:
    // The process's keychain thread: started by the first post(), stopped as the
    // QCoreApplication is destroyed. Never deleted: a thread stuck in a blocking call (Windows'
    // credential calls, a D-Bus check) is left to the end of the process.
    static KeychainThread &shared();

    // Runs `job` on the keychain thread. False, without running it, when there is no
    // QCoreApplication or the thread has been stopped.
    bool post(std::function<void()> job);
    // How many posted jobs the thread has taken up so far.
    qint64 startedJobs() const;
    // Waits until the thread has taken up `count` jobs in all; false when `deadline` passed first.
    bool waitForStartedJobs(qint64 count, QDeadlineTimer deadline) const;

private:
    KeychainThread() = default;
    ~KeychainThread() = default;
    Q_DISABLE_COPY_MOVE(KeychainThread)

    // An object in the keychain thread to post jobs to, the thread started if need be; null
    // without a QCoreApplication or once stopped. With m_mutex held.
    QObject *context();
    // Runs while the QCoreApplication is destroyed. Callers still waiting then wait out their
    // timeout.
    void stop();
    void jobTaken();

    QMutex m_mutex;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    bool m_stopped = false;

    // Apart from m_mutex, which stop() holds while it waits for the thread.
    mutable QMutex m_countMutex;
    mutable QWaitCondition m_jobTaken;
    qint64 m_startedJobs = 0;
};

} // namespace ClientDesk
