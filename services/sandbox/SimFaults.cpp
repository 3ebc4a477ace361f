#include "services/sandbox/SimFaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace OrgConsole::Sandbox {

namespace {
std::optional<SimFault::Mode> modeFromString(const QString &s)
{
    if (s.isEmpty() || s == QLatin1String("none"))
        return SimFault::Mode::None;
    if (s == QLatin1String("status"))
        return SimFault::Mode::Status;
    if (s == QLatin1String("reset"))
        return SimFault::Mode::Reset;
    if (s == QLatin1String("hang"))
        return SimFault::Mode::Hang;
    if (s == QLatin1String("malformed"))
        return SimFault::Mode::Malformed;
    if (s == QLatin1String("lost"))
        return SimFault::Mode::Lost;
    return std::nullopt;
}

QString modeToString(SimFault::Mode m)
{
    switch (m) {
    case SimFault::Mode::None:
        return QStringLiteral("none");
    case SimFault::Mode::Status:
        return QStringLiteral("status");
    case SimFault::Mode::Reset:
        return QStringLiteral("reset");
    case SimFault::Mode::Hang:
        return QStringLiteral("hang");
    case SimFault::Mode::Malformed:
        return QStringLiteral("malformed");
    case SimFault::Mode::Lost:
        return QStringLiteral("lost");
    }
    return {};
}
} // namespace

std::optional<SimFault> SimFault::fromJson(const QJsonObject &o, QString *error)
{
    SimFault f;
    f.path = o.value(QStringLiteral("path")).toString(QStringLiteral("*"));
    const auto mode = modeFromString(o.value(QStringLiteral("mode")).toString());
    if (!mode) {
        *error = QStringLiteral("unknown fault mode '%1' (none, status, reset, hang, malformed, lost)")
                     .arg(o.value(QStringLiteral("mode")).toString());
        return std::nullopt;
    }
    f.mode = *mode;
    if (o.contains(QStringLiteral("status")) && f.mode == Mode::None)
        f.mode = Mode::Status;
    f.status = o.value(QStringLiteral("status")).toInt(500);
    if (f.status < 100 || f.status > 599) {
        *error = QStringLiteral("status must be 100-599");
        return std::nullopt;
    }
    const QJsonValue body = o.value(QStringLiteral("body"));
    f.body = body.isString()
        ? body.toString().toUtf8()
        : (body.isUndefined() ? QByteArray() : QJsonDocument::fromVariant(body.toVariant()).toJson(QJsonDocument::Compact));
    f.location = o.value(QStringLiteral("location")).toString().toUtf8();
    f.latencyMs = o.value(QStringLiteral("latency_ms")).toInt(0);
    f.jitterMs = o.value(QStringLiteral("jitter_ms")).toInt(0);
    f.nth = o.value(QStringLiteral("nth")).toInt(0);
    f.times = o.value(QStringLiteral("times")).toInt(f.nth > 0 ? 1 : -1);
    if (f.latencyMs < 0 || f.jitterMs < 0 || f.nth < 0) {
        *error = QStringLiteral("latency_ms, jitter_ms and nth must not be negative");
        return std::nullopt;
    }
    return f;
}

std::optional<SimFault> SimFault::fromSpec(const QString &spec, QString *error)
{
    QJsonObject o;
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("fault option '%1' is not name=value").arg(part);
            return std::nullopt;
        }
        const QString name = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        static const QStringList ints {QStringLiteral("status"), QStringLiteral("latency_ms"), QStringLiteral("jitter_ms"),
                                       QStringLiteral("nth"), QStringLiteral("times")};
        if (ints.contains(name)) {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok) {
                *error = QStringLiteral("fault option '%1' needs a number").arg(name);
                return std::nullopt;
            }
            o.insert(name, n);
        } else if (name == QLatin1String("path") || name == QLatin1String("mode") || name == QLatin1String("body")
                   || name == QLatin1String("location")) {
            o.insert(name, value);
        } else {
            *error = QStringLiteral("unknown fault option '%1'").arg(name);
            return std::nullopt;
        }
    }
    return fromJson(o, error);
}

QJsonObject SimFault::toJson() const
{
    return QJsonObject {{QStringLiteral("path"), path},
                        {QStringLiteral("mode"), modeToString(mode)},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("body"), QString::fromUtf8(body)},
                        {QStringLiteral("location"), QString::fromUtf8(location)},
                        {QStringLiteral("latency_ms"), latencyMs},
                        {QStringLiteral("jitter_ms"), jitterMs},
                        {QStringLiteral("nth"), nth},
                        {QStringLiteral("times"), times},
                        {QStringLiteral("seen"), seen}};
}

QJsonObject SimFaults::toJson() const
{
    QJsonArray list;
    for (const SimFault &f : m_faults)
        list.append(f.toJson());
    return QJsonObject {{QStringLiteral("faults"), list}};
}

FaultDecision SimFaults::decide(const QString &endpoint)
{
    FaultDecision decision;
    for (SimFault &f : m_faults) {
        if (f.path != QLatin1String("*") && f.path != endpoint)
            continue;
        ++f.seen;
        int delay = f.latencyMs;
        if (f.jitterMs > 0)
            delay += static_cast<int>(QRandomGenerator::global()->bounded(f.jitterMs + 1));
        decision.delayMs = std::max(decision.delayMs, delay);
        if (f.mode == SimFault::Mode::None || decision.failure)
            continue;
        const int first = std::max(1, f.nth);
        const bool inWindow = f.seen >= first && (f.times < 0 || f.seen < first + f.times);
        if (inWindow)
            decision.failure = f;
    }
    return decision;
}

} // namespace OrgConsole::Sandbox
