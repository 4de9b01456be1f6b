// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/RecordedDemoLoad.h"

#include "bench/RawSqlCipher.h"

#include <memory>
#include <sqlcipher/sqlite3.h>

namespace ClientDesk {

namespace {
struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;
} // namespace

int RecordedDemoLoad::addSql(const QString &sql)
{
    m_sql.append(sql.toUtf8());
    return int(m_sql.size() - 1);
}

Result<void> RecordedDemoLoad::record(const QVariant &value)
{
    Cell cell;
    if (value.isNull()) {
        cell.kind = Kind::Null;
    } else if (value.typeId() == QMetaType::QString) {
        // Text, even a null QString: the Sink's rule.
        const QByteArray utf8 = static_cast<const QString *>(value.constData())->toUtf8();
        cell.kind = Kind::Text;
        cell.value = m_text.size();
        cell.size = qint32(utf8.size());
        m_text.append(utf8);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        cell.kind = Kind::Integer;
        cell.value = value.toLongLong();
    } else {
        return Error(ErrorKind::InvalidInput,
                     QStringLiteral("The recording holds text and integers, not %1.")
                         .arg(QString::fromLatin1(value.metaType().name())));
    }
    m_cells.append(cell);
    return {};
}

Result<void> RecordedDemoLoad::run(const QString &sql, const QVariantList &values)
{
    const Step step {Action::Run, addSql(sql), m_cells.size(), values.size()};
    for (const QVariant &value : values) {
        if (auto recorded = record(value); !recorded)
            return recorded;
    }
    m_steps.append(step);
    return {};
}

Result<bool> RecordedDemoLoad::findsRows(const QString &sql)
{
    m_steps.append({Action::Check, addSql(sql), m_cells.size(), 0});
    return false;
}

Result<int> RecordedDemoLoad::prepareRows(const QString &sql)
{
    const int index = addSql(sql);
    m_steps.append({Action::Prepare, index, m_cells.size(), 0});
    m_insertSql.append(index);
    m_insertWidth.append(-1);
    return int(m_insertSql.size() - 1);
}

Result<void> RecordedDemoLoad::addRow(int insert, std::span<const QVariant> values)
{
    qsizetype &width = m_insertWidth[insert];
    if (width < 0)
        width = qsizetype(values.size());
    if (width != qsizetype(values.size()))
        return Error(ErrorKind::InvalidInput,
                     QStringLiteral("Rows of one insert differ in their number of values."));
    if (m_steps.isEmpty() || m_steps.constLast().action != Action::Rows
        || m_steps.constLast().index != insert)
        m_steps.append({Action::Rows, insert, m_cells.size(), 0});
    for (const QVariant &value : values) {
        if (auto recorded = record(value); !recorded)
            return recorded;
    }
    ++m_steps.last().count;
    ++m_rows;
    return {};
}

qint64 RecordedDemoLoad::bytes() const
{
    qint64 sql = 0;
    for (const QByteArray &text : m_sql)
        sql += text.size();
    return m_text.size() + m_cells.size() * qint64(sizeof(Cell))
        + m_steps.size() * qint64(sizeof(Step)) + sql;
}

Result<void> RecordedDemoLoad::replay(RawSqlCipher &db) const
{
    sqlite3 *handle = db.handle();
    const auto prepare = [&](int sql) -> Result<Statement> {
        const QByteArray &text = m_sql.at(sql);
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK)
            return db.error(QStringLiteral("Cannot prepare \"%1\"").arg(QString::fromUtf8(text)));
        return Statement(statement);
    };
    const auto bind = [&](sqlite3_stmt *statement, qsizetype firstCell, qsizetype count) {
        for (qsizetype i = 0; i < count; ++i) {
            const Cell &cell = m_cells.at(firstCell + i);
            const int position = int(i) + 1;
            int rc = SQLITE_OK;
            switch (cell.kind) {
            case Kind::Null:
                rc = sqlite3_bind_null(statement, position);
                break;
            case Kind::Integer:
                rc = sqlite3_bind_int64(statement, position, cell.value);
                break;
            case Kind::Text:
                rc = sqlite3_bind_text(statement, position, m_text.constData() + cell.value,
                                       cell.size, SQLITE_STATIC);
                break;
            }
            if (rc != SQLITE_OK)
                return false;
        }
        return true;
    };

    std::vector<Statement> inserts;
    for (const Step &step : m_steps) {
        switch (step.action) {
        case Action::Prepare: {
            auto statement = prepare(step.index);
            if (!statement)
                return statement.error();
            inserts.push_back(std::move(*statement));
            break;
        }
        case Action::Rows: {
            sqlite3_stmt *statement = inserts.at(std::size_t(step.index)).get();
            const qsizetype width = m_insertWidth.at(step.index);
            for (qsizetype row = 0; row < step.count; ++row) {
                if (!bind(statement, step.firstCell + row * width, width))
                    return db.error(QStringLiteral("Cannot bind"));
                if (sqlite3_step(statement) != SQLITE_DONE)
                    return db.error(QStringLiteral("Cannot insert"));
                sqlite3_reset(statement);
            }
            break;
        }
        case Action::Run:
        case Action::Check: {
            auto statement = prepare(step.index);
            if (!statement)
                return statement.error();
            if (!bind(statement->get(), step.firstCell, step.count))
                return db.error(QStringLiteral("Cannot bind"));
            const int rc = sqlite3_step(statement->get());
            if (step.action == Action::Check && rc == SQLITE_ROW)
                return Error(ErrorKind::InvalidInput,
                             QStringLiteral("The replayed load failed its reference check."));
            if (rc != SQLITE_DONE && rc != SQLITE_ROW)
                return db.error(QStringLiteral("Cannot run \"%1\"")
                                    .arg(QString::fromUtf8(m_sql.at(step.index))));
            break;
        }
        }
    }
    return {};
}

} // namespace ClientDesk
