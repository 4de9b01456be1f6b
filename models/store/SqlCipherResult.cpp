// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/SqlCipherResult.h"

#include "models/store/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlField>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QUuid>

#include <limits>
#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;

namespace ClientDesk {

namespace {
// Qt's own drivers bind a null QString or QByteArray, or an invalid date, as SQL NULL; so does
// this one, so that callers can rely on the usual Qt SQL rules. (Text is looked at first, in
// bindOne.)
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    // Looked at in place: a copy of every bound string would cost a bulk insert dearly.
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

// lastInsertId() must not report a stale rowid after an UPDATE or DELETE.
bool startsWithInsert(QStringView sql)
{
    qsizetype i = 0;
    while (i < sql.size()) {
        if (sql.at(i).isSpace()) {
            ++i;
        } else if (sql.mid(i).startsWith(u"--")) {
            i = sql.indexOf(u'\n', i);
            if (i < 0)
                return false;
        } else if (sql.mid(i).startsWith(u"/*")) {
            i = sql.indexOf(u"*/", i + 2);
            if (i < 0)
                return false;
            i += 2;
        } else {
            break;
        }
    }
    const QStringView rest = sql.mid(i);
    return rest.startsWith(u"INSERT", Qt::CaseInsensitive)
        || rest.startsWith(u"REPLACE", Qt::CaseInsensitive);
}

// True when the text after the first statement holds another one, not just blanks or comments.
bool holdsMoreStatements(sqlite3 *db, const char *tail, const char *end)
{
    while (tail < end && (*tail == ';' || QChar::isSpace(uchar(*tail))))
        ++tail;
    if (tail >= end)
        return false;
    sqlite3_stmt *next = nullptr;
    const int rc = sqlite3_prepare_v2(db, tail, int(end - tail), &next, nullptr);
    sqlite3_finalize(next);
    return rc != SQLITE_OK || next != nullptr;
}
} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    if (driver)
        driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    releaseStatement();
    // driver() is a QPointer inside QSqlResult: null once the driver is gone.
    if (const auto *cipherDriver = static_cast<const SqlCipherDriver *>(driver()))
        cipherDriver->detach(this);
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_statement));
}

QMetaType SqlCipherResult::metaTypeForDeclaredType(QByteArrayView declaredType)
{
    const QByteArray type = declaredType.toByteArray().toUpper();
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>();
}

bool SqlCipherResult::prepare(const QString &query)
{
    releaseStatement();
    clearOutcome();
    sqlite3 *db = connection();
    if (!db) {
        fail(SqlCipherResult::tr("The store is not open."));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *end = sql.constData() + sql.size();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, &tail);
    if (rc != SQLITE_OK) {
        const QSqlError error = SqlCipherDriver::sqliteError(
            db, rc, SqlCipherResult::tr("Cannot prepare the statement"), QSqlError::StatementError);
        releaseStatement();
        setLastError(error);
        return false;
    }
    if (!m_statement) {
        fail(SqlCipherResult::tr("The query holds no SQL statement."));
        return false;
    }
    if (holdsMoreStatements(db, tail, end)) {
        releaseStatement();
        fail(SqlCipherResult::tr("Only one statement per query."));
        return false;
    }
    m_isInsert = startsWithInsert(query);
    return true;
}

void SqlCipherResult::bindValue(int index, const QVariant &value, QSql::ParamType type)
{
    // Once an out parameter was bound, Qt records every later bind's type: leave it to Qt.
    if (index < 0 || type != QSql::In || hasOutValues()) {
        QSqlResult::bindValue(index, value, type);
        return;
    }
    QList<QVariant> &values = boundValues();
    if (values.size() <= index)
        values.resize(index + 1);
    values[index] = value;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::exec()
{
    clearOutcome();
    if (!m_statement) {
        fail(SqlCipherResult::tr("No statement is prepared."));
        return false;
    }
    // clearOutcome() left the statement reset, and bindAll() binds every parameter.
    sqlite3 *db = sqlite3_db_handle(m_statement);
    if (!bindAll())
        return false;

    // sqlite3_changes() keeps the count of the last write, so only trust it if this one wrote.
    const int totalChangesBefore = sqlite3_total_changes(db);
    const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);
    if (step() == Step::Failed)
        return false;
    const bool changed = sqlite3_total_changes(db) != totalChangesBefore;
    const bool returnsRows = sqlite3_column_count(m_statement) > 0;
    m_rowsAffected = returnsRows ? -1 : changed ? sqlite3_changes(db) : 0;
    const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
    if (changed && (m_isInsert || rowid != rowidBefore))
        m_lastInsertId = qlonglong(rowid);

    setSelect(returnsRows);
    setActive(true);
    return true;
}

