// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceLinesModel.h"

#include "models/domain/InvoiceCalculator.h"
#include "models/domain/Money.h"
#include "ui/InvoiceLineCommand.h"
#include "ui/LocalMoney.h"

#include <QRegularExpression>
#include <QUndoStack>

#include <optional>

namespace ClientDesk {

namespace {
constexpr Qt::Alignment Right = Qt::AlignRight | Qt::AlignVCenter;
constexpr int QuantityDecimals = 3;
constexpr int TaxRateDecimals = 2;
constexpr int MaxTaxRateBp = 10000;
// More whole digits than this cannot be a quantity anyone means, and keep the scaled value
// far inside qint64.
constexpr int MaxWholeDigits = 12;

qint64 powerOfTen(int digits)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return scale;
}

// Group separators count only where they group thousands ("1.234,5" in German), so "1.5"
// typed by habit in a German locale is refused instead of read as fifteen.
bool groupedCorrectly(const QString &whole, const QString &group)
{
    if (group.isEmpty() || !whole.contains(group))
        return true;
    const QStringList parts = whole.split(group);
    if (parts.first().isEmpty() || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() != 3)
            return false;
    }
    return true;
}

// Reads a decimal number typed in the locale into an integer scaled by 10^decimals, exactly.
std::optional<qint64> parseScaled(const QString &text, const QLocale &locale, int decimals)
{
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(' '));
    plain.remove(QChar(0x00a0));
    plain.remove(QChar(0x202f));
    plain.replace(locale.negativeSign(), QStringLiteral("-"));
    const QString point = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const qsizetype pointAt = plain.indexOf(point);
    QString whole = pointAt < 0 ? plain : plain.left(pointAt);
    const QString fraction = pointAt < 0 ? QString() : plain.mid(pointAt + point.size());
    const bool negative = whole.startsWith(QLatin1Char('-'));
    if (negative)
        whole.remove(0, 1);
    if (group != point) {
        if (!groupedCorrectly(whole, group))
            return std::nullopt;
        whole.remove(group);
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if (!digits.match(whole).hasMatch() || !digits.match(fraction).hasMatch())
        return std::nullopt;
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > decimals
        || whole.size() > MaxWholeDigits)
        return std::nullopt;
    const qint64 scale = powerOfTen(decimals);
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong() * scale;
    if (!fraction.isEmpty())
        value += fraction.toLongLong() * powerOfTen(decimals - int(fraction.size()));
    return negative ? -value : value;
}

QString formatScaled(qint64 value, int decimals, const QLocale &locale, bool grouped)
{
    const qint64 scale = powerOfTen(decimals);
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    const quint64 whole = magnitude / quint64(scale);
    QString text = grouped ? locale.toString(qulonglong(whole)) : QString::number(whole);
    QString fraction = QStringLiteral("%1").arg(qulonglong(magnitude % quint64(scale)), decimals,
                                                10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + text : text;
}
} // namespace

InvoiceLinesModel::InvoiceLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(this, &QAbstractItemModel::dataChanged, this, &InvoiceLinesModel::linesChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &InvoiceLinesModel::linesChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &InvoiceLinesModel::linesChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &InvoiceLinesModel::linesChanged);
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.column());
    case Qt::EditRole:
        return editText(line, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Description ? QVariant() : QVariant(Right);
    default:
        return {};
    }
}

QVariant InvoiceLinesModel::display(const InvoiceLine &line, int column) const
{
    switch (column) {
    case Description:
        return line.description;
    case Quantity:
        return formatQuantity(line.quantityMilli, m_locale);
    case UnitPrice:
        return LocalMoney::format(Money(line.unitPriceMinor, m_currency), m_locale);
    case TaxRate:
        return tr("%1 %").arg(formatTaxRate(line.taxRateBp, m_locale));
    case Net: {
        auto amounts = InvoiceCalculator::line(line);
        if (!amounts)
            return tr("Too large");
        return LocalMoney::format(Money(amounts->net, m_currency), m_locale);
    }
    default:
        return {};
    }
}

