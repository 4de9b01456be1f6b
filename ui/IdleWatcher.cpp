// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace ClientDesk {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    rearm();
}

void IdleWatcher::start()
{
    m_watching = true;
    rearm();
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer->stop();
}

void IdleWatcher::rearm()
{
    if (m_watching && m_timeout.count() > 0)
        m_timer->start(m_timeout);
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Timer restarts are cheap, but a mouse move reaches the filter once per widget on
        // its way up: restart only when the remaining time has visibly shrunk.
        if (m_timer->isActive()
            && m_timeout - std::chrono::milliseconds(m_timer->remainingTime())
                > std::chrono::milliseconds(250))
            m_timer->start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ClientDesk
