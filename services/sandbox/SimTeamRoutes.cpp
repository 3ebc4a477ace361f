// The simulator's /team/* endpoints for one team, as LiteLLM v1.9x answers them (see
// shared/litellm/CONTRACT.md §2, §4). Its members are in SimMemberRoutes.cpp, the paged reads over
// many teams in SimTeamListRoutes.cpp.
#include "models/BudgetDuration.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QUuid>

namespace OrgConsole::Sandbox {

bool isMemberRole(const QString &role)
{
    return role == QLatin1String("admin") || role == QLatin1String("user");
}

QJsonObject roleLiteralError(const QJsonArray &loc, const QString &role)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("literal_error")},
                        {QStringLiteral("loc"), loc},
                        {QStringLiteral("msg"), QStringLiteral("Input should be 'admin' or 'user'")},
                        {QStringLiteral("input"), role},
                        {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("expected"), QStringLiteral("'admin' or 'user'")}}}};
}

HttpResponse refusedBudgetDuration(const QString &value, Envelope envelope)
{
    if (envelope == Envelope::Detail)
        return detailError(400, QStringLiteral("Invalid budget_duration: %1").arg(value));
    return errorEnvelope(
        400,
        pyRepr(QStringLiteral("error"),
               QStringLiteral("Invalid budget_duration: %1. Must be a positive duration like '30d', '1mo'.").arg(value)),
        QStringLiteral("internal_server_error"));
}

// The team fields both /team/new and /team/update validate.
static QJsonArray teamFieldErrors(const QJsonObject &body, bool idRequired)
{
    return validateBody(body,
                        {{"team_id", FieldKind::String, idRequired},
                         {"team_alias", FieldKind::String},
                         {"max_budget", FieldKind::Number},
                         {"soft_budget", FieldKind::Number},
                         {"budget_duration", FieldKind::String},
                         {"models", FieldKind::StringList},
                         {"metadata", FieldKind::Object},
                         {"tpm_limit", FieldKind::Integer},
                         {"rpm_limit", FieldKind::Integer},
                         {"blocked", FieldKind::Boolean},
                         {"members_with_roles", FieldKind::List}});
}

// members_with_roles as /team/new validates each entry: a known role, and a user id or an email.
static void appendMemberErrors(const QJsonArray &members, QJsonArray *errors)
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject m = members.at(i).toObject();
        const QString role = m.value(QStringLiteral("role")).toString(QStringLiteral("user"));
        if (!isMemberRole(role))
            errors->append(roleLiteralError(
                QJsonArray {QStringLiteral("body"), QStringLiteral("members_with_roles"), i, QStringLiteral("role")}, role));
        if (!m.value(QStringLiteral("user_id")).isString() && !m.value(QStringLiteral("user_email")).isString())
            errors->append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("value_error")},
                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("members_with_roles"), i}},
                {QStringLiteral("msg"), QStringLiteral("Value error, Either user id or user email must be provided")},
                {QStringLiteral("input"), m}});
    }
}

// The fields /team/new copies as they are; the id, the budget period and the members need more.
static void readTeamFields(const QJsonObject &body, SimTeam *team)
{
    team->alias = jsonString(body.value(QStringLiteral("team_alias")));
    team->maxBudget = jsonNumber(body.value(QStringLiteral("max_budget")));
    team->softBudget = jsonNumber(body.value(QStringLiteral("soft_budget")));
    team->tpmLimit = jsonInteger(body.value(QStringLiteral("tpm_limit")));
    team->rpmLimit = jsonInteger(body.value(QStringLiteral("rpm_limit")));
    team->models = jsonStrings(body.value(QStringLiteral("models")));
    team->metadata = body.value(QStringLiteral("metadata")).toObject();
    team->blocked = body.value(QStringLiteral("blocked")).toBool(false);
}

// A /team/new member entry: user_id and user_email are null unless given as strings.
static QJsonObject memberJson(const QJsonObject &m, const QString &role)
{
    return QJsonObject {
        {QStringLiteral("user_id"),
         m.value(QStringLiteral("user_id")).isString() ? m.value(QStringLiteral("user_id")) : QJsonValue::Null},
        {QStringLiteral("user_email"),
         m.value(QStringLiteral("user_email")).isString() ? m.value(QStringLiteral("user_email")) : QJsonValue::Null},
        {QStringLiteral("role"), role}};
}

