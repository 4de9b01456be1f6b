// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace ClientDesk {

namespace {
constexpr qint64 BlockSize = 64 * 1024;

QStringConverter::Encoding converterEncoding(CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf16LittleEndian:
        return QStringConverter::Utf16LE;
    case CsvReader::Encoding::Utf16BigEndian:
        return QStringConverter::Utf16BE;
    case CsvReader::Encoding::Utf8:
        break;
    }
    return QStringConverter::Utf8;
}

// The decoders let NUL and (from UTF-16) unpaired surrogates through; neither is text, and NULs
// are what UTF-16 without a byte order mark looks like when read as UTF-8.
bool isText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isNull() || c.isLowSurrogate())
            return false;
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        }
    }
    return true;
}

// The separator the header line has most of outside quotes; a comma when it has none. A tie
// goes to the one least likely to be part of a column's name: tab, then semicolon.
QChar detectSeparator(const QString &line)
{
    const std::array<QChar, 3> candidates {u'\t', u';', u','};
    std::array<qsizetype, 3> counts {};
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        for (size_t i = 0; !quoted && i < candidates.size(); ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < candidates.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return counts[best] > 0 ? candidates[best] : QChar(u',');
}
} // namespace

CsvReader::CsvReader(QIODevice &device)
    : CsvReader(device, Limits())
{ }

CsvReader::CsvReader(QIODevice &device, const Limits &limits)
    : m_device(device)
    , m_limits(limits)
{ }

CsvReader::Step CsvReader::next()
{
    if (m_failed || m_finished)
        return Step::End;
    QString line;
    do {
        switch (readLine(line)) {
        case LineStatus::End:
            m_finished = true;
            return Step::End;
        case LineStatus::Failed:
            return Step::Problem;
        case LineStatus::Line:
            break;
        }
    } while (line.isEmpty());
    if (!m_headerRead)
        m_separator = detectSeparator(line);
    return parseRecord(std::move(line));
}

CsvReader::Step CsvReader::parseRecord(QString line)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    const qint64 start = m_line;
    // Fields past the header's are counted, not kept: a long row costs no memory.
    const qsizetype keep = m_headerRead ? m_columnCount : m_limits.maxColumns;
    m_record = Record {start, {}};
    QString field;
    qsizetype fields = 0;
    State state = State::FieldStart;
    qint64 quoteLine = start;
    std::optional<Problem> issue;
    const auto finishField = [&] {
        if (fields < keep)
            m_record.fields << field;
        ++fields;
        field.clear();
    };
    const auto note = [&](const char *message) {
        if (!issue)
            issue = Problem {m_line, CsvReader::tr(message).arg(m_line)};
    };
    for (;;) {
        for (const QChar c : std::as_const(line)) {
            switch (state) {
            case State::FieldStart:
                if (c == u'"') {
                    state = State::Quoted;
                    quoteLine = m_line;
                } else if (c == m_separator) {
                    finishField();
                } else {
                    field += c;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (c == m_separator) {
                    finishField();
                    state = State::FieldStart;
                    break;
                }
                if (c == u'"')
                    note(QT_TRANSLATE_NOOP("ClientDesk::CsvReader",
                                           "Line %1: a field that does not start with a quote "
                                           "contains one; put the whole field in quotes and "
                                           "double the quote inside it."));
                field += c;
                break;
            case State::Quoted:
                if (c == u'"')
                    state = State::QuoteInQuoted;
                else
                    field += c;
                break;
            case State::QuoteInQuoted:
                if (c == u'"') {
                    field += c;
                    state = State::Quoted;
                } else if (c == m_separator) {
                    finishField();
                    state = State::FieldStart;
                } else {
                    note(QT_TRANSLATE_NOOP("ClientDesk::CsvReader",
                                           "Line %1: a quoted field goes on after its closing "
                                           "quote; double a quote that belongs to the text."));
                    field += c;
                    state = State::Unquoted;
                }
                break;
            }
            if (field.size() > m_limits.maxFieldLength)
                return fail(
                    m_line,
                    CsvReader::tr("Line %1: a field is longer than %2 characters; is a closing "
                                  "quote missing?")
                        .arg(m_line)
                        .arg(m_limits.maxFieldLength));
        }
        if (state != State::Quoted)
            break;
        // The line break belongs to the quoted field; CRLF inside it is kept as LF.
        field += u'\n';
        switch (readLine(line)) {
        case LineStatus::End:
            return fail(quoteLine,
                        CsvReader::tr(
                            "Line %1: a quoted field starts here but is never closed; its closing "
                            "quote is missing.")
                            .arg(quoteLine));
        case LineStatus::Failed:
            return Step::Problem;
        case LineStatus::Line:
            break;
        }
    }
    finishField();

    if (!m_headerRead) {
        if (fields > m_limits.maxColumns)
            return fail(start,
                        CsvReader::tr("Line %1: the header has more than %2 columns.")
                            .arg(start)
                            .arg(m_limits.maxColumns));
        if (issue)
            return fail(issue->line, issue->message);
        m_headerRead = true;
        m_columnCount = fields;
        return Step::Record;
    }
    if (++m_records > m_limits.maxRecords)
        return fail(
            start,
            CsvReader::tr("Line %1: the file has more than %2 rows; import it in smaller parts.")
                .arg(start)
                .arg(m_limits.maxRecords));
    if (issue)
        return reject(issue->line, issue->message);
    if (fields > m_columnCount)
        return reject(start,
                      CsvReader::tr("Line %1 has %2 fields, but the header has only %3.")
                          .arg(start)
                          .arg(fields)
                          .arg(m_columnCount));
    while (m_record.fields.size() < m_columnCount)
        m_record.fields << QString();
    return Step::Record;
}

