// SPDX-License-Identifier: GPL-3.0-or-later
// DemoDataGenerator's load held in memory: recorded through the generator's Sink (statements,
// prepared inserts and every row, text as UTF-8), then written again through the raw sqlite3 C
// API. The generate benchmark's baseline: the same rows into the same schema, without Qt.
#pragma once

#include "models/store/DemoDataGenerator.h"

#include <QByteArray>
#include <QList>

namespace ClientDesk {

class RawSqlCipher;

class RecordedDemoLoad : public DemoDataGenerator::Sink
{
public:
    Result<void> run(const QString &sql, const QVariantList &values) override;
    // Recorded to run on replay, where rows found fail it; finds nothing while recording.
    Result<bool> findsRows(const QString &sql) override;
    Result<int> prepareRows(const QString &sql) override;
    Result<void> addRow(int insert, std::span<const QVariant> values) override;

    qint64 rows() const { return m_rows; }
    // Memory the recording holds, in bytes.
    qint64 bytes() const;

    // Writes the load into `db` in the order it was recorded: each statement prepared, bound
    // and stepped as it came, and the rows one by one through their insert, prepared once
    // (sqlite3_bind_*, sqlite3_step, sqlite3_reset). The caller owns the transaction.
    Result<void> replay(RawSqlCipher &db) const;

private:
    enum class Kind : quint8 { Null, Integer, Text };
    // A value: an integer, or text at `value` in m_text, `size` bytes long.
    struct Cell
    {
        qint64 value = 0;
        qint32 size = 0;
        Kind kind = Kind::Null;
    };
    enum class Action : quint8 { Run, Check, Prepare, Rows };
    // What happened, in order: a statement with its values, a check, an insert prepared, or a
    // run of rows of one insert (consecutive rows of one insert share a step).
    struct Step
    {
        Action action = Action::Run;
        // The SQL (m_sql) for Run, Check and Prepare; the insert for Rows.
        int index = 0;
        qsizetype firstCell = 0;
        // Values of a Run; rows of a Rows step.
        qsizetype count = 0;
    };

    Result<void> record(const QVariant &value);
    int addSql(const QString &sql);

    QList<QByteArray> m_sql;
    // The SQL index of each prepared insert, and its values per row.
    QList<int> m_insertSql;
    QList<qsizetype> m_insertWidth;
    QList<Step> m_steps;
    QList<Cell> m_cells;
    QByteArray m_text;
    qint64 m_rows = 0;
};

} // namespace ClientDesk
