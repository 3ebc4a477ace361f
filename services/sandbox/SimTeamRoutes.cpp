// The simulator's /team/* endpoints, as LiteLLM v1.9x answers them (see shared/litellm/CONTRACT.md §2, §4, §7.2).
#include "models/BudgetDuration.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QUuid>

#include <algorithm>

namespace OrgConsole::Sandbox {

namespace {
QJsonObject pageQueryError(const QString &name, const QString &input, const char *op, int bound)
{
    const bool ge = QByteArray(op) == "ge";
    return QJsonObject {{QStringLiteral("type"), ge ? QStringLiteral("greater_than_equal") : QStringLiteral("less_than_equal")},
                        {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), name}},
                        {QStringLiteral("msg"),
                         QStringLiteral("Input should be %1 %2")
                             .arg(ge ? QStringLiteral("greater than or equal to") : QStringLiteral("less than or equal to"))
                             .arg(bound)},
                        {QStringLiteral("input"), input},
                        {QStringLiteral("ctx"), QJsonObject {{QString::fromLatin1(op), bound}}}};
}

const QStringList kMemberRoles {QStringLiteral("admin"), QStringLiteral("user")};
} // namespace

// Parses page/size query parameters the way FastAPI validates them; appends 422 items on error.
static int queryInt(const HttpRequest &request, const QString &name, int def, int min, int max, QJsonArray *errors)
{
    const QString raw = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (raw.isEmpty())
        return def;
    bool ok = false;
    const int v = raw.toInt(&ok);
    if (!ok) {
        errors->append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("int_parsing")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), name}},
            {QStringLiteral("msg"), QStringLiteral("Input should be a valid integer, unable to parse string as an integer")},
            {QStringLiteral("input"), raw}});
        return def;
    }
    if (v < min)
        errors->append(pageQueryError(name, raw, "ge", min));
    else if (max > 0 && v > max)
        errors->append(pageQueryError(name, raw, "le", max));
    return v;
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

HttpResponse LiteLlmSimulator::teamNew(const HttpRequest &, const QJsonObject &body, const Caller &caller)
{
    QJsonArray errors = teamFieldErrors(body, false);
    const QJsonArray members = body.value(QStringLiteral("members_with_roles")).toArray();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject m = members.at(i).toObject();
        const QString role = m.value(QStringLiteral("role")).toString(QStringLiteral("user"));
        if (!kMemberRoles.contains(role))
            errors.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("literal_error")},
                {QStringLiteral("loc"),
                 QJsonArray {QStringLiteral("body"), QStringLiteral("members_with_roles"), i, QStringLiteral("role")}},
                {QStringLiteral("msg"), QStringLiteral("Input should be 'admin' or 'user'")},
                {QStringLiteral("input"), role},
                {QStringLiteral("ctx"), QJsonObject {{QStringLiteral("expected"), QStringLiteral("'admin' or 'user'")}}}});
        if (!m.value(QStringLiteral("user_id")).isString() && !m.value(QStringLiteral("user_email")).isString())
            errors.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("value_error")},
                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("members_with_roles"), i}},
                {QStringLiteral("msg"), QStringLiteral("Value error, Either user id or user email must be provided")},
                {QStringLiteral("input"), m}});
    }
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
    team.alias = jsonString(body.value(QStringLiteral("team_alias")));
    team.maxBudget = jsonNumber(body.value(QStringLiteral("max_budget")));
    team.softBudget = jsonNumber(body.value(QStringLiteral("soft_budget")));
    team.tpmLimit = jsonInteger(body.value(QStringLiteral("tpm_limit")));
    team.rpmLimit = jsonInteger(body.value(QStringLiteral("rpm_limit")));
    team.models = jsonStrings(body.value(QStringLiteral("models")));
    team.metadata = body.value(QStringLiteral("metadata")).toObject();
    team.blocked = body.value(QStringLiteral("blocked")).toBool(false);
    team.createdAt = team.updatedAt = now();
    team.sequence = m_state.nextSequence++;
    QJsonArray roles;
    bool callerListed = false;
    for (const QJsonValue &mv : members) {
        QJsonObject m = mv.toObject();
        QJsonObject member {
            {QStringLiteral("user_id"),
             m.value(QStringLiteral("user_id")).isString() ? m.value(QStringLiteral("user_id")) : QJsonValue::Null},
            {QStringLiteral("user_email"),
             m.value(QStringLiteral("user_email")).isString() ? m.value(QStringLiteral("user_email")) : QJsonValue::Null},
            {QStringLiteral("role"), m.value(QStringLiteral("role")).toString(QStringLiteral("user"))}};
        roles.append(member);
        const QString uid = member.value(QStringLiteral("user_id")).toString();
        if (uid == caller.userId)
            callerListed = true;
        if (!uid.isEmpty()) {
            SimUser &u = m_state.users[uid];
            u.userId = uid;
            if (!u.createdAt.isValid())
                u.createdAt = now();
            if (!u.teams.contains(team.teamId))
                u.teams.append(team.teamId);
        }
    }
    if (!caller.userId.isEmpty() && !callerListed)
        roles.append(QJsonObject {{QStringLiteral("user_id"), caller.userId},
                                  {QStringLiteral("user_email"), QJsonValue::Null},
                                  {QStringLiteral("role"), QStringLiteral("admin")}});
    team.membersWithRoles = roles;
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

