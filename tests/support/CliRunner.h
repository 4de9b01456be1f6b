// SPDX-License-Identifier: GPL-3.0-or-later
// Runs clientdesk-cli for tests: in-process with a scripted terminal, or as the real binary.
#pragma once

#include "tests/support/ManualClock.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace ClientDesk::Test {

class CliRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // `root` holds the data dir (root/home) the commands see.
    explicit CliRunner(QString root);

    // In-process; `answers` are what the person types, `interactive` whether there is a TTY.
    Run run(const QStringList &arguments, const QStringList &answers = {},
            bool interactive = false);
    // The built clientdesk-cli in a child process, stdin from /dev/null; `environment` adds to
    // the inherited one. exitCode is -1 when it crashed or did not end within a minute.
    Run runBinary(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment());
    // Writes a file under root (e.g. a passphrase file) and returns its path.
    QString writeFile(const QString &name, const QByteArray &contents) const;

    ManualClock &clock() { return m_clock; }

private:
    QString m_root;
    ManualClock m_clock;
};

} // namespace ClientDesk::Test
