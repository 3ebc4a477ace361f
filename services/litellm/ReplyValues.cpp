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

bool isAmountField(const QString &name)
{
    return name == QLatin1String("max_budget") || name == QLatin1String("spend") || name == QLatin1String("soft_budget")
        || name == QLatin1String("max_budget_in_team");
}

bool isIdentifierField(const QString &name)
{
    return name == QLatin1String("team_id") || name == QLatin1String("team_alias") || name == QLatin1String("key_alias")
        || name == QLatin1String("user_id") || name == QLatin1String("token") || name == QLatin1String("budget_duration");
}

QString checkAmount(const QString &name, const QJsonValue &v)
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

QString checkField(const QString &name, const QJsonValue &v)
{
    if (isAmountField(name))
        return checkAmount(name, v);
    if (name == QLatin1String("key_name") && v.isString()) {
        const QString s = v.toString();
        if (s.size() > kMaxKeyNameChars || hasUnsafeCharacters(s))
            return QCoreApplication::translate("ReplyValues", "key_name \"%1\" is not a key's short display name")
                .arg(printable(s, 40));
    }
    if (isIdentifierField(name) && v.isString() && v.toString().size() > kMaxIdentifierChars)
        return QCoreApplication::translate("ReplyValues", "%1 is %2 characters long").arg(name).arg(v.toString().size());
    return {};
}

QString checkValue(const QJsonValue &v, int depth);

// The fields checkField() knows, looked up by name: reading each field's name out of the object
// would make a string of every name of every object (a third of the time a page of teams took to
// decode); an object is searched for a name without one.
const QLatin1StringView kCheckedFields[] = {QLatin1StringView("max_budget"),     QLatin1StringView("spend"),
                                            QLatin1StringView("soft_budget"),    QLatin1StringView("max_budget_in_team"),
                                            QLatin1StringView("key_name"),       QLatin1StringView("team_id"),
                                            QLatin1StringView("team_alias"),     QLatin1StringView("key_alias"),
                                            QLatin1StringView("user_id"),        QLatin1StringView("token"),
                                            QLatin1StringView("budget_duration")};

// The object's own fields, then what is nested in it (in any field's object or array but metadata's).
QString checkObject(const QJsonObject &o, int depth)
{
    for (const QLatin1StringView name : kCheckedFields) {
        const auto it = o.constFind(name);
        if (it == o.constEnd())
            continue;
        if (QString bad = checkField(QString(name), it.value()); !bad.isEmpty())
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
