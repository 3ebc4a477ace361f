// The simulator's /key/* endpoints (shared/litellm/CONTRACT.md §3, §5).
#include "models/BudgetDuration.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace OrgConsole::Sandbox {

namespace {
QString newRawKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return QStringLiteral("sk-")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

const char kEnterpriseSuffix[] = " You must be a LiteLLM Enterprise user to use this feature. If you have a license please set "
                                 "`LITELLM_LICENSE` in your env. Get a 7 day trial key here: https://www.litellm.ai/#trial. "
                                 "\nPricing: https://www.litellm.ai/#pricing";
} // namespace

static QJsonObject generateResponse(const SimKey &k, const QString &raw, const QJsonObject &body)
{
    return QJsonObject {
        {QStringLiteral("key_alias"), optionalJson(k.alias)},
        {QStringLiteral("duration"),
         body.value(QStringLiteral("duration")).isString() ? body.value(QStringLiteral("duration")) : QJsonValue::Null},
        {QStringLiteral("models"), QJsonArray::fromStringList(k.models)},
        {QStringLiteral("spend"), k.spend},
        {QStringLiteral("max_budget"), optionalJson(k.maxBudget)},
        {QStringLiteral("user_id"), optionalJson(k.userId)},
        {QStringLiteral("team_id"), optionalJson(k.teamId)},
        {QStringLiteral("agent_id"), QJsonValue::Null},
        {QStringLiteral("max_parallel_requests"), QJsonValue::Null},
        {QStringLiteral("metadata"), k.metadata},
        {QStringLiteral("tpm_limit"), optionalJson(k.tpmLimit)},
        {QStringLiteral("rpm_limit"), optionalJson(k.rpmLimit)},
        {QStringLiteral("budget_duration"), optionalJson(k.budgetDuration)},
        {QStringLiteral("budget_limits"), QJsonValue::Null},
        {QStringLiteral("allowed_cache_controls"), QJsonArray()},
        {QStringLiteral("config"), QJsonObject()},
        {QStringLiteral("permissions"), QJsonObject()},
        {QStringLiteral("model_max_budget"), QJsonObject()},
        {QStringLiteral("model_rpm_limit"), QJsonValue::Null},
        {QStringLiteral("model_tpm_limit"), QJsonValue::Null},
        {QStringLiteral("guardrails"), QJsonValue::Null},
        {QStringLiteral("policies"), QJsonValue::Null},
        {QStringLiteral("prompts"), QJsonValue::Null},
        {QStringLiteral("blocked"), k.blocked ? QJsonValue(*k.blocked) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("aliases"), QJsonObject()},
        {QStringLiteral("object_permission"), QJsonValue::Null},
        {QStringLiteral("key"), raw},
        {QStringLiteral("budget_id"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonValue::Null},
        {QStringLiteral("enforced_params"), QJsonValue::Null},
        {QStringLiteral("allowed_routes"), QJsonArray()},
        {QStringLiteral("allowed_passthrough_routes"), QJsonValue::Null},
        {QStringLiteral("allowed_vector_store_indexes"), QJsonValue::Null},
        {QStringLiteral("rpm_limit_type"), QJsonValue::Null},
        {QStringLiteral("tpm_limit_type"), QJsonValue::Null},
        {QStringLiteral("router_settings"), QJsonObject()},
        {QStringLiteral("access_group_ids"), QJsonArray()},
        {QStringLiteral("key_name"), k.keyName},
        {QStringLiteral("expires"), dateJson(k.expires)},
        {QStringLiteral("token_id"), k.token},
        {QStringLiteral("organization_id"), QJsonValue::Null},
        {QStringLiteral("project_id"), QJsonValue::Null},
        {QStringLiteral("litellm_budget_table"), QJsonValue::Null},
        {QStringLiteral("token"), k.token},
        {QStringLiteral("created_by"), QStringLiteral("default_user_id")},
        {QStringLiteral("updated_by"), QStringLiteral("default_user_id")},
        {QStringLiteral("created_at"), dateJson(k.createdAt)},
        {QStringLiteral("updated_at"), dateJson(k.updatedAt)},
    };
}

static QJsonArray keyFieldErrors(const QJsonObject &body, bool keyRequired)
{
    return validateBody(body,
                        {{"key", FieldKind::String, keyRequired},
                         {"key_alias", FieldKind::String},
                         {"duration", FieldKind::String},
                         {"team_id", FieldKind::String},
                         {"user_id", FieldKind::String},
                         {"models", FieldKind::StringList},
                         {"max_budget", FieldKind::Number},
                         {"soft_budget", FieldKind::Number},
                         {"budget_duration", FieldKind::String},
                         {"spend", FieldKind::Number},
                         {"metadata", FieldKind::Object},
                         {"tpm_limit", FieldKind::Integer},
                         {"rpm_limit", FieldKind::Integer},
                         {"blocked", FieldKind::Boolean},
                         {"tags", FieldKind::StringList},
                         {"model_max_budget", FieldKind::Object}});
}

HttpResponse LiteLlmSimulator::generateKeyFrom(const QJsonObject &body, const std::optional<QString> &forcedRaw)
{
    const QJsonArray errors = keyFieldErrors(body, false);
    if (!errors.isEmpty())
        return validationError(errors);
    const auto maxBudget = jsonNumber(body.value(QStringLiteral("max_budget")));
    if (maxBudget && *maxBudget < 0)
        return errorEnvelope(400,
                             pyRepr(QStringLiteral("error"),
                                    QStringLiteral("max_budget cannot be negative. Received: %1").arg(pyFloat(*maxBudget))),
                             QStringLiteral("internal_server_error"));
    const auto softBudget = jsonNumber(body.value(QStringLiteral("soft_budget")));
    if (softBudget && *softBudget < 0)
        return errorEnvelope(400,
                             pyRepr(QStringLiteral("error"),
                                    QStringLiteral("soft_budget cannot be negative. Received: %1").arg(pyFloat(*softBudget))),
                             QStringLiteral("internal_server_error"));
    if (!m_config.premium && !body.value(QStringLiteral("tags")).toArray().isEmpty())
        return errorEnvelope(500, QStringLiteral("Only premium users can add tags to keys.") + QLatin1String(kEnterpriseSuffix),
                             QStringLiteral("internal_server_error"));
    if (!m_config.premium && !body.value(QStringLiteral("model_max_budget")).toObject().isEmpty())
        return errorEnvelope(
            500,
            QStringLiteral("Invalid model_max_budget: You must have an enterprise license to set model_max_budget.")
                + QLatin1String(kEnterpriseSuffix),
            QStringLiteral("internal_server_error"));
    const auto alias = jsonString(body.value(QStringLiteral("key_alias")));
    if (alias && m_state.keyAliases.contains(*alias))
        return errorEnvelope(
            400,
            QStringLiteral("Key with alias '%1' already exists. Unique key aliases across all keys are required.").arg(*alias),
            QStringLiteral("bad_request_error"), QStringLiteral("key_alias"));
    QString raw = forcedRaw.value_or(body.value(QStringLiteral("key")).toString());
    if (raw.isEmpty())
        raw = newRawKey();
    else if (!raw.startsWith(QLatin1String("sk-")))
        return errorEnvelope(
            400,
            pyRepr(
                QStringLiteral("error"),
                QStringLiteral("Invalid key format. LiteLLM Virtual Key must start with 'sk-'. Received: %1").arg(maskKey(raw))),
            QStringLiteral("internal_server_error"));
    SimKey k;
    k.token = sha256Hex(raw);
    if (const auto existing = m_state.keys.constFind(k.token); existing != m_state.keys.cend())
        return jsonResponse(generateResponse(*existing, raw, body)); // upsert with an empty update
    k.keyName = QStringLiteral("sk-...") + raw.right(4);
    k.alias = alias;
    k.spend = jsonNumber(body.value(QStringLiteral("spend"))).value_or(0.0);
    k.models = jsonStrings(body.value(QStringLiteral("models")));
    k.userId = jsonString(body.value(QStringLiteral("user_id")));
    k.teamId = jsonString(body.value(QStringLiteral("team_id")));
    k.metadata = body.value(QStringLiteral("metadata")).toObject();
    k.maxBudget = maxBudget;
    k.budgetDuration = jsonString(body.value(QStringLiteral("budget_duration")));
    if (k.budgetDuration) {
        if (const auto d = BudgetDuration::parse(*k.budgetDuration))
            k.budgetResetAt = d->nextReset(now());
    }
    if (const auto duration = jsonString(body.value(QStringLiteral("duration")))) {
        if (const auto d = BudgetDuration::parse(*duration))
            k.expires = d->addTo(now());
    }
    k.blocked = jsonBool(body.value(QStringLiteral("blocked")));
    k.tpmLimit = jsonInteger(body.value(QStringLiteral("tpm_limit")));
    k.rpmLimit = jsonInteger(body.value(QStringLiteral("rpm_limit")));
    k.createdAt = k.updatedAt = now();
    k.sequence = m_state.nextSequence++;
    m_state.insertKey(k);
    return jsonResponse(generateResponse(k, raw, body));
}

HttpResponse LiteLlmSimulator::keyGenerate(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    return generateKeyFrom(body, std::nullopt);
}

// Who may read a key besides an admin: the key itself, its owner, a member of its team (CONTRACT.md §5.1).
bool LiteLlmSimulator::mayReadKey(const SimKey &k, const Caller &caller)
{
    if (caller.admin || k.token == caller.keyToken)
        return true;
    if (caller.userId.isEmpty())
        return false;
    return k.userId == caller.userId || (k.teamId && m_state.findMembership(*k.teamId, caller.userId));
}

HttpResponse LiteLlmSimulator::keyInfo(const HttpRequest &request, const QJsonObject &, const Caller &caller)
{
    QString key = request.query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    if (key.isEmpty())
        key = caller.keyToken; // the caller's own key, by its hash; for the master key there is no row
    SimKey *k = key.isEmpty() ? nullptr : m_state.keyByRawOrHash(key);
    if (!k)
        return errorEnvelope(404, QStringLiteral("Key not found in database"), QStringLiteral("not_found_error"),
                             QStringLiteral("key"));
    if (!mayReadKey(*k, caller))
        return errorEnvelope(403, QStringLiteral("You are not allowed to access this key's info. Your role=internal_user"),
                             QStringLiteral("internal_server_error"));
    applyResets(*k);
    return jsonResponse(QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("info"), keyJson(*k, false)}});
}

