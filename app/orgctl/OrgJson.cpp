#include "app/orgctl/OrgJson.h"

#include "app/orgctl/Orgctl.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>

namespace OrgConsole {

namespace {

// Writes UTF-8 into `out` past its end; each value reserves its largest size first and gives
// back what it did not use. A value left to QJsonDocument marks the row failed, and the writer
// then writes the row again from its start.
class Bytes
{
public:
    explicit Bytes(QByteArray &out)
        : m_out(out)
    {
    }
    char *reserve(qsizetype n) // room for `n` more bytes
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + n);
        return m_out.data() + at;
    }
    void done(const char *end) { m_out.truncate(end - m_out.constData()); }
    void append(QLatin1String s) { m_out.append(s.data(), s.size()); }
    void fail() { m_ok = false; }
    bool ok() const { return m_ok; }

private:
    QByteArray &m_out;
    bool m_ok = true;
};

char *utf8(char *p, char32_t c)
{
    if (c < 0x800) {
        *p++ = char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        *p++ = char(0xe0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
    } else {
        *p++ = char(0xf0 | (c >> 18));
        *p++ = char(0x80 | ((c >> 12) & 0x3f));
        *p++ = char(0x80 | ((c >> 6) & 0x3f));
    }
    *p++ = char(0x80 | (c & 0x3f));
    return p;
}

// The characters of `s` as QJsonDocument writes them between quotes: UTF-8 with `"` and `\`
// escaped; null at what this writer leaves to QJsonDocument (a control character, a lone
// surrogate). At most three bytes a UTF-16 unit: an escaped ASCII character takes two, a pair four.
char *characters(char *p, QStringView s)
{
    const char16_t *u = s.utf16();
    const char16_t *const end = u + s.size();
    while (u != end) {
        const char16_t c = *u++;
        if (c < 0x80) {
            if (c < 0x20)
                return nullptr;
            if (c == u'"' || c == u'\\')
                *p++ = '\\';
            *p++ = char(c);
        } else if (!QChar::isSurrogate(c)) {
            p = utf8(p, c);
        } else if (QChar::isHighSurrogate(c) && u != end && QChar::isLowSurrogate(*u)) {
            p = utf8(p, QChar::surrogateToUcs4(c, *u++));
        } else {
            return nullptr;
        }
    }
    return p;
}

void string(Bytes &out, QStringView s)
{
    char *p = out.reserve(3 * s.size() + 2);
    *p++ = '"';
    char *end = characters(p, s);
    if (!end) {
        out.done(p);
        return out.fail();
    }
    *end++ = '"';
    out.done(end);
}

// Whether QJsonDocument writes the number as an integer or as the shortest round trip the same way
// on every path.
bool plainNumber(double d)
{
    return std::isfinite(d) && !(d == 0 && std::signbit(d)) && (d != std::trunc(d) || std::fabs(d) < 1e6);
}

void number(Bytes &out, std::optional<double> d)
{
    if (!d)
        return out.append(QLatin1String("null"));
    if (!plainNumber(*d))
        return out.fail();
    if (*d == std::trunc(*d)) {
        char *p = out.reserve(24);
        return out.done(std::to_chars(p, p + 24, qint64(*d)).ptr);
    }
    const QByteArray text = QByteArray::number(*d, 'g', QLocale::FloatingPointShortest);
    out.append(QLatin1String(text.constData(), text.size()));
}

char *twoDigits(char *p, int n)
{
    *p++ = char('0' + n / 10);
    *p++ = char('0' + n % 10);
    return p;
}

// What QDateTime::toString(Qt::ISODate) writes, "" for an invalid time: "yyyy-MM-ddTHH:mm:ssZ"
// spelled directly for a UTC time in a four-digit year (every stored time), else Qt's own words.
void isoTime(Bytes &out, const QDateTime &t)
{
    if (!t.isValid())
        return string(out, QStringView());
    const QDate date = t.date();
    if (t.timeSpec() != Qt::UTC || date.year() < 1000 || date.year() > 9999)
        return string(out, t.toString(Qt::ISODate));
    const QTime time = t.time();
    char *p = out.reserve(22);
    *p++ = '"';
    p = twoDigits(twoDigits(p, date.year() / 100), date.year() % 100);
    *p++ = '-';
    p = twoDigits(p, date.month());
    *p++ = '-';
    p = twoDigits(p, date.day());
    *p++ = 'T';
    p = twoDigits(p, time.hour());
    *p++ = ':';
    p = twoDigits(p, time.minute());
    *p++ = ':';
    p = twoDigits(p, time.second());
    *p++ = 'Z';
    *p++ = '"';
    out.done(p);
}

// `"key": ` at the object's indentation.
void key(Bytes &out, QLatin1String name)
{
    out.append(QLatin1String("        \""));
    out.append(name);
    out.append(QLatin1String("\": "));
}

void field(Bytes &out, QLatin1String name, QStringView value)
{
    key(out, name);
    string(out, value);
    out.append(QLatin1String(",\n"));
}

void numberField(Bytes &out, QLatin1String name, std::optional<double> value)
{
    key(out, name);
    number(out, value);
    out.append(QLatin1String(",\n"));
}

void timeField(Bytes &out, QLatin1String name, const QDateTime &value)
{
    key(out, name);
    isoTime(out, value);
    out.append(QLatin1String(",\n"));
}

void models(Bytes &out, const QStringList &models)
{
    key(out, QLatin1String("models"));
    out.append(QLatin1String("[\n"));
    for (qsizetype i = 0; i < models.size(); ++i) {
        out.append(QLatin1String("            "));
        string(out, models.at(i));
        out.append(i + 1 < models.size() ? QLatin1String(",\n") : QLatin1String("\n"));
    }
    out.append(QLatin1String("        ],\n"));
}

// The fields in the order QJsonObject keeps its keys (sorted).
void fields(Bytes &out, const Organization &o)
{
    field(out, QLatin1String("budget_duration"), o.budgetDuration);
    timeField(out, QLatin1String("budget_reset_at"), o.budgetResetAt);
    field(out, QLatin1String("contact_email"), o.contactEmail);
    field(out, QLatin1String("contact_name"), o.contactName);
    timeField(out, QLatin1String("created_at"), o.createdAt);
    field(out, QLatin1String("created_by"), o.createdBy);
    field(out, QLatin1String("id"), o.id);
    field(out, QLatin1String("key_alias"), o.keyAlias);
    key(out, QLatin1String("key_blocked"));
    out.append(o.keyBlocked ? QLatin1String("true,\n") : QLatin1String("false,\n"));
    field(out, QLatin1String("key_hash"), o.keyHash);
    field(out, QLatin1String("key_name"), o.keyName);
    field(out, QLatin1String("last_error"), o.lastError);
    numberField(out, QLatin1String("max_budget"), o.maxBudget);
    models(out, o.models);
    field(out, QLatin1String("name"), o.name);
    field(out, QLatin1String("owner_user_id"), o.ownerUserId);
    numberField(out, QLatin1String("remaining"), o.remaining());
    numberField(out, QLatin1String("spend"), o.spend);
    field(out, QLatin1String("status"), orgStatusToString(o.status));
    key(out, QLatin1String("team_id"));
    string(out, o.teamId);
}

} // namespace

void appendOrganizationJson(QByteArray &out, const Organization &o)
{
    const qsizetype start = out.size();
    Bytes bytes(out);
    bytes.append(QLatin1String("    {\n"));
    fields(bytes, o);
    bytes.append(QLatin1String("\n    }"));
    if (bytes.ok())
        return;
    // The element of a one-element array: "[\n" + the element + "\n]\n".
    out.truncate(start);
    const QByteArray text = QJsonDocument(QJsonArray {organizationJson(o)}).toJson(QJsonDocument::Indented);
    out.append(text.constData() + 2, text.size() - 5);
}

} // namespace OrgConsole
