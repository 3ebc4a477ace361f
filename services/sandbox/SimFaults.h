#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace OrgConsole::Sandbox {

// One injected fault. Latency applies to every matching call; the failure mode applies to the
// calls selected by `nth` (1-based index of the first failing call; 0 = from the first) and
// `times` (how many calls in a row fail; -1 = all).
struct SimFault {
    // Lost: the proxy does the work, then the connection drops before the reply (a lost reply).
    enum class Mode { None, Status, Reset, Hang, Malformed, Lost };
    QString path = QStringLiteral("*"); // endpoint template, e.g. "/key/generate", or "*"
    Mode mode = Mode::None;
    int status = 500;
    QByteArray body;
    QByteArray location; // for redirect statuses
    int latencyMs = 0;
    int jitterMs = 0;
    int nth = 0;
    int times = -1;
    int seen = 0; // matching calls so far

    static std::optional<SimFault> fromJson(const QJsonObject &o, QString *error);
    static std::optional<SimFault> fromSpec(const QString &spec, QString *error); // "path=/x,mode=reset,nth=2"
    QJsonObject toJson() const;
};

// What to do with one call after looking at every fault that matches it.
struct FaultDecision {
    int delayMs = 0;
    std::optional<SimFault> failure;
};

class SimFaults
{
public:
    void add(const SimFault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    QJsonObject toJson() const;
    FaultDecision decide(const QString &endpoint);

private:
    QList<SimFault> m_faults;
};

} // namespace OrgConsole::Sandbox