namespace {
// /key/list's query once validated.
struct KeyListQuery {
    int page = 1;
    int size = 10;
    QString sortBy; // empty: by creation
    bool ascending = false;
    bool fullObjects = false; // return_full_object=true: key rows instead of bare hashes
    QString userId, teamId, keyHash, keyAlias; // filters; empty = any
};

QString queryValue(const HttpRequest &request, const char *name)
{
    return request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// page and size as FastAPI validates them for /key/list: a 422 item, with ctx for a bound.
int keyListInt(const HttpRequest &request, const char *name, int def, int min, int max, QJsonArray *errors)
{
    const QString raw = queryValue(request, name);
    if (raw.isEmpty())
        return def;
    const auto parsed = jsonInteger(raw);
    const qint64 v = parsed.value_or(def);
    if (parsed && v >= min && v <= max)
        return static_cast<int>(v);
    QJsonObject item {{QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), QString::fromLatin1(name)}},
                      {QStringLiteral("input"), raw}};
    if (!parsed) {
        item.insert(QStringLiteral("type"), QStringLiteral("int_parsing"));
        item.insert(QStringLiteral("msg"),
                    QStringLiteral("Input should be a valid integer, unable to parse string as an integer"));
    } else {
        const bool low = v < min; // pydantic names the bound it checked in ctx
        item.insert(QStringLiteral("type"), low ? QStringLiteral("greater_than_equal") : QStringLiteral("less_than_equal"));
        item.insert(QStringLiteral("msg"),
                    low ? QStringLiteral("Input should be greater than or equal to %1").arg(min)
                        : QStringLiteral("Input should be less than or equal to %1").arg(max));
        item.insert(QStringLiteral("ctx"),
                    low ? QJsonObject {{QStringLiteral("ge"), min}} : QJsonObject {{QStringLiteral("le"), max}});
    }
    errors->append(item);
    return def;
}

