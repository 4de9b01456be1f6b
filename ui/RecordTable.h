// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only list of records as the editors' tabs show them: whole rows selected one at a time,
// Tab leaving the table, and the tab page that shows it above its buttons.
#pragma once

#include <QList>

class QPushButton;
class QString;
class QTableView;
class QWidget;

namespace ClientDesk {

class RecordTable
{
public:
    static QTableView *create(QWidget *parent, const QString &accessibleName);
    // Lays out `page`: `view` above a row of `buttons`, left-aligned. The page should already be
    // their parent, so the keyboard reaches them in the order they were made.
    static void layOut(QWidget *page, QTableView *view, const QList<QPushButton *> &buttons);
};

} // namespace ClientDesk
