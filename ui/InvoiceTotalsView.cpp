// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceTotalsView.h"

#include "models/domain/InvoiceCalculator.h"
#include "ui/InvoiceLinesModel.h"
#include "ui/LocalMoney.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ClientDesk {

InvoiceTotalsView::InvoiceTotalsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void InvoiceTotalsView::showTotals(const QList<InvoiceLine> &lines, const QString &currency,
                                   const QLocale &locale)
{
    // A fresh grid each time: the number of tax rates comes and goes with the lines.
    delete m_rows;
    m_rows = new QWidget(this);
    m_grid = new QGridLayout(m_rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    m_layout->addWidget(m_rows);
    auto totals = InvoiceCalculator::totals(lines);
    if (!totals) {
        auto *problem = new QLabel(totals.error().message(), m_rows);
        problem->setWordWrap(true);
        m_grid->addWidget(problem, 0, 0, 1, 2);
        return;
    }
    const auto money = [&](qint64 minor) {
        return LocalMoney::format(Money(minor, currency), locale);
    };
    for (const InvoiceCalculator::TaxRow &row : std::as_const(totals->byRate)) {
        const QString rate = InvoiceLinesModel::formatTaxRate(row.taxRateBp, locale);
        addRow(tr("Net at %1 %").arg(rate), money(row.net));
        addRow(tr("Tax at %1 %").arg(rate), money(row.tax));
    }
    addRow(tr("Net total"), money(totals->net));
    addRow(tr("Tax total"), money(totals->tax));
    addRow(tr("Total"), money(totals->total), true);
}

void InvoiceTotalsView::addRow(const QString &caption, const QString &amount, bool emphasised)
{
    const int row = m_grid->rowCount();
    auto *captionLabel = new QLabel(caption, m_rows);
    auto *amountLabel = new QLabel(amount, m_rows);
    amountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    amountLabel->setAccessibleName(caption);
    if (emphasised) {
        QFont bold = amountLabel->font();
        bold.setBold(true);
        captionLabel->setFont(bold);
        amountLabel->setFont(bold);
    }
    m_grid->addWidget(captionLabel, row, 0, Qt::AlignRight);
    m_grid->addWidget(amountLabel, row, 1);
}

QString InvoiceTotalsView::amount(const QString &caption) const
{
    const auto labels = findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->accessibleName() == caption)
            return label->text();
    }
    return {};
}

} // namespace ClientDesk
