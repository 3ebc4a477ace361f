// litellm-sim where it used to differ from the real proxy (CONTRACT.md §1.3, §4.1, §5.1, §5.3, §5.5,
// §6.2, §2.4), over real HTTP: a virtual key reading its own key, user and team (and refused the rest,
// and while blocked), /key/update's duration "-1" and its reply of written columns, FastAPI's 422
// items with ctx and pydantic v2's lax-mode types, and a refused regenerate leaving the key usable.
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/SimHarness.h"

#include <QJsonArray>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::HttpResult;
using OrgConsole::Test::HttpTestClient;
using OrgConsole::Test::jsonAt;

namespace {
const QString kMaster = QStringLiteral("sk-master-test");

QJsonObject envelope(int status, const QString &message, const QString &type, const QString &param = QStringLiteral("None"))
{
    return QJsonObject {{QStringLiteral("error"),
                         QJsonObject {{QStringLiteral("message"), message},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("param"), param},
                                      {QStringLiteral("code"), QString::number(status)}}}};
}

QJsonObject item(const QString &type, const QJsonArray &loc, const QString &msg, const QJsonValue &input,
                 const QJsonObject &ctx = {})
{
    QJsonObject o {{QStringLiteral("type"), type},
                   {QStringLiteral("loc"), loc},
                   {QStringLiteral("msg"), msg},
                   {QStringLiteral("input"), input}};
    if (!ctx.isEmpty())
        o.insert(QStringLiteral("ctx"), ctx);
    return o;
}

QJsonObject detail(const QJsonObject &one)
{
    return QJsonObject {{QStringLiteral("detail"), QJsonArray {one}}};
}

const QString kBlocked = QStringLiteral("Authentication Error, Key is blocked. Update via `/key/unblock` if you're admin.");
} // namespace

class TestSimFidelity : public QObject
{
    Q_OBJECT
private:
    OrgConsole::Test::SimHarness m_harness;
    HttpTestClient *m_http = nullptr;