bool SqlCipherResult::execBatch(bool)
{
    clearOutcome();
    if (!m_statement) {
        fail(SqlCipherResult::tr("No statement is prepared."));
        return false;
    }
    const QList<QVariant> &columns = boundValues();
    if (columns.size() != sqlite3_bind_parameter_count(m_statement)) {
        fail(SqlCipherResult::tr("The statement takes %1 parameters but %2 were bound.")
                 .arg(sqlite3_bind_parameter_count(m_statement))
                 .arg(columns.size()));
        return false;
    }
    QList<QVariantList> lists;
    lists.reserve(columns.size());
    for (const QVariant &column : columns) {
        if (column.typeId() != QMetaType::QVariantList) {
            fail(SqlCipherResult::tr("A batch binds one list of values per parameter."));
            return false;
        }
        lists.append(column.toList());
    }
    const qsizetype rows = lists.isEmpty() ? 0 : lists.constFirst().size();
    for (const QVariantList &list : std::as_const(lists)) {
        if (list.size() != rows) {
            fail(
                SqlCipherResult::tr("Every parameter of a batch needs the same number of values."));
            return false;
        }
    }
    sqlite3 *db = sqlite3_db_handle(m_statement);
    const int totalChangesBefore = sqlite3_total_changes(db);
    for (qsizetype row = 0; row < rows; ++row) {
        for (qsizetype column = 0; column < lists.size(); ++column) {
            if (!bindOne(int(column) + 1, lists.at(column).at(row)))
                return false;
        }
        // A write that ran to its end was reset by step(); a batch keeps no rows.
        const Step stepped = step();
        if (stepped == Step::Failed)
            return false;
        if (stepped == Step::Row)
            sqlite3_reset(m_statement);
    }
    sqlite3_clear_bindings(m_statement);
    m_rowsAffected = sqlite3_total_changes(db) - totalChangesBefore;
    setSelect(false);
    setActive(true);
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> &values = boundValues();
    if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
        fail(SqlCipherResult::tr("The statement takes %1 parameters but %2 were bound.")
                 .arg(sqlite3_bind_parameter_count(m_statement))
                 .arg(values.size()));
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!bindOne(int(i) + 1, values.at(i)))
            return false;
    }
    return true;
}

bool SqlCipherResult::bindOne(int position, const QVariant &value)
{
    // Text first: nearly every value a bulk insert binds is a QString.
    if (value.typeId() == QMetaType::QString) {
        const auto *text = static_cast<const QString *>(value.constData());
        return text->isNull() ? checkBind(sqlite3_bind_null(m_statement, position))
                              : bindText(position, *text);
    }
    if (isNullValue(value))
        return checkBind(sqlite3_bind_null(m_statement, position));
    switch (value.typeId()) {
    case QMetaType::Bool:
        return checkBind(sqlite3_bind_int64(m_statement, position, value.toBool() ? 1 : 0));
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return checkBind(sqlite3_bind_int64(m_statement, position, value.toLongLong()));
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        // Wrapping to a negative number would store a different value without a word.
        if (value.toULongLong() > qulonglong(std::numeric_limits<qint64>::max())) {
            fail(SqlCipherResult::tr("Parameter %1: value out of range.").arg(position));
            return false;
        }
        return checkBind(sqlite3_bind_int64(m_statement, position, value.toLongLong()));
    case QMetaType::Float:
    case QMetaType::Double:
        return checkBind(sqlite3_bind_double(m_statement, position, value.toDouble()));
    case QMetaType::QByteArray:
        return bindBlob(position, value.toByteArray());
    case QMetaType::QDateTime:
        return bindText(position, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(position, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(position, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QUuid:
        return bindText(position, value.toUuid().toString(QUuid::WithoutBraces));
    default:
        if (value.canConvert<QString>())
            return bindText(position, value.toString());
        fail(SqlCipherResult::tr("Parameter %1 has a type the store cannot hold.").arg(position));
        return false;
    }
}

bool SqlCipherResult::bindText(int position, const QString &text)
{
    // Encoded by Qt into a buffer of this parameter's own, reused row after row, and bound
    // SQLITE_STATIC: no allocation per cell once the buffer is large enough. Binding UTF-16
    // instead made SQLite allocate and convert every value itself, four times the work of a
    // UTF-8 bind. The buffer stays untouched until this parameter is bound again.
    if (m_textBuffers.size() < position)
        m_textBuffers.resize(position);
    QByteArray &buffer = m_textBuffers[position - 1];
    const qsizetype needed = std::max<qsizetype>(1, m_utf8.requiredSpace(text.size()));
    if (buffer.size() < needed)
        buffer.resize(needed);
    char *start = buffer.data();
    const char *end = m_utf8.appendToBuffer(start, text);
    return checkBind(
        sqlite3_bind_text(m_statement, position, start, int(end - start), SQLITE_STATIC));
}

bool SqlCipherResult::bindBlob(int position, const QByteArray &bytes)
{
    // sqlite3_bind_blob with no bytes would store NULL instead of an empty blob.
    if (bytes.isEmpty())
        return checkBind(sqlite3_bind_zeroblob(m_statement, position, 0));
    return checkBind(sqlite3_bind_blob64(m_statement, position, bytes.constData(),
                                         sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT));
}

bool SqlCipherResult::checkBind(int rc)
{
    if (rc == SQLITE_OK)
        return true;
    failSqlite(rc, SqlCipherResult::tr("Cannot bind a parameter"));
    return false;
}

SqlCipherResult::Step SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        ++m_stepRow;
        return Step::Row;
    }
    if (rc == SQLITE_DONE) {
        ++m_stepRow;
        m_exhausted = true;
        sqlite3_reset(m_statement);
        return Step::Done;
    }
    failSqlite(rc, SqlCipherResult::tr("Cannot execute the statement"));
    sqlite3_reset(m_statement);
    rewind();
    return Step::Failed;
}

bool SqlCipherResult::stepTo(int row)
{
    // A statement that wrote must never run twice, and it has no rows anyway.
    if (!m_statement || !isSelect() || row < 0)
        return false;
    // SQLite only steps forward: going back means running the query again from the start.
    if (row < m_stepRow)
        rewind();
    if (m_exhausted)
        return false;
    while (m_stepRow < row) {
        if (step() != Step::Row)
            return false;
    }
    return true;
}

void SqlCipherResult::rewind()
{
    // A statement that ran to its end was reset then (step()): resetting it again would cost a
    // bulk insert one more call per row.
    if (sqlite3_stmt_busy(m_statement))
        sqlite3_reset(m_statement);
    m_stepRow = -1;
    m_exhausted = false;
}

bool SqlCipherResult::fetch(int row)
{
    if (!stepTo(row))
        return false;
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    // Right after exec() the first row is already stepped, so this costs no extra step.
    return fetch(at() + 1);
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!m_statement || !isSelect())
        return false;
    // SQLite only tells a row was the last by stepping past it, which leaves no row to read:
    // count the rows, then step back in to the last one.
    while (!m_exhausted) {
        if (step() == Step::Failed)
            return false;
    }
    const int rowCount = m_stepRow;
    return rowCount > 0 && fetch(rowCount - 1);
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    // Resetting ends the statement's read transaction, so writers are no longer held off.
    if (m_statement)
        rewind();
}