// A boolean query parameter in pydantic's lax mode ("true", "1", "yes", "off"...); false when absent.
bool keyListBool(const HttpRequest &request, const char *name, QJsonArray *errors)
{
    const QString raw = queryValue(request, name);
    if (raw.isEmpty())
        return false;
    if (const auto b = jsonBool(raw))
        return *b;
    errors->append(
        QJsonObject {{QStringLiteral("type"), QStringLiteral("bool_parsing")},
                     {QStringLiteral("loc"), QJsonArray {QStringLiteral("query"), QString::fromLatin1(name)}},
                     {QStringLiteral("msg"), QStringLiteral("Input should be a valid boolean, unable to interpret input")},
                     {QStringLiteral("input"), raw}});
    return false;
}

// Reads /key/list's query: a 422 for page or size, then a 400 for sort_by or sort_order, as LiteLLM checks them.
std::optional<HttpResponse> parseKeyListQuery(const HttpRequest &request, KeyListQuery *query)
{
    QJsonArray errors;
    query->page = keyListInt(request, "page", 1, 1, INT_MAX, &errors);
    query->size = keyListInt(request, "size", 10, 1, 100, &errors);
    query->fullObjects = keyListBool(request, "return_full_object", &errors);
    if (!errors.isEmpty())
        return validationError(errors);
    query->sortBy = queryValue(request, "sort_by");
    static const QStringList sortable {QStringLiteral("spend"),      QStringLiteral("max_budget"), QStringLiteral("created_at"),
                                       QStringLiteral("updated_at"), QStringLiteral("token"),      QStringLiteral("key_alias")};
    if (!query->sortBy.isEmpty() && !sortable.contains(query->sortBy))
        return errorEnvelope(
            400, QStringLiteral("Invalid sort_by: %1. Must be one of %2").arg(query->sortBy, sortable.join(QStringLiteral(", "))),
            QStringLiteral("internal_server_error"), QStringLiteral("sort_by"));
    const QString sortOrder
        = queryValue(request, "sort_order").isEmpty() ? QStringLiteral("desc") : queryValue(request, "sort_order");
    if (sortOrder != QLatin1String("asc") && sortOrder != QLatin1String("desc"))
        return errorEnvelope(400, QStringLiteral("Invalid sort_order: %1. Must be 'asc' or 'desc'").arg(sortOrder),
                             QStringLiteral("internal_server_error"), QStringLiteral("sort_order"));
    query->ascending = sortOrder == QLatin1String("asc");
    query->userId = queryValue(request, "user_id");
    query->teamId = queryValue(request, "team_id");
    query->keyHash = queryValue(request, "key_hash");
    query->keyAlias = queryValue(request, "key_alias");
    return std::nullopt;
}

