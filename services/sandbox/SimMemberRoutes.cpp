// The simulator's /team/member_* endpoints and the membership rows behind them, as LiteLLM v1.9x
// answers them (see shared/litellm/CONTRACT.md §4.5-4.7, §7.4, §7.5). A membership row is kept per
// (team, user id): its period spend, its total spend and, when the member has limits of their own,
// a budget row. /team/info and /team/list show the rows (teamMemberships).
#include "models/BudgetDuration.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QSet>
#include <QUuid>

namespace OrgConsole::Sandbox {

namespace {
// The member budget fields a request writes: /team/member_add's three, and /team/member_update's
// rate limits on top.
enum class BudgetFields { Add, Update };

bool writesBudget(const QJsonObject &body, BudgetFields fields)
{
    for (const char *f : {"max_budget_in_team", "budget_duration", "allowed_models"}) {
        if (body.contains(QLatin1String(f)))
            return true;
    }
    return fields == BudgetFields::Update
        && (body.contains(QStringLiteral("tpm_limit")) || body.contains(QStringLiteral("rpm_limit")));
}

// LiteLLM keeps a member's budget row only while it limits something; an empty allowed_models
// limits nothing.
bool limitsAnything(const SimBudget &b)
{
    return b.maxBudget || b.tpmLimit || b.rpmLimit || b.budgetDuration || (b.allowedModels && !b.allowedModels->isEmpty());
}

// Writes the budget fields present in the request onto the member's budget row: a value sets the
// column, null clears it, an absent field is left alone (the proxy's merge-patch). The row is
// created when there is none, and dropped (budget_id back to null) when nothing is left to limit.
// A new budget_duration moves budget_reset_at on the simulator's clock (§7.4) but keeps the
// period's spend, as /team/update does. The caller has checked the duration.
void patchMemberBudget(SimMembership &m, const QJsonObject &body, BudgetFields fields, const QDateTime &now)
{
    if (!writesBudget(body, fields))
        return;
    SimBudget b = m.budget.value_or(SimBudget {});
    if (b.budgetId.isEmpty()) {
        b.budgetId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.createdAt = now;
    }
    b.updatedAt = now;
    if (body.contains(QStringLiteral("max_budget_in_team")))
        b.maxBudget = jsonNumber(body.value(QStringLiteral("max_budget_in_team")));
    if (body.contains(QStringLiteral("budget_duration"))) {
        b.budgetDuration = jsonString(body.value(QStringLiteral("budget_duration")));
        const auto d = b.budgetDuration ? BudgetDuration::parse(*b.budgetDuration) : std::nullopt;
        b.budgetResetAt = d ? d->nextReset(now) : QDateTime();
    }
    if (body.contains(QStringLiteral("allowed_models"))) {
        const QJsonValue models = body.value(QStringLiteral("allowed_models"));
        b.allowedModels = models.isArray() ? std::optional<QStringList>(jsonStrings(models)) : std::nullopt;
    }
    if (fields == BudgetFields::Update && body.contains(QStringLiteral("tpm_limit")))
        b.tpmLimit = jsonInteger(body.value(QStringLiteral("tpm_limit")));
    if (fields == BudgetFields::Update && body.contains(QStringLiteral("rpm_limit")))
        b.rpmLimit = jsonInteger(body.value(QStringLiteral("rpm_limit")));
    m.budget = limitsAnything(b) ? std::optional<SimBudget>(b) : std::nullopt;
}

// The request's budget_duration when LiteLLM refuses it: a string that is no positive duration.
std::optional<QString> refusedDurationIn(const QJsonObject &body)
{
    const auto d = jsonString(body.value(QStringLiteral("budget_duration")));
    return d && !BudgetDuration::parse(*d) ? d : std::nullopt;
}

HttpResponse premiumAdminRefused()
{
    return detailError(
        400,
        QStringLiteral("Assigning team admins is a premium feature. You must be a LiteLLM Enterprise user to use this feature. "
                       "If you have a license please set `LITELLM_LICENSE` in your env."));
}

// /team/member_delete and /team/member_update name the member by user_id or user_email (pydantic's
// model validator of TeamMemberDeleteRequest, which the update request extends).
void appendMemberRefError(const QJsonObject &body, QJsonArray *errors)
{
    if (!errors->isEmpty() || body.value(QStringLiteral("user_id")).isString()
        || body.value(QStringLiteral("user_email")).isString())
        return;
    errors->append(QJsonObject {{QStringLiteral("type"), QStringLiteral("value_error")},
                                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
                                {QStringLiteral("msg"), QStringLiteral("Value error, Either user_id or user_email is required")},
                                {QStringLiteral("input"), body}});
}

// What /team/member_add refuses in one member.
std::optional<HttpResponse> memberAddError(const QJsonObject &m, const QString &role, bool premium)
{
    if (m.value(QStringLiteral("user_id")).toString().isEmpty() && !m.value(QStringLiteral("user_email")).isString())
        return validationError(QJsonArray {
            QJsonObject {{QStringLiteral("type"), QStringLiteral("value_error")},
                         {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("member")}},
                         {QStringLiteral("msg"), QStringLiteral("Value error, Either user id or user email must be provided")},
                         {QStringLiteral("input"), m}}});
    if (!isMemberRole(role))
        return validationError(QJsonArray {
            roleLiteralError(QJsonArray {QStringLiteral("body"), QStringLiteral("member"), QStringLiteral("role")}, role)});
    if (role == QLatin1String("admin") && !premium)
        return premiumAdminRefused();
    return std::nullopt;
}

// The 400 when every member given is in the team already.
HttpResponse alreadyInTeam(const SimTeam &team, const QJsonArray &members)
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
} // namespace

