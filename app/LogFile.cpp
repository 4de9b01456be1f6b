// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LogFile.h"

#include <QDir>
#include <QRegularExpression>

#include <atomic>

namespace ClientDesk {

namespace {
// Read by any thread that logs; cleared before the LogFile goes away.
std::atomic<LogFile *> g_active = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogFile *active = g_active.load())
        active->write(type, context, message);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        break;
    }
    return "fatal";
}

QString fileName(const QDate &date, int part)
{
    const QString stem = QStringLiteral("clientdesk-") + date.toString(Qt::ISODate);
    return part == 0 ? stem + QStringLiteral(".log") : stem + QStringLiteral(".%1.log").arg(part);
}
} // namespace

LogFile::LogFile(QString dir, const Clock &clock)
    : m_dir(std::move(dir))
    , m_clock(clock)
{ }

LogFile::~LogFile()
{
    if (m_installed) {
        qInstallMessageHandler(m_restore);
        g_active = nullptr;
    }
}

void LogFile::install(Echo echo)
{
    QDir().mkpath(m_dir);
    prune();
    g_active = this;
    QtMessageHandler previous = qInstallMessageHandler(handler);
    m_restore = previous;
    m_previous = echo == Echo::ToStderr ? previous : nullptr;
    m_installed = true;
}

QString LogFile::currentPath() const
{
    return m_file.fileName();
}

bool LogFile::openForToday()
{
    const QDate today = m_clock.now().date();
    if (m_file.isOpen() && m_fileDate == today && m_file.size() < MaxFileSize)
        return true;
    m_file.close();
    int part = 0;
    while (QFileInfo(QDir(m_dir).filePath(fileName(today, part))).size() >= MaxFileSize)
        ++part;
    m_file.setFileName(QDir(m_dir).filePath(fileName(today, part)));
    m_fileDate = today;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    // Logs may mention what failed; keep them to the user who runs ClientDesk.
    m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&m_mutex);
        if (openForToday()) {
            const QByteArray line = m_clock.now().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                + message.toUtf8() + '\n';
            m_file.write(line);
            m_file.flush();
        }
    }
    if (m_previous)
        m_previous(type, context, message);
}

void LogFile::prune()
{
    static const QRegularExpression pattern(
        QStringLiteral("^clientdesk-(\\d{4}-\\d{2}-\\d{2})(\\.\\d+)?\\.log$"));
    const QDate oldest = m_clock.now().date().addDays(-RetentionDays);
    const QDir dir(m_dir);
    const QStringList names = dir.entryList({QStringLiteral("clientdesk-*.log")}, QDir::Files);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        if (match.hasMatch() && date.isValid() && date < oldest)
            QFile::remove(dir.filePath(name));
    }
}

} // namespace ClientDesk
