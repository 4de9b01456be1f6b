// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ZipWriter.h"

#include "models/store/StoreLog.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <zip.h>

namespace ClientDesk {

ZipWriter::ZipWriter(const QString &path)
    : m_path(path)
    , m_file(path)
    , m_error(new zip_error_t)
{
    zip_error_init(m_error);
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        zip_discard(m_archive);
    // Not committed: QSaveFile drops its temporary file, the target is untouched.
    m_file.cancelWriting();
    zip_error_fini(m_error);
    delete m_error;
}

Error ZipWriter::failure(const QString &what) const
{
    const int code = zip_error_code_zip(m_error);
    const bool io = code == ZIP_ER_WRITE || code == ZIP_ER_OPEN || code == ZIP_ER_READ
        || code == ZIP_ER_CLOSE || code == ZIP_ER_TMPOPEN || code == ZIP_ER_SEEK;
    qCWarning(lcStore) << "zip write failed, libzip code" << code;
    const QString detail = m_file.error() != QFileDevice::NoError
        ? m_file.errorString()
        : QString::fromUtf8(zip_error_strerror(m_error));
    return Error(ErrorKind::Io,
                 io ? ZipWriter::tr("%1 (is the disk full?): %2").arg(what, detail)
                    : ZipWriter::tr("%1: %2").arg(what, detail));
}

// libzip writes the archive through this source: a QSaveFile that exists only as a temporary
// file until COMMIT_WRITE.
qint64 ZipWriter::handle(void *data, quint64 length, int command)
{
    switch (static_cast<zip_source_cmd_t>(command)) {
    case ZIP_SOURCE_SUPPORTS:
        return ZIP_SOURCE_SUPPORTS_WRITABLE;
    case ZIP_SOURCE_STAT:
        // A new archive: there is nothing to read yet.
        zip_error_set(m_error, ZIP_ER_READ, ENOENT);
        return -1;
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(m_error, data, length);
    case ZIP_SOURCE_FREE:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_REMOVE:
        return 0;
    case ZIP_SOURCE_BEGIN_WRITE:
        if (!m_file.open(QIODevice::WriteOnly)) {
            zip_error_set(m_error, ZIP_ER_OPEN, 0);
            return -1;
        }
        // Backups hold wrapped keys and the encrypted store: nobody else needs to read them.
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return 0;
    case ZIP_SOURCE_WRITE: {
        const qint64 written = m_file.write(static_cast<const char *>(data), qint64(length));
        if (written != qint64(length)) {
            zip_error_set(m_error, ZIP_ER_WRITE, 0);
            return -1;
        }
        return written;
    }
    case ZIP_SOURCE_SEEK_WRITE: {
        auto *args = ZIP_SOURCE_GET_ARGS(zip_source_args_seek_t, data, length, m_error);
        if (!args)
            return -1;
        const qint64 base = args->whence == SEEK_SET ? 0
            : args->whence == SEEK_CUR               ? m_file.pos()
                                                     : m_file.size();
        if (base + args->offset < 0 || !m_file.seek(base + args->offset)) {
            zip_error_set(m_error, ZIP_ER_SEEK, 0);
            return -1;
        }
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE:
        return m_file.pos();
    case ZIP_SOURCE_COMMIT_WRITE:
        if (!m_file.commit()) {
            zip_error_set(m_error, ZIP_ER_WRITE, 0);
            return -1;
        }
        return 0;
    case ZIP_SOURCE_ROLLBACK_WRITE:
        m_file.cancelWriting();
        return 0;
    default:
        zip_error_set(m_error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

Result<void> ZipWriter::start()
{
    if (m_archive)
        return {};
    auto trampoline = [](void *self, void *data, zip_uint64_t length,
                         zip_source_cmd_t command) -> zip_int64_t {
        return static_cast<ZipWriter *>(self)->handle(data, length, int(command));
    };
    zip_source_t *source = zip_source_function_create(trampoline, this, m_error);
    if (!source)
        return failure(ZipWriter::tr("Could not start the archive"));
    m_archive = zip_open_from_source(source, ZIP_CREATE, m_error);
    if (!m_archive) {
        zip_source_free(source);
        return failure(ZipWriter::tr("Could not start the archive"));
    }
    return {};
}

Result<void> ZipWriter::add(const QString &name, zip_source_t *source, Compression compression)
{
    if (!source)
        return failure(ZipWriter::tr("Could not add %1 to the archive").arg(name));
    const zip_int64_t index =
        zip_file_add(m_archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        zip_error_set(m_error, zip_error_code_zip(zip_get_error(m_archive)), 0);
        return failure(ZipWriter::tr("Could not add %1 to the archive").arg(name));
    }
    const zip_int32_t method = compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
    if (zip_set_file_compression(m_archive, zip_uint64_t(index), method, 0) < 0)
        return failure(ZipWriter::tr("Could not add %1 to the archive").arg(name));
    return {};
}

Result<void> ZipWriter::addFile(const QString &name, const QString &sourcePath,
                                Compression compression)
{
    if (auto started = start(); !started)
        return started;
    return add(name,
               zip_source_file_create(QFile::encodeName(sourcePath).constData(), 0, -1, m_error),
               compression);
}

Result<void> ZipWriter::addBytes(const QString &name, const QByteArray &bytes)
{
    if (auto started = start(); !started)
        return started;
    const QByteArray &kept = m_buffers.emplace_back(bytes);
    return add(name,
               zip_source_buffer_create(kept.constData(), zip_uint64_t(kept.size()), 0, m_error),
               Compression::Deflate);
}

Result<void> ZipWriter::commit()
{
    if (auto started = start(); !started)
        return started;
    if (zip_close(m_archive) < 0) {
        zip_error_set(m_error, zip_error_code_zip(zip_get_error(m_archive)),
                      zip_error_code_system(zip_get_error(m_archive)));
        return failure(ZipWriter::tr("Could not write %1").arg(m_path));
    }
    m_archive = nullptr;
    return {};
}

} // namespace ClientDesk