// The members of a /team/member_add request that join: their members_with_roles entries, or the
// refusal. Members are checked one at a time, so the user rows of the members before a refused one
// have already been updated, as in the proxy; the team and its memberships are left unchanged.
// A user id already in the team (compared exactly, case and all) is counted in *duplicates.
static std::optional<HttpResponse> membersToAdd(SimState &state, const QString &teamId, const QJsonArray &members, bool premium,
                                                const QDateTime &now, QJsonArray *added, int *duplicates)
{
    QSet<QString> joining;
    for (const QJsonValue &mv : members) {
        const QJsonObject m = mv.toObject();
        const QString uid = m.value(QStringLiteral("user_id")).toString();
        const QString role = m.value(QStringLiteral("role")).toString(QStringLiteral("user"));
        if (auto refused = memberAddError(m, role, premium))
            return refused;
        if (!uid.isEmpty() && (state.findMembership(teamId, uid) || joining.contains(uid))) {
            ++*duplicates;
            continue;
        }
        // Unlike /team/new, an empty user_id is recorded as null.
        added->append(QJsonObject {
            {QStringLiteral("user_id"), uid.isEmpty() ? QJsonValue::Null : QJsonValue(uid)},
            {QStringLiteral("user_email"),
             m.value(QStringLiteral("user_email")).isString() ? m.value(QStringLiteral("user_email")) : QJsonValue::Null},
            {QStringLiteral("role"), role}});
        if (!uid.isEmpty()) {
            joining.insert(uid);
            state.joinTeam(uid, teamId, now);
        }
    }
    return std::nullopt;
}

