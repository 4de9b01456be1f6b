// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Appearance: Dark and Light change the whole application's palette and style, System
// puts back the platform's look as it was at start, and text stays readable in both palettes.
#include "ui/Appearance.h"

#include <QApplication>
#include <QLabel>
#include <QProxyStyle>
#include <QStyle>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ClientDesk;

namespace {
// WCAG 2 relative luminance and contrast ratio: 4.5 is the minimum for body text.
double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isFusion(QStyle *style)
{
    if (auto *proxy = qobject_cast<QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

bool samePalette(const QPalette &a, const QPalette &b)
{
    for (int group = 0; group < QPalette::NColorGroups; ++group) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            const auto g = static_cast<QPalette::ColorGroup>(group);
            const auto r = static_cast<QPalette::ColorRole>(role);
            if (a.color(g, r) != b.color(g, r))
                return false;
        }
    }
    return true;
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void darkMakesTheWholeAppDark();
    void lightMakesTheWholeAppLight();
    void systemRestoresThePlatformLook();
    void systemFirstChangesNothing();
    void textIsReadableInBothPalettes_data();
    void textIsReadableInBothPalettes();
    void errorTextIsReadableInBothPalettes();

private:
    QPalette m_original;
    QString m_originalStyle;
};

void TestAppearance::initTestCase()
{
    m_original = QApplication::palette();
    m_originalStyle = QApplication::style()->name();
}

void TestAppearance::cleanup()
{
    Appearance::apply(Preferences::Appearance::System);
}

void TestAppearance::darkMakesTheWholeAppDark()
{
    QLabel label(QStringLiteral("Invoices"));
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));

    Appearance::apply(Preferences::Appearance::Dark);
    QCOMPARE(Appearance::current(), Preferences::Appearance::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 64);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 192);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(isFusion(QApplication::style()));
    // Widgets already on screen follow (Qt tells them through posted events).
    QTRY_VERIFY(label.palette().color(QPalette::Window).lightness() < 64);
}

void TestAppearance::lightMakesTheWholeAppLight()
{
    Appearance::apply(Preferences::Appearance::Dark);
    Appearance::apply(Preferences::Appearance::Light);
    QCOMPARE(Appearance::current(), Preferences::Appearance::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 192);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 64);
    QVERIFY(isFusion(QApplication::style()));
    // Dialog buttons without the platform's icons, which are drawn for light backgrounds.
    QCOMPARE(QApplication::style()->styleHint(QStyle::SH_DialogButtonBox_ButtonsHaveIcons), 0);
}

void TestAppearance::systemRestoresThePlatformLook()
{
    Appearance::apply(Preferences::Appearance::Dark);
    QVERIFY(!samePalette(QApplication::palette(), m_original));
    Appearance::apply(Preferences::Appearance::System);
    QCOMPARE(Appearance::current(), Preferences::Appearance::System);
    QVERIFY(samePalette(QApplication::palette(), m_original));
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_original.color(QPalette::Window));
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
}

void TestAppearance::systemFirstChangesNothing()
{
    const QStyle *style = QApplication::style();
    Appearance::apply(Preferences::Appearance::System);
    QVERIFY(samePalette(QApplication::palette(), m_original));
    // Not even a new style object: switching styles repolishes every widget.
    QCOMPARE(QApplication::style(), style);
}

void TestAppearance::textIsReadableInBothPalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Appearance::lightPalette();
    QTest::newRow("dark") << Appearance::darkPalette();
}

void TestAppearance::textIsReadableInBothPalettes()
{
    QFETCH(QPalette, palette);
    const struct
    {
        QPalette::ColorGroup group;
        QPalette::ColorRole text;
        QPalette::ColorRole background;
        double minimum;
    } pairs[] = {
        {QPalette::Active, QPalette::WindowText, QPalette::Window, 4.5},
        {QPalette::Active, QPalette::Text, QPalette::Base, 4.5},
        {QPalette::Active, QPalette::ButtonText, QPalette::Button, 4.5},
        {QPalette::Active, QPalette::HighlightedText, QPalette::Highlight, 3.0},
        {QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase, 4.5},
        {QPalette::Active, QPalette::Link, QPalette::Base, 4.5},
        {QPalette::Active, QPalette::PlaceholderText, QPalette::Base, 3.0},
        // Disabled text is meant to recede, but must still be legible.
        {QPalette::Disabled, QPalette::WindowText, QPalette::Window, 2.0},
        {QPalette::Disabled, QPalette::ButtonText, QPalette::Button, 2.0},
    };
    for (const auto &pair : pairs) {
        const double ratio = contrast(palette.color(pair.group, pair.text),
                                      palette.color(pair.group, pair.background));
        QVERIFY2(ratio >= pair.minimum,
                 qPrintable(QStringLiteral("role %1 on %2: contrast %3")
                                .arg(int(pair.text))
                                .arg(int(pair.background))
                                .arg(ratio)));
    }
    // The disabled look differs from the enabled one, so disabled controls are told apart.
    QVERIFY(palette.color(QPalette::Disabled, QPalette::WindowText)
            != palette.color(QPalette::Active, QPalette::WindowText));
}

void TestAppearance::errorTextIsReadableInBothPalettes()
{
    for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        const QColor window = palette.color(QPalette::Window);
        const double ratio = contrast(Appearance::errorColor(palette), window);
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }
}

QTEST_MAIN(TestAppearance)
#include "TestAppearance.moc"
