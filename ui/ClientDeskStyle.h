// SPDX-License-Identifier: GPL-3.0-or-later
// The Light and Dark appearances' style: Fusion, with two changes. Dialog buttons carry no
// icons (they are drawn for light backgrounds: a black cross on Close vanishes on Dark), and
// check boxes and radio buttons get an outline in the text colour, because Fusion outlines them
// in a shade of the window colour that all but disappears on a dark palette.
#pragma once

#include <QProxyStyle>

namespace ClientDesk {

class ClientDeskStyle : public QProxyStyle
{
    Q_OBJECT

public:
    ClientDeskStyle();

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
};

} // namespace ClientDesk