// The UI's own keys (team litellm-dashboard) are never listed.
bool keyListed(const SimKey &k, const KeyListQuery &query)
{
    if (k.teamId && *k.teamId == QLatin1String("litellm-dashboard"))
        return false;
    if (!query.userId.isEmpty() && k.userId.value_or(QString()) != query.userId)
        return false;
    if (!query.teamId.isEmpty() && k.teamId.value_or(QString()) != query.teamId)
        return false;
    if (!query.keyHash.isEmpty() && k.token != query.keyHash)
        return false;
    return query.keyAlias.isEmpty() || k.alias.value_or(QString()) == query.keyAlias;
}

// Sorts by sort_by when the two keys differ in it, else by creation, then by hash.
void sortKeys(std::vector<SimKey *> &keys, const KeyListQuery &query)
{
    const QString &sortBy = query.sortBy;
    const bool asc = query.ascending;
    std::sort(keys.begin(), keys.end(), [&](const SimKey *a, const SimKey *b) {
        auto cmp = [&](auto x, auto y) { return asc ? x < y : x > y; };
        if (sortBy == QLatin1String("spend") && a->spend != b->spend)
            return cmp(a->spend, b->spend);
        if (sortBy == QLatin1String("max_budget") && a->maxBudget != b->maxBudget)
            return cmp(a->maxBudget.value_or(-1), b->maxBudget.value_or(-1));
        if (sortBy == QLatin1String("key_alias") && a->alias != b->alias)
            return cmp(a->alias.value_or(QString()), b->alias.value_or(QString()));
        if (sortBy == QLatin1String("token"))
            return cmp(a->token, b->token);
        if (a->sequence != b->sequence)
            return cmp(a->sequence, b->sequence);
        return cmp(a->token, b->token);
    });
}

