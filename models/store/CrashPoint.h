// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only crash points: a process whose CLIENTDESK_CRASH_POINT names one ends itself there at
// once, as a power cut would, so tests can stop a write in windows random kills rarely hit.
#pragma once

namespace ClientDesk {

class CrashPoint
{
public:
    // The exit status of a process that stopped at a crash point.
    static constexpr int ExitCode = 86;

    // CLIENTDESK_CRASH_POINT=NAME stops at the first hit of NAME; NAME:N at its N-th hit.
    // Unset (every normal run), this is one relaxed atomic load.
    static void hit(const char *name);
};

} // namespace ClientDesk
