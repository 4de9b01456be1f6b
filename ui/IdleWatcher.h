// SPDX-License-Identifier: GPL-3.0-or-later
// Says when the person has not used ClientDesk for a while, for auto-lock: any key, click,
// mouse move or wheel turn in any of its windows starts the wait again.
#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace ClientDesk {

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Zero turns the watch off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Watching runs while a workspace is open; stop() while it is locked.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    // Fired once per idle period; input starts a new one.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rearm();

    QTimer *m_timer;
    std::chrono::milliseconds m_timeout {0};
    bool m_watching = false;
};

} // namespace ClientDesk
