// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of the insert benchmark: client-like records (a random-UUID TEXT key and eight text
// columns of realistic length, some accented), made from a seed and held in memory twice, as
// QString for the Qt path and as UTF-8 for the C API, so neither path pays for making them.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ClientDesk {

class ClientLikeRows
{
public:
    static constexpr int ColumnCount = 9;
    static const char CreateTableSql[];
    static const char InsertSql[];

    static ClientLikeRows generate(qsizetype count, quint64 seed);

    qsizetype size() const { return m_text.size() / ColumnCount; }
    const QString &text(qsizetype row, int column) const
    {
        return m_text.at(row * ColumnCount + column);
    }
    const QByteArray &utf8(qsizetype row, int column) const
    {
        return m_utf8.at(row * ColumnCount + column);
    }

private:
    QList<QString> m_text;
    QList<QByteArray> m_utf8;
};

} // namespace ClientDesk
