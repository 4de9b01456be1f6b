// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ZipReader.h"

#include "models/store/StoreLog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <limits>
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

Error ZipReader::tooLarge(const QString &name, qint64 maxBytes) const
{
    return damaged(
        ZipReader::tr("%1 holds more than %2")
            .arg(name, QLocale().formattedDataSize(maxBytes, 2, QLocale::DataSizeSIFormat)));
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

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (auto extracted = extract(name, buffer, maxBytes); !extracted)
        return extracted.error();
    return bytes;
}

Result<QByteArray> ZipReader::extract(const QString &name, QIODevice &device, qint64 maxBytes) const
{
    if (!m_archive)
        return damaged(ZipReader::tr("not open"));
    const QByteArray entryName = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, entryName.constData(), 0, &stat) < 0)
        return damaged(ZipReader::tr("%1 is missing").arg(name));
    // An honest header that says too much costs nothing to refuse.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > quint64(std::max<qint64>(maxBytes, 0)))
        return tooLarge(name, maxBytes);
    const Entry entry(zip_fopen(m_archive, entryName.constData(), 0));
    if (!entry)
        return damaged(ZipReader::tr("%1 is missing or unreadable").arg(name));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // One byte past the limit is read, never more: enough to tell the entry is too large.
    const qint64 limit =
        std::clamp<qint64>(maxBytes, 0, std::numeric_limits<qint64>::max() - 1) + 1;
    QByteArray chunk(std::min(ChunkSize, limit), Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 wanted = std::min<qint64>(chunk.size(), limit - total);
        const zip_int64_t got = zip_fread(entry.get(), chunk.data(), zip_uint64_t(wanted));
        if (got < 0) {
            // The CRC is checked as the entry ends: a damaged entry fails here.
            return damaged(ZipReader::tr("%1: %2").arg(
                name, QString::fromUtf8(zip_file_strerror(entry.get()))));
        }
        if (got == 0)
            return hash.result();
        total += got;
        if (total > maxBytes)
            return tooLarge(name, maxBytes);
        hash.addData(QByteArrayView(chunk.constData(), got));
        if (device.write(chunk.constData(), got) != got)
            return Error(ErrorKind::Io,
                         ZipReader::tr("Could not write %1 (is the disk full?): %2")
                             .arg(name, device.errorString()));
    }
}

} // namespace ClientDesk
