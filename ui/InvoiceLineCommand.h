// SPDX-License-Identifier: GPL-3.0-or-later
// One undoable change to an invoice's lines: a line added, removed or edited in the table.
#pragma once

#include "models/domain/InvoiceLine.h"

#include <QUndoCommand>

#include <optional>

namespace ClientDesk {

class InvoiceLinesModel;

class InvoiceLineCommand : public QUndoCommand
{
public:
    static InvoiceLineCommand *add(InvoiceLinesModel *model, int row, const InvoiceLine &line);
    static InvoiceLineCommand *remove(InvoiceLinesModel *model, int row);
    static InvoiceLineCommand *edit(InvoiceLinesModel *model, int row, const InvoiceLine &after);

    void undo() override;
    void redo() override;

private:
    // No line before: an addition; none after: a removal; both: an edit.
    InvoiceLineCommand(InvoiceLinesModel *model, int row, std::optional<InvoiceLine> before,
                       std::optional<InvoiceLine> after, const QString &text);
    void apply(const std::optional<InvoiceLine> &from, const std::optional<InvoiceLine> &to);

    InvoiceLinesModel *m_model;
    int m_row;
    std::optional<InvoiceLine> m_before;
    std::optional<InvoiceLine> m_after;
};

} // namespace ClientDesk