// A key row as return_full_object=true gives it: the team fields LiteLLM joins in are null here.
QJsonObject fullKeyJson(const SimKey &k)
{
    QJsonObject o = keyJson(k, true);
    o.insert(QStringLiteral("api_key"), QJsonValue::Null);
    o.insert(QStringLiteral("user_role"), QJsonValue::Null);
    o.insert(QStringLiteral("team_spend"), QJsonValue::Null);
    o.insert(QStringLiteral("team_alias"), QJsonValue::Null);
    o.insert(QStringLiteral("team_max_budget"), QJsonValue::Null);
    return o;
}
} // namespace

HttpResponse LiteLlmSimulator::keyList(const HttpRequest &request, const QJsonObject &, const Caller &)
{
    KeyListQuery query;
    if (auto invalid = parseKeyListQuery(request, &query))
        return *invalid;
    std::vector<SimKey *> keys;
    for (SimKey &k : m_state.keys) {
        if (keyListed(k, query))
            keys.push_back(&k);
    }
    sortKeys(keys, query);
    const qsizetype total = static_cast<qsizetype>(keys.size());
    QJsonArray out;
    const qsizetype start = static_cast<qsizetype>(query.page - 1) * query.size;
    for (qsizetype i = start; i < std::min(total, start + query.size); ++i) {
        SimKey *k = keys[static_cast<size_t>(i)];
        applyResets(*k);
        out.append(query.fullObjects ? QJsonValue(fullKeyJson(*k)) : QJsonValue(k->token));
    }
    return jsonResponse(QJsonObject {{QStringLiteral("keys"), out},
                                     {QStringLiteral("total_count"), total},
                                     {QStringLiteral("current_page"), query.page},
                                     {QStringLiteral("total_pages"), (total + query.size - 1) / query.size}});
}

HttpResponse LiteLlmSimulator::keyUpdate(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = keyFieldErrors(body, true);
    if (!errors.isEmpty())
        return validationError(errors);
    const QString keyParam = body.value(QStringLiteral("key")).toString();
    SimKey *k = m_state.keyByRawOrHash(keyParam);
    if (!k) {
        const QString message = m_config.keyUpdateNotFound2026
            ? QStringLiteral("Key not found.")
            : pyRepr(QStringLiteral("error"), QStringLiteral("Team not found, passed team_id=None"));
        return errorEnvelope(404, message, QStringLiteral("auth_error"));
    }
    const auto maxBudget = jsonNumber(body.value(QStringLiteral("max_budget")));
    if (maxBudget && *maxBudget < 0)
        return errorEnvelope(400,
                             pyRepr(QStringLiteral("error"),
                                    QStringLiteral("max_budget cannot be negative. Received: %1").arg(pyFloat(*maxBudget))),
                             QStringLiteral("auth_error"));
    if (body.contains(QStringLiteral("key_alias"))) {
        const auto alias = jsonString(body.value(QStringLiteral("key_alias")));
        if (alias && m_state.keyAliases.value(*alias, k->token) != k->token)
            return errorEnvelope(
                400,
                QStringLiteral("Key with alias '%1' already exists. Unique key aliases across all keys are required.")
                    .arg(*alias),
                QStringLiteral("bad_request_error"), QStringLiteral("key_alias"));
        if (k->alias)
            m_state.keyAliases.remove(*k->alias);
        k->alias = alias;
        if (alias)
            m_state.keyAliases.insert(*alias, k->token);
    }
    // The reply is what was written (CONTRACT.md §5.3): the key as sent, the columns as stored, the hash.
    QJsonObject out;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        writeKeyField(*k, it.key(), it.value(), &out);
    out.insert(QStringLiteral("key"), keyParam);
    k->updatedAt = now();
    // The real proxy re-writes metadata and returns JSON columns "jsonified" (as strings).
    out.insert(QStringLiteral("metadata"), QString::fromUtf8(QJsonDocument(k->metadata).toJson(QJsonDocument::Compact)));
    out.insert(QStringLiteral("token"), k->token);
    return jsonResponse(out);
}

