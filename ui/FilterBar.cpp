// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace ClientDesk {

FilterBar::FilterBar(const Names &names, const QList<Status> &statuses, QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_tagLabel(new QLabel(tr("&With tag:"), this))
    , m_tag(new QLineEdit(this))
    , m_overdue(new QCheckBox(tr("Over&due only"), this))
    , m_tagSettle(new QTimer(this))
{
    // The status has no mnemonic (View → Filter, Ctrl+Shift+F, reaches it): every letter of
    // the word is taken by a menu or by an editor beside the list in some language.
    auto *statusLabel = new QLabel(tr("Status:"), this);
    statusLabel->setBuddy(m_status);
    m_status->addItem(tr("All"), QString());
    for (const Status &status : statuses)
        m_status->addItem(status.label, status.key);
    m_status->setAccessibleName(names.status);

    m_tagLabel->setBuddy(m_tag);
    m_tag->setPlaceholderText(tr("Any tag"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setAccessibleName(names.tag);
    // Wide enough for the hint in every language ("Beliebiges Schlagwort").
    m_tag->setMinimumWidth(m_tag->fontMetrics().horizontalAdvance(m_tag->placeholderText()) + 48);
    m_overdue->setAccessibleName(names.overdue);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(m_tagLabel);
    layout->addWidget(m_tag);
    layout->addSpacing(12);
    layout->addWidget(m_overdue);
    layout->addStretch();

    m_tagSettle->setSingleShot(true);
    m_tagSettle->setInterval(250);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &FilterBar::filterChanged);
    connect(m_tag, &QLineEdit::textChanged, m_tagSettle, qOverload<>(&QTimer::start));
    connect(m_tagSettle, &QTimer::timeout, this, &FilterBar::filterChanged);
    setTagFilterVisible(false);
    setOverdueFilterVisible(false);
}

void FilterBar::setTagFilterVisible(bool visible)
{
    m_tagLabel->setVisible(visible);
    m_tag->setVisible(visible);
}

void FilterBar::setOverdueFilterVisible(bool visible)
{
    m_overdue->setVisible(visible);
}

QString FilterBar::statusKey() const
{
    return m_status->currentData().toString();
}

QString FilterBar::tag() const
{
    return m_tag->text().trimmed();
}

bool FilterBar::overdueOnly() const
{
    return m_overdue->isChecked();
}

void FilterBar::setOverdueOnly(bool on)
{
    m_overdue->setChecked(on);
}

bool FilterBar::isActive() const
{
    return !statusKey().isEmpty() || !tag().isEmpty() || overdueOnly();
}

void FilterBar::focusStatus()
{
    m_status->setFocus(Qt::ShortcutFocusReason);
}

void FilterBar::clear()
{
    m_status->setCurrentIndex(0);
    m_tag->clear();
    m_overdue->setChecked(false);
}

} // namespace ClientDesk
