#pragma once

#include <QString>

namespace OrgConsole {

// Text that came from outside (a proxy reply, a CSV file, a database another program wrote, the
// user) made safe to show on a terminal, in a log line or in a single-line label: control
// characters (ESC, NUL, CR, LF, DEL, C1), bidirectional overrides and other invisible format
// characters are written as visible escapes (`\e`, `\n`, `\x00`, `<U+202E>`), and the text is cut
// at `maxChars` characters with a note of how much was left out. Every output path that prints
// outside text goes through this one function.
QString printable(const QString &outside, qsizetype maxChars = 2000);

// The same escaping for a whole block of output that keeps its own line breaks and tabs: what a
// command-line program writes to its terminal passes through this last.
QString printableKeepingLines(const QString &output);
// For JSON text (control characters are already \u-escaped by the JSON writer): invisible format
// characters such as U+202E written as \u202e, which JSON reads back as the same character.
QString jsonSafe(const QString &json);

// True when the text holds a character printable() would escape.
bool hasUnsafeCharacters(const QString &text);

// A free-text field a person types (contact name, operator name): empty is allowed, at most
// `maxChars`, no control or invisible format characters. Returns a sentence naming `what`, or
// an empty string when the text is acceptable.
QString validatePlainText(const QString &text, const QString &what, qsizetype maxChars);

// One CSV cell as OWASP recommends against formula injection: a cell starting with `=`, `+`,
// `-`, `@`, a tab or a carriage return gets a leading apostrophe so a spreadsheet shows it as
// text; a cell with a comma, quote or line break is quoted with inner quotes doubled.
QString csvCell(const QString &value);

} // namespace OrgConsole
