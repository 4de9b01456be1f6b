// SPDX-License-Identifier: GPL-3.0-or-later
// clientdesk-test-writer: a process for TestCrashSafety to kill. It opens a workspace and runs
// numbered write transactions, printing "committed N" after each commit.
// usage: clientdesk-test-writer WORKSPACE_DIR PASSPHRASE_FILE LAST_TRANSACTION
#include "models/crypto/Passphrase.h"
#include "models/domain/SystemClock.h"
#include "models/store/Workspace.h"
#include "models/store/WorkspaceSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace ClientDesk;

namespace {
Result<void> runTransaction(Store &store, int number)
{
    const QString key = QStringLiteral("tx.%1").arg(number);
    const Change change {Change::Operation::Create,
                         QStringLiteral("setting"),
                         key,
                         {QStringLiteral("value")},
                         true,
                         0};
    return store.write(change, [&]() -> Result<void> {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(QString(300, QLatin1Char('a' + number % 26)));
        if (!query.exec())
            return Error(ErrorKind::Io, query.lastError().text());
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('tx.last', ?)"));
        query.addBindValue(number);
        if (!query.exec())
            return Error(ErrorKind::Io, query.lastError().text());
        return {};
    });
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: clientdesk-test-writer DIR PASSPHRASE_FILE LAST\n");
        return 1;
    }
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return 4;
    QByteArray contents = file.readAll();
    const SecretBytes passphrase = Passphrase::fromFileContents(contents);
    SystemClock clock;
    auto keys = Workspace::unlock(args.at(1), passphrase.view());
    if (!keys)
        return keys.error().exitCode();
    auto workspace = Workspace::open(args.at(1), std::move(keys.value()), clock);
    if (!workspace)
        return workspace.error().exitCode();
    Store &store = (*workspace)->store();
    auto last = WorkspaceSettings(store).value(QStringLiteral("tx.last"));
    if (!last)
        return last.error().exitCode();
    const int first = last->value_or(QStringLiteral("0")).toInt() + 1;
    const int end = args.at(3).toInt();
    std::printf("ready %d\n", first - 1);
    std::fflush(stdout);
    for (int number = first; number <= end; ++number) {
        if (auto done = runTransaction(store, number); !done) {
            std::fprintf(stderr, "transaction %d failed\n", number);
            return done.error().exitCode();
        }
        std::printf("committed %d\n", number);
        std::fflush(stdout);
    }
    return 0;
}
