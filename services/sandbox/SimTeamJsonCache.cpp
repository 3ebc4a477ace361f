#include "services/sandbox/SimTeamJsonCache.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrgConsole::Sandbox {

const QByteArray &SimTeamJsonCache::json(const SimTeam &team)
{
    Entry &e = m_entries[team.teamId];
    if (e.json.isEmpty() || !(e.team == team)) {
        e.team = team;
        e.json = QJsonDocument(teamJson(team)).toJson(QJsonDocument::Compact);
        ++m_serialized;
    }
    return e.json;
}

void SimTeamJsonCache::prune(const QHash<QString, SimTeam> &teams, quint64 teamVersion)
{
    if (teamVersion == m_version)
        return;
    m_version = teamVersion;
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = teams.contains(it.key()) ? std::next(it) : m_entries.erase(it);
}

QByteArray teamPageBody(const QList<QByteArray> &teams, qsizetype total, int page, int pageSize)
{
    const qsizetype totalPages = (total + pageSize - 1) / pageSize;
    qsizetype bytes = 128;
    for (const QByteArray &t : teams)
        bytes += t.size() + 1;
    QByteArray body;
    body.reserve(bytes);
    body += "{\"page\":" + QByteArray::number(page) + ",\"page_size\":" + QByteArray::number(pageSize) + ",\"teams\":[";
    for (qsizetype i = 0; i < teams.size(); ++i) {
        if (i > 0)
            body += ',';
        body += teams.at(i);
    }
    body += "],\"total\":" + QByteArray::number(total) + ",\"total_pages\":" + QByteArray::number(totalPages) + '}';
    return body;
}

} // namespace OrgConsole::Sandbox
