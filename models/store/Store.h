// SPDX-License-Identifier: GPL-3.0-or-later
// One connection to a workspace's encrypted store, and the single path by which anything is written
// to it.
#pragma once

#include "models/crypto/SecretBytes.h"
#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/store/Change.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace ClientDesk {

class Store
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::Store)

public:
    struct Options
    {
        bool create = false;
        bool readOnly = false;
        // Page cache budget of this connection: the GUI's is larger, workers' smaller; bulk
        // work may raise its own for the duration (setCacheBudget).
        int cacheKiB = 16 * 1024;
    };

    // Opens (or creates) the store at `path` with the raw data key; the key is applied and
    // wiped by the driver. Connections belong to the thread that opens them.
    static Result<std::unique_ptr<Store>> open(const QString &path, const SecretBytes &dataKey,
                                               const Clock &clock, const Options &options);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    const Clock &clock() const { return m_clock; }

    Result<int> schemaVersion() const;
    Result<void> setCacheBudget(int kib);

    // Who is acting and on which device, recorded in every audit entry.
    void setActor(const QString &memberId, const QString &deviceId);

    // Runs `work` in one IMMEDIATE transaction: commits when it succeeds, rolls back otherwise.
    // Nested calls become savepoints, so writes compose: an import of many rows is all or
    // nothing even though each row is written through its repository.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // The mutation path: `work`, its audit entry and (for synced data) its outbox entry, in
    // one transaction. Either all land or none.
    Result<void> write(const Change &change, const std::function<Result<void>()> &work);
    // The same, for work that learns what it changed as it goes (an update touching only some
    // fields, a delete that cascades): `work` returns the changes to record.
    Result<void> writeChanges(const std::function<Result<QList<Change>>()> &work);

    // Moves the WAL into the main file, e.g. before copying the closed store.
    Result<void> checkpoint();
    // Confirms the file on disk is encrypted (does not start with "SQLite format 3").
    Result<void> verifyEncryptedOnDisk() const;

    // Re-encrypts the store in place under `newKey`. It needs the store to itself and fails,
    // changing nothing, while another connection has it open. `beforeRekey` runs once the store
    // is held exclusively, right before its pages are rewritten; when it fails nothing is
    // re-keyed. A crash part-way leaves the old key working. SQLCipher 3.4 does not report a
    // rewrite that failed, so the caller opens the file again to learn which key it has.
    Result<void> rekey(const SecretBytes &newKey, const std::function<Result<void>()> &beforeRekey);
    // Closes the connection and opens the same file again with `key`. The connection keeps its
    // name, so QSqlDatabase handles to it stay valid.
    Result<void> reopen(const SecretBytes &key);
    // Writes an encrypted copy into a new file through SQLite's backup API, keyed with `key`
    // before its first page: a consistent snapshot, taken while writers carry on.
    Result<void> backupTo(const QString &path, const SecretBytes &key) const;

private:
    Store(QString path, QString connectionName, const Clock &clock);
    Result<void> applyPragmas(const Options &options);
    Result<void> leaveWal();
    Result<void> returnToWal();

    QString m_path;
    QString m_connectionName;
    const Clock &m_clock;
    Options m_options;
    QString m_memberId;
    QString m_deviceId;
    bool m_encryptionVerified = false;
    int m_transactionDepth = 0;
};

} // namespace ClientDesk
