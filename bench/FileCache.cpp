// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/FileCache.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ClientDesk {

bool FileCache::isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

bool FileCache::evict(const QString &path)
{
#ifdef Q_OS_LINUX
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // Dirty pages cannot be dropped: write them out first.
    ::fdatasync(file.handle());
    return ::posix_fadvise(file.handle(), 0, 0, POSIX_FADV_DONTNEED) == 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace ClientDesk
