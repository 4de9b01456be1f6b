// SPDX-License-Identifier: GPL-3.0-or-later
// Adds or edits one deliverable of a project. OK writes it at once (a deliverable is a record
// of its own); a domain error is shown in the dialog, which stays open and saves nothing.
#pragma once

#include "models/domain/Deliverable.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ClientDesk {

class Session;

class DeliverableDialog : public QDialog
{
    Q_OBJECT

public:
    // A deliverable without an id is added to deliverable.projectId; one with an id is edited.
    DeliverableDialog(Session &session, Deliverable deliverable, QWidget *parent = nullptr);

    // The deliverable as stored, once accepted.
    const Deliverable &deliverable() const { return m_deliverable; }
    // The error shown, or empty.
    QString message() const;

    // Validates and writes; closes only when the deliverable was stored.
    void accept() override;

private:
    Deliverable edited() const;
    void statusChosen();

    Session &m_session;
    Deliverable m_deliverable;
    QLineEdit *m_title;
    QComboBox *m_status;
    QCheckBox *m_hasDueDate;
    QDateEdit *m_dueDate;
    QDateEdit *m_doneDate;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace ClientDesk
