// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo for the fields of a form: each edit a person makes becomes a command on a
// QUndoStack (typing in one field merges into one step), so Edit → Undo walks back through
// the form and the stack's clean state says whether anything is unsaved.
#pragma once

#include <QHash>
#include <QObject>
#include <QVariant>

class QUndoStack;
class QWidget;

namespace ClientDesk {

class FieldUndo : public QObject
{
    Q_OBJECT

public:
    explicit FieldUndo(QUndoStack *stack, QObject *parent = nullptr);

    // Records edits of a QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QCheckBox,
    // QSpinBox or QDoubleSpinBox. Undo/Redo keys pressed in the field go to the form's stack,
    // not to the field's own.
    void track(QWidget *field);

    // Values the program sets between beginLoad() and endLoad() (showing a record) are not
    // edits; endLoad() takes them as the fields' starting values.
    void beginLoad();
    void endLoad();
    // Sets a field's value as the program, without recording an edit.
    void setValue(QWidget *field, const QVariant &value);
    static QVariant valueOf(const QWidget *field);

Q_SIGNALS:
    // A field took a value through an edit, undo or redo.
    void fieldChanged(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class EditCommand;

    void edited(QWidget *field);
    void apply(QWidget *field, const QVariant &value);
    static void write(QWidget *field, const QVariant &value);

    QUndoStack *m_stack;
    QHash<QWidget *, QVariant> m_values;
    bool m_applying = false;
};

} // namespace ClientDesk
