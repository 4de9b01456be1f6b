// SPDX-License-Identifier: GPL-3.0-or-later
// Reads entries of a ZIP archive (libzip), checking each entry's CRC as it streams.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QIODevice>

struct zip;

namespace ClientDesk {

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::ZipReader)

public:
    explicit ZipReader(const QString &path);
    ~ZipReader();
    Q_DISABLE_COPY_MOVE(ZipReader)

    // Fails with InvalidInput for a file that is not a ZIP archive or is cut short or damaged.
    Result<void> open();
    bool contains(const QString &name) const;
    // The whole entry, refused (InvalidInput) once it holds more than `maxBytes`.
    Result<QByteArray> read(const QString &name, qint64 maxBytes) const;
    // Streams the entry into `device`; returns its SHA-256. An entry that holds more than
    // `maxBytes` is refused (InvalidInput) as soon as that shows, having written at most
    // `maxBytes`: the size its header declares is not trusted, since a hostile archive may lie
    // about it and libzip inflates an entry to its end whatever the header says.
    Result<QByteArray> extract(const QString &name, QIODevice &device, qint64 maxBytes) const;

private:
    Error damaged(const QString &detail) const;
    Error tooLarge(const QString &name, qint64 maxBytes) const;

    QString m_path;
    struct zip *m_archive = nullptr;
};

} // namespace ClientDesk
