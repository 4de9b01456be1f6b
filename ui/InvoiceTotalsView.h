// SPDX-License-Identifier: GPL-3.0-or-later
// The live totals under an invoice's lines: net and tax for each tax rate, then net, tax and
// the total, in the person's locale.
#pragma once

#include "models/domain/InvoiceLine.h"

#include <QLocale>
#include <QWidget>

class QGridLayout;
class QVBoxLayout;

namespace ClientDesk {

class InvoiceTotalsView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoiceTotalsView(QWidget *parent = nullptr);

    // Recomputes everything from the lines.
    void showTotals(const QList<InvoiceLine> &lines, const QString &currency,
                    const QLocale &locale = {});
    // The amount shown beside a caption ("Net at 19 %", "Total"); empty when there is none.
    QString amount(const QString &caption) const;

private:
    void addRow(const QString &caption, const QString &amount, bool emphasised = false);

    QVBoxLayout *m_layout;
    QWidget *m_rows = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace ClientDesk