QJsonArray LiteLlmSimulator::initialMembers(const QString &teamId, const QJsonArray &members, const Caller &caller)
{
    QJsonArray roles;
    bool callerListed = false;
    for (const QJsonValue &mv : members) {
        const QJsonObject m = mv.toObject();
        const QJsonObject member = memberJson(m, m.value(QStringLiteral("role")).toString(QStringLiteral("user")));
        roles.append(member);
        const QString uid = member.value(QStringLiteral("user_id")).toString();
        if (uid == caller.userId)
            callerListed = true;
        if (!uid.isEmpty()) {
            m_state.joinTeam(uid, teamId, now());
            m_state.addMembership(teamId, uid); // without a budget row
        }
    }
    // LiteLLM adds the caller as a team admin (CONTRACT.md §1.2, §2.2).
    if (!caller.userId.isEmpty() && !callerListed) {
        roles.append(QJsonObject {{QStringLiteral("user_id"), caller.userId},
                                  {QStringLiteral("user_email"), QJsonValue::Null},
                                  {QStringLiteral("role"), QStringLiteral("admin")}});
        m_state.addMembership(teamId, caller.userId);
    }
    return roles;
}

HttpResponse LiteLlmSimulator::teamNew(const HttpRequest &, const QJsonObject &body, const Caller &caller)
{
    QJsonArray errors = teamFieldErrors(body, false);
    const QJsonArray members = body.value(QStringLiteral("members_with_roles")).toArray();
    appendMemberErrors(members, &errors);
    if (!errors.isEmpty())
        return validationError(errors);

    SimTeam team;
    team.teamId = body.value(QStringLiteral("team_id")).toString();
    if (team.teamId.isEmpty())
        team.teamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_state.teams.contains(team.teamId))
        return errorEnvelope(
            400,
            pyRepr(QStringLiteral("error"),
                   QStringLiteral("Team id = %1 already exists. Please use a different team id.").arg(team.teamId)),
            QStringLiteral("internal_server_error"));
    team.budgetDuration = jsonString(body.value(QStringLiteral("budget_duration")));
    if (team.budgetDuration) {
        const auto d = BudgetDuration::parse(*team.budgetDuration);
        if (!d)
            return refusedBudgetDuration(*team.budgetDuration, Envelope::Error);
        team.budgetResetAt = d->nextReset(now());
    }
    readTeamFields(body, &team);
    team.createdAt = team.updatedAt = now();
    team.sequence = m_state.nextSequence++;
    team.membersWithRoles = initialMembers(team.teamId, members, caller);
    m_state.insertTeam(team);
    return jsonResponse(teamJson(team));
}

HttpResponse LiteLlmSimulator::teamInfo(const HttpRequest &request, const QJsonObject &, const Caller &caller)
{
    const QString teamId = request.query.queryItemValue(QStringLiteral("team_id"), QUrl::FullyDecoded);
    if (teamId.isEmpty())
        return errorEnvelope(422, pyRepr(QStringLiteral("message"), QStringLiteral("Malformed request. No team id passed in.")),
                             QStringLiteral("auth_error"));
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return errorEnvelope(404,
                             pyRepr(QStringLiteral("message"), QStringLiteral("Team not found, passed team id: %1.").arg(teamId)),
                             QStringLiteral("auth_error"));
    // A virtual key reads its own team or a team its user is a member of (CONTRACT.md §4.1).
    const bool member = !caller.userId.isEmpty() && m_state.findMembership(teamId, caller.userId);
    if (!caller.admin && caller.teamId != teamId && !member)
        return errorEnvelope(403,
                             pyRepr(QStringLiteral("error"),
                                    QStringLiteral("User=%1 not authorized to access this team=%2")
                                        .arg(caller.userId.isEmpty() ? QStringLiteral("None") : caller.userId, teamId)),
                             QStringLiteral("auth_error"));
    applyResets(*it);
    QJsonObject info = teamJson(*it);
    info.insert(QStringLiteral("team_member_budget_table"), QJsonValue::Null);
    QJsonArray keys;
    const QStringList tokens = m_state.keysByTeam.value(teamId);
    for (const QString &token : tokens) {
        const SimKey &k = m_state.keys[token];
        if (!k.expires.isValid() || k.expires > now())
            keys.append(keyJson(k, true));
    }
    return jsonResponse(QJsonObject {{QStringLiteral("team_id"), teamId},
                                     {QStringLiteral("team_info"), info},
                                     {QStringLiteral("keys"), keys},
                                     {QStringLiteral("team_memberships"), teamMemberships(*it)}});
}