HttpResponse LiteLlmSimulator::teamMemberAdd(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    QJsonArray errors = validateBody(body,
                                     {{"team_id", FieldKind::String, true},
                                      {"max_budget_in_team", FieldKind::Number},
                                      {"budget_duration", FieldKind::String},
                                      {"allowed_models", FieldKind::StringList}});
    if (!body.contains(QStringLiteral("member")))
        errors.append(missingField(QStringLiteral("body"), QStringLiteral("member"), body));
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return detailError(404, QStringLiteral("Team not found for team_id=%1").arg(teamId));
    if (const auto refused = refusedDurationIn(body))
        return refusedBudgetDuration(*refused, Envelope::Error); // as /team/new refuses it
    const QJsonValue memberValue = body.value(QStringLiteral("member"));
    const QJsonArray members = memberValue.isArray() ? memberValue.toArray() : QJsonArray {memberValue};
    QJsonArray added;
    int duplicates = 0;
    if (auto refused = membersToAdd(m_state, teamId, members, m_config.premium, now(), &added, &duplicates))
        return *refused;
    if (duplicates > 0 && added.isEmpty())
        return alreadyInTeam(*it, members);
    QJsonArray updatedUsers;
    QJsonArray memberships;
    for (const QJsonValue &a : std::as_const(added)) {
        it->membersWithRoles.append(a);
        const QString uid = a.toObject().value(QStringLiteral("user_id")).toString();
        if (uid.isEmpty())
            continue;
        updatedUsers.append(QJsonObject {{QStringLiteral("user_id"), uid},
                                         {QStringLiteral("teams"), QJsonArray::fromStringList(m_state.users[uid].teams)}});
        SimMembership &membership = m_state.addMembership(teamId, uid);
        patchMemberBudget(membership, body, BudgetFields::Add, now());
        memberships.append(membershipJson(membership));
    }
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
    appendMemberRefError(body, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return detailError(400, QStringLiteral("Team id=%1 does not exist in db").arg(teamId));
    const QString uid = body.value(QStringLiteral("user_id")).toString();
    const QString email = body.value(QStringLiteral("user_email")).toString();
    QJsonArray kept;
    QStringList removed; // the user ids of the entries that matched ("" for an entry without one)
    for (const QJsonValue &m : std::as_const(it->membersWithRoles)) {
        const QJsonObject o = m.toObject();
        const bool match = (!uid.isEmpty() && o.value(QStringLiteral("user_id")).toString() == uid)
            || (!email.isEmpty() && o.value(QStringLiteral("user_email")).toString() == email);
        if (match)
            removed.append(o.value(QStringLiteral("user_id")).toString());
        else
            kept.append(m);
    }
    if (removed.isEmpty())
        return detailError(400, QStringLiteral("User not found in team"));
    it->membersWithRoles = kept;
    for (const QString &gone : std::as_const(removed)) {
        if (gone.isEmpty())
            continue;
        m_state.removeMembership(teamId, gone); // and with it the member's budget row
        if (m_state.users.contains(gone))
            m_state.users[gone].teams.removeAll(teamId);
    }
    it->updatedAt = now();
    return jsonResponse(teamJson(*it));
}

// The member a /team/member_update names: by user_id (exactly), else by the email of a
// members_with_roles entry. Empty when the team has no such member.
static QString memberToUpdate(SimState &state, const SimTeam &team, const QJsonObject &body)
{
    const QString uid = body.value(QStringLiteral("user_id")).toString();
    if (!uid.isEmpty())
        return state.findMembership(team.teamId, uid) ? uid : QString();
    const QString email = body.value(QStringLiteral("user_email")).toString();
    if (email.isEmpty())
        return {};
    for (const QJsonValue &m : team.membersWithRoles) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("user_email")).toString() == email)
            return o.value(QStringLiteral("user_id")).toString();
    }
    return {};
}

static void setMemberRole(SimTeam &team, const QString &uid, const QString &role, const QJsonValue &email)
{
    for (qsizetype i = 0; i < team.membersWithRoles.size(); ++i) {
        QJsonObject o = team.membersWithRoles.at(i).toObject();
        if (o.value(QStringLiteral("user_id")).toString() != uid)
            continue;
        o.insert(QStringLiteral("role"), role);
        if (email.isString())
            o.insert(QStringLiteral("user_email"), email);
        team.membersWithRoles.replace(i, o);
    }
}

