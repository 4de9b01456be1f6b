// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Appearance.h"

#include "ui/ClientDeskStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

#include <optional>

namespace ClientDesk {

namespace {
// The platform's look before ClientDesk changed anything, for System.
struct SystemLook
{
    QString styleName;
    QPalette palette;
};

std::optional<SystemLook> &systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

Preferences::Appearance &currentAppearance()
{
    static Preferences::Appearance appearance = Preferences::Appearance::System;
    return appearance;
}

void rememberSystemLook()
{
    if (!systemLook())
        systemLook() = SystemLook {QApplication::style()->name(), QApplication::palette()};
}

bool usesOwnStyle()
{
    return dynamic_cast<ClientDeskStyle *>(QApplication::style()) != nullptr;
}

// Setting a style repolishes every widget: each is skipped when nothing would change.
void setOwnStyle()
{
    if (!usesOwnStyle())
        QApplication::setStyle(new ClientDeskStyle);
}

void setSystemStyle(const QString &name)
{
    if (!usesOwnStyle())
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

void setDisabled(QPalette &palette, QPalette::ColorRole role, const QColor &color)
{
    palette.setColor(QPalette::Disabled, role, color);
}
} // namespace

void Appearance::apply(Preferences::Appearance appearance)
{
    rememberSystemLook();
    currentAppearance() = appearance;
    switch (appearance) {
    case Preferences::Appearance::Light:
        setOwnStyle();
        QApplication::setPalette(lightPalette());
        return;
    case Preferences::Appearance::Dark:
        setOwnStyle();
        QApplication::setPalette(darkPalette());
        return;
    case Preferences::Appearance::System:
        setSystemStyle(systemLook()->styleName);
        QApplication::setPalette(systemLook()->palette);
        return;
    }
}

Preferences::Appearance Appearance::current()
{
    return currentAppearance();
}

QPalette Appearance::lightPalette()
{
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1f, 0x1f, 0x1f);
    const QColor disabledText(0x9a, 0x9a, 0x9a);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    palette.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    palette.setColor(QPalette::Dark, QColor(0x9f, 0x9f, 0x9f));
    palette.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    setDisabled(palette, QPalette::WindowText, disabledText);
    setDisabled(palette, QPalette::Text, disabledText);
    setDisabled(palette, QPalette::ButtonText, disabledText);
    setDisabled(palette, QPalette::Base, window);
    setDisabled(palette, QPalette::Highlight, QColor(0x91, 0x91, 0x91));
    return palette;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    // Fusion draws bevels and frames from these: lighter than the window on a dark scheme.
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x19));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    setDisabled(palette, QPalette::WindowText, disabledText);
    setDisabled(palette, QPalette::Text, disabledText);
    setDisabled(palette, QPalette::ButtonText, disabledText);
    setDisabled(palette, QPalette::Base, window);
    setDisabled(palette, QPalette::Button, QColor(0x30, 0x30, 0x30));
    setDisabled(palette, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return palette;
}

QColor Appearance::errorColor(const QPalette &palette)
{
    // #c62828 is too dark to read on a dark window; a light red is too pale on a light one.
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xc6, 0x28, 0x28);
}

} // namespace ClientDesk
