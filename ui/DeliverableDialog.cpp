// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DeliverableDialog.h"

#include "models/domain/Clock.h"
#include "models/store/ProjectRepository.h"
#include "ui/DateField.h"
#include "ui/DeliverablesModel.h"
#include "ui/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClientDesk {

DeliverableDialog::DeliverableDialog(Session &session, Deliverable deliverable, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_deliverable(std::move(deliverable))
    , m_title(new QLineEdit(m_deliverable.title, this))
    , m_status(new QComboBox(this))
    , m_hasDueDate(new QCheckBox(tr("&Due date:"), this))
    , m_dueDate(DateField::create(this, tr("Due date"), m_deliverable.dueDate))
    , m_doneDate(DateField::create(this, tr("Done date"), m_deliverable.doneDate))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("deliverableDialog"));
    setWindowTitle(m_deliverable.id.isEmpty() ? tr("Add Deliverable") : tr("Edit Deliverable"));
    const QDate today = m_session.clock().now().date();
    m_title->setAccessibleName(tr("Deliverable title"));
    m_title->setMaxLength(200);
    for (auto status :
         {Deliverable::Status::Open, Deliverable::Status::InProgress, Deliverable::Status::Done})
        m_status->addItem(DeliverablesModel::statusName(status), static_cast<int>(status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(m_deliverable.status)));
    m_status->setAccessibleName(tr("Deliverable status"));
    m_hasDueDate->setAccessibleName(tr("Has a due date"));
    m_hasDueDate->setChecked(m_deliverable.dueDate.isValid());
    if (!m_deliverable.dueDate.isValid())
        m_dueDate->setDate(today);
    m_dueDate->setEnabled(m_hasDueDate->isChecked());
    if (!m_deliverable.doneDate.isValid())
        m_doneDate->setDate(today);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    // Bold, and the text says what is wrong: colour is never the only cue.
    m_message->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save deliverable"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_hasDueDate, m_dueDate);
    form->addRow(tr("Do&ne on:"), m_doneDate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    statusChosen();

    connect(m_hasDueDate, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliverableDialog::statusChosen);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeliverableDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeliverableDialog::reject);
}

// A done date belongs only to a deliverable that is done (the domain rule): the field is
// offered only then.
void DeliverableDialog::statusChosen()
{
    const bool done = static_cast<Deliverable::Status>(m_status->currentData().toInt())
        == Deliverable::Status::Done;
    m_doneDate->setEnabled(done);
}

Deliverable DeliverableDialog::edited() const
{
    Deliverable deliverable = m_deliverable;
    deliverable.title = m_title->text().trimmed();
    deliverable.status = static_cast<Deliverable::Status>(m_status->currentData().toInt());
    deliverable.dueDate = m_hasDueDate->isChecked() ? m_dueDate->date() : QDate();
    deliverable.doneDate =
        deliverable.status == Deliverable::Status::Done ? m_doneDate->date() : QDate();
    return deliverable;
}

QString DeliverableDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void DeliverableDialog::accept()
{
    const Deliverable deliverable = edited();
    Result<Deliverable> stored = [&]() -> Result<Deliverable> {
        if (auto valid = deliverable.validate(); !valid)
            return valid.error();
        ProjectRepository projects(m_session.store());
        return deliverable.id.isEmpty() ? projects.addDeliverable(deliverable)
                                        : projects.updateDeliverable(deliverable);
    }();
    if (!stored) {
        m_message->setText(stored.error().message());
        m_message->show();
        return;
    }
    m_deliverable = *stored;
    m_session.notifyChanged(Session::Record::Deliverable, m_deliverable.id);
    QDialog::accept();
}

} // namespace ClientDesk
