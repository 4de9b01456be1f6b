// SPDX-License-Identifier: GPL-3.0-or-later
// The rotating log file in the data dir: one file a day, capped in size, pruned after 90 days.
#pragma once

#include "models/domain/Clock.h"

#include <QFile>
#include <QMutex>

namespace ClientDesk {

class LogFile
{
public:
    static constexpr int RetentionDays = 90;
    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024;

    LogFile(QString dir, const Clock &clock);
    ~LogFile();
    Q_DISABLE_COPY_MOVE(LogFile)

    enum class Echo { ToStderr, Quiet };

    // Routes Qt's message handler here until this object is destroyed; with ToStderr messages
    // also reach the previous handler. Lines carry time, level and category; callers never
    // log secrets or personal data.
    void install(Echo echo);
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);
    // Deletes log files older than RetentionDays by the date in their name.
    void prune();
    QString currentPath() const;

private:
    bool openForToday();

    QString m_dir;
    const Clock &m_clock;
    QMutex m_mutex;
    QFile m_file;
    QDate m_fileDate;
    QtMessageHandler m_previous = nullptr;
    QtMessageHandler m_restore = nullptr;
    bool m_installed = false;
};

} // namespace ClientDesk
