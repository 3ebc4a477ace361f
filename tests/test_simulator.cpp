// litellm-sim over real HTTP: every endpoint's success and error answers as CONTRACT.md states them.
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/SimHarness.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::HttpResult;
using OrgConsole::Test::HttpTestClient;

namespace {
const QString kMaster = QStringLiteral("sk-master-test");
} // namespace

using OrgConsole::Test::jsonAt;

class TestSimulator : public QObject
{
    Q_OBJECT
private:
    OrgConsole::Test::SimHarness m_harness;
    LiteLlmSimulator *m_sim = nullptr;
    HttpTestClient *m_http = nullptr;

    QJsonObject createTeam(const QJsonObject &body) { return m_harness.createTeam(body); }
    QJsonObject generateKey(const QJsonObject &body) { return m_harness.generateKey(body); }

private slots:
    void init()
    {
        QVERIFY(m_harness.start(kMaster));
        m_sim = m_harness.sim.get();
        m_http = m_harness.http.get();
    }
    void cleanup() { m_harness.stop(); }

    void listensOnLoopback() { QVERIFY(m_sim->baseUrl().startsWith(QLatin1String("http://127.0.0.1:"))); }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("param");
        QTest::newRow("missing") << QByteArray() << QByteArray() << 401 << "Authentication Error, No api key passed in."
                                 << "auth_error"
                                 << "None";
        QTest::newRow("malformed") << QByteArray("Authorization") << QByteArray("sk-master-test") << 401
                                   << "Authentication Error, Malformed API Key passed in. Ensure Key has `Bearer ` prefix."
                                   << "auth_error"
                                   << "None";
        QTest::newRow("not sk")
            << QByteArray("Authorization") << QByteArray("Bearer abcdefghwxyz") << 401
            << "Authentication Error, LiteLLM Virtual Key expected. Received=abcd****wxyz, expected to start with 'sk-'."
            << "auth_error"
            << "None";
        QTest::newRow("unknown sk") << QByteArray("Authorization") << QByteArray("Bearer sk-wrong") << 401
                                    << "Authentication Error, Invalid proxy server token passed. Received API Key = sk-...rong"
                                    << "token_not_found_in_db"
                                    << "key";
        QTest::newRow("master bearer") << QByteArray("Authorization") << QByteArray("Bearer sk-master-test") << 200 << ""
                                       << ""
                                       << "";
        QTest::newRow("master lowercase bearer")
            << QByteArray("Authorization") << QByteArray("bearer sk-master-test") << 200 << ""
            << ""
            << "";
        QTest::newRow("x-litellm-api-key raw") << QByteArray("x-litellm-api-key") << QByteArray("sk-master-test") << 200 << ""
                                               << ""
                                               << "";
        QTest::newRow("x-litellm-api-key bearer")
            << QByteArray("x-litellm-api-key") << QByteArray("Bearer sk-master-test") << 200 << ""
            << ""
            << "";
    }
    void auth()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, type);
        QFETCH(QString, param);
        HttpTestClient anonymous(m_sim->baseUrl());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({header, value});
        const HttpResult r = anonymous.get(QStringLiteral("/v2/team/list"), headers);
        QCOMPARE(r.status, status);
        if (status == 200)
            return;
        QVERIFY2(jsonAt(r.json, QStringLiteral("error.message")).toString().startsWith(message), r.body.constData());
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), type);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.param")).toString(), param);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.code")).toString(), QString::number(status)); // a string
    }

    void noMasterKeyModeAllowsEveryone()
    {
        SimConfig open;
        LiteLlmSimulator sim(open);
        QVERIFY(sim.listen());
        HttpTestClient anonymous(sim.baseUrl());
        const HttpResult r = anonymous.post(QStringLiteral("/team/new"), {{QStringLiteral("team_alias"), QStringLiteral("x")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("members_with_roles.0.user_id")).toString(), QStringLiteral("default_user_id"));
    }

    void virtualKeyIsNotAdmin()
    {
        const QJsonObject key = generateKey({{QStringLiteral("user_id"), QStringLiteral("u1")}});
        HttpTestClient user(m_sim->baseUrl());
        user.setBearer(key.value(QStringLiteral("key")).toString());
        const HttpResult r = user.post(QStringLiteral("/team/new"), {});
        QCOMPARE(r.status, 401);
        QVERIFY(jsonAt(r.json, QStringLiteral("error.message"))
                    .toString()
                    .contains(QLatin1String("not allowed to access this route")));
        // Blocked keys are refused at authentication.
        QCOMPARE(m_http->post(QStringLiteral("/key/block"), {{QStringLiteral("key"), key.value(QStringLiteral("token"))}}).status,
                 200);
        const HttpResult blocked = user.get(QStringLiteral("/key/info"));
        QCOMPARE(blocked.status, 401);
        QVERIFY(jsonAt(blocked.json, QStringLiteral("error.message")).toString().contains(QLatin1String("Key is blocked")));
    }

    void teamNew()
    {
        const QJsonObject t = createTeam({{QStringLiteral("team_alias"), QStringLiteral("QA Prod Bot")},
                                          {QStringLiteral("max_budget"), 100.0},
                                          {QStringLiteral("budget_duration"), QStringLiteral("30d")},
                                          {QStringLiteral("models"), QJsonArray {QStringLiteral("gpt-4o")}}});
        QVERIFY(QUuid::fromString(t.value(QStringLiteral("team_id")).toString()).version() == QUuid::Random);
        QCOMPARE(t.value(QStringLiteral("max_budget")).toDouble(), 100.0);
        QCOMPARE(t.value(QStringLiteral("spend")).toDouble(), 0.0);
        QCOMPARE(t.value(QStringLiteral("budget_duration")).toString(), QStringLiteral("30d"));
        const QDateTime reset = QDateTime::fromString(t.value(QStringLiteral("budget_reset_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(reset.isValid());
        QCOMPARE(reset.date(), QDateTime::currentDateTimeUtc().date().addDays(30));
        QCOMPARE(t.value(QStringLiteral("members_with_roles")).toArray().size(), 1);
        QCOMPARE(jsonAt(QJsonDocument(t), QStringLiteral("members_with_roles.0.role")).toString(), QStringLiteral("admin"));
        QVERIFY(t.contains(QStringLiteral("soft_budget")) && t.value(QStringLiteral("soft_budget")).isNull());
        QVERIFY(t.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    }

    void teamNewErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate id") << QByteArray(R"({"team_id":"team-a"})") << 400 << "error.message"
                                      << "{'error': 'Team id = team-a already exists. Please use a different team id.'}";
        QTest::newRow("duplicate id type") << QByteArray(R"({"team_id":"team-a"})") << 400 << "error.type"
                                           << "internal_server_error";
        QTest::newRow("budget not a number") << QByteArray(R"({"max_budget":"lots"})") << 422 << "detail.0.type"
                                             << "float_parsing";
        QTest::newRow("budget loc") << QByteArray(R"({"max_budget":"lots"})") << 422 << "detail.0.loc.1"
                                    << "max_budget";
        QTest::newRow("bad role") << QByteArray(R"({"members_with_roles":[{"role":"owner","user_id":"u1"}]})") << 422
                                  << "detail.0.type"
                                  << "literal_error";
        QTest::newRow("member without id") << QByteArray(R"({"members_with_roles":[{"role":"user"}]})") << 422 << "detail.0.msg"
                                           << "Value error, Either user id or user email must be provided";
        QTest::newRow("garbage json") << QByteArray("{not json") << 422 << "detail.0.type"
                                      << "json_invalid";
        QTest::newRow("array body") << QByteArray("[1,2]") << 422 << "detail.0.type"
                                    << "model_attributes_type";
        QTest::newRow("models not list") << QByteArray(R"({"models":"gpt-4o"})") << 422 << "detail.0.type"
                                         << "list_type";
    }
    void teamNewErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        createTeam({{QStringLiteral("team_id"), QStringLiteral("team-a")}});
        const HttpResult r = m_http->postRaw(QStringLiteral("/team/new"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(jsonAt(r.json, path).toString(), expected);
        QCOMPARE(m_sim->state().teams.size(), 1); // nothing created by a refused request
    }

    void duplicateAliasAllowed()
    {
        createTeam({{QStringLiteral("team_alias"), QStringLiteral("Same")}});
        createTeam({{QStringLiteral("team_alias"), QStringLiteral("Same")}});
        QCOMPARE(m_sim->state().teams.size(), 2);
    }

    void teamInfo()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("max_budget"), 5}});
        generateKey({{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("key_alias"), QStringLiteral("k1")}});
        HttpResult r = m_http->get(QStringLiteral("/team/info?team_id=t1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_id")).toString(), QStringLiteral("t1"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_info.max_budget")).toDouble(), 5.0);
        QCOMPARE(jsonAt(r.json, QStringLiteral("keys")).toArray().size(), 1);
        QCOMPARE(jsonAt(r.json, QStringLiteral("keys.0.token")).toString().size(), 64); // the hash leaks, as in the proxy
        r = m_http->get(QStringLiteral("/team/info?team_id=nope"));
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(),
                 QStringLiteral("{'message': 'Team not found, passed team id: nope.'}"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("auth_error"));
        r = m_http->get(QStringLiteral("/team/info"));
        QCOMPARE(r.status, 422);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(),
                 QStringLiteral("{'message': 'Malformed request. No team id passed in.'}"));
    }

    void teamListV2()
    {
        for (int i = 0; i < 17; ++i)
            createTeam({{QStringLiteral("team_alias"),
                         QStringLiteral("Alias %1%2").arg(i % 2 ? QStringLiteral("odd") : QStringLiteral("even")).arg(i)}});
        HttpResult r = m_http->get(QStringLiteral("/v2/team/list?page=1&page_size=2"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("total")).toInt(), 17);
        QCOMPARE(jsonAt(r.json, QStringLiteral("total_pages")).toInt(), 9);
        QCOMPARE(jsonAt(r.json, QStringLiteral("teams")).toArray().size(), 2);
        QCOMPARE(jsonAt(r.json, QStringLiteral("teams.0.team_alias")).toString(),
                 QStringLiteral("Alias odd16").replace(QLatin1String("odd"), QLatin1String("even"))); // newest first
        r = m_http->get(QStringLiteral("/v2/team/list?page=9&page_size=2"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("teams")).toArray().size(), 1);
        r = m_http->get(QStringLiteral("/v2/team/list?team_alias=ODD&page_size=100"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("total")).toInt(), 8); // case-insensitive substring
        r = m_http->get(QStringLiteral("/v2/team/list?sort_by=team_alias&page_size=100"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("teams.0.team_alias")).toString(), QStringLiteral("Alias even0"));
        r = m_http->get(QStringLiteral("/v2/team/list?sort_by=team_alias&sort_order=desc&page_size=100"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("teams.0.team_alias")).toString(), QStringLiteral("Alias odd9"));
        r = m_http->get(QStringLiteral("/v2/team/list?page=0"));
        QCOMPARE(r.status, 422);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.0.loc.1")).toString(), QStringLiteral("page"));
        r = m_http->get(QStringLiteral("/v2/team/list?page_size=101"));
        QCOMPARE(r.status, 422);
        r = m_http->get(QStringLiteral("/v2/team/list?team_alias=nothing-matches"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("total_pages")).toInt(), 0);
        r = m_http->get(QStringLiteral("/v2/team/list?user_id=ghost"));
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.error")).toString(),
                 QStringLiteral("User not found, passed user_id=ghost"));
        // The legacy list is an array sorted by alias.
        r = m_http->get(QStringLiteral("/team/list"));
        QVERIFY(r.json.isArray());
        QCOMPARE(r.json.array().size(), 17);
    }

    void teamUpdate()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")},
                    {QStringLiteral("max_budget"), 10},
                    {QStringLiteral("team_alias"), QStringLiteral("A")}});
        HttpResult r = m_http->post(
            QStringLiteral("/team/update"),
            {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("budget_duration"), QStringLiteral("1d")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("data.max_budget")).toDouble(), 10.0); // untouched
        QCOMPARE(jsonAt(r.json, QStringLiteral("data.team_alias")).toString(), QStringLiteral("A"));
        QVERIFY(jsonAt(r.json, QStringLiteral("data.budget_reset_at")).isString());
        r = m_http->post(QStringLiteral("/team/update"),
                         {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("max_budget"), QJsonValue::Null}});
        QCOMPARE(r.status, 200);
        QVERIFY(jsonAt(r.json, QStringLiteral("data.max_budget")).isNull()); // null clears
        r = m_http->post(QStringLiteral("/team/update"), {{QStringLiteral("team_id"), QStringLiteral("nope")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.error")).toString(),
                 QStringLiteral("Team not found, passed team_id=nope"));
        r = m_http->post(QStringLiteral("/team/update"), {{QStringLiteral("max_budget"), 1}});
        QCOMPARE(r.status, 422);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.0.type")).toString(), QStringLiteral("missing"));
    }

    void teamDeleteCascades()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t2")}});
        generateKey({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        generateKey({{QStringLiteral("team_id"), QStringLiteral("t2")}});
        HttpResult r = m_http->post(QStringLiteral("/team/delete"),
                                    {{QStringLiteral("team_ids"), QJsonArray {QStringLiteral("t1"), QStringLiteral("ghost")}}});
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.error")).toString(),
                 QStringLiteral("Team not found, passed team_id=ghost"));
        QCOMPARE(m_sim->state().teams.size(), 2); // nothing deleted
        r = m_http->post(QStringLiteral("/team/delete"), {{QStringLiteral("team_ids"), QJsonArray {QStringLiteral("t1")}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("deleted_teams.0")).toString(), QStringLiteral("t1"));
        QCOMPARE(m_sim->state().teams.size(), 1);
        QCOMPARE(m_sim->state().keys.size(), 1); // t1's key went with it
    }

    void members()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        const QJsonObject member {{QStringLiteral("user_id"), QStringLiteral("u1")},
                                  {QStringLiteral("role"), QStringLiteral("user")}};
        HttpResult r = m_http->post(QStringLiteral("/team/member_add"),
                                    {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("member"), member}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("updated_users.0.user_id")).toString(), QStringLiteral("u1"));
        r = m_http->post(QStringLiteral("/team/member_add"),
                         {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("member"), member}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("team_member_already_in_team"));
        r = m_http->post(QStringLiteral("/team/member_add"),
                         {{QStringLiteral("team_id"), QStringLiteral("t1")},
                          {QStringLiteral("member"),
                           QJsonObject {{QStringLiteral("user_id"), QStringLiteral("u2")},
                                        {QStringLiteral("role"), QStringLiteral("admin")}}}});
        QCOMPARE(r.status, 400);
        QVERIFY(jsonAt(r.json, QStringLiteral("detail.error")).toString().contains(QLatin1String("premium feature")));
        r = m_http->post(QStringLiteral("/team/member_add"),
                         {{QStringLiteral("team_id"), QStringLiteral("nope")}, {QStringLiteral("member"), member}});
        QCOMPARE(r.status, 404);
        r = m_http->post(QStringLiteral("/team/member_delete"),
                         {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("user_id"), QStringLiteral("u1")}});
        QCOMPARE(r.status, 200);
        r = m_http->post(QStringLiteral("/team/member_delete"),
                         {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("user_id"), QStringLiteral("u1")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.error")).toString(), QStringLiteral("User not found in team"));
        r = m_http->post(
            QStringLiteral("/team/member_delete"),
            {{QStringLiteral("team_id"), QStringLiteral("nope")}, {QStringLiteral("user_id"), QStringLiteral("u1")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.error")).toString(), QStringLiteral("Team id=nope does not exist in db"));
    }

    void teamBlock()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        HttpResult r = m_http->post(QStringLiteral("/team/block"), {{QStringLiteral("team_id"), QStringLiteral("t1")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("blocked")).toBool(), true);
        r = m_http->post(QStringLiteral("/team/unblock"), {{QStringLiteral("team_id"), QStringLiteral("t1")}});
        QCOMPARE(jsonAt(r.json, QStringLiteral("blocked")).toBool(), false);
    }

    void keyGenerate()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        const QJsonObject k
            = generateKey({{QStringLiteral("key_alias"), QStringLiteral("ci-bot")},
                           {QStringLiteral("team_id"), QStringLiteral("t1")},
                           {QStringLiteral("user_id"), QStringLiteral("kc-123")},
                           {QStringLiteral("max_budget"), 10.0},
                           {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("app"), QStringLiteral("ci")}}}});
        const QString raw = k.value(QStringLiteral("key")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^sk-[A-Za-z0-9_-]{22}$")).match(raw).hasMatch(), qPrintable(raw));
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(k.value(QStringLiteral("token")).toString(), hash);
        QCOMPARE(k.value(QStringLiteral("token_id")).toString(), hash);
        QCOMPARE(k.value(QStringLiteral("key_name")).toString(), QStringLiteral("sk-...") + raw.right(4));
        QCOMPARE(k.value(QStringLiteral("user_id")).toString(), QStringLiteral("kc-123"));
        QVERIFY(!k.contains(QStringLiteral("budget_reset_at")));

        HttpResult r = m_http->post(QStringLiteral("/key/generate"), {{QStringLiteral("key_alias"), QStringLiteral("ci-bot")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("bad_request_error"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.param")).toString(), QStringLiteral("key_alias"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(),
                 QStringLiteral("Key with alias 'ci-bot' already exists. Unique key aliases across all keys are required."));
        r = m_http->post(QStringLiteral("/key/generate"), {{QStringLiteral("max_budget"), -1}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(),
                 QStringLiteral("{'error': 'max_budget cannot be negative. Received: -1.0'}"));
        r = m_http->post(QStringLiteral("/key/generate"), {{QStringLiteral("key"), QStringLiteral("abcdefgh1234")}});
        QCOMPARE(r.status, 400);
        QVERIFY(jsonAt(r.json, QStringLiteral("error.message")).toString().contains(QLatin1String("Invalid key format")));
        r = m_http->post(QStringLiteral("/key/generate"), {{QStringLiteral("tags"), QJsonArray {QStringLiteral("x")}}});
        QCOMPARE(r.status, 500);
        // A key for a team that does not exist is accepted for an admin.
        QCOMPARE(m_http->post(QStringLiteral("/key/generate"), {{QStringLiteral("team_id"), QStringLiteral("ghost")}}).status,
                 200);
        QCOMPARE(m_sim->state().keys.size(), 2);
    }

    void keyInfoListUpdate()
    {
        const QJsonObject k
            = generateKey({{QStringLiteral("key_alias"), QStringLiteral("a1")},
                           {QStringLiteral("team_id"), QStringLiteral("t1")},
                           {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("app"), QStringLiteral("ci")}}}});
        generateKey({{QStringLiteral("key_alias"), QStringLiteral("a2")}});
        const QString raw = k.value(QStringLiteral("key")).toString();
        const QString hash = k.value(QStringLiteral("token")).toString();
        for (const QString &id : {raw, hash}) {
            const HttpResult r = m_http->get(QStringLiteral("/key/info?key=") + id);
            QCOMPARE(r.status, 200);
            QCOMPARE(jsonAt(r.json, QStringLiteral("key")).toString(), id);
            QCOMPARE(jsonAt(r.json, QStringLiteral("info.key_alias")).toString(), QStringLiteral("a1"));
            QVERIFY(!jsonAt(r.json, QStringLiteral("info")).toObject().contains(QStringLiteral("token")));
        }
        HttpResult r = m_http->get(QStringLiteral("/key/info?key=sk-nothere"));
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("not_found_error"));

        r = m_http->get(QStringLiteral("/key/list?page=1&size=1"));
        QCOMPARE(r.status, 200);
        QVERIFY(jsonAt(r.json, QStringLiteral("keys.0")).isString());
        QCOMPARE(jsonAt(r.json, QStringLiteral("total_count")).toInt(), 2);
        QCOMPARE(jsonAt(r.json, QStringLiteral("total_pages")).toInt(), 2);
        r = m_http->get(QStringLiteral("/key/list?team_id=t1&return_full_object=true"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("keys.0.token")).toString(), hash);
        QCOMPARE(jsonAt(r.json, QStringLiteral("total_count")).toInt(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/key/list?size=101")).status, 422);
        QCOMPARE(m_http->get(QStringLiteral("/key/list?sort_by=bogus")).status, 400);

        r = m_http->post(QStringLiteral("/key/update"), {{QStringLiteral("key"), raw}, {QStringLiteral("max_budget"), 20.0}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("max_budget")).toDouble(), 20.0);
        QCOMPARE(jsonAt(r.json, QStringLiteral("metadata")).toString(), QStringLiteral("{\"app\":\"ci\"}")); // a JSON string
        QCOMPARE(jsonAt(r.json, QStringLiteral("token")).toString(), hash);
        QVERIFY(!r.object().contains(QStringLiteral("key_alias"))); // partial reply
        r = m_http->post(QStringLiteral("/key/update"), {{QStringLiteral("key"), QStringLiteral("sk-ghost")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(),
                 QStringLiteral("{'error': 'Team not found, passed team_id=None'}"));
        r = m_http->post(QStringLiteral("/key/update"),
                         {{QStringLiteral("key"), raw}, {QStringLiteral("key_alias"), QStringLiteral("a2")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.type")).toString(), QStringLiteral("bad_request_error"));
    }

    void keyDelete()
    {
        const QJsonObject k = generateKey({{QStringLiteral("key_alias"), QStringLiteral("a1")}});
        generateKey({{QStringLiteral("key_alias"), QStringLiteral("a2")}});
        HttpResult r
            = m_http->post(QStringLiteral("/key/delete"),
                           {{QStringLiteral("keys"), QJsonArray {k.value(QStringLiteral("key")), QStringLiteral("sk-ghost")}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("deleted_keys")).toArray().size(), 2); // echoes the input
        QCOMPARE(m_sim->state().keys.size(), 1);
        r = m_http->post(QStringLiteral("/key/delete"), {{QStringLiteral("key_aliases"), QJsonArray {QStringLiteral("a2")}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(m_sim->state().keys.size(), 0);
        r = m_http->post(QStringLiteral("/key/delete"), {{QStringLiteral("key_aliases"), QJsonArray {QStringLiteral("a2")}}});
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(), QStringLiteral("{'error': 'No keys found'}"));
        r = m_http->post(QStringLiteral("/key/delete"), {});
        QCOMPARE(r.status, 422);
    }

    void keyBlockAndRegenerate()
    {
        const QJsonObject k
            = generateKey({{QStringLiteral("key_alias"), QStringLiteral("a1")}, {QStringLiteral("max_budget"), 3}});
        const QString hash = k.value(QStringLiteral("token")).toString();
        HttpResult r = m_http->post(QStringLiteral("/key/block"), {{QStringLiteral("key"), hash}});
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("blocked")).toBool(), true);
        QCOMPARE(jsonAt(r.json, QStringLiteral("token")).toString(), hash);
        r = m_http->post(QStringLiteral("/key/unblock"), {{QStringLiteral("key"), hash}});
        QCOMPARE(jsonAt(r.json, QStringLiteral("blocked")).toBool(), false);
        r = m_http->post(QStringLiteral("/key/block"), {{QStringLiteral("key"), QStringLiteral("nonsense")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(), QStringLiteral("Invalid key format."));

        r = m_http->post(QStringLiteral("/key/") + hash + QStringLiteral("/regenerate"), {});
        QCOMPARE(r.status, 500);
        QVERIFY(jsonAt(r.json, QStringLiteral("error.message")).toString().contains(QLatin1String("Enterprise feature")));
        m_sim->config().premium = true;
        r = m_http->post(QStringLiteral("/key/") + hash + QStringLiteral("/regenerate"), {});
        QCOMPARE(r.status, 200);
        QVERIFY(jsonAt(r.json, QStringLiteral("token")).toString() != hash);
        QCOMPARE(jsonAt(r.json, QStringLiteral("key_alias")).toString(), QStringLiteral("a1"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("max_budget")).toDouble(), 3.0);
        QCOMPARE(m_sim->state().keys.size(), 1);
    }

    void users()
    {
        HttpResult r = m_http->post(QStringLiteral("/user/new"),
                                    {{QStringLiteral("user_id"), QStringLiteral("u1")},
                                     {QStringLiteral("user_email"), QStringLiteral("ana@example.com")}});
        QCOMPARE(r.status, 200);
        QVERIFY(jsonAt(r.json, QStringLiteral("key")).toString().startsWith(QLatin1String("sk-")));
        QVERIFY(jsonAt(r.json, QStringLiteral("token")).isNull());
        r = m_http->post(QStringLiteral("/user/new"), {{QStringLiteral("user_email"), QStringLiteral("ANA@example.com")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(),
                 QStringLiteral("{'error': 'User with email ANA@example.com already exists'}"));
        r = m_http->post(QStringLiteral("/user/new"),
                         {{QStringLiteral("user_id"), QStringLiteral("u2")}, {QStringLiteral("auto_create_key"), false}});
        QCOMPARE(jsonAt(r.json, QStringLiteral("key")).toString(), QString());
        r = m_http->get(QStringLiteral("/user/info?user_id=u1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("user_info.user_email")).toString(), QStringLiteral("ana@example.com"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("keys.0.team_alias")).toString(), QStringLiteral("None"));
        r = m_http->get(QStringLiteral("/user/info?user_id=u9"));
        QCOMPARE(r.status, 404);
        QCOMPARE(jsonAt(r.json, QStringLiteral("error.message")).toString(), QStringLiteral("User u9 not found"));
    }

    void health()
    {
        HttpTestClient anonymous(m_sim->baseUrl());
        HttpResult r = anonymous.get(QStringLiteral("/health/liveliness"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("\"I'm alive!\""));
        r = anonymous.get(QStringLiteral("/health/readiness"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("db")).toString(), QStringLiteral("connected"));
        m_sim->config().readinessDetailed = true;
        r = anonymous.get(QStringLiteral("/health/readiness"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("litellm_version")).toString(), QStringLiteral("1.95.0"));
    }

    void noDatabaseMode()
    {
        m_sim->config().dbConnected = false;
        HttpResult r = m_http->post(QStringLiteral("/key/generate"), {});
        QCOMPARE(r.status, 500);
        QVERIFY(jsonAt(r.json, QStringLiteral("error.message")).toString().contains(QLatin1String("DB not connected")));
        r = m_http->post(QStringLiteral("/team/update"), {{QStringLiteral("team_id"), QStringLiteral("x")}});
        QCOMPARE(r.status, 500);
        QVERIFY(jsonAt(r.json, QStringLiteral("detail.error")).toString().startsWith(QLatin1String("DB not connected")));
        r = m_http->get(QStringLiteral("/v2/team/list"));
        QCOMPARE(r.status, 400);
        r = m_http->get(QStringLiteral("/health/readiness"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("db")).toString(), QStringLiteral("Not connected"));
    }

    void spendAndDailyActivity()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")},
                    {QStringLiteral("team_alias"), QStringLiteral("Team One")},
                    {QStringLiteral("max_budget"), 50},
                    {QStringLiteral("budget_duration"), QStringLiteral("1d")}});
        const QJsonObject k = generateKey(
            {{QStringLiteral("team_id"), QStringLiteral("t1")}, {QStringLiteral("key_alias"), QStringLiteral("k")}});
        const QString raw = k.value(QStringLiteral("key")).toString();
        HttpResult r = m_http->post(QStringLiteral("/sim/spend"),
                                    {{QStringLiteral("key"), raw},
                                     {QStringLiteral("spend"), 1.5},
                                     {QStringLiteral("date"), QStringLiteral("2026-11-20")}});
        QCOMPARE(r.status, 200);
        m_http->post(QStringLiteral("/sim/spend"),
                     {{QStringLiteral("key"), raw},
                      {QStringLiteral("spend"), 0.5},
                      {QStringLiteral("date"), QStringLiteral("2026-11-21")},
                      {QStringLiteral("model"), QStringLiteral("claude")}});
        r = m_http->get(QStringLiteral("/team/info?team_id=t1"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_info.spend")).toDouble(), 2.0);
        r = m_http->get(QStringLiteral("/key/info?key=") + raw);
        QCOMPARE(jsonAt(r.json, QStringLiteral("info.spend")).toDouble(), 2.0);

        r = m_http->get(QStringLiteral("/team/daily/activity?team_ids=t1"));
        QCOMPARE(r.status, 400);
        QCOMPARE(jsonAt(r.json, QStringLiteral("detail.error")).toString(),
                 QStringLiteral("Please provide start_date and end_date"));
        r = m_http->get(QStringLiteral("/team/daily/activity?team_ids=t1&start_date=2026-11-01&end_date=2026-11-30&page_size=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(jsonAt(r.json, QStringLiteral("results.0.date")).toString(), QStringLiteral("2026-11-21")); // newest first
        QCOMPARE(jsonAt(r.json, QStringLiteral("results.0.metrics.spend")).toDouble(), 0.5);
        QCOMPARE(jsonAt(r.json, QStringLiteral("results.0.breakdown.entities.t1.metadata.team_alias")).toString(),
                 QStringLiteral("Team One"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("metadata.has_more")).toBool(), true);
        QCOMPARE(jsonAt(r.json, QStringLiteral("metadata.total_pages")).toInt(), 2);
        m_sim->config().legacyBreakdown = true;
        r = m_http->get(QStringLiteral("/team/daily/activity?team_ids=t1&start_date=2026-11-20&end_date=2026-11-20"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("results.0.breakdown.models.gpt-4o.spend")).toDouble(), 1.5);

        // The budget resets once the clock passes budget_reset_at.
        m_http->post(QStringLiteral("/sim/clock"), {{QStringLiteral("advance_seconds"), 2 * 86400}});
        r = m_http->get(QStringLiteral("/team/info?team_id=t1"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_info.spend")).toDouble(), 0.0);
        QVERIFY(QDateTime::fromString(jsonAt(r.json, QStringLiteral("team_info.budget_reset_at")).toString(), Qt::ISODateWithMs)
                > m_sim->now());
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "test_simulator.moc"
