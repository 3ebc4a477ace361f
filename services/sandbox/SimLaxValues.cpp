// Request values as pydantic v2 reads them in lax mode (FastAPI's default), and its error for a value it
// refuses: integer text and whole numbers are integers, "yes"/"off"/1/0 are booleans (CONTRACT.md §2.4).
#include "services/sandbox/LiteLlmSimulator.h"

#include <QRegularExpression>

#include <cmath>

namespace OrgConsole::Sandbox {

namespace {
// pydantic's str -> int: surrounding blanks and a zero fraction ("12.0") allowed.
std::optional<qint64> integerText(const QString &text)
{
    static const QRegularExpression zeroFraction(QStringLiteral("\\.0*$"));
    QString t = text.trimmed();
    if (t.contains(QLatin1Char('.')))
        t.remove(zeroFraction);
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}
} // namespace

std::optional<qint64> jsonInteger(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d))
            return std::nullopt;
        return v.toInteger(static_cast<qint64>(d));
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.isString() ? integerText(v.toString()) : std::nullopt;
}

std::optional<bool> jsonBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0.0 || v.toDouble() == 1.0))
        return v.toDouble() == 1.0;
    if (v.isString()) {
        static const QStringList yes {QStringLiteral("1"),    QStringLiteral("on"), QStringLiteral("t"),
                                      QStringLiteral("true"), QStringLiteral("y"),  QStringLiteral("yes")};
        static const QStringList no {QStringLiteral("0"),     QStringLiteral("off"), QStringLiteral("f"),
                                     QStringLiteral("false"), QStringLiteral("n"),   QStringLiteral("no")};
        const QString s = v.toString().toLower();
        if (yes.contains(s))
            return true;
        if (no.contains(s))
            return false;
    }
    return std::nullopt;
}

std::optional<PydanticError> numberError(const QJsonValue &v)
{
    if (jsonNumber(v))
        return std::nullopt;
    if (v.isString())
        return PydanticError {QStringLiteral("float_parsing"),
                              QStringLiteral("Input should be a valid number, unable to parse string as a number")};
    return PydanticError {QStringLiteral("float_type"), QStringLiteral("Input should be a valid number")};
}

std::optional<PydanticError> integerError(const QJsonValue &v)
{
    if (jsonInteger(v))
        return std::nullopt;
    if (v.isDouble())
        return PydanticError {QStringLiteral("int_from_float"),
                              QStringLiteral("Input should be a valid integer, got a number with a fractional part")};
    if (v.isString())
        return PydanticError {QStringLiteral("int_parsing"),
                              QStringLiteral("Input should be a valid integer, unable to parse string as an integer")};
    return PydanticError {QStringLiteral("int_type"), QStringLiteral("Input should be a valid integer")};
}

// Text and whole numbers it cannot read as a boolean are bool_parsing; anything else is bool_type.
std::optional<PydanticError> boolError(const QJsonValue &v)
{
    if (jsonBool(v))
        return std::nullopt;
    if (v.isString() || (v.isDouble() && v.toDouble() == std::floor(v.toDouble())))
        return PydanticError {QStringLiteral("bool_parsing"),
                              QStringLiteral("Input should be a valid boolean, unable to interpret input")};
    return PydanticError {QStringLiteral("bool_type"), QStringLiteral("Input should be a valid boolean")};
}

} // namespace OrgConsole::Sandbox