HttpResponse LiteLlmSimulator::teamList(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    const QString userId = request.query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    std::vector<SimTeam *> teams;
    for (SimTeam &t : m_state.teams) {
        if (!userId.isEmpty()) {
            const auto u = m_state.users.constFind(userId);
            if (u == m_state.users.cend() || !u->teams.contains(t.teamId))
                continue;
        }
        applyResets(t);
        teams.push_back(&t);
    }
    std::sort(teams.begin(), teams.end(),
              [](const SimTeam *a, const SimTeam *b) { return a->alias.value_or(QString()) < b->alias.value_or(QString()); });
    QHash<QString, QJsonArray> keysByTeam;
    for (const SimKey &k : std::as_const(m_state.keys)) {
        if (k.teamId)
            keysByTeam[*k.teamId].append(keyJson(k, true));
    }
    QJsonArray out;
    for (const SimTeam *t : teams) {
        QJsonObject o = teamJson(*t);
        o.insert(QStringLiteral("team_memberships"), QJsonArray());
        o.insert(QStringLiteral("keys"), keysByTeam.value(t->teamId));
        out.append(o);
    }
    return jsonResponse(out);
}

HttpResponse LiteLlmSimulator::teamListV2(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    QJsonArray errors;
    const int page = queryInt(request, QStringLiteral("page"), 1, 1, 0, &errors);
    const int pageSize = queryInt(request, QStringLiteral("page_size"), 10, 1, 100, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamId = request.query.queryItemValue(QStringLiteral("team_id"), QUrl::FullyDecoded);
    const QString alias = request.query.queryItemValue(QStringLiteral("team_alias"), QUrl::FullyDecoded);
    const QString userId = request.query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    const QString orgId = request.query.queryItemValue(QStringLiteral("organization_id"), QUrl::FullyDecoded);
    const QString sortBy = request.query.queryItemValue(QStringLiteral("sort_by"));
    const bool desc = request.query.queryItemValue(QStringLiteral("sort_order")) == QLatin1String("desc");

    const SimUser *user = nullptr;
    if (!userId.isEmpty()) {
        const auto u = m_state.users.constFind(userId);
        if (u == m_state.users.cend())
            return detailError(404, QStringLiteral("User not found, passed user_id=%1").arg(userId));
        user = &*u;
    }
    const QString aliasFolded = alias.toCaseFolded();
    if (!orgId.isEmpty() && orgId != QLatin1String("default_organization"))
        return jsonResponse(QJsonObject {{QStringLiteral("teams"), QJsonArray()},
                                         {QStringLiteral("total"), 0},
                                         {QStringLiteral("page"), page},
                                         {QStringLiteral("page_size"), pageSize},
                                         {QStringLiteral("total_pages"), 0}});
    auto matches = [&](const SimState::TeamIndexEntry &e) {
        if (!aliasFolded.isEmpty() && !e.aliasFolded.contains(aliasFolded))
            return false;
        return !user || user->teams.contains(e.teamId);
    };
    const qsizetype start = static_cast<qsizetype>(page - 1) * pageSize;
    qsizetype total = 0;
    QJsonArray out;
    auto take = [&](const QString &id) {
        if (total >= start && total < start + pageSize) {
            SimTeam &t = m_state.teams[id];
            applyResets(t);
            out.append(teamJson(t));
        }
        ++total;
    };
    const auto &order = m_state.teamOrder;
    if (!teamId.isEmpty()) {
        auto it = m_state.teams.find(teamId);
        if (it != m_state.teams.end()) {
            const SimState::TeamIndexEntry e {it->sequence, it->teamId, it->alias.value_or(QString()).toCaseFolded()};
            if (matches(e))
                take(teamId);
        }
    } else if (sortBy == QLatin1String("team_alias") || sortBy == QLatin1String("team_id")) {
        // Sorted views are cached until a team or an alias changes.
        const QString key = sortBy;
        if (m_sortedVersion != m_state.teamVersion || m_sortedBy != key || m_sorted.size() != order.size()) {
            m_sorted.clear();
            m_sorted.reserve(order.size());
            for (size_t i = 0; i < order.size(); ++i)
                m_sorted.push_back(i);
            if (key == QLatin1String("team_id"))
                std::sort(m_sorted.begin(), m_sorted.end(),
                          [&](size_t a, size_t b) { return order[a].teamId < order[b].teamId; });
            else
                std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](size_t a, size_t b) {
                    return m_state.teams[order[a].teamId].alias.value_or(QString())
                        < m_state.teams[order[b].teamId].alias.value_or(QString());
                });
            m_sortedVersion = m_state.teamVersion;
            m_sortedBy = key;
        }
        auto visit = [&](size_t i) {
            if (matches(order[i]))
                take(order[i].teamId);
        };
        if (desc)
            std::for_each(m_sorted.rbegin(), m_sorted.rend(), visit);
        else
            std::for_each(m_sorted.begin(), m_sorted.end(), visit);
    } else {
        // created_at: newest first unless sort_by=created_at asks for ascending.
        const bool ascending = sortBy == QLatin1String("created_at") && !desc;
        const qsizetype n = qsizetype(order.size());
        auto at = [&](qsizetype i) -> const SimState::TeamIndexEntry & { return order[size_t(ascending ? i : n - 1 - i)]; };
        if (aliasFolded.isEmpty() && !user) {
            total = n;
            for (qsizetype i = start; i < std::min(n, start + pageSize); ++i) {
                SimTeam &t = m_state.teams[at(i).teamId];
                applyResets(t);
                out.append(teamJson(t));
            }
        } else {
            for (qsizetype i = 0; i < n; ++i) {
                if (matches(at(i)))
                    take(at(i).teamId);
            }
        }
    }
    const qsizetype totalPages = (total + pageSize - 1) / pageSize;
    return jsonResponse(QJsonObject {{QStringLiteral("teams"), out},
                                     {QStringLiteral("total"), total},
                                     {QStringLiteral("page"), page},
                                     {QStringLiteral("page_size"), pageSize},
                                     {QStringLiteral("total_pages"), totalPages}});
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
        if (uid.isEmpty() && !m.value(QStringLiteral("user_email")).isString())
            return validationError(QJsonArray {QJsonObject {
                {QStringLiteral("type"), QStringLiteral("value_error")},
                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("member")}},
                {QStringLiteral("msg"), QStringLiteral("Value error, Either user id or user email must be provided")},
                {QStringLiteral("input"), m}}});
        if (!kMemberRoles.contains(role))
            return validationError(QJsonArray {QJsonObject {
                {QStringLiteral("type"), QStringLiteral("literal_error")},
                {QStringLiteral("loc"), QJsonArray {QStringLiteral("body"), QStringLiteral("member"), QStringLiteral("role")}},
                {QStringLiteral("msg"), QStringLiteral("Input should be 'admin' or 'user'")},
                {QStringLiteral("input"), role}}});
        if (role == QLatin1String("admin") && !m_config.premium)
            return detailError(
                400,
                QStringLiteral(
                    "Assigning team admins is a premium feature. You must be a LiteLLM Enterprise user to use this feature. "
                    "If you have a license please set `LITELLM_LICENSE` in your env."));
        if (!uid.isEmpty() && existing.contains(uid)) {
            ++duplicates;
            continue;
        }
        added.append(QJsonObject {
            {QStringLiteral("user_id"), uid.isEmpty() ? QJsonValue::Null : QJsonValue(uid)},
            {QStringLiteral("user_email"),
             m.value(QStringLiteral("user_email")).isString() ? m.value(QStringLiteral("user_email")) : QJsonValue::Null},
            {QStringLiteral("role"), role}});
        if (!uid.isEmpty()) {
            SimUser &u = m_state.users[uid];
            u.userId = uid;
            if (!u.createdAt.isValid())
                u.createdAt = now();
            if (!u.teams.contains(teamId))
                u.teams.append(teamId);
            updatedUsers.append(
                QJsonObject {{QStringLiteral("user_id"), uid}, {QStringLiteral("teams"), QJsonArray::fromStringList(u.teams)}});
            memberships.append(QJsonObject {
                {QStringLiteral("user_id"), uid}, {QStringLiteral("team_id"), teamId}, {QStringLiteral("spend"), 0.0}});
        }
    }
    if (duplicates > 0 && added.isEmpty()) {
        QStringList listed;
        for (const QJsonValue &m : std::as_const(it->membersWithRoles))
            listed.append(QStringLiteral("user_id=%1").arg(m.toObject().value(QStringLiteral("user_id")).toString()));
        const QJsonObject first = members.first().toObject();
        const QString message = members.size() == 1
            ? QStringLiteral("User already in team. Member: user_id=%1, user_email=None. Existing members=[%2]")
                  .arg(first.value(QStringLiteral("user_id")).toString(), listed.join(QStringLiteral(", ")))
            : QStringLiteral("All users are already in team. Existing members=[%1]").arg(listed.join(QStringLiteral(", ")));
        return errorEnvelope(400, message, QStringLiteral("team_member_already_in_team"), QStringLiteral("member"));
    }
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

