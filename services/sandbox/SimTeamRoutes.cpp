// The simulator's /team/* endpoints for one team and its members, as LiteLLM v1.9x answers them (see
// shared/litellm/CONTRACT.md §2, §4). The paged reads over many teams are in SimTeamListRoutes.cpp.
#include "models/BudgetDuration.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QUuid>

namespace OrgConsole::Sandbox {

namespace {
const QStringList kMemberRoles {QStringLiteral("admin"), QStringLiteral("user")};
} // namespace

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
        if (!kMemberRoles.contains(role))
            errors->append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("literal_error")},
                {QStringLiteral("loc"),
                 QJsonArray {QStringLiteral("body"), QStringLiteral("members_with_roles"), i, QStringLiteral("role")}},
                {QStringLiteral("msg"), QStringLiteral("Input should be 'admin' or 'user'")},
                {QStringLiteral("input"), role},
                {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("expected"), QStringLiteral("'admin' or 'user'")}}}});
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

// The user row a member gets, created on first sight, with the team in its list.
static SimUser &joinTeam(SimState &state, const QString &userId, const QString &teamId, const QDateTime &now)
{
    SimUser &u = state.users[userId];
    u.userId = userId;
    if (!u.createdAt.isValid())
        u.createdAt = now;
    if (!u.teams.contains(teamId))
        u.teams.append(teamId);
    return u;
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
        if (!uid.isEmpty())
            joinTeam(m_state, uid, teamId, now());
    }
    // LiteLLM adds the caller as a team admin (CONTRACT.md §1.2, §2.2).
    if (!caller.userId.isEmpty() && !callerListed)
        roles.append(QJsonObject {{QStringLiteral("user_id"), caller.userId},
                                  {QStringLiteral("user_email"), QJsonValue::Null},
                                  {QStringLiteral("role"), QStringLiteral("admin")}});
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
            return errorEnvelope(
                400,
                pyRepr(QStringLiteral("error"),
                       QStringLiteral("Invalid budget_duration: %1. Must be a positive duration like '30d', '1mo'.")
                           .arg(*team.budgetDuration)),
                QStringLiteral("internal_server_error"));
        team.budgetResetAt = d->nextReset(now());
    }
    readTeamFields(body, &team);
    team.createdAt = team.updatedAt = now();
    team.sequence = m_state.nextSequence++;
    team.membersWithRoles = initialMembers(team.teamId, members, caller);
    m_state.insertTeam(team);
    return jsonResponse(teamJson(team));
}

HttpResponse LiteLlmSimulator::teamInfo(const HttpRequest &request, const QJsonObject &, const Caller &)
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
    QJsonArray memberships;
    for (const QJsonValue &m : std::as_const(it->membersWithRoles)) {
        const QString uid = m.toObject().value(QStringLiteral("user_id")).toString();
        if (!uid.isEmpty())
            memberships.append(QJsonObject {{QStringLiteral("user_id"), uid},
                                            {QStringLiteral("team_id"), teamId},
                                            {QStringLiteral("budget_id"), QJsonValue::Null},
                                            {QStringLiteral("spend"), 0.0},
                                            {QStringLiteral("total_spend"), 0.0},
                                            {QStringLiteral("litellm_budget_table"), QJsonValue::Null}});
    }
    return jsonResponse(QJsonObject {{QStringLiteral("team_id"), teamId},
                                     {QStringLiteral("team_info"), info},
                                     {QStringLiteral("keys"), keys},
                                     {QStringLiteral("team_memberships"), memberships}});
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
                return detailError(400, QStringLiteral("Invalid budget_duration: %1").arg(*value));
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
        m_state.removeTeam(id); // cascades to its keys
        for (SimUser &u : m_state.users)
            u.teams.removeAll(id);
    }
    return jsonResponse(QJsonObject {{QStringLiteral("deleted_teams"), QJsonArray::fromStringList(ids)}});
}

// What /team/member_add refuses in one member. Members are checked one at a time, so the user rows
// of the members before a refused one have already been updated; the team itself is left unchanged.
static std::optional<HttpResponse> memberAddError(const QJsonObject &m, const QString &role, bool premium)
{
    if (m.value(QStringLiteral("user_id")).toString().isEmpty() && !m.value(QStringLiteral("user_email")).isString())
        return validationError(QJsonArray {
            QJsonObject {{QStringLiteral("type"), QStringLiteral("value_error")},
                         {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("member")}},
                         {QStringLiteral("msg"), QStringLiteral("Value error, Either user id or user email must be provided")},
                         {QStringLiteral("input"), m}}});
    if (!kMemberRoles.contains(role))
        return validationError(QJsonArray {QJsonObject {
            {QStringLiteral("type"), QStringLiteral("literal_error")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("member"), QStringLiteral("role")}},
            {QStringLiteral("msg"), QStringLiteral("Input should be 'admin' or 'user'")},
            {QStringLiteral("input"), role}}});
    if (role == QLatin1String("admin") && !premium)
        return detailError(
            400,
            QStringLiteral(
                "Assigning team admins is a premium feature. You must be a LiteLLM Enterprise user to use this feature. "
                "If you have a license please set `LITELLM_LICENSE` in your env."));
    return std::nullopt;
}