    QJsonObject generateKey(const QJsonObject &body) { return m_harness.generateKey(body); }
    // A client holding a virtual key instead of the master key.
    std::unique_ptr<HttpTestClient> as(const QJsonObject &generated)
    {
        auto client = std::make_unique<HttpTestClient>(m_harness.sim->baseUrl());
        client->setBearer(generated.value(QStringLiteral("key")).toString());
        return client;
    }
    HttpResult generate(const QByteArray &body) { return m_http->postRaw(QStringLiteral("/key/generate"), body); }

private slots:
    void init()
    {
        QVERIFY(m_harness.start(kMaster));
        m_http = m_harness.http.get();
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("t2")}});
    }
    void cleanup() { m_harness.stop(); }

    // §5.1: without `key` the caller's own key is described, `key` being its hash; with its own key
    // (raw or hash) too; another user's key is a 403, an unknown one a 404.
    void virtualKeyReadsItsOwnKey()
    {
        const QJsonObject own = generateKey(
            {{QStringLiteral("user_id"), QStringLiteral("u1")}, {QStringLiteral("key_alias"), QStringLiteral("mine")}});
        const QJsonObject other = generateKey({{QStringLiteral("user_id"), QStringLiteral("u2")}});
        const QString hash = own.value(QStringLiteral("token")).toString();
        const auto user = as(own);

        HttpResult r = user->get(QStringLiteral("/key/info"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("key")).toString(), hash);
        QCOMPARE(jsonAt(r.json, QStringLiteral("info.key_alias")).toString(), QStringLiteral("mine"));
        QVERIFY(!jsonAt(r.json, QStringLiteral("info")).toObject().contains(QStringLiteral("token")));
        for (const QString &id : {own.value(QStringLiteral("key")).toString(), hash}) {
            r = user->get(QStringLiteral("/key/info?key=") + id);
            QCOMPARE(r.status, 200);
            QCOMPARE(jsonAt(r.json, QStringLiteral("key")).toString(), id);
            QCOMPARE(jsonAt(r.json, QStringLiteral("info.user_id")).toString(), QStringLiteral("u1"));
        }
        r = user->get(QStringLiteral("/key/info?key=") + other.value(QStringLiteral("token")).toString());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object(),
                 envelope(403, QStringLiteral("You are not allowed to access this key's info. Your role=internal_user"),
                          QStringLiteral("internal_server_error")));
        r = user->get(QStringLiteral("/key/info?key=sk-nothere"));
        QCOMPARE(r.status, 404);
        QCOMPARE(
            r.object(),
            envelope(404, QStringLiteral("Key not found in database"), QStringLiteral("not_found_error"), QStringLiteral("key")));
    }

    // Simulated usage accrues by whole hours; a daily budget whose period ended after the last whole
    // hour's middle (at 00:10, midnight was past) is reset all the same, in the state as in a read.
    // (test_demo_data failed every day between 00:00 and 01:00 UTC without it.)
    void aPeriodEndedSinceTheLastWholeHourIsReset()
    {
        m_harness.createTeam({{QStringLiteral("team_id"), QStringLiteral("daily")},
                              {QStringLiteral("max_budget"), 100},
                              {QStringLiteral("budget_duration"), QStringLiteral("1d")}});
        LiteLlmSimulator *sim = m_harness.sim.get();
        const QDateTime firstReset = sim->state().teams.value(QStringLiteral("daily")).budgetResetAt;
        QVERIFY(firstReset > sim->now());
        sim->setUsage(true, 1, 7);
        const QDateTime now = sim->now();
        sim->advanceClock(now.secsTo(QDateTime(now.toUTC().date().addDays(1), QTime(0, 10), Qt::UTC)));
        const QDateTime resetAt = sim->state().teams.value(QStringLiteral("daily")).budgetResetAt;
        QVERIFY2(resetAt > sim->now(),
                 qPrintable(resetAt.toString(Qt::ISODate) + QStringLiteral(" <= ") + sim->now().toString(Qt::ISODate)));
        QCOMPARE(resetAt, QDateTime(sim->now().toUTC().date().addDays(1), QTime(0, 0), Qt::UTC));
    }

    // §5.1: the key's owner and the members of its team may read it as well.
    void ownerAndTeamMemberReadTheKey()
    {
        m_harness.post200(QStringLiteral("/team/member_add"),
                          {{QStringLiteral("team_id"), QStringLiteral("t1")},
                           {QStringLiteral("member"),
                            QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u2")},
                                         {QStringLiteral("role"), QStringLiteral("user")}}}});
        const QJsonObject teamKey
            = generateKey({{QStringLiteral("user_id"), QStringLiteral("u1")}, {QStringLiteral("team_id"), QStringLiteral("t1")}});
        const QString path = QStringLiteral("/key/info?key=") + teamKey.value(QStringLiteral("token")).toString();
        QCOMPARE(as(generateKey({{QStringLiteral("user_id"), QStringLiteral("u1")}}))->get(path).status, 200); // owner
        QCOMPARE(as(generateKey({{QStringLiteral("user_id"), QStringLiteral("u2")}}))->get(path).status, 200); // member
        QCOMPARE(as(generateKey({{QStringLiteral("user_id"), QStringLiteral("u3")}}))->get(path).status, 403);
    }

    // §6.2: a non-admin without user_id gets its own user; with its own id too.
    void virtualKeyReadsItsOwnUser()
    {
        const QJsonObject created = m_harness.post200(QStringLiteral("/user/new"),
                                                      {{QStringLiteral("user_id"), QStringLiteral("u1")},
                                                       {QStringLiteral("user_email"), QStringLiteral("u1@example.com")},
                                                       {QStringLiteral("teams"), QJsonArray {QStringLiteral("t1")}}});
        m_harness.post200(QStringLiteral("/user/new"), {{QStringLiteral("user_id"), QStringLiteral("u2")}});
        const auto user = as(created);
        for (const QString &path : {QStringLiteral("/user/info"), QStringLiteral("/user/info?user_id=u1")}) {
            const HttpResult r = user->get(path);
            QCOMPARE(r.status, 200);
            QCOMPARE(jsonAt(r.json, QStringLiteral("user_id")).toString(), QStringLiteral("u1"));
            QCOMPARE(jsonAt(r.json, QStringLiteral("user_info.user_email")).toString(), QStringLiteral("u1@example.com"));
            QCOMPARE(jsonAt(r.json, QStringLiteral("keys")).toArray().size(), 1);
            QCOMPARE(jsonAt(r.json, QStringLiteral("teams.0.team_id")).toString(), QStringLiteral("t1"));
        }
        QCOMPARE(user->get(QStringLiteral("/user/info?user_id=u2")).status, 401); // not its user
    }

    // §4.1: the key's own team, or a team its user is a member of; any other team is a 403 naming the
    // user; an unknown team stays a 404.
    void virtualKeyReadsItsOwnTeam()
    {
        const QJsonObject teamKey
            = generateKey({{QStringLiteral("user_id"), QStringLiteral("u1")}, {QStringLiteral("team_id"), QStringLiteral("t1")}});
        const auto user = as(teamKey);
        HttpResult r = user->get(QStringLiteral("/team/info?team_id=t1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_id")).toString(), QStringLiteral("t1"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("keys.0.token")).toString(), teamKey.value(QStringLiteral("token")).toString());
        r = user->get(QStringLiteral("/team/info?team_id=t2"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object(),
                 envelope(403, QStringLiteral("{'error': 'User=u1 not authorized to access this team=t2'}"),
                          QStringLiteral("auth_error")));
        r = as(generateKey({}))->get(QStringLiteral("/team/info?team_id=t2")); // a key without a user
        QCOMPARE(r.object(),
                 envelope(403, QStringLiteral("{'error': 'User=None not authorized to access this team=t2'}"),
                          QStringLiteral("auth_error")));
        QCOMPARE(user->get(QStringLiteral("/team/info?team_id=t9")).status, 404);

        m_harness.post200(QStringLiteral("/team/member_add"),
                          {{QStringLiteral("team_id"), QStringLiteral("t2")},
                           {QStringLiteral("member"),
                            QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u1")},
                                         {QStringLiteral("role"), QStringLiteral("user")}}}});
        QCOMPARE(user->get(QStringLiteral("/team/info?team_id=t2")).status, 200); // now a member
    }

    // §1.3: a blocked key is refused on all three with the 401 envelope; unblocked, it works again.
    void blockedKeyRefusedThenUnblockedWorks()
    {
        const QJsonObject k
            = generateKey({{QStringLiteral("user_id"), QStringLiteral("u1")}, {QStringLiteral("team_id"), QStringLiteral("t1")}});
        m_harness.post200(QStringLiteral("/user/new"),
                          {{QStringLiteral("user_id"), QStringLiteral("u1")}, {QStringLiteral("auto_create_key"), false}});
        const auto user = as(k);
        const QStringList paths {QStringLiteral("/key/info"), QStringLiteral("/user/info"),
                                 QStringLiteral("/team/info?team_id=t1")};
        m_harness.post200(QStringLiteral("/key/block"), {{QStringLiteral("key"), k.value(QStringLiteral("token"))}});
        for (const QString &path : paths) {
            const HttpResult r = user->get(path);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.object(), envelope(401, kBlocked, QStringLiteral("auth_error")));
        }
        m_harness.post200(QStringLiteral("/key/unblock"), {{QStringLiteral("key"), k.value(QStringLiteral("key"))}});
        for (const QString &path : paths)
            QCOMPARE(user->get(path).status, 200);
    }

    // §5.3: duration "-1" stores expires = null; the reply carries expires, not the duration sent.
    void keyUpdateDurationMinusOneClearsExpires()
    {
        const QJsonObject k = generateKey({{QStringLiteral("duration"), QStringLiteral("1d")}});
        const QString raw = k.value(QStringLiteral("key")).toString();
        QVERIFY(k.value(QStringLiteral("expires")).isString());
        HttpResult r = m_http->post(QStringLiteral("/key/update"),
                                    {{QStringLiteral("key"), raw}, {QStringLiteral("duration"), QStringLiteral("-1")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().contains(QStringLiteral("expires")));
        QVERIFY(jsonAt(r.json, QStringLiteral("expires")).isNull());
        QVERIFY(!r.object().contains(QStringLiteral("duration")));
        r = m_http->get(QStringLiteral("/key/info?key=") + raw);
        QVERIFY(jsonAt(r.json, QStringLiteral("info.expires")).isNull());

        r = m_http->post(QStringLiteral("/key/update"),
                         {{QStringLiteral("key"), raw}, {QStringLiteral("duration"), QStringLiteral("2d")}});
        const QString expires = jsonAt(r.json, QStringLiteral("expires")).toString();
        QVERIFY(!expires.isEmpty());
        QVERIFY(!r.object().contains(QStringLiteral("duration")));
        QCOMPARE(jsonAt(m_http->get(QStringLiteral("/key/info?key=") + raw).json, QStringLiteral("info.expires")).toString(),
                 expires);
    }

    // §5.3: the reply is {key as sent, the columns as stored, token}: numbers as stored, budget_reset_at
    // written with budget_duration, unknown fields dropped, metadata as a JSON string.
    void keyUpdateReplyHoldsWrittenColumns()
    {
        const QJsonObject k
            = generateKey({{QStringLiteral("metadata"), QJsonObject {{QStringLiteral("app"), QStringLiteral("ci")}}}});
        const QString raw = k.value(QStringLiteral("key")).toString();
        const HttpResult r = m_http->postRaw(QStringLiteral("/key/update"),
                                             QStringLiteral(R"({"key":"%1","max_budget":"20","tpm_limit":"12","blocked":"no",)"
                                                            R"("budget_duration":"1d","not_a_column":1})")
                                                 .arg(raw)
                                                 .toUtf8());
        QCOMPARE(r.status, 200);
        const QJsonObject info
            = jsonAt(m_http->get(QStringLiteral("/key/info?key=") + raw).json, QStringLiteral("info")).toObject();
        const QJsonObject expected {
            {QStringLiteral("key"), raw},
            {QStringLiteral("max_budget"), 20.0},
            {QStringLiteral("tpm_limit"), 12},
            {QStringLiteral("blocked"), false},
            {QStringLiteral("budget_duration"), QStringLiteral("1d")},
            {QStringLiteral("budget_reset_at"), info.value(QStringLiteral("budget_reset_at"))},
            {QStringLiteral("metadata"), QStringLiteral("{\"app\":\"ci\"}")},
            {QStringLiteral("token"), k.value(QStringLiteral("token"))},
        };
        QCOMPARE(r.object(), expected);
        QVERIFY(info.value(QStringLiteral("budget_reset_at")).isString());
        QCOMPARE(info.value(QStringLiteral("max_budget")).toDouble(), 20.0);
        QCOMPARE(info.value(QStringLiteral("tpm_limit")).toInt(), 12);
    }

    // §2.4, §5.2: FastAPI's 422 items carry ctx for bounded parameters.
    void queryValidationCarriesCtx_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("size over 100") << QStringLiteral("size=101")
                                       << item(QStringLiteral("less_than_equal"),
                                               {QStringLiteral("query"), QStringLiteral("size")},
                                               QStringLiteral("Input should be less than or equal to 100"), QStringLiteral("101"),
                                               {{QStringLiteral("le"), 100}});
        QTest::newRow("page 0") << QStringLiteral("page=0")
                                << item(QStringLiteral("greater_than_equal"), {QStringLiteral("query"), QStringLiteral("page")},
                                        QStringLiteral("Input should be greater than or equal to 1"), QStringLiteral("0"),
                                        {{QStringLiteral("ge"), 1}});
        QTest::newRow("size not a number") << QStringLiteral("size=ten")
                                           << item(QStringLiteral("int_parsing"),
                                                   {QStringLiteral("query"), QStringLiteral("size")},
                                                   QStringLiteral(
                                                       "Input should be a valid integer, unable to parse string as an integer"),
                                                   QStringLiteral("ten"));
        QTest::newRow("full object maybe") << QStringLiteral("return_full_object=maybe")
                                           << item(QStringLiteral("bool_parsing"),
                                                   {QStringLiteral("query"), QStringLiteral("return_full_object")},
                                                   QStringLiteral("Input should be a valid boolean, unable to interpret input"),
                                                   QStringLiteral("maybe"));
    }
    void queryValidationCarriesCtx()
    {
        QFETCH(QString, query);
        QFETCH(QJsonObject, expected);
        const HttpResult r = m_http->get(QStringLiteral("/key/list?") + query);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.object(), detail(expected));
    }

    // Lax mode: "yes" is a boolean, "12" an integer, true a number; the rest gets pydantic v2's type.
    void bodyValidationUsesLaxModeTypes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonObject>("expected");
        const QString notBool = QStringLiteral("Input should be a valid boolean, unable to interpret input");
        QTest::newRow("bool maybe") << QByteArray(R"({"blocked":"maybe"})")
                                    << item(QStringLiteral("bool_parsing"), {QStringLiteral("body"), QStringLiteral("blocked")},
                                            notBool, QStringLiteral("maybe"));
        QTest::newRow("bool 2") << QByteArray(R"({"blocked":2})")
                                << item(QStringLiteral("bool_parsing"), {QStringLiteral("body"), QStringLiteral("blocked")},
                                        notBool, 2);
        QTest::newRow("bool list") << QByteArray(R"({"blocked":[]})")
                                   << item(QStringLiteral("bool_type"), {QStringLiteral("body"), QStringLiteral("blocked")},
                                           QStringLiteral("Input should be a valid boolean"), QJsonArray());
        QTest::newRow("int 1.5") << QByteArray(R"({"tpm_limit":1.5})")
                                 << item(QStringLiteral("int_from_float"), {QStringLiteral("body"), QStringLiteral("tpm_limit")},
                                         QStringLiteral("Input should be a valid integer, got a number with a fractional part"),
                                         1.5);
        QTest::newRow("int text") << QByteArray(R"({"rpm_limit":"many"})")
                                  << item(QStringLiteral("int_parsing"), {QStringLiteral("body"), QStringLiteral("rpm_limit")},
                                          QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                                          QStringLiteral("many"));
        QTest::newRow("int object") << QByteArray(R"({"rpm_limit":{}})")
                                    << item(QStringLiteral("int_type"), {QStringLiteral("body"), QStringLiteral("rpm_limit")},
                                            QStringLiteral("Input should be a valid integer"), QJsonObject());
        QTest::newRow("string number") << QByteArray(R"({"key_alias":5})")
                                       << item(QStringLiteral("string_type"),
                                               {QStringLiteral("body"), QStringLiteral("key_alias")},
                                               QStringLiteral("Input should be a valid string"), 5);
        QTest::newRow("list text") << QByteArray(R"({"models":"gpt-4o"})")
                                   << item(QStringLiteral("list_type"), {QStringLiteral("body"), QStringLiteral("models")},
                                           QStringLiteral("Input should be a valid list"), QStringLiteral("gpt-4o"));
        QTest::newRow("list item") << QByteArray(R"({"models":["gpt-4o",7]})")
                                   << item(QStringLiteral("string_type"), {QStringLiteral("body"), QStringLiteral("models"), 1},
                                           QStringLiteral("Input should be a valid string"), 7);
    }
    void bodyValidationUsesLaxModeTypes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonObject, expected);
        const HttpResult r = generate(body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.object(), detail(expected));
        QCOMPARE(m_harness.sim->state().keys.size(), 0);
    }

    void laxValuesAreAcceptedAndStored()
    {
        const HttpResult r = generate(R"({"blocked":"yes","tpm_limit":"12","rpm_limit":3.0,"max_budget":true})");
        QCOMPARE(r.status, 200);
        const QJsonObject info
            = jsonAt(m_http->get(QStringLiteral("/key/info?key=") + jsonAt(r.json, QStringLiteral("token")).toString()).json,
                     QStringLiteral("info"))
                  .toObject();
        QCOMPARE(info.value(QStringLiteral("blocked")), QJsonValue(true));
        QCOMPARE(info.value(QStringLiteral("tpm_limit")), QJsonValue(12));
        QCOMPARE(info.value(QStringLiteral("rpm_limit")), QJsonValue(3));
        QCOMPARE(info.value(QStringLiteral("max_budget")), QJsonValue(1.0));
    }

    // §5.5: without a licence regenerate is refused with the 500 envelope, and the key stays as it was:
    // the same hash, and the key itself still authenticates.
    void refusedRegenerateLeavesTheKeyUsable()
    {
        const QJsonObject k = generateKey(
            {{QStringLiteral("user_id"), QStringLiteral("u1")}, {QStringLiteral("key_alias"), QStringLiteral("keep")}});
        const QString hash = k.value(QStringLiteral("token")).toString();
        for (const QString &id : {hash, k.value(QStringLiteral("key")).toString()}) {
            const HttpResult r = m_http->post(QStringLiteral("/key/") + id + QStringLiteral("/regenerate"), {});
            QCOMPARE(r.status, 500);
            QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("internal_server_error"));
            QVERIFY(jsonAt(r.json, QStringLiteral("error.message"))
                        .toString()
                        .startsWith(QLatin1String("Regenerating Virtual Keys is an Enterprise feature,")));
        }
        QCOMPARE(m_harness.sim->state().keys.size(), 1);
        QVERIFY(m_harness.sim->state().keys.contains(hash));
        const HttpResult r = as(k)->get(QStringLiteral("/key/info"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("key")).toString(), hash);
        QCOMPARE(jsonAt(r.json, QStringLiteral("info.key_alias")).toString(), QStringLiteral("keep"));
    }
};

QTEST_MAIN(TestSimFidelity)
#include "test_sim_fidelity.moc"