CsvReader::LineStatus CsvReader::readLine(QString &text)
{
    if (!m_encodingKnown && !detectEncoding())
        return LineStatus::Failed;
    const qsizetype unit = m_encoding == Encoding::Utf8 ? 1 : 2;
    // Bytes of this line already searched for its end, in whole code units.
    qsizetype searched = 0;
    qsizetype newline = -1;
    for (;;) {
        newline = findNewline(m_position + searched);
        if (newline >= 0 || m_atEnd)
            break;
        searched = (m_buffer.size() - m_position) / unit * unit;
        if (searched > m_limits.maxLineBytes)
            break;
        if (!fill()) {
            fail(m_line + 1, CsvReader::tr("Line %1: the file could not be read.").arg(m_line + 1));
            return LineStatus::Failed;
        }
    }
    const qsizetype end = newline >= 0 ? newline : m_buffer.size();
    if (end == m_position && newline < 0)
        return LineStatus::End;
    const qsizetype length = end - m_position;
    const QByteArrayView raw = QByteArrayView(m_buffer).sliced(m_position, length);
    m_position = newline >= 0 ? newline + unit : end;
    ++m_line;
    if (length > m_limits.maxLineBytes) {
        fail(m_line,
             CsvReader::tr("Line %1 is longer than %2 KiB; this does not look like a CSV file.")
                 .arg(m_line)
                 .arg(m_limits.maxLineBytes / 1024));
        return LineStatus::Failed;
    }
    QStringDecoder decoder(converterEncoding(m_encoding),
                           QStringConverter::Flag::Stateless
                               | QStringConverter::Flag::ConvertInitialBom);
    text = decoder.decode(raw);
    if (length % unit != 0 || decoder.hasError() || !isText(text)) {
        fail(m_line,
             m_encoding == Encoding::Utf8
                 ? CsvReader::tr(
                       "Line %1 is not valid UTF-8 text. Save the file as CSV in UTF-8 and try "
                       "again.")
                       .arg(m_line)
                 : CsvReader::tr("Line %1 is not valid UTF-16 text.").arg(m_line));
        return LineStatus::Failed;
    }
    if (text.endsWith(u'\r'))
        text.chop(1);
    return LineStatus::Line;
}

bool CsvReader::detectEncoding()
{
    while (m_buffer.size() - m_position < 3 && !m_atEnd) {
        if (!fill()) {
            fail(1, CsvReader::tr("Line %1: the file could not be read.").arg(1));
            return false;
        }
    }
    const QByteArrayView start = QByteArrayView(m_buffer).sliced(m_position);
    if (start.startsWith("\xEF\xBB\xBF")) {
        m_position += 3;
    } else if (start.startsWith("\xFF\xFE")) {
        m_encoding = Encoding::Utf16LittleEndian;
        m_position += 2;
    } else if (start.startsWith("\xFE\xFF")) {
        m_encoding = Encoding::Utf16BigEndian;
        m_position += 2;
    }
    m_encodingKnown = true;
    return true;
}

bool CsvReader::fill()
{
    // Only the unfinished line is kept; what was consumed goes before the buffer grows.
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + BlockSize);
    const qint64 got = m_device.read(m_buffer.data() + kept, BlockSize);
    m_buffer.resize(kept + qMax<qint64>(got, 0));
    if (got < 0)
        return false;
    if (got == 0)
        m_atEnd = true;
    return true;
}

qsizetype CsvReader::findNewline(qsizetype from) const
{
    if (m_encoding == Encoding::Utf8)
        return m_buffer.indexOf('\n', from);
    const char low = m_encoding == Encoding::Utf16LittleEndian ? '\n' : '\0';
    const char high = m_encoding == Encoding::Utf16LittleEndian ? '\0' : '\n';
    for (qsizetype i = from; i + 1 < m_buffer.size(); i += 2) {
        if (m_buffer.at(i) == low && m_buffer.at(i + 1) == high)
            return i;
    }
    return -1;
}

CsvReader::Step CsvReader::fail(qint64 line, const QString &message)
{
    m_failed = true;
    return reject(line, message);
}

CsvReader::Step CsvReader::reject(qint64 line, const QString &message)
{
    m_problem = Problem {line, message};
    return Step::Problem;
}

} // namespace ClientDesk
