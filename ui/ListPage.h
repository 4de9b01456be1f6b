// SPDX-License-Identifier: GPL-3.0-or-later
// One list of the main window: filters, a sortable table over a paged model, or a friendly
// empty state while there are no rows. The columns a person shows, their widths and the sort
// order are remembered per list.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace ClientDesk {

class FilterBar;

class ListPage : public QWidget
{
    Q_OBJECT

public:
    // `settingsKey` names the list in the settings ("clients"); `filters` may be nullptr.
    ListPage(const QString &settingsKey, const QString &emptyTitle, const QString &emptyText,
             FilterBar *filters, QWidget *parent = nullptr);

    // The page does not own the model; nullptr detaches it (when the workspace locks).
    void setModel(QAbstractItemModel *model);
    // The width the first column starts with (until the person resizes it).
    void setFirstColumnWidth(int width) { m_firstColumnWidth = width; }
    QTableView *view() const { return m_table; }
    FilterBar *filters() const { return m_filters; }

    // Fills `menu` with a checkable entry per column (the first, which names the row, stays).
    void fillColumnsMenu(QMenu *menu);
    void setColumnShown(int column, bool shown);
    // Selects the row with this id if it is among the rows loaded so far.
    bool selectId(const QString &id);
    QString currentId() const;

Q_SIGNALS:
    // The selection moved to another row (keyboard or mouse); empty when none.
    void currentIdChanged(const QString &id);
    // Enter or a double click on a row.
    void idActivated(const QString &id);

private:
    void updateState();
    void saveHeader();
    void restoreHeader();

    QString m_settingsKey;
    FilterBar *m_filters;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QString m_emptyTitleText;
    QString m_emptyBodyText;
    QTableView *m_table;
    QAbstractItemModel *m_model = nullptr;
    bool m_restoring = false;
    int m_firstColumnWidth = 280;
};

} // namespace ClientDesk
