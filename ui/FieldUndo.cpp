// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FieldUndo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace ClientDesk {

// One edit of one field. Typing on in the same field merges into the step before it.
class FieldUndo::EditCommand : public QUndoCommand
{
public:
    EditCommand(FieldUndo *owner, QWidget *field, QVariant before, QVariant after)
        : m_owner(owner)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        const QString name = field->accessibleName();
        setText(name.isEmpty() ? FieldUndo::tr("Edit") : FieldUndo::tr("Edit %1").arg(name));
    }

    int id() const override { return 0x46554e44; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        // Check boxes and lists are single clicks: each one is its own step.
        if (next->m_field != m_field || qobject_cast<QCheckBox *>(m_field.data())
            || qobject_cast<QComboBox *>(m_field.data()))
            return false;
        m_after = next->m_after;
        // Typed and deleted again: no change, and the stack drops the step (so a form edited
        // back to what is stored is clean again).
        setObsolete(m_after == m_before);
        return true;
    }

    void undo() override { apply(m_before); }

    void redo() override
    {
        // The first redo is the edit itself, already on screen.
        if (m_firstRedo) {
            m_firstRedo = false;
            return;
        }
        apply(m_after);
    }

private:
    void apply(const QVariant &value)
    {
        if (m_owner && m_field)
            m_owner->apply(m_field, value);
    }

    QPointer<FieldUndo> m_owner;
    QPointer<QWidget> m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_firstRedo = true;
};

FieldUndo::FieldUndo(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{ }

void FieldUndo::track(QWidget *field)
{
    m_values.insert(field, valueOf(field));
    field->installEventFilter(this);
    const auto changed = [this, field] {
        edited(field);
    };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->setUndoRedoEnabled(false);
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    } else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *date = qobject_cast<QDateEdit *>(field))
        connect(date, &QDateEdit::dateChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(field))
        connect(number, &QDoubleSpinBox::valueChanged, this, changed);
    else
        Q_ASSERT_X(false, "FieldUndo::track", "a field type FieldUndo does not know");
    connect(field, &QObject::destroyed, this, [this, field] { m_values.remove(field); });
}

void FieldUndo::beginLoad()
{
    m_applying = true;
}

void FieldUndo::endLoad()
{
    m_applying = false;
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        it.value() = valueOf(it.key());
}

void FieldUndo::setValue(QWidget *field, const QVariant &value)
{
    const bool wasApplying = std::exchange(m_applying, true);
    write(field, value);
    m_applying = wasApplying;
    m_values.insert(field, valueOf(field));
}

QVariant FieldUndo::valueOf(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->toPlainText();
    if (const auto *combo = qobject_cast<const QComboBox *>(field))
        return combo->currentIndex();
    if (const auto *date = qobject_cast<const QDateEdit *>(field))
        return date->date();
    if (const auto *check = qobject_cast<const QCheckBox *>(field))
        return check->isChecked();
    if (const auto *spin = qobject_cast<const QSpinBox *>(field))
        return spin->value();
    if (const auto *number = qobject_cast<const QDoubleSpinBox *>(field))
        return number->value();
    return {};
}

void FieldUndo::write(QWidget *field, const QVariant &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->setText(value.toString());
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->setPlainText(value.toString());
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        combo->setCurrentIndex(value.toInt());
    else if (auto *date = qobject_cast<QDateEdit *>(field))
        date->setDate(value.toDate());
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        check->setChecked(value.toBool());
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        spin->setValue(value.toInt());
    else if (auto *number = qobject_cast<QDoubleSpinBox *>(field))
        number->setValue(value.toDouble());
}

void FieldUndo::edited(QWidget *field)
{
    if (m_applying)
        return;
    QVariant after = valueOf(field);
    QVariant before = m_values.value(field);
    if (after == before)
        return;
    m_values.insert(field, after);
    m_stack->push(new EditCommand(this, field, std::move(before), std::move(after)));
    Q_EMIT fieldChanged(field);
}

void FieldUndo::apply(QWidget *field, const QVariant &value)
{
    const bool wasApplying = std::exchange(m_applying, true);
    write(field, value);
    m_applying = wasApplying;
    m_values.insert(field, valueOf(field));
    Q_EMIT fieldChanged(field);
}

bool FieldUndo::eventFilter(QObject *watched, QEvent *event)
{
    // A line edit or text box would take Ctrl+Z for its own undo history; leaving the
    // shortcut to the window makes it undo the form's steps, in the order they were made.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ClientDesk
