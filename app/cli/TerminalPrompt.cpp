// SPDX-License-Identifier: GPL-3.0-or-later
// The one platform file for terminal input: POSIX termios, or the Windows console API.
#include "app/cli/TerminalPrompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace ClientDesk {

namespace {
// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    explicit EchoOff(bool active)
        : m_active(active)
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        GetConsoleMode(m_handle, &m_mode);
        SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        tcgetattr(STDIN_FILENO, &m_saved);
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        std::fputs("\n", stderr);
    }

private:
    bool m_active;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};
} // namespace

bool TerminalPrompt::interactive() const
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

std::optional<QString> TerminalPrompt::ask(const QString &prompt, bool hidden)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    // Room for any passphrase up front, so getline never reallocates and leaves a copy behind.
    line.reserve(4096);
    {
        EchoOff echoOff(hidden && interactive());
        if (!std::getline(std::cin, line))
            return std::nullopt;
    }
    QString text = QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace ClientDesk
