// SPDX-License-Identifier: GPL-3.0-or-later
// Puts the records a test starts from into a workspace's store through the real repositories:
// clients, projects, invoices of one line, and counts rows. A refused fixture stops the test run
// with the store's message: it is a broken test, not the behaviour under test.
#pragma once

#include "models/domain/Invoice.h"
#include "models/domain/Money.h"
#include "models/domain/Project.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ClientDesk {
class Workspace;
}

namespace ClientDesk::Test {

class Records
{
public:
    explicit Records(Workspace &workspace);

    // A stored client called `name`; its id.
    QString client(const QString &name) const;
    // A stored project of `clientId`; its id.
    QString project(const QString &clientId, const QString &name,
                    std::optional<Money> budget = {}) const;
    // `project` stored as it is; its id.
    QString project(const Project &project) const;
    // An invoice not stored yet: for `clientId` in `currency`, one line "Design work" of one
    // piece at `netMinor`, without tax.
    static Invoice invoice(const QString &clientId, qint64 netMinor,
                           const QString &currency = QStringLiteral("EUR"));
    // `invoice` stored as a draft.
    Invoice draft(const Invoice &invoice) const;
    // `invoice` stored and issued on `issued`, due on `due` (or after the default term).
    Invoice issue(const Invoice &invoice, const QDate &issued, const QDate &due = {}) const;
    // The first column of the first row `sql` selects (a count), or -1 when it fails.
    qint64 count(const QString &sql) const;

private:
    Workspace &m_workspace;
};

} // namespace ClientDesk::Test
