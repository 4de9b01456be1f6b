// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic daily backup into a workspace's backups/ folder, and the pruning that keeps
// backups there for 30 days (PRIVACY.md, "Retention").
#pragma once

#include "models/crypto/KeyRing.h"
#include "models/domain/Clock.h"

#include <QCoreApplication>
#include <QDate>

namespace ClientDesk {

class DailyBackups
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::DailyBackups)

public:
    // A backup from day D is removed from day D + KeepDays + 1 on.
    static constexpr int KeepDays = 30;

    explicit DailyBackups(const Clock &clock);

    // backups/daily-YYYY-MM-DD.cdbackup for the clock's day (UTC).
    QString todaysBackup(const QString &dir) const;
    // Prunes, then makes today's backup unless it is there already. The app calls it after an
    // unlock and on close; it opens a connection of its own, so it runs on a worker thread.
    // Returns the backup it wrote, or an empty string when today's existed.
    Result<QString> run(const QString &dir, const KeyRing &keys) const;
    // Removes daily backups and pre-migration copies older than KeepDays, and what backups that
    // crashed left there (WorkspaceBackup::removeLeftovers()); returns how many files went.
    Result<int> prune(const QString &dir) const;

private:
    QDate today() const;

    const Clock &m_clock;
};

} // namespace ClientDesk
