// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a new ZIP archive (libzip) through QSaveFile: the file appears whole on commit(), or
// not at all.
#pragma once

#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <list>

struct zip;
struct zip_error;
struct zip_source;

namespace ClientDesk {

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::ZipWriter)

public:
    enum class Compression { Store, Deflate };

    // Nothing is written until commit(); an existing file at `path` is replaced only then.
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    // Adds the file at `sourcePath`, read when commit() runs.
    Result<void> addFile(const QString &name, const QString &sourcePath, Compression compression);
    Result<void> addBytes(const QString &name, const QByteArray &bytes);
    // Writes the archive and renames it into place (synced to disk first).
    Result<void> commit();

private:
    Result<void> start();
    Result<void> add(const QString &name, struct zip_source *source, Compression compression);
    Error failure(const QString &what) const;
    // libzip's source callback for the archive itself (zip_source_cmd_t as int).
    qint64 handle(void *data, quint64 length, int command);

    QString m_path;
    QSaveFile m_file;
    struct zip *m_archive = nullptr;
    struct zip_error *m_error = nullptr;
    // zip_source_buffer reads these only at commit(): they live as long as the writer.
    std::list<QByteArray> m_buffers;
};

} // namespace ClientDesk