HttpResponse LiteLlmSimulator::teamUpdate(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = teamFieldErrors(body, true);
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return detailError(404, QStringLiteral("Team not found, passed team_id=%1").arg(teamId));
    SimTeam &t = *it;
    applyResets(t);
    if (body.contains(QStringLiteral("budget_duration"))) {
        const auto value = jsonString(body.value(QStringLiteral("budget_duration")));
        if (value) {
            const auto d = BudgetDuration::parse(*value);
            if (!d)
                return refusedBudgetDuration(*value, Envelope::Detail);
            t.budgetResetAt = d->nextReset(now());
        } else {
            t.budgetResetAt = QDateTime();
        }
        t.budgetDuration = value; // spend is not reset (LiteLLM issue #34270)
    }
    if (body.contains(QStringLiteral("team_alias")))
        m_state.setTeamAlias(t, jsonString(body.value(QStringLiteral("team_alias"))));
    if (body.contains(QStringLiteral("max_budget")))
        t.maxBudget = jsonNumber(body.value(QStringLiteral("max_budget")));
    if (body.contains(QStringLiteral("soft_budget")))
        t.softBudget = jsonNumber(body.value(QStringLiteral("soft_budget")));
    if (body.contains(QStringLiteral("models")))
        t.models = jsonStrings(body.value(QStringLiteral("models")));
    if (body.contains(QStringLiteral("metadata")))
        t.metadata = body.value(QStringLiteral("metadata")).toObject();
    if (body.contains(QStringLiteral("tpm_limit")))
        t.tpmLimit = jsonInteger(body.value(QStringLiteral("tpm_limit")));
    if (body.contains(QStringLiteral("rpm_limit")))
        t.rpmLimit = jsonInteger(body.value(QStringLiteral("rpm_limit")));
    if (body.contains(QStringLiteral("blocked")))
        t.blocked = body.value(QStringLiteral("blocked")).toBool();
    t.updatedAt = now();
    QJsonObject data = teamJson(t);
    return jsonResponse(QJsonObject {{QStringLiteral("team_id"), teamId}, {QStringLiteral("data"), data}});
}

HttpResponse LiteLlmSimulator::teamDelete(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body, {{"team_ids", FieldKind::StringList, true}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QStringList ids = jsonStrings(body.value(QStringLiteral("team_ids")));
    for (const QString &id : ids) {
        if (!m_state.teams.contains(id))
            return detailError(404, QStringLiteral("Team not found, passed team_id=%1").arg(id));
    }
    for (const QString &id : ids) {
        m_state.removeTeam(id); // cascades to its keys and memberships (CONTRACT.md §4.4)
        for (SimUser &u : m_state.users)
            u.teams.removeAll(id);
    }
    return jsonResponse(QJsonObject {{QStringLiteral("deleted_teams"), QJsonArray::fromStringList(ids)}});
}

static HttpResponse setTeamBlocked(SimState &state, const QJsonObject &body, bool blocked, const QDateTime &now)
{
    const QJsonArray errors = validateBody(body, {{"team_id", FieldKind::String, true}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = state.teams.find(teamId);
    if (it == state.teams.end())
        return detailError(404, QStringLiteral("Team not found, passed team_id=%1").arg(teamId));
    it->blocked = blocked;
    it->updatedAt = now;
    return jsonResponse(teamJson(*it));
}

HttpResponse LiteLlmSimulator::teamBlock(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    return setTeamBlocked(m_state, body, true, now());
}

HttpResponse LiteLlmSimulator::teamUnblock(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    return setTeamBlocked(m_state, body, false, now());
}

} // namespace OrgConsole::Sandbox
