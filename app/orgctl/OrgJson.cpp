#include "app/orgctl/OrgJson.h"

#include "app/orgctl/Orgctl.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace OrgConsole {

namespace {

// Whether QJsonDocument writes `s` as itself between quotes but for `"` and `\`.
bool plainString(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || c.isSurrogate())
            return false;
    }
    return true;
}

// Whether QJsonDocument writes the number as an integer or as the shortest round trip the same way
// on every path.
bool plainNumber(double d)
{
    return std::isfinite(d) && !(d == 0 && std::signbit(d)) && (d != std::trunc(d) || std::fabs(d) < 1e6);
}

bool plain(const Organization &o)
{
    for (const QString *s : {&o.id, &o.name, &o.ownerUserId, &o.contactName, &o.contactEmail, &o.teamId, &o.keyAlias, &o.keyHash,
                             &o.keyName, &o.budgetDuration, &o.createdBy, &o.lastError}) {
        if (!plainString(*s))
            return false;
    }
    for (const QString &m : o.models) {
        if (!plainString(m))
            return false;
    }
    const std::optional<double> remaining = o.remaining();
    return plainNumber(o.spend) && (!o.maxBudget || plainNumber(*o.maxBudget)) && (!remaining || plainNumber(*remaining));
}

void string(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    qsizetype from = 0; // the characters before each `"` or `\` appended at once
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c != u'"' && c != u'\\')
            continue;
        out += QStringView(s).mid(from, i - from);
        out += QLatin1Char('\\');
        from = i;
    }
    out += QStringView(s).mid(from);
    out += QLatin1Char('"');
}

void number(QString &out, std::optional<double> d)
{
    if (!d)
        out += QLatin1String("null");
    else if (*d == std::trunc(*d))
        out += QString::number(qint64(*d));
    else
        out += QString::fromLatin1(QByteArray::number(*d, 'g', QLocale::FloatingPointShortest));
}

// `"key": ` at the object's indentation.
void key(QString &out, QLatin1String name)
{
    out += QLatin1String("        \"");
    out += name;
    out += QLatin1String("\": ");
}

void field(QString &out, QLatin1String name, const QString &value)
{
    key(out, name);
    string(out, value);
    out += QLatin1String(",\n");
}

void models(QString &out, const QStringList &models)
{
    key(out, QLatin1String("models"));
    out += QLatin1String("[\n");
    for (qsizetype i = 0; i < models.size(); ++i) {
        out += QLatin1String("            ");
        string(out, models.at(i));
        out += i + 1 < models.size() ? QLatin1String(",\n") : QLatin1String("\n");
    }
    out += QLatin1String("        ],\n");
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

// The fields in the order QJsonObject keeps its keys (sorted).
void fields(QString &out, const Organization &o)
{
    field(out, QLatin1String("budget_duration"), o.budgetDuration);
    field(out, QLatin1String("budget_reset_at"), isoTime(o.budgetResetAt));
    field(out, QLatin1String("contact_email"), o.contactEmail);
    field(out, QLatin1String("contact_name"), o.contactName);
    field(out, QLatin1String("created_at"), o.createdAt.toString(Qt::ISODate));
    field(out, QLatin1String("created_by"), o.createdBy);
    field(out, QLatin1String("id"), o.id);
    field(out, QLatin1String("key_alias"), o.keyAlias);
    key(out, QLatin1String("key_blocked"));
    out += o.keyBlocked ? QLatin1String("true,\n") : QLatin1String("false,\n");
    field(out, QLatin1String("key_hash"), o.keyHash);
    field(out, QLatin1String("key_name"), o.keyName);
    field(out, QLatin1String("last_error"), o.lastError);
    key(out, QLatin1String("max_budget"));
    number(out, o.maxBudget);
    out += QLatin1String(",\n");
    models(out, o.models);
    field(out, QLatin1String("name"), o.name);
    field(out, QLatin1String("owner_user_id"), o.ownerUserId);
    key(out, QLatin1String("remaining"));
    number(out, o.remaining());
    out += QLatin1String(",\n");
    key(out, QLatin1String("spend"));
    number(out, o.spend);
    out += QLatin1String(",\n");
    field(out, QLatin1String("status"), orgStatusToString(o.status));
    key(out, QLatin1String("team_id"));
    string(out, o.teamId);
    out += QLatin1Char('\n');
}

} // namespace

void appendOrganizationJson(QString &out, const Organization &o)
{
    if (!plain(o)) {
        // The element of a one-element array: "[\n" + the element + "\n]\n".
        const QByteArray text = QJsonDocument(QJsonArray {organizationJson(o)}).toJson(QJsonDocument::Indented);
        out += QString::fromUtf8(text.constData() + 2, text.size() - 5);
        return;
    }
    out += QLatin1String("    {\n");
    fields(out, o);
    out += QLatin1String("    }");
}

} // namespace OrgConsole
