// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ZipReader.h"

#include "models/store/StoreLog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>

#include <memory>
#include <zip.h>

namespace ClientDesk {

namespace {
constexpr qint64 ChunkSize = 1 << 20;

struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;
} // namespace

ZipReader::ZipReader(const QString &path)
    : m_path(path)
{ }

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

Error ZipReader::damaged(const QString &detail) const
{
    return Error(ErrorKind::InvalidInput,
                 ZipReader::tr("The archive is damaged or incomplete (%1).").arg(detail));
}

Result<void> ZipReader::open()
{
    if (!QFile::exists(m_path))
        return Error(ErrorKind::InvalidInput, ZipReader::tr("There is no file at %1.").arg(m_path));
    int code = 0;
    m_archive = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (m_archive)
        return {};
    qCInfo(lcStore) << "zip open refused, libzip code" << code;
    switch (code) {
    case ZIP_ER_NOZIP:
        return Error(ErrorKind::InvalidInput,
                     ZipReader::tr("The file is not a ZIP archive, or it was cut short."));
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        return Error(ErrorKind::Io, ZipReader::tr("Could not read %1.").arg(m_path));
    default:
        break;
    }
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString detail = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return damaged(detail);
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxSize) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!m_archive || zip_stat(m_archive, name.toUtf8().constData(), 0, &stat) < 0)
        return damaged(ZipReader::tr("%1 is missing").arg(name));
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > quint64(maxSize))
        return damaged(ZipReader::tr("%1 is too large").arg(name));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto extracted = extract(name, buffer); !extracted)
        return extracted.error();
    return bytes;
}

Result<QByteArray> ZipReader::extract(const QString &name, QIODevice &device) const
{
    if (!m_archive)
        return damaged(ZipReader::tr("not open"));
    const Entry entry(zip_fopen(m_archive, name.toUtf8().constData(), 0));
    if (!entry)
        return damaged(ZipReader::tr("%1 is missing or unreadable").arg(name));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    while (true) {
        const zip_int64_t got = zip_fread(entry.get(), chunk.data(), zip_uint64_t(chunk.size()));
        if (got < 0) {
            // The CRC is checked as the entry ends: a damaged entry fails here.
            return damaged(ZipReader::tr("%1: %2").arg(
                name, QString::fromUtf8(zip_file_strerror(entry.get()))));
        }
        if (got == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), got));
        if (device.write(chunk.constData(), got) != got)
            return Error(ErrorKind::Io,
                         ZipReader::tr("Could not write %1 (is the disk full?): %2")
                             .arg(name, device.errorString()));
    }
    return hash.result();
}

} // namespace ClientDesk
