// SPDX-License-Identifier: GPL-3.0-or-later
// Tests LogFile: one file a day, a size cap, and files older than 90 days pruned.
#include "app/LogFile.h"
#include "tests/support/ManualClock.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

Q_LOGGING_CATEGORY(lcTestLog, "clientdesk.test", QtInfoMsg)

class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesLinesWithCategoryAndLevel();
    void startsANewFileEachDay();
    void capsTheFileSize();
    void prunesFilesOlderThanNinetyDays();
    void fileIsPrivateToTheUser();

private:
    static QString read(const QString &path);
};

QString TestLogFile::read(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

void TestLogFile::writesLinesWithCategoryAndLevel()
{
    QTemporaryDir dir;
    ManualClock clock;
    {
        LogFile log(dir.path(), clock);
        log.install(LogFile::Echo::Quiet);
        qCInfo(lcTestLog) << "store opened";
        qCWarning(lcTestLog) << "something odd";
    }
    const QString text = read(dir.filePath(QStringLiteral("clientdesk-2026-01-15.log")));
    QVERIFY(text.contains(
        QStringLiteral("2026-01-15T09:30:00.000Z info clientdesk.test: store opened")));
    QVERIFY(text.contains(QStringLiteral("warning clientdesk.test: something odd")));
}

void TestLogFile::startsANewFileEachDay()
{
    QTemporaryDir dir;
    ManualClock clock;
    LogFile log(dir.path(), clock);
    log.install(LogFile::Echo::Quiet);
    qCInfo(lcTestLog) << "day one";
    clock.advanceDays(1);
    qCInfo(lcTestLog) << "day two";
    QVERIFY(read(dir.filePath(QStringLiteral("clientdesk-2026-01-15.log")))
                .contains(QStringLiteral("day one")));
    QVERIFY(read(dir.filePath(QStringLiteral("clientdesk-2026-01-16.log")))
                .contains(QStringLiteral("day two")));
}

void TestLogFile::capsTheFileSize()
{
    QTemporaryDir dir;
    ManualClock clock;
    {
        QFile full(dir.filePath(QStringLiteral("clientdesk-2026-01-15.log")));
        QVERIFY(full.open(QIODevice::WriteOnly));
        QVERIFY(full.resize(LogFile::MaxFileSize));
    }
    LogFile log(dir.path(), clock);
    log.install(LogFile::Echo::Quiet);
    qCInfo(lcTestLog) << "overflow";
    QVERIFY(read(dir.filePath(QStringLiteral("clientdesk-2026-01-15.1.log")))
                .contains(QStringLiteral("overflow")));
    QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("clientdesk-2026-01-15.log"))).size(),
             LogFile::MaxFileSize);
}

void TestLogFile::prunesFilesOlderThanNinetyDays()
{
    QTemporaryDir dir;
    ManualClock clock;
    const QDate today = clock.now().date();
    const QStringList names {
        QStringLiteral("clientdesk-%1.log").arg(today.addDays(-91).toString(Qt::ISODate)),
        QStringLiteral("clientdesk-%1.2.log").arg(today.addDays(-120).toString(Qt::ISODate)),
        QStringLiteral("clientdesk-%1.log").arg(today.addDays(-90).toString(Qt::ISODate)),
        QStringLiteral("clientdesk-%1.log").arg(today.addDays(-1).toString(Qt::ISODate)),
        QStringLiteral("notes.txt"),
    };
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    LogFile log(dir.path(), clock);
    log.prune();
    QVERIFY(!QFile::exists(dir.filePath(names.at(0))));
    QVERIFY(!QFile::exists(dir.filePath(names.at(1))));
    QVERIFY(QFile::exists(dir.filePath(names.at(2))));
    QVERIFY(QFile::exists(dir.filePath(names.at(3))));
    QVERIFY(QFile::exists(dir.filePath(names.at(4))));
    clock.advanceDays(1);
    log.prune();
    QVERIFY(!QFile::exists(dir.filePath(names.at(2))));
}

void TestLogFile::fileIsPrivateToTheUser()
{
    QTemporaryDir dir;
    ManualClock clock;
    LogFile log(dir.path(), clock);
    log.install(LogFile::Echo::Quiet);
    qCInfo(lcTestLog) << "hello";
    const QFile::Permissions permissions = QFileInfo(log.currentPath()).permissions();
    QVERIFY(!(permissions & QFile::ReadOther));
    QVERIFY(!(permissions & QFile::ReadGroup));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "TestLogFile.moc"
