// SPDX-License-Identifier: GPL-3.0-or-later
// Makes throw-away workspaces for tests: a temporary folder, a known passphrase, a cheap KDF.
#pragma once

#include "models/domain/WorkspaceSetup.h"
#include "models/store/Workspace.h"
#include "tests/support/ManualClock.h"

#include <QTemporaryDir>

namespace ClientDesk::Test {

class TempWorkspace
{
public:
    static inline const QByteArray Passphrase =
        QByteArrayLiteral("correct horse battery staple 42");
    static inline const QString OwnerEmail = QStringLiteral("ada.owner@example-agency.test");
    static inline const QString OwnerName = QStringLiteral("Ada Owner");

    // scrypt at its smallest accepted cost: tests unlock in milliseconds, not 0.3 s.
    static ScryptKdf::Params fastKdf() { return {1ULL << 10, 8, 1}; }
    static WorkspaceSetup setup();

    TempWorkspace();

    // The folder of the workspace (inside the temporary directory; not created yet).
    QString dir() const { return m_dir; }
    QString root() const { return m_root.path(); }
    ManualClock &clock() { return m_clock; }

    // Creates the workspace and keeps it open; a failure fails the test with its message.
    std::unique_ptr<Workspace> create();
    // Unlocks with Passphrase and opens.
    Result<std::unique_ptr<Workspace>> open();
    // Path of a file in the workspace folder.
    QString file(const QString &name) const { return m_dir + QLatin1Char('/') + name; }
    // SHA-256 of every file in the workspace folder (recursively), by relative path.
    QMap<QString, QByteArray> snapshot() const;

private:
    QTemporaryDir m_root;
    QString m_dir;
    ManualClock m_clock;
};

} // namespace ClientDesk::Test
