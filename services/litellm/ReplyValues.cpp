#include "services/litellm/ReplyValues.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace OrgConsole {

namespace {
constexpr double kMaxAmountUsd = 1e12;
constexpr qsizetype kMaxKeyNameChars = 64;
constexpr qsizetype kMaxIdentifierChars = 1024;
constexpr int kMaxDepth = 64;

// What a checked field holds (kCheckedFields).
enum class FieldKind { Amount, KeyName, Identifier };

QString checkAmount(QLatin1StringView name, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    double amount = 0;
    if (v.isDouble()) {
        amount = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        amount = v.toString().toDouble(&ok);
        if (!ok)
            return QCoreApplication::translate("ReplyValues", "%1 \"%2\" is not a number").arg(name, printable(v.toString(), 40));
    } else {
        return QCoreApplication::translate("ReplyValues", "%1 is not a number").arg(name);
    }
    if (!std::isfinite(amount) || amount < 0 || amount > kMaxAmountUsd)
        return QCoreApplication::translate("ReplyValues", "%1 %2 is outside 0 to 1,000,000,000,000 USD")
            .arg(name, QString::number(amount, 'g', 6));
    return {};
}

// The field's name is made a QString only for a message: one for every field found was a tenth of
// the time a page of teams took to check.
QString checkField(FieldKind kind, QLatin1StringView name, const QJsonValue &v)
{
    if (kind == FieldKind::Amount)
        return checkAmount(name, v);
    if (!v.isString())
        return {};
    const QString s = v.toString();
    if (kind == FieldKind::KeyName && (s.size() > kMaxKeyNameChars || hasUnsafeCharacters(s)))
        return QCoreApplication::translate("ReplyValues", "key_name \"%1\" is not a key's short display name")
            .arg(printable(s, 40));
    if (kind == FieldKind::Identifier && s.size() > kMaxIdentifierChars)
        return QCoreApplication::translate("ReplyValues", "%1 is %2 characters long").arg(name).arg(s.size());
    return {};
}

QString checkValue(const QJsonValue &v, int depth);

// The fields checkField() knows, looked up by name: reading each field's name out of the object
// would make a string of every name of every object (a third of the time a page of teams took to
// decode); an object is searched for a name without one.
const struct CheckedField {
    QLatin1StringView name;
    FieldKind kind;
} kCheckedFields[]
    = {{QLatin1StringView("max_budget"), FieldKind::Amount},         {QLatin1StringView("spend"), FieldKind::Amount},
       {QLatin1StringView("soft_budget"), FieldKind::Amount},        {QLatin1StringView("max_budget_in_team"), FieldKind::Amount},
       {QLatin1StringView("key_name"), FieldKind::KeyName},          {QLatin1StringView("team_id"), FieldKind::Identifier},
       {QLatin1StringView("team_alias"), FieldKind::Identifier},     {QLatin1StringView("key_alias"), FieldKind::Identifier},
       {QLatin1StringView("user_id"), FieldKind::Identifier},        {QLatin1StringView("token"), FieldKind::Identifier},
       {QLatin1StringView("budget_duration"), FieldKind::Identifier}};

// The object's own fields, then what is nested in it (in any field's object or array but metadata's).
QString checkObject(const QJsonObject &o, int depth)
{
    if (o.isEmpty())
        return {};
    for (const CheckedField &field : kCheckedFields) {
        const auto it = o.constFind(field.name);
        if (it == o.constEnd())
            continue;
        if (QString bad = checkField(field.kind, field.name, it.value()); !bad.isEmpty())
            return bad;
    }
    // Free-form, ours or an admin's; read by name only.
    const auto metadata = o.constFind(QLatin1StringView("metadata"));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue::Type type = it->type();
        if ((type != QJsonValue::Array && type != QJsonValue::Object) || it == metadata)
            continue;
        if (QString bad = checkValue(it.value(), depth + 1); !bad.isEmpty())
            return bad;
    }
    return {};
}

QString checkValue(const QJsonValue &v, int depth)
{
    if (depth > kMaxDepth)
        return QCoreApplication::translate("ReplyValues", "the reply is nested too deeply");
    if (v.isObject())
        return checkObject(v.toObject(), depth);
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            if (QString bad = checkValue(item, depth + 1); !bad.isEmpty())
                return bad;
        }
    }
    return {};
}
} // namespace

QString checkReplyValues(const QJsonDocument &reply)
{
    if (reply.isObject())
        return checkObject(reply.object(), 0);
    if (reply.isArray())
        return checkValue(reply.array(), 0);
    return {};
}

} // namespace OrgConsole
