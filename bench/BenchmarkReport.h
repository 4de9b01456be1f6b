// SPDX-License-Identifier: GPL-3.0-or-later
// The rows a benchmark run produces ("figure | value | baseline | ratio | aim | verdict"), printed
// aligned and kept in a results file so figures measured by other processes serve as baselines.
#pragma once

#include "models/domain/Result.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace ClientDesk {

class BenchmarkReport
{
public:
    enum class Aim { None, ValueAtMost, RatioAtMost };
    enum class Unit { Milliseconds, Seconds, RowsPerSecond, Megabytes, Count };

    struct Row
    {
        Row() = default;
        Row(QString key, QString figure, double value, Unit unit = Unit::Milliseconds);
        // Chained: Row(...).versus(...).withAim(...).withNote(...).
        Row &versus(QString name, std::optional<double> value);
        Row &withAim(Aim kind, double limit);
        Row &withNote(QString text);

        // Stable name other rows and processes refer to, e.g. "open.M.median".
        QString key;
        QString figure;
        double value = 0;
        Unit unit = Unit::Milliseconds;
        QString baselineName;
        std::optional<double> baselineValue;
        Aim aim = Aim::None;
        double aimLimit = 0;
        QString note;

        // Cost relative to the baseline, so above 1 is always worse: value / baseline for
        // times and sizes, baseline / value for rates.
        std::optional<double> ratio() const;
        // "meets", "MISSES", or empty without an aim.
        QString verdict() const;
    };

    // Rows measured earlier in the same suite run (by other processes) come from `path`; a
    // missing file is an empty history.
    static Result<BenchmarkReport> load(const QString &path);

    void add(const Row &row) { m_rows.append(row); }
    // The value of a row of this process or of the history, by key.
    std::optional<double> value(const QString &key) const;
    const QList<Row> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty() && m_history.isEmpty(); }

    // Appends this process's rows to the results file.
    Result<void> save(const QString &path) const;
    // The rows of this process, or with `withHistory` the history's before them.
    void print(QTextStream &out, const QString &title, bool withHistory = false) const;

    static QString formatValue(double value, Unit unit);

private:
    QList<Row> m_history;
    QList<Row> m_rows;
};

} // namespace ClientDesk