HttpResponse LiteLlmSimulator::teamDailyActivity(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    const QString start = request.query.queryItemValue(QStringLiteral("start_date"));
    const QString end = request.query.queryItemValue(QStringLiteral("end_date"));
    if (start.isEmpty() || end.isEmpty())
        return detailError(400, QStringLiteral("Please provide start_date and end_date"));
    QJsonArray errors;
    const int page = queryInt(request, QStringLiteral("page"), 1, 1, 0, &errors);
    const int pageSize = queryInt(request, QStringLiteral("page_size"), 10, 1, 0, &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    const QString teamIdsRaw = request.query.queryItemValue(QStringLiteral("team_ids"), QUrl::FullyDecoded);
    const QStringList teamIds = teamIdsRaw.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList excluded = request.query.queryItemValue(QStringLiteral("exclude_team_ids"), QUrl::FullyDecoded)
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::vector<const SimDailyRow *> rows;
    for (const SimDailyRow &r : m_state.daily) {
        if (r.date < start || r.date > end)
            continue;
        if (!teamIds.isEmpty() && !teamIds.contains(r.teamId))
            continue;
        if (excluded.contains(r.teamId))
            continue;
        rows.push_back(&r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SimDailyRow *a, const SimDailyRow *b) { return a->date > b->date; });
    const qsizetype total = static_cast<qsizetype>(rows.size());
    const qsizetype totalPages = (total + pageSize - 1) / pageSize;
    const qsizetype from = static_cast<qsizetype>(page - 1) * pageSize;
    const qsizetype to = std::min(total, from + pageSize);

    auto metrics = [](double spend, qint64 prompt, qint64 completion, qint64 requests) {
        return QJsonObject {{QStringLiteral("spend"), spend},
                            {QStringLiteral("prompt_tokens"), prompt},
                            {QStringLiteral("completion_tokens"), completion},
                            {QStringLiteral("cache_read_input_tokens"), 0},
                            {QStringLiteral("cache_creation_input_tokens"), 0},
                            {QStringLiteral("total_tokens"), prompt + completion},
                            {QStringLiteral("successful_requests"), requests},
                            {QStringLiteral("failed_requests"), 0},
                            {QStringLiteral("api_requests"), requests}};
    };
    struct Sum {
        double spend = 0;
        qint64 prompt = 0, completion = 0, requests = 0;
        void add(const SimDailyRow &r)
        {
            spend += r.spend;
            prompt += r.promptTokens;
            completion += r.completionTokens;
            requests += r.requests;
        }
    };
    QMap<QString, std::vector<const SimDailyRow *>> byDate;
    Sum pageTotal;
    for (qsizetype i = from; i < to; ++i) {
        const SimDailyRow *r = rows[static_cast<size_t>(i)];
        byDate[r->date].push_back(r);
        pageTotal.add(*r);
    }
    QJsonArray results;
    for (auto it = byDate.constEnd(); it != byDate.constBegin();) {
        --it;
        Sum day;
        QMap<QString, Sum> models, keys, teams;
        for (const SimDailyRow *r : it.value()) {
            day.add(*r);
            models[r->model].add(*r);
            keys[r->apiKey].add(*r);
            teams[r->teamId].add(*r);
        }
        auto entry = [&](const Sum &s, const QJsonObject &meta) {
            const QJsonObject m = metrics(s.spend, s.prompt, s.completion, s.requests);
            if (m_config.legacyBreakdown)
                return m;
            return QJsonObject {{QStringLiteral("metrics"), m},
                                {QStringLiteral("metadata"), meta},
                                {QStringLiteral("api_key_breakdown"), QJsonObject()}};
        };
        QJsonObject modelBreakdown, keyBreakdown, teamBreakdown;
        for (auto m = models.cbegin(); m != models.cend(); ++m)
            modelBreakdown.insert(m.key(), entry(m.value(), {}));
        for (auto k = keys.cbegin(); k != keys.cend(); ++k) {
            const SimKey *key = m_state.keys.contains(k.key()) ? &m_state.keys[k.key()] : nullptr;
            keyBreakdown.insert(
                k.key(),
                entry(k.value(),
                      QJsonObject {{QStringLiteral("key_alias"), key ? optionalJson(key->alias) : QJsonValue::Null},
                                   {QStringLiteral("team_id"), key ? optionalJson(key->teamId) : QJsonValue::Null}}));
        }
        for (auto t = teams.cbegin(); t != teams.cend(); ++t) {
            const auto team = m_state.teams.constFind(t.key());
            teamBreakdown.insert(
                t.key(),
                entry(t.value(),
                      QJsonObject {{QStringLiteral("team_alias"),
                                    team != m_state.teams.cend() ? optionalJson(team->alias) : QJsonValue::Null}}));
        }
        QJsonObject breakdown {{QStringLiteral("models"), modelBreakdown},
                               {QStringLiteral("api_keys"), keyBreakdown},
                               {QStringLiteral("entities"), teamBreakdown},
                               {QStringLiteral("providers"), QJsonObject()}};
        if (!m_config.legacyBreakdown) {
            breakdown.insert(QStringLiteral("model_groups"), QJsonObject());
            breakdown.insert(QStringLiteral("mcp_servers"), QJsonObject());
            breakdown.insert(QStringLiteral("endpoints"), QJsonObject());
        }
        results.append(QJsonObject {{QStringLiteral("date"), it.key()},
                                    {QStringLiteral("metrics"), metrics(day.spend, day.prompt, day.completion, day.requests)},
                                    {QStringLiteral("breakdown"), breakdown}});
    }
    QJsonObject meta {{QStringLiteral("total_spend"), pageTotal.spend},
                      {QStringLiteral("total_prompt_tokens"), pageTotal.prompt},
                      {QStringLiteral("total_completion_tokens"), pageTotal.completion},
                      {QStringLiteral("total_tokens"), pageTotal.prompt + pageTotal.completion},
                      {QStringLiteral("total_api_requests"), pageTotal.requests},
                      {QStringLiteral("total_successful_requests"), pageTotal.requests},
                      {QStringLiteral("total_failed_requests"), 0},
                      {QStringLiteral("total_cache_read_input_tokens"), 0},
                      {QStringLiteral("total_cache_creation_input_tokens"), 0},
                      {QStringLiteral("page"), page},
                      {QStringLiteral("total_pages"), totalPages},
                      {QStringLiteral("has_more"), page < totalPages}};
    return jsonResponse(QJsonObject {{QStringLiteral("results"), results}, {QStringLiteral("metadata"), meta}});
}

} // namespace OrgConsole::Sandbox