QVariant InvoiceLinesModel::editText(const InvoiceLine &line, int column) const
{
    switch (column) {
    case Description:
        return line.description;
    case Quantity:
        return formatQuantity(line.quantityMilli, m_locale, false);
    case UnitPrice:
        return LocalMoney::formatPlain(Money(line.unitPriceMinor, m_currency), m_locale);
    case TaxRate:
        return formatTaxRate(line.taxRateBp, m_locale);
    default:
        return display(line, column);
    }
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case UnitPrice:
        return tr("Unit price");
    case TaxRate:
        return tr("Tax %");
    case Net:
        return tr("Net amount");
    default:
        return {};
    }
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() != Net)
        result |= Qt::ItemIsEditable;
    return result;
}

Result<InvoiceLine> InvoiceLinesModel::edited(const QModelIndex &index, const QString &text) const
{
    InvoiceLine line = m_lines.at(index.row());
    switch (index.column()) {
    case Description:
        line.description = text;
        return line;
    case Quantity: {
        auto quantity = parseQuantity(text, m_locale);
        if (!quantity)
            return quantity.error();
        line.quantityMilli = *quantity;
        return line;
    }
    case UnitPrice: {
        auto price = LocalMoney::parse(text, m_currency, m_locale);
        if (!price)
            return price.error();
        line.unitPriceMinor = price->minor();
        return line;
    }
    case TaxRate: {
        auto rate = parseTaxRate(text, m_locale);
        if (!rate)
            return rate.error();
        line.taxRateBp = *rate;
        return line;
    }
    default:
        return Error(ErrorKind::InvalidInput, tr("The net amount is worked out from the line."));
    }
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto line = edited(index, value.toString());
    if (!line) {
        Q_EMIT inputRejected(line.error().message());
        return false;
    }
    if (*line == m_lines.at(index.row()))
        return true;
    // A line whose amounts no longer fit is refused here, where the person typed it.
    if (auto amounts = InvoiceCalculator::line(*line); !amounts) {
        Q_EMIT inputRejected(amounts.error().message());
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(InvoiceLineCommand::edit(this, index.row(), *line));
    else
        replaceLine(index.row(), *line);
    return true;
}

void InvoiceLinesModel::setLines(const QList<InvoiceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

void InvoiceLinesModel::insertLine(int row, const InvoiceLine &line)
{
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
}

void InvoiceLinesModel::removeLine(int row)
{
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
}

void InvoiceLinesModel::replaceLine(int row, const InvoiceLine &line)
{
    m_lines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InvoiceLinesModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void InvoiceLinesModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void InvoiceLinesModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    // Flags have no signal of their own; views re-read them with the data.
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString InvoiceLinesModel::formatQuantity(qint64 quantityMilli, const QLocale &locale, bool grouped)
{
    return formatScaled(quantityMilli, QuantityDecimals, locale, grouped);
}

Result<qint64> InvoiceLinesModel::parseQuantity(const QString &text, const QLocale &locale)
{
    if (text.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput, tr("Enter a quantity."));
    auto value = parseScaled(text, locale, QuantityDecimals);
    if (!value)
        return Error(ErrorKind::InvalidInput,
                     tr("Type the quantity as a number with up to three decimals, such as %1.")
                         .arg(formatQuantity(1500, locale)));
    return *value;
}

QString InvoiceLinesModel::formatTaxRate(int taxRateBp, const QLocale &locale)
{
    return formatScaled(taxRateBp, TaxRateDecimals, locale, false);
}

Result<int> InvoiceLinesModel::parseTaxRate(const QString &text, const QLocale &locale)
{
    QString plain = text.trimmed();
    plain.remove(locale.percent());
    plain.remove(QLatin1Char('%'));
    if (plain.trimmed().isEmpty())
        return Error(ErrorKind::InvalidInput, tr("Enter a tax rate."));
    auto value = parseScaled(plain, locale, TaxRateDecimals);
    if (!value || *value < 0 || *value > MaxTaxRateBp)
        return Error(ErrorKind::InvalidInput,
                     tr("Type the tax rate as a percentage between 0 and 100, such as %1.")
                         .arg(formatTaxRate(750, locale)));
    return int(*value);
}

} // namespace ClientDesk
