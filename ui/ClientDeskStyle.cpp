// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClientDeskStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace ClientDesk {

ClientDeskStyle::ClientDeskStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

int ClientDeskStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                               QStyleHintReturn *returnData) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ClientDeskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox =
        element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!checkBox && element != PE_IndicatorRadioButton)
        return;
    // Half the way from the window colour to the text colour: visible on either palette, and
    // quieter than the mark inside.
    const QColor window = option->palette.color(QPalette::Window);
    const QColor text = option->palette.color(QPalette::Text);
    const QColor outline((window.red() + text.red()) / 2, (window.green() + text.green()) / 2,
                         (window.blue() + text.blue()) / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(outline, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (checkBox)
        painter->drawRoundedRect(box, 2, 2);
    else
        painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace ClientDesk
