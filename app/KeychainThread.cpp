// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/KeychainThread.h"

#include <QCoreApplication>
#include <QThread>

namespace ClientDesk {

KeychainThread &KeychainThread::shared()
{
    static KeychainThread *const thread = new KeychainThread;
    return *thread;
}

QObject *KeychainThread::context()
{
    if (m_context || m_stopped || !QCoreApplication::instance())
        return m_context;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("clientdesk-keychain"));
    QObject *context = new QObject;
    context->moveToThread(m_thread);
    // finished is emitted by the thread itself, the one the context belongs to.
    QObject::connect(m_thread, &QThread::finished, [context] { delete context; });
    m_context = context;
    m_thread->start();
    // shared() is the only instance.
    qAddPostRoutine([] { shared().stop(); });
    return m_context;
}

bool KeychainThread::post(std::function<void()> job)
{
    QMutexLocker locker(&m_mutex);
    QObject *target = context();
    if (!target)
        return false;
    QMetaObject::invokeMethod(
        target,
        [this, job = std::move(job)] {
            jobTaken();
            job();
        },
        Qt::QueuedConnection);
    return true;
}

void KeychainThread::jobTaken()
{
    QMutexLocker locker(&m_countMutex);
    ++m_startedJobs;
    m_jobTaken.wakeAll();
}

qint64 KeychainThread::startedJobs() const
{
    QMutexLocker locker(&m_countMutex);
    return m_startedJobs;
}

bool KeychainThread::waitForStartedJobs(qint64 count, QDeadlineTimer deadline) const
{
    QMutexLocker locker(&m_countMutex);
    while (m_startedJobs < count) {
        if (!m_jobTaken.wait(&m_countMutex, deadline))
            return m_startedJobs >= count;
    }
    return true;
}

void KeychainThread::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopped = true;
    m_context = nullptr;
    if (!m_thread)
        return;
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(std::chrono::seconds(2))))
        delete m_thread;
    m_thread = nullptr;
}

} // namespace ClientDesk
