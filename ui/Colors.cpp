#include "ui/Colors.h"

namespace OrgConsole::Colors {

namespace {
constexpr QRgb kProblemLight = 0xc62828;
constexpr QRgb kProblemDark = 0xff8a80;
constexpr QRgb kGoodLight = 0x2e9d4f;
constexpr QRgb kGoodDark = 0x81c784;
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor problem(const QPalette &palette)
{
    return QColor(isDark(palette) ? kProblemDark : kProblemLight);
}

QColor good(const QPalette &palette)
{
    return QColor(isDark(palette) ? kGoodDark : kGoodLight);
}

QColor problemFill()
{
    return QColor(kProblemLight);
}

QString themed(const QString &html, const QPalette &palette)
{
    if (!isDark(palette))
        return html;
    return QString(html)
        .replace(QColor(kProblemLight).name(), problem(palette).name())
        .replace(QColor(kGoodLight).name(), good(palette).name());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa8, 0xa8, 0xa8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(kProblemDark));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

} // namespace OrgConsole::Colors
