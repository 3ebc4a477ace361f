#include "models/SafeText.h"

#include <QCoreApplication>

#include <algorithm>

namespace OrgConsole {

namespace {
bool isUnsafe(QChar c)
{
    const ushort u = c.unicode();
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    // Cf covers the bidi embeddings and overrides (U+202A-202E, U+2066-2069), zero-width
    // characters and the BOM; line and paragraph separators break a line like LF does.
    return c.category() == QChar::Other_Format || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

QString escaped(QChar c)
{
    switch (c.unicode()) {
    case 0x1b:
        return QStringLiteral("\\e");
    case '\n':
        return QStringLiteral("\\n");
    case '\r':
        return QStringLiteral("\\r");
    case '\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c.unicode() < 0x100)
        return QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    return QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper());
}
} // namespace

bool hasUnsafeCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (isUnsafe(c))
            return true;
    }
    return false;
}

QString printable(const QString &outside, qsizetype maxChars)
{
    const qsizetype keep = std::min(outside.size(), maxChars);
    QString out;
    out.reserve(keep + 16);
    for (qsizetype i = 0; i < keep; ++i) {
        const QChar c = outside.at(i);
        if (c.isHighSurrogate() && i + 1 < keep && outside.at(i + 1).isLowSurrogate()) {
            out += c;
            out += outside.at(++i);
        } else if (c.isSurrogate()) {
            out += QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper());
        } else if (isUnsafe(c)) {
            out += escaped(c);
        } else {
            out += c;
        }
    }
    if (outside.size() > keep)
        out += QCoreApplication::translate("SafeText", "… (%1 more characters)").arg(outside.size() - keep);
    return out;
}

QString printableKeepingLines(const QString &output)
{
    QString out;
    out.reserve(output.size());
    qsizetype from = 0;
    for (qsizetype i = 0; i <= output.size(); ++i) {
        if (i == output.size() || output.at(i) == QLatin1Char('\n') || output.at(i) == QLatin1Char('\t')) {
            out += printable(output.mid(from, i - from), output.size());
            if (i < output.size())
                out += output.at(i);
            from = i + 1;
        }
    }
    return out;
}

QString jsonSafe(const QString &json)
{
    // Nearly always nothing to escape (orgctl's JSON of 100,000 organizations): the text itself,
    // shared, not copied a character at a time.
    const auto unsafe = [](QChar c) { return c.unicode() >= 0x7f && isUnsafe(c); };
    if (std::none_of(json.cbegin(), json.cend(), unsafe))
        return json;
    QString out;
    out.reserve(json.size());
    for (const QChar c : json) {
        if (c.unicode() >= 0x7f && isUnsafe(c)) // ASCII first: cheap for a list of 100,000 organizations
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString validatePlainText(const QString &text, const QString &what, qsizetype maxChars)
{
    if (text.size() > maxChars)
        return QCoreApplication::translate("SafeText", "The %1 is %2 characters long; at most %3 are allowed.")
            .arg(what)
            .arg(text.size())
            .arg(maxChars);
    if (hasUnsafeCharacters(text))
        return QCoreApplication::translate("SafeText",
                                           "The %1 contains control or invisible characters (such as a line break, an escape "
                                           "character or a text-direction override): \"%2\".")
            .arg(what, printable(text, 80));
    return {};
}

QString csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

} // namespace OrgConsole
