// SPDX-License-Identifier: GPL-3.0-or-later
// The filters above a list: status, and where the list has them, a tag and "overdue only".
// It only says what the person chose; the page applies it to its model.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace ClientDesk {

class FilterBar : public QWidget
{
    Q_OBJECT

public:
    struct Status
    {
        QString label;
        // The stable key the model filters by.
        QString key;
    };

    // What the filters are called for screen readers, whole phrases (translators see each).
    struct Names
    {
        QString status;
        QString tag;
        QString overdue;
    };

    FilterBar(const Names &names, const QList<Status> &statuses, QWidget *parent = nullptr);

    void setTagFilterVisible(bool visible);
    void setOverdueFilterVisible(bool visible);

    // Empty for every status.
    QString statusKey() const;
    QString tag() const;
    bool overdueOnly() const;
    void setOverdueOnly(bool on);
    // True when any filter narrows the list.
    bool isActive() const;
    // Back to every row.
    void clear();
    // Puts the keyboard on the status filter.
    void focusStatus();

Q_SIGNALS:
    // Typing a tag settles for a moment before this fires.
    void filterChanged();

private:
    QComboBox *m_status;
    QLabel *m_tagLabel;
    QLineEdit *m_tag;
    QCheckBox *m_overdue;
    QTimer *m_tagSettle;
};

} // namespace ClientDesk