// TeamMemberUpdateResponse. Like the proxy, it echoes the request's values (null for a field not
// sent), not the stored row: /team/info shows what the member's budget row holds.
static QJsonObject memberUpdateJson(const QString &teamId, const QString &uid, const QJsonObject &body)
{
    const QJsonValue models = body.value(QStringLiteral("allowed_models"));
    return QJsonObject {
        {QStringLiteral("user_id"), uid},
        {QStringLiteral("user_email"), optionalJson(jsonString(body.value(QStringLiteral("user_email"))))},
        {QStringLiteral("team_id"), teamId},
        {QStringLiteral("max_budget_in_team"), optionalJson(jsonNumber(body.value(QStringLiteral("max_budget_in_team"))))},
        {QStringLiteral("tpm_limit"), optionalJson(jsonInteger(body.value(QStringLiteral("tpm_limit"))))},
        {QStringLiteral("rpm_limit"), optionalJson(jsonInteger(body.value(QStringLiteral("rpm_limit"))))},
        {QStringLiteral("budget_duration"), optionalJson(jsonString(body.value(QStringLiteral("budget_duration"))))},
        {QStringLiteral("allowed_models"), models.isArray() ? models : QJsonValue(QJsonValue::Null)}};
}

// §4.7. CONTRACT.md names the fields, not the errors; these follow LiteLLM's source (read for
// v1.7x), bare ({"detail": ...}) like the rest of the endpoint: a missing team is a 400 worded as
// /team/member_delete words it, the team admin role without a licence is refused as
// /team/member_add refuses it. For a user who is not a member the simulator answers
// 400 "User=<id or email> not found in team=<team>", its own wording: the proxy's check covers
// only a user_email it cannot find ("User id doesn't exist in team table. Data=<the request>"),
// and for an unknown user_id it quietly creates a membership that members_with_roles does not list.
HttpResponse LiteLlmSimulator::teamMemberUpdate(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    QJsonArray errors = validateBody(body,
                                     {{"team_id", FieldKind::String, true},
                                      {"user_id", FieldKind::String},
                                      {"user_email", FieldKind::String},
                                      {"max_budget_in_team", FieldKind::Number},
                                      {"role", FieldKind::String},
                                      {"tpm_limit", FieldKind::Integer},
                                      {"rpm_limit", FieldKind::Integer},
                                      {"budget_duration", FieldKind::String},
                                      {"allowed_models", FieldKind::StringList}});
    const QJsonValue role = body.value(QStringLiteral("role"));
    if (errors.isEmpty() && role.isString() && !isMemberRole(role.toString()))
        errors.append(roleLiteralError(QJsonArray {QStringLiteral("body"), QStringLiteral("role")}, role.toString()));
    appendMemberRefError(body, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    if (role.toString() == QLatin1String("admin") && !m_config.premium)
        return premiumAdminRefused(); // as /team/member_add refuses it
    const QString teamId = body.value(QStringLiteral("team_id")).toString();
    auto it = m_state.teams.find(teamId);
    if (it == m_state.teams.end())
        return detailError(400, QStringLiteral("Team id=%1 does not exist in db").arg(teamId));
    const QString uid = memberToUpdate(m_state, *it, body);
    if (uid.isEmpty())
        return detailError(
            400,
            QStringLiteral("User=%1 not found in team=%2")
                .arg(body.value(QStringLiteral("user_id")).toString(body.value(QStringLiteral("user_email")).toString()),
                     teamId));
    if (const auto refused = refusedDurationIn(body))
        return refusedBudgetDuration(*refused, Envelope::Detail); // as /team/update refuses it
    SimMembership &membership = m_state.addMembership(teamId, uid);
    applyResets(membership);
    patchMemberBudget(membership, body, BudgetFields::Update, now());
    if (role.isString())
        setMemberRole(*it, uid, role.toString(), body.value(QStringLiteral("user_email")));
    return jsonResponse(memberUpdateJson(teamId, uid, body));
}

QJsonArray LiteLlmSimulator::teamMemberships(const SimTeam &team)
{
    QJsonArray out;
    const auto rows = m_state.memberships.find(team.teamId);
    if (rows == m_state.memberships.end())
        return out;
    for (const QJsonValue &m : team.membersWithRoles) {
        const auto row = rows->find(m.toObject().value(QStringLiteral("user_id")).toString());
        if (row == rows->end())
            continue;
        applyResets(*row);
        out.append(membershipJson(*row));
    }
    return out;
}

} // namespace OrgConsole::Sandbox
