// SPDX-License-Identifier: GPL-3.0-or-later
// An error as a value: what kind of failure it was and a message fit to show a person.
#pragma once

#include <QString>

namespace ClientDesk {

// The kinds double as the command-line exit codes (ARCHITECTURE.md, "The command line").
enum class ErrorKind {
    Usage = 1,
    WrongKey = 2,
    InvalidInput = 3,
    Io = 4,
    NewerStore = 5,
    Policy = 6,
};

class Error
{
public:
    Error(ErrorKind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    { }

    ErrorKind kind() const { return m_kind; }
    // The message never carries secrets or field values: it is shown and may be logged.
    const QString &message() const { return m_message; }
    int exitCode() const { return static_cast<int>(m_kind); }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace ClientDesk
