// SPDX-License-Identifier: GPL-3.0-or-later
// Drops a file's pages from the operating system's file cache, so a benchmark can also time a
// truly cold open without root rights or touching the rest of the machine. Linux only.
#pragma once

#include <QString>

namespace ClientDesk {

class FileCache
{
public:
    // True when the OS was asked to forget the file's cached pages (Linux: posix_fadvise
    // DONTNEED); false elsewhere or when the file cannot be opened.
    static bool evict(const QString &path);
    static bool isSupported();
};

} // namespace ClientDesk