// The 400 when every member given is in the team already.
static HttpResponse alreadyInTeam(const SimTeam &team, const QJsonArray &members)
{
    QStringList listed;
    for (const QJsonValue &m : std::as_const(team.membersWithRoles))
        listed.append(QStringLiteral("user_id=%1").arg(m.toObject().value(QStringLiteral("user_id")).toString()));
    const QJsonObject first = members.first().toObject();
    const QString message = members.size() == 1
        ? QStringLiteral("User already in team. Member: user_id=%1, user_email=None. Existing members=[%2]")
              .arg(first.value(QStringLiteral("user_id")).toString(), listed.join(QStringLiteral(", ")))
        : QStringLiteral("All users are already in team. Existing members=[%1]").arg(listed.join(QStringLiteral(", ")));
    return errorEnvelope(400, message, QStringLiteral("team_member_already_in_team"), QStringLiteral("member"));
}

HttpResponse LiteLlmSimulator::teamMemberAdd(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    QJsonArray errors = validateBody(body, {{"team_id", FieldKind::String, true}, {"max_budget_in_team", FieldKind::Number}});
    if (!body.contains(QStringLiteral("member")))
        errors.append(missingField(QStringLiteral("body"), QStringLiteral("member"), body));
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return detailError(404, QStringLiteral("Team not found for team_id=%1").arg(teamId));
    const QJsonValue memberValue = body.value(QStringLiteral("member"));
    const QJsonArray members = memberValue.isArray() ? memberValue.toArray() : QJsonArray {memberValue};
    QStringList existing;
    for (const QJsonValue &m : std::as_const(it->membersWithRoles))
        existing.append(m.toObject().value(QStringLiteral("user_id")).toString());
    QJsonArray added;
    QJsonArray updatedUsers;
    QJsonArray memberships;
    int duplicates = 0;
    for (const QJsonValue &mv : members) {
        const QJsonObject m = mv.toObject();
        const QString uid = m.value(QStringLiteral("user_id")).toString();
        const QString role = m.value(QStringLiteral("role")).toString(QStringLiteral("user"));
        if (auto refused = memberAddError(m, role, m_config.premium))
            return *refused;
        if (!uid.isEmpty() && existing.contains(uid)) {
            ++duplicates;
            continue;
        }
        // Unlike /team/new, an empty user_id is recorded as null.
        added.append(QJsonObject {
            {QStringLiteral("user_id"), uid.isEmpty() ? QJsonValue::Null : QJsonValue(uid)},
            {QStringLiteral("user_email"),
             m.value(QStringLiteral("user_email")).isString() ? m.value(QStringLiteral("user_email")) : QJsonValue::Null},
            {QStringLiteral("role"), role}});
        if (!uid.isEmpty()) {
            const SimUser &u = joinTeam(m_state, uid, teamId, now());
            updatedUsers.append(
                QJsonObject {{QStringLiteral("user_id"), uid}, {QStringLiteral("teams"), QJsonArray::fromStringList(u.teams)}});
            memberships.append(QJsonObject {
                {QStringLiteral("user_id"), uid}, {QStringLiteral("team_id"), teamId}, {QStringLiteral("spend"), 0.0}});
        }
    }
    if (duplicates > 0 && added.isEmpty())
        return alreadyInTeam(*it, members);
    for (const QJsonValue &a : std::as_const(added))
        it->membersWithRoles.append(a);
    it->updatedAt = now();
    QJsonObject out = teamJson(*it);
    out.insert(QStringLiteral("updated_users"), updatedUsers);
    out.insert(QStringLiteral("updated_team_memberships"), memberships);
    return jsonResponse(out);
}

HttpResponse LiteLlmSimulator::teamMemberDelete(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    QJsonArray errors = validateBody(
        body, {{"team_id", FieldKind::String, true}, {"user_id", FieldKind::String}, {"user_email", FieldKind::String}});
    if (errors.isEmpty() && !body.value(QStringLiteral("user_id")).isString()
        && !body.value(QStringLiteral("user_email")).isString())
        errors.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("value_error")},
                         {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
                         {QStringLiteral("msg"), QStringLiteral("Value error, Either user_id or user_email is required")},
                         {QStringLiteral("input"), body}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return detailError(400, QStringLiteral("Team id=%1 does not exist in db").arg(teamId));
    const QString uid = body.value(QStringLiteral("user_id")).toString();
    const QString email = body.value(QStringLiteral("user_email")).toString();
    QJsonArray kept;
    bool found = false;
    for (const QJsonValue &m : std::as_const(it->membersWithRoles)) {
        const QJsonObject o = m.toObject();
        const bool match = (!uid.isEmpty() && o.value(QStringLiteral("user_id")).toString() == uid)
            || (!email.isEmpty() && o.value(QStringLiteral("user_email")).toString() == email);
        if (match)
            found = true;
        else
            kept.append(m);
    }
    if (!found)
        return detailError(400, QStringLiteral("User not found in team"));
    it->membersWithRoles = kept;
    if (!uid.isEmpty() && m_state.users.contains(uid))
        m_state.users[uid].teams.removeAll(teamId);
    it->updatedAt = now();
    return jsonResponse(teamJson(*it));
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
