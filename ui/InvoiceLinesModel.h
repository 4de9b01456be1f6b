// SPDX-License-Identifier: GPL-3.0-or-later
// The lines of the invoice being edited, as a table a person types into: quantities, prices and
// tax rates read and shown in their locale, each edit checked before it changes anything.
#pragma once

#include "models/domain/InvoiceLine.h"
#include "models/domain/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

class QUndoStack;

namespace ClientDesk {

class InvoiceLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Description, Quantity, UnitPrice, TaxRate, Net, ColumnCount };

    explicit InvoiceLinesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Reads the text in the locale; text that cannot be read emits inputRejected() and changes
    // nothing. With an undo stack set, the change is pushed onto it as a command.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Shows these lines (a reset: not an edit).
    void setLines(const QList<InvoiceLine> &lines);
    QList<InvoiceLine> lines() const { return m_lines; }
    InvoiceLine line(int row) const { return m_lines.at(row); }
    // Direct changes, for the undo commands (which are the edits a person makes).
    void insertLine(int row, const InvoiceLine &line);
    void removeLine(int row);
    void replaceLine(int row, const InvoiceLine &line);

    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // Issued invoices are frozen: nothing can be typed.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Edits made through setData() become commands on this stack; null applies them directly.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    // The line with the column's text read in: what setData() would store, or why not.
    Result<InvoiceLine> edited(const QModelIndex &index, const QString &text) const;

    // Thousandths of a unit as the locale writes them, with as many decimals as needed.
    static QString formatQuantity(qint64 quantityMilli, const QLocale &locale, bool grouped = true);
    static Result<qint64> parseQuantity(const QString &text, const QLocale &locale);
    // Basis points as a percentage number ("19", "7,5" in German), without the % sign.
    static QString formatTaxRate(int taxRateBp, const QLocale &locale);
    static Result<int> parseTaxRate(const QString &text, const QLocale &locale);

Q_SIGNALS:
    // Text typed into a cell could not be read; the message says what to type.
    void inputRejected(const QString &message);
    // Any line was added, removed or changed, or all were replaced: totals are stale.
    void linesChanged();

private:
    QVariant display(const InvoiceLine &line, int column) const;
    QVariant editText(const InvoiceLine &line, int column) const;

    QList<InvoiceLine> m_lines;
    QString m_currency = QStringLiteral("EUR");
    QLocale m_locale;
    bool m_editable = true;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace ClientDesk
