// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EditorPane.h"

#include "ui/FieldUndo.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace ClientDesk {

EditorPane::EditorPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undoStack(new QUndoStack(this))
    , m_fields(new FieldUndo(m_undoStack, this))
    , m_message(new QLabel(this))
{
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    // Bold, with an icon-free text that says what is wrong: colour is never the only cue.
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Back at what is stored (edits undone): a message about saving them no longer applies.
        if (clean)
            showMessage({});
        Q_EMIT dirtyChanged(!clean);
    });
}

EditorPane::~EditorPane()
{
    // The stack goes with the pane's children, after the subclass is gone: nothing may hear
    // what it says while it is cleared.
    m_undoStack->blockSignals(true);
}

bool EditorPane::isDirty() const
{
    return !m_undoStack->isClean();
}

bool EditorPane::save()
{
    commitPendingEdit();
    Result<QString> written = write();
    if (!written) {
        showMessage(written.error().message());
        return false;
    }
    showMessage({});
    m_recordId = *written;
    m_undoStack->clear();
    reload();
    m_undoStack->setClean();
    Q_EMIT saved(m_recordId);
    return true;
}

void EditorPane::revert()
{
    showMessage({});
    m_undoStack->clear();
    reload();
    m_undoStack->setClean();
}

bool EditorPane::confirmLeave()
{
    commitPendingEdit();
    if (!isDirty())
        return true;
    switch (askLeave()) {
    case LeaveChoice::Save:
        return save();
    case LeaveChoice::Discard:
        revert();
        return true;
    case LeaveChoice::Stay:
        break;
    }
    return false;
}

EditorPane::LeaveChoice EditorPane::askLeave()
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("Save your changes to “%1”?").arg(recordTitle()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("If you don't save, your changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return LeaveChoice::Save;
    case QMessageBox::Discard:
        return LeaveChoice::Discard;
    default:
        return LeaveChoice::Stay;
    }
}

void EditorPane::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString EditorPane::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace ClientDesk
