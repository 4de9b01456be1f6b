// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Mnemonics.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTabWidget>

namespace ClientDesk::Test {

QStringList Mnemonics::clashes(const QWidget *pane)
{
    QStringList texts;
    const auto labels = pane->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->isVisible())
            texts << label->text();
    }
    const auto buttons = pane->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisible())
            texts << button->text();
    }
    for (const QTabWidget *tabs : pane->findChildren<QTabWidget *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab)
            texts << tabs->tabText(tab);
    }
    QStringList clashes;
    QString used = QStringLiteral("FEVGH");
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text.at(at + 1) == u'&')
            continue;
        const QChar key = text.at(at + 1).toUpper();
        if (used.contains(key))
            clashes << text;
        used += key;
    }
    return clashes;
}

} // namespace ClientDesk::Test
