// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchmarkReport.h"

#include <QFile>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>

namespace ClientDesk {

namespace {
constexpr qsizetype FieldCount = 9;

QString unitName(BenchmarkReport::Unit unit)
{
    switch (unit) {
    case BenchmarkReport::Unit::Milliseconds:
        return QStringLiteral("ms");
    case BenchmarkReport::Unit::Seconds:
        return QStringLiteral("s");
    case BenchmarkReport::Unit::RowsPerSecond:
        return QStringLiteral("rows/s");
    case BenchmarkReport::Unit::Megabytes:
        return QStringLiteral("MB");
    case BenchmarkReport::Unit::Count:
        break;
    }
    return QStringLiteral("count");
}

std::optional<BenchmarkReport::Unit> unitFromName(const QString &name)
{
    using Unit = BenchmarkReport::Unit;
    for (const Unit unit :
         {Unit::Milliseconds, Unit::Seconds, Unit::RowsPerSecond, Unit::Megabytes, Unit::Count}) {
        if (unitName(unit) == name)
            return unit;
    }
    return std::nullopt;
}

bool higherIsBetter(BenchmarkReport::Unit unit)
{
    return unit == BenchmarkReport::Unit::RowsPerSecond;
}

// One line per row in the results file: tabs separate the fields, so none may hold one.
QString clean(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

QString formatRatio(double ratio)
{
    return QString::number(ratio, 'f', 2) + QStringLiteral("×");
}

QString formatAim(const BenchmarkReport::Row &row)
{
    switch (row.aim) {
    case BenchmarkReport::Aim::None:
        return {};
    case BenchmarkReport::Aim::ValueAtMost:
        return QStringLiteral("≤ ") + BenchmarkReport::formatValue(row.aimLimit, row.unit);
    case BenchmarkReport::Aim::RatioAtMost:
        break;
    }
    return QStringLiteral("ratio ≤ ") + formatRatio(row.aimLimit);
}

QString formatBaseline(const BenchmarkReport::Row &row)
{
    if (row.baselineName.isEmpty())
        return {};
    if (!row.baselineValue)
        return row.baselineName + QStringLiteral(": not measured");
    return row.baselineName + QStringLiteral(": ")
        + BenchmarkReport::formatValue(*row.baselineValue, row.unit);
}

std::optional<BenchmarkReport::Row> parseRow(const QString &line)
{
    const QStringList fields = line.split(u'\t');
    if (fields.size() != FieldCount)
        return std::nullopt;
    BenchmarkReport::Row row;
    bool ok = false;
    row.key = fields.at(0);
    row.figure = fields.at(1);
    row.value = fields.at(2).toDouble(&ok);
    const auto unit = unitFromName(fields.at(3));
    if (!ok || !unit)
        return std::nullopt;
    row.unit = *unit;
    row.baselineName = fields.at(4);
    if (!fields.at(5).isEmpty())
        row.baselineValue = fields.at(5).toDouble();
    const int aim = fields.at(6).toInt(&ok);
    if (!ok || aim < 0 || aim > int(BenchmarkReport::Aim::RatioAtMost))
        return std::nullopt;
    row.aim = BenchmarkReport::Aim(aim);
    row.aimLimit = fields.at(7).toDouble();
    row.note = fields.at(8);
    return row;
}
} // namespace

BenchmarkReport::Row::Row(QString key, QString figure, double value, Unit unit)
    : key(std::move(key))
    , figure(std::move(figure))
    , value(value)
    , unit(unit)
{ }

BenchmarkReport::Row &BenchmarkReport::Row::versus(QString name, std::optional<double> value)
{
    baselineName = std::move(name);
    baselineValue = value;
    return *this;
}

BenchmarkReport::Row &BenchmarkReport::Row::withAim(Aim kind, double limit)
{
    aim = kind;
    aimLimit = limit;
    return *this;
}

BenchmarkReport::Row &BenchmarkReport::Row::withNote(QString text)
{
    note = std::move(text);
    return *this;
}

std::optional<double> BenchmarkReport::Row::ratio() const
{
    if (!baselineValue || *baselineValue <= 0 || value <= 0)
        return std::nullopt;
    return higherIsBetter(unit) ? *baselineValue / value : value / *baselineValue;
}

QString BenchmarkReport::Row::verdict() const
{
    switch (aim) {
    case Aim::None:
        return {};
    case Aim::ValueAtMost:
        return value <= aimLimit ? QStringLiteral("meets") : QStringLiteral("MISSES");
    case Aim::RatioAtMost:
        break;
    }
    const auto r = ratio();
    if (!r)
        return QStringLiteral("no baseline");
    return *r <= aimLimit ? QStringLiteral("meets") : QStringLiteral("MISSES");
}

Result<BenchmarkReport> BenchmarkReport::load(const QString &path)
{
    BenchmarkReport report;
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return report;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(ErrorKind::Io, QStringLiteral("Cannot read the results file %1.").arg(path));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty())
            continue;
        const auto row = parseRow(line);
        if (!row)
            return Error(
                ErrorKind::InvalidInput,
                QStringLiteral("The results file %1 holds a line that is not a result.").arg(path));
        report.m_history.append(*row);
    }
    return report;
}

