// SPDX-License-Identifier: GPL-3.0-or-later
// The records that belong to the one an editor shows (a client's contacts, a project's
// deliverables) as a tab page: a table with Add…, Edit… and Remove buttons, Edit and Remove
// enabled while a row is selected, Enter editing and Delete removing the selected row. It asks
// for the work through signals; the editor opens its dialog or removes the record.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace ClientDesk {

class SubRecordList : public QWidget
{
    Q_OBJECT

public:
    // The editor's words for its records; the list keeps "Add…" and "Remove" itself.
    struct Texts
    {
        QString list; // the table's accessible name
        QString add; // the Add… button's accessible name
        QString editButton; // the Edit… button's text, with a mnemonic where the pane has one free
        QString edit; // the Edit… button's accessible name
        QString editToolTip; // may be empty
        QString remove; // the Remove button's accessible name
        QString removeToolTip;
    };

    SubRecordList(QAbstractItemModel *model, const Texts &texts, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The selected row, or -1.
    int selectedRow() const;

    // Asks whether to remove a record, with Cancel as the default: true when Remove is chosen.
    static bool confirmRemove(QWidget *parent, const QString &title, const QString &question);

Q_SIGNALS:
    void addRequested();
    void editRequested(int row);
    void removeRequested(int row);

private:
    void updateButtons();
    void requestEdit();
    void requestRemove();

    QTableView *m_view;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace ClientDesk
