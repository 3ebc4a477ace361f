#pragma once

#include "services/sandbox/SimState.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace OrgConsole::Sandbox {

// Each team's JSON as /v2/team/list answers it (teamJson, compact), kept between requests: a page
// of 100 teams is then copied out instead of built and serialized anew (10,000 teams: 100 pages of
// 75 KB each, 4-10 ms apiece, served one after the other on the simulator's one thread, so the
// simulator's own work rather than the latency set the time of a client's refresh).
// Invalidated on change: each entry keeps the team as it was when serialized, and any field that
// differs now (spend, budget, reset, alias, blocked, ...) makes it anew. No mutator has to remember
// to invalidate it, and a field added to SimTeam is compared without a change here.
class SimTeamJsonCache
{
public:
    const QByteArray &json(const SimTeam &team);
    // Drops the entries of teams that are gone; cheap when the set of teams did not change.
    void prune(const QHash<QString, SimTeam> &teams, quint64 teamVersion);
    // How many times a team was serialized (the tests' view of the cache working).
    quint64 serialized() const { return m_serialized; }

private:
    struct Entry {
        SimTeam team;
        QByteArray json;
    };
    QHash<QString, Entry> m_entries;
    quint64 m_version = ~quint64(0);
    quint64 m_serialized = 0;
};

// A /v2/team/list page: {"page":..,"page_size":..,"teams":[...],"total":..,"total_pages":..} with
// the teams' JSON given, as QJsonDocument would write it (compact, keys in order).
QByteArray teamPageBody(const QList<QByteArray> &teams, qsizetype total, int page, int pageSize);

} // namespace OrgConsole::Sandbox
