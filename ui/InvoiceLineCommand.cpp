// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceLineCommand.h"

#include "ui/InvoiceLinesModel.h"

namespace ClientDesk {

InvoiceLineCommand::InvoiceLineCommand(InvoiceLinesModel *model, int row,
                                       std::optional<InvoiceLine> before,
                                       std::optional<InvoiceLine> after, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

InvoiceLineCommand *InvoiceLineCommand::add(InvoiceLinesModel *model, int row,
                                            const InvoiceLine &line)
{
    return new InvoiceLineCommand(model, row, std::nullopt, line,
                                  InvoiceLinesModel::tr("Add Line"));
}

InvoiceLineCommand *InvoiceLineCommand::remove(InvoiceLinesModel *model, int row)
{
    return new InvoiceLineCommand(model, row, model->line(row), std::nullopt,
                                  InvoiceLinesModel::tr("Remove Line"));
}

InvoiceLineCommand *InvoiceLineCommand::edit(InvoiceLinesModel *model, int row,
                                             const InvoiceLine &after)
{
    return new InvoiceLineCommand(model, row, model->line(row), after,
                                  InvoiceLinesModel::tr("Edit Line %1").arg(row + 1));
}

void InvoiceLineCommand::undo()
{
    apply(m_after, m_before);
}

void InvoiceLineCommand::redo()
{
    apply(m_before, m_after);
}

void InvoiceLineCommand::apply(const std::optional<InvoiceLine> &from,
                               const std::optional<InvoiceLine> &to)
{
    if (!from)
        m_model->insertLine(m_row, *to);
    else if (!to)
        m_model->removeLine(m_row);
    else
        m_model->replaceLine(m_row, *to);
}

} // namespace ClientDesk
