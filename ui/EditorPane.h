// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the panes that edit one record (client, project, invoice): an undo stack whose
// clean state is "saved", Save that writes through the domain layer or shows why not and
// saves nothing, Revert, and the prompt before unsaved edits would be lost.
#pragma once

#include "models/domain/Result.h"

#include <QWidget>

class QLabel;
class QUndoStack;

namespace ClientDesk {

class FieldUndo;
class Session;

class EditorPane : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPane(Session &session, QWidget *parent = nullptr);
    ~EditorPane() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // Edits not yet saved: the undo stack is away from its clean state.
    bool isDirty() const;
    // The record shown; empty for a new one not yet saved.
    QString recordId() const { return m_recordId; }
    // What the record is called, for titles and prompts ("Acme GmbH", "Invoice 2026-…").
    virtual QString recordTitle() const = 0;

    // Writes the edits. A domain error is shown in the pane, nothing is saved, and it returns
    // false; the edits stay on screen to be fixed.
    bool save();
    // Drops unsaved edits and shows the record as stored.
    void revert();
    // Takes in what is being typed in a cell or field editor that has not been left yet, as
    // leaving it would (a shortcut such as Ctrl+S moves no focus). save() and confirmLeave()
    // do it first; so must anything that reads the form, such as printing.
    virtual void commitPendingEdit() { }
    // With unsaved edits, asks whether to save them, discard them or stay; true when the
    // caller may go on (saved or discarded).
    bool confirmLeave();

    // The inline message line: an error from the domain layer, or empty to hide it.
    void showMessage(const QString &message);
    QString message() const;

Q_SIGNALS:
    void saved(const QString &id);
    void dirtyChanged(bool dirty);

protected:
    enum class LeaveChoice { Save, Discard, Stay };
    // Asks the person; tests override it.
    virtual LeaveChoice askLeave();

    // Writes the form through the repositories; returns the stored record's id.
    virtual Result<QString> write() = 0;
    // Shows the record with recordId() as stored (an empty form for a new one). Called by
    // revert() and after a save; implementations fill fields between
    // fields().beginLoad() and fields().endLoad().
    virtual void reload() = 0;

    Session &session() const { return m_session; }
    FieldUndo &fields() const { return *m_fields; }
    // The label save errors go to; subclasses place it in their layout.
    QLabel *messageLabel() const { return m_message; }
    void setRecordId(const QString &id) { m_recordId = id; }

private:
    Session &m_session;
    QUndoStack *m_undoStack;
    FieldUndo *m_fields;
    QLabel *m_message;
    QString m_recordId;
};

} // namespace ClientDesk