// One /key/update field written to the key, and the column(s) it wrote, as stored, into `written`:
// duration writes expires ("-1": never), budget_duration also budget_reset_at. Fields the proxy does
// not know are dropped, as pydantic drops them; key_alias was written by the caller after its check.
void LiteLlmSimulator::writeKeyField(SimKey &k, const QString &f, const QJsonValue &v, QJsonObject *written)
{
    if (f == QLatin1String("max_budget")) {
        k.maxBudget = jsonNumber(v);
        written->insert(f, optionalJson(k.maxBudget));
    } else if (f == QLatin1String("models")) {
        k.models = jsonStrings(v);
        written->insert(f, QJsonArray::fromStringList(k.models));
    } else if (f == QLatin1String("metadata")) {
        k.metadata = v.toObject();
    } else if (f == QLatin1String("blocked")) {
        k.blocked = jsonBool(v);
        written->insert(f, k.blocked ? QJsonValue(*k.blocked) : QJsonValue(QJsonValue::Null));
    } else if (f == QLatin1String("spend")) {
        k.spend = jsonNumber(v).value_or(k.spend);
        written->insert(f, k.spend);
    } else if (f == QLatin1String("tpm_limit") || f == QLatin1String("rpm_limit")) {
        std::optional<qint64> &limit = f == QLatin1String("tpm_limit") ? k.tpmLimit : k.rpmLimit;
        limit = jsonInteger(v);
        written->insert(f, optionalJson(limit));
    } else if (f == QLatin1String("team_id")) {
        m_state.setKeyTeam(k, jsonString(v));
        written->insert(f, optionalJson(k.teamId));
    } else if (f == QLatin1String("user_id")) {
        k.userId = jsonString(v);
        written->insert(f, optionalJson(k.userId));
    } else if (f == QLatin1String("key_alias")) {
        written->insert(f, optionalJson(k.alias));
    } else if (f == QLatin1String("budget_duration")) {
        k.budgetDuration = jsonString(v);
        const auto d = k.budgetDuration ? BudgetDuration::parse(*k.budgetDuration) : std::nullopt;
        k.budgetResetAt = d ? d->nextReset(now()) : QDateTime();
        written->insert(f, optionalJson(k.budgetDuration));
        written->insert(QStringLiteral("budget_reset_at"), dateJson(k.budgetResetAt));
    } else if (f == QLatin1String("duration") && v.isString() && !v.toString().isEmpty()) {
        const auto d = BudgetDuration::parse(v.toString());
        k.expires = (v.toString() == QLatin1String("-1") || !d) ? QDateTime() : d->addTo(now());
        written->insert(QStringLiteral("expires"), dateJson(k.expires));
    }
}

