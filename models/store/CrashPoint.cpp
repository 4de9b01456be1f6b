// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CrashPoint.h"

#include <QByteArray>

#include <atomic>
#include <cstdlib>
#include <mutex>

namespace ClientDesk {

namespace {
struct Armed
{
    QByteArray name;
    int hitsLeft = 0;
};

Armed *armed()
{
    static Armed *point = [] {
        const QByteArray setting = qgetenv("CLIENTDESK_CRASH_POINT");
        if (setting.isEmpty())
            return static_cast<Armed *>(nullptr);
        const qsizetype colon = setting.indexOf(':');
        auto *parsed = new Armed;
        parsed->name = colon < 0 ? setting : setting.left(colon);
        parsed->hitsLeft = colon < 0 ? 1 : std::max(1, setting.mid(colon + 1).toInt());
        return parsed;
    }();
    return point;
}
} // namespace

void CrashPoint::hit(const char *name)
{
    Armed *point = armed();
    if (!point || point->name != name)
        return;
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (--point->hitsLeft == 0)
        std::_Exit(ExitCode); // no destructors, no flushing, no rollback: the process is gone
}

} // namespace ClientDesk