std::optional<double> BenchmarkReport::value(const QString &key) const
{
    // The latest measurement wins: this process's rows, then the history from its end.
    for (const QList<Row> *rows : {&m_rows, &m_history}) {
        const auto it = std::find_if(rows->crbegin(), rows->crend(),
                                     [&key](const Row &row) { return row.key == key; });
        if (it != rows->crend())
            return it->value;
    }
    return std::nullopt;
}

Result<void> BenchmarkReport::save(const QString &path) const
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error(ErrorKind::Io, QStringLiteral("Cannot write the results file %1.").arg(path));
    QTextStream out(&file);
    for (const Row &row : m_rows) {
        const QStringList fields {clean(row.key),
                                  clean(row.figure),
                                  number(row.value),
                                  unitName(row.unit),
                                  clean(row.baselineName),
                                  row.baselineValue ? number(*row.baselineValue) : QString(),
                                  QString::number(int(row.aim)),
                                  number(row.aimLimit),
                                  clean(row.note)};
        out << fields.join(u'\t') << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        return Error(ErrorKind::Io, QStringLiteral("Cannot write the results file %1.").arg(path));
    return {};
}

QString BenchmarkReport::formatValue(double value, Unit unit)
{
    const QLocale english(QLocale::English);
    switch (unit) {
    case Unit::Milliseconds:
        return english.toString(value, 'f', 1) + QStringLiteral(" ms");
    case Unit::Seconds:
        return english.toString(value, 'f', 2) + QStringLiteral(" s");
    case Unit::RowsPerSecond:
        return english.toString(qint64(value + 0.5)) + QStringLiteral(" rows/s");
    case Unit::Megabytes:
        return english.toString(value, 'f', 1) + QStringLiteral(" MB");
    case Unit::Count:
        break;
    }
    return english.toString(qint64(value + 0.5));
}

void BenchmarkReport::print(QTextStream &out, const QString &title, bool withHistory) const
{
    QList<Row> rows = withHistory ? m_history + m_rows : m_rows;
    const QStringList header {QStringLiteral("figure"),   QStringLiteral("value"),
                              QStringLiteral("baseline"), QStringLiteral("ratio"),
                              QStringLiteral("aim"),      QStringLiteral("verdict")};
    QList<QStringList> cells;
    for (const Row &row : std::as_const(rows)) {
        const auto ratio = row.ratio();
        cells.append({row.figure, formatValue(row.value, row.unit), formatBaseline(row),
                      ratio ? formatRatio(*ratio) : QString(), formatAim(row), row.verdict()});
    }
    std::array<qsizetype, 6> widths {};
    for (const QStringList &line : std::as_const(cells) + QList<QStringList> {header}) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    const auto printLine = [&](const QStringList &line) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i) {
            // Numbers line up on the right, words on the left.
            const bool right = i == 1 || i == 3;
            padded << (right ? line.at(i).rightJustified(widths[i])
                             : line.at(i).leftJustified(widths[i]));
        }
        QString text = padded.join(QStringLiteral(" | "));
        while (text.endsWith(u' '))
            text.chop(1);
        out << text << '\n';
    };
    out << '\n' << title << '\n';
    printLine(header);
    qsizetype total = 3 * (header.size() - 1);
    for (const qsizetype width : widths)
        total += width;
    out << QString(total, u'-') << '\n';
    for (qsizetype i = 0; i < rows.size(); ++i) {
        printLine(cells.at(i));
        if (!rows.at(i).note.isEmpty())
            out << QStringLiteral("    ") << rows.at(i).note << '\n';
    }
    out.flush();
}

} // namespace ClientDesk