HttpResponse LiteLlmSimulator::keyDelete(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    const QJsonArray errors = validateBody(body, {{"keys", FieldKind::StringList}, {"key_aliases", FieldKind::StringList}});
    if (!errors.isEmpty())
        return validationError(errors);
    const QStringList keys = jsonStrings(body.value(QStringLiteral("keys")));
    const QStringList aliases = jsonStrings(body.value(QStringLiteral("key_aliases")));
    if (keys.isEmpty() && aliases.isEmpty())
        return validationError(QJsonArray {QJsonObject {
            {QStringLiteral("type"), QStringLiteral("value_error")},
            {QStringLiteral("loc"), QJsonArray {QStringLiteral("body")}},
            {QStringLiteral("msg"), QStringLiteral("Value error, At least one of 'keys' or 'key_aliases' must be provided.")},
            {QStringLiteral("input"), body}}});
    QStringList tokens;
    const QStringList &input = keys.isEmpty() ? aliases : keys;
    for (const QString &entry : input) {
        if (!keys.isEmpty()) {
            if (SimKey *k = m_state.keyByRawOrHash(entry))
                tokens.append(k->token);
        } else if (m_state.keyAliases.contains(entry)) {
            tokens.append(m_state.keyAliases.value(entry));
        }
    }
    if (tokens.isEmpty())
        return errorEnvelope(404, pyRepr(QStringLiteral("error"), QStringLiteral("No keys found")),
                             QStringLiteral("internal_server_error"));
    for (const QString &t : std::as_const(tokens))
        m_state.removeKey(t);
    return jsonResponse(QJsonObject {{QStringLiteral("deleted_keys"), QJsonArray::fromStringList(input)}});
}

HttpResponse LiteLlmSimulator::setKeyBlocked(const QJsonObject &body, bool blocked)
{
    const QString key = body.value(QStringLiteral("key")).toString();
    if (!key.startsWith(QLatin1String("sk-")) && !isHash(key))
        return errorEnvelope(400, QStringLiteral("Invalid key format."), QStringLiteral("bad_request_error"),
                             QStringLiteral("key"));
    SimKey *k = m_state.keyByRawOrHash(key);
    if (!k)
        return errorEnvelope(404, QStringLiteral("Key %1 not found").arg(key), QStringLiteral("not_found_error"),
                             QStringLiteral("key"));
    k->blocked = blocked;
    k->updatedAt = now();
    return jsonResponse(keyJson(*k, true));
}

HttpResponse LiteLlmSimulator::keyBlock(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    return setKeyBlocked(body, true);
}

HttpResponse LiteLlmSimulator::keyUnblock(const HttpRequest &, const QJsonObject &body, const Caller &)
{
    return setKeyBlocked(body, false);
}

HttpResponse LiteLlmSimulator::keyRegenerate(const HttpRequest &request, const QJsonObject &body, const Caller &)
{
    if (!m_config.premium)
        return errorEnvelope(
            500, QStringLiteral("Regenerating Virtual Keys is an Enterprise feature,") + QLatin1String(kEnterpriseSuffix),
            QStringLiteral("internal_server_error"));
    Q_UNUSED(request)
    const QString key = m_currentPathKey;
    if (key.isEmpty())
        return errorEnvelope(400, pyRepr(QStringLiteral("error"), QStringLiteral("No key passed in.")),
                             QStringLiteral("internal_server_error"));
    SimKey *old = m_state.keyByRawOrHash(key);
    if (!old)
        return errorEnvelope(404, pyRepr(QStringLiteral("error"), QStringLiteral("Key %1 not found.").arg(key)),
                             QStringLiteral("internal_server_error"));
    QString raw = body.value(QStringLiteral("new_key")).toString();
    if (!raw.isEmpty() && !raw.startsWith(QLatin1String("sk-")))
        return errorEnvelope(
            400, pyRepr(QStringLiteral("error"), QStringLiteral("New key must start with 'sk-'. Received: %1").arg(maskKey(raw))),
            QStringLiteral("internal_server_error"));
    if (raw.isEmpty())
        raw = newRawKey();
    SimKey k = *old;
    m_state.removeKey(old->token);
    k.token = sha256Hex(raw);
    k.keyName = QStringLiteral("sk-...") + raw.right(4);
    if (const auto mb = jsonNumber(body.value(QStringLiteral("max_budget"))))
        k.maxBudget = mb;
    k.updatedAt = now();
    m_state.insertKey(k);
    return jsonResponse(generateResponse(k, raw, body));
}

} // namespace OrgConsole::Sandbox