bool SqlCipherResult::isOnRow() const
{
    return m_statement && !m_exhausted && m_stepRow >= 0 && m_stepRow == at();
}

bool SqlCipherResult::hasColumn(int column) const
{
    return column >= 0 && column < sqlite3_column_count(m_statement);
}

QVariant SqlCipherResult::data(int column)
{
    if (!isOnRow() || !hasColumn(column))
        return QVariant();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        const int length = sqlite3_column_bytes(m_statement, column);
        // SQLite hands out no pointer for an empty blob; it is still not NULL.
        return length > 0 ? QByteArray(bytes, length) : QByteArray("", 0);
    }
    default: {
        const char *declaredType = sqlite3_column_decltype(m_statement, column);
        return declaredType ? QVariant(metaTypeForDeclaredType(declaredType)) : QVariant();
    }
    }
}

bool SqlCipherResult::isNull(int column)
{
    return !isOnRow() || !hasColumn(column)
        || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QSqlRecord SqlCipherResult::record() const
{
    QSqlRecord record;
    if (!m_statement)
        return record;
    const int columns = sqlite3_column_count(m_statement);
    for (int column = 0; column < columns; ++column) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, column));
        record.append(
            QSqlField(name, metaTypeForDeclaredType(sqlite3_column_decltype(m_statement, column))));
    }
    return record;
}

void SqlCipherResult::releaseStatement()
{
    if (!m_statement)
        return;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_textBuffers.clear();
    m_stepRow = -1;
    m_exhausted = false;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

sqlite3 *SqlCipherResult::connection() const
{
    const auto *cipherDriver = static_cast<const SqlCipherDriver *>(driver());
    return cipherDriver ? cipherDriver->connectionHandle() : nullptr;
}

void SqlCipherResult::clearOutcome()
{
    setActive(false);
    setSelect(false);
    setAt(QSql::BeforeFirstRow);
    if (m_statement)
        rewind();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
}

void SqlCipherResult::failSqlite(int rc, const QString &context)
{
    setLastError(SqlCipherDriver::sqliteError(sqlite3_db_handle(m_statement), rc, context,
                                              QSqlError::StatementError));
}

void SqlCipherResult::fail(const QString &message)
{
    setLastError(QSqlError(message, QString(), QSqlError::StatementError));
}

} // namespace ClientDesk
