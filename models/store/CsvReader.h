// SPDX-License-Identifier: GPL-3.0-or-later
// Reads RFC 4180 CSV from a device one record at a time, with the line each record starts on,
// within limits that keep a hostile file from exhausting memory.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ClientDesk {

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::CsvReader)

public:
    struct Limits
    {
        // Characters in one field (a quoted field may span lines).
        qsizetype maxFieldLength = 64 * 1024;
        // Bytes on one physical line.
        qsizetype maxLineBytes = 1024 * 1024;
        // Records after the header.
        qint64 maxRecords = 1'000'000;
        // Columns of the header.
        qsizetype maxColumns = 256;
    };

    // Read from a byte order mark; without one the text must be UTF-8.
    enum class Encoding { Utf8, Utf16LittleEndian, Utf16BigEndian };

    struct Record
    {
        // 1-based line of the file on which the record starts.
        qint64 line = 0;
        QStringList fields;
    };

    // What is wrong with the file at a line; the message names the line, never a value.
    struct Problem
    {
        qint64 line = 0;
        QString message;
    };

    enum class Step { Record, Problem, End };

    // Reads `device` from its current position; it must stay open while the reader is used.
    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, const Limits &limits);
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Reads the next record; the first one is the header, which sets the separator (`,` `;` or
    // tab, whichever it has most of) and the column count. Record: record() holds it, with
    // exactly columnCount() fields (missing trailing ones are empty). Problem: problem() says
    // what is wrong; reading goes on with the next record unless failed(). End: nothing more.
    // Blank lines between records are skipped.
    Step next();

    const Record &record() const { return m_record; }
    const Problem &problem() const { return m_problem; }
    // True after a problem that ends the reading (the rest of the file cannot be trusted).
    bool failed() const { return m_failed; }

    Encoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    // The number of header columns; 0 until the header has been read.
    qsizetype columnCount() const { return m_columnCount; }

private:
    enum class LineStatus { Line, End, Failed };

    LineStatus readLine(QString &text);
    bool detectEncoding();
    bool fill();
    qsizetype findNewline(qsizetype from) const;
    Step parseRecord(QString line);
    Step fail(qint64 line, const QString &message);
    Step reject(qint64 line, const QString &message);

    QIODevice &m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
    bool m_encodingKnown = false;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_separator = QLatin1Char(',');
    qsizetype m_columnCount = 0;
    bool m_headerRead = false;
    qint64 m_line = 0;
    qint64 m_records = 0;
    bool m_failed = false;
    bool m_finished = false;
    Record m_record;
    Problem m_problem;
};

} // namespace ClientDesk
