// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/StoreFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ClientDesk {

namespace {
const QByteArray PlainHeader("SQLite format 3\0", 16);

Result<QByteArray> readHead(const QString &path, qsizetype size)
{
    QFile file(path);
    if (!file.exists())
        return Error(
            ErrorKind::InvalidInput,
            StoreFile::tr("The workspace has no store file (store.db). It was moved or deleted; "
                          "restore it from a backup."));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     StoreFile::tr("Could not read the store file: %1").arg(file.errorString()));
    return file.read(size);
}
} // namespace

Result<QByteArray> StoreFile::readSalt(const QString &path)
{
    auto head = readHead(path, SaltSize);
    if (head && head->size() != SaltSize)
        return Error(ErrorKind::InvalidInput,
                     StoreFile::tr("The store file is empty or cut short."));
    return head;
}

bool StoreFile::isPlainSqlite(const QString &path)
{
    const auto head = readHead(path, PlainHeader.size());
    return head && *head == PlainHeader;
}

Result<void> StoreFile::diagnose(const QString &path, const QByteArray &expectedSalt)
{
    auto head = readHead(path, SaltSize);
    if (!head)
        return head.error();
    const qint64 size = QFileInfo(path).size();
    if (*head == PlainHeader)
        return Error(
            ErrorKind::InvalidInput,
            StoreFile::tr("The store file is a plain, unencrypted SQLite database, not a "
                          "ClientDesk store. It was replaced; restore the store from a backup."));
    const bool saltMatches = head->size() == SaltSize && *head == expectedSalt;
    const bool wholePages = size > 0 && size % PageSize == 0;
    if (saltMatches && !wholePages)
        return Error(
            ErrorKind::InvalidInput,
            StoreFile::tr("The store file is truncated: it ends part-way through a page. It was "
                          "damaged, perhaps by an interrupted copy; restore it from a backup."));
    if (!saltMatches && wholePages)
        return Error(
            ErrorKind::WrongKey,
            StoreFile::tr("The key file does not belong to this store: it was made for another "
                          "workspace. Put the workspace's own keyfile.json beside its store."));
    if (!saltMatches)
        return Error(ErrorKind::InvalidInput,
                     StoreFile::tr("The store file is not a ClientDesk store (it is empty or holds "
                                   "something else)."));
    return {};
}

} // namespace ClientDesk
