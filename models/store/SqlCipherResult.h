// SPDX-License-Identifier: GPL-3.0-or-later
// One QSQLCIPHER statement: a prepared sqlite3_stmt read row by row without caching rows.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QMetaType>
#include <QSqlResult>
#include <QStringEncoder>

struct sqlite3;
struct sqlite3_stmt;

namespace ClientDesk {

class SqlCipherDriver;

class SqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    // The sqlite3_stmt*, as void*.
    QVariant handle() const override;

    // The type a column declared as declaredType holds, after SQLite's affinity rules.
    static QMetaType metaTypeForDeclaredType(QByteArrayView declaredType);

protected:
    bool prepare(const QString &query) override;
    // Positional binds (QSqlQuery::bindValue(int) and addBindValue) go straight into the bound
    // values: Qt 6.4's own bookkeeping builds a ":N" name and a hash entry on every bind, which
    // cost a bulk insert more than SQLite's own work on the values. Out parameters, which
    // SQLite has none of, and named binds keep Qt's path.
    void bindValue(int index, const QVariant &value, QSql::ParamType type) override;
    using QSqlResult::bindValue;
    bool exec() override;
    // Bulk writes: each bound value is a QVariantList holding one column of every row; the
    // prepared statement runs once per row without Qt's per-bind bookkeeping.
    bool execBatch(bool arrayBind = false) override;
    bool reset(const QString &query) override;

    QVariant data(int column) override;
    bool isNull(int column) override;
    // SQLite only steps forward: going back re-runs the statement and steps to the row again,
    // O(n). Forward-only reading (next(), seek() ahead) never pays for it.
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    friend class SqlCipherDriver;
    enum class Step { Row, Done, Failed };

    // Called by the driver's close(): the statement must go before the connection does.
    void releaseStatement();
    sqlite3 *connection() const;
    void clearOutcome();
    bool bindAll();
    bool bindOne(int position, const QVariant &value);
    bool bindText(int position, const QString &text);
    bool bindBlob(int position, const QByteArray &bytes);
    bool checkBind(int rc);
    Step step();
    bool stepTo(int row);
    void rewind();
    bool isOnRow() const;
    bool hasColumn(int column) const;
    void failSqlite(int rc, const QString &context);
    void fail(const QString &message);

    sqlite3_stmt *m_statement = nullptr;
    // UTF-8 of the text parameters, one buffer per parameter, bound SQLITE_STATIC (bindText).
    QList<QByteArray> m_textBuffers;
    QStringEncoder m_utf8 {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    bool m_isInsert = false;
    // The row the statement sits on (-1: none stepped yet); after SQLITE_DONE, the row count.
    int m_stepRow = -1;
    bool m_exhausted = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace ClientDesk
