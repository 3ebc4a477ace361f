#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace OrgConsole::Colors {

// The console's few colours of meaning, readable on the palette in use: the darker shades on a
// light window, lighter ones on a dark window (a dark system theme, or --dark), where #c62828 text
// on #353535 would have a contrast of about 2:1.
bool isDark(const QPalette &palette = QPalette());
QColor problem(const QPalette &palette = QPalette()); // errors, over budget, failed
QColor good(const QPalette &palette = QPalette()); // connected
// A bar filled in the colour of trouble, under white text: the darker red on any palette.
QColor problemFill();
// Rich text written with the light palette's colours (#c62828, #2e9d4f), with the palette's.
QString themed(const QString &html, const QPalette &palette = QPalette());

// A dark palette for Fusion (orgconsole --dark), for a desktop without a dark theme of its own.
QPalette darkPalette();

} // namespace OrgConsole::Colors
