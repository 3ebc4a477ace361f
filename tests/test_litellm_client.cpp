// LiteLlmClient over real HTTP against litellm-sim: every call, each error envelope, faults, TLS,
// (the status/body mapping and date tables are in test_litellm_mapping.cpp)
// redirects, retries, hostile replies, and that no secret reaches a log line or a message.
#include "services/litellm/LiteLlmClient.h"
#include "services/litellm/Redaction.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/AsyncWait.h"
#include "tests/support/HttpTestClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::wait;

namespace {
const QString kMaster = QStringLiteral("sk-master-client-test-1234");
QStringList g_logLines;
QtMessageHandler g_previous = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_logLines.append(msg);
    if (g_previous)
        g_previous(type, ctx, msg);
}

// The requests a simulator captured (GET /sim/requests), as JSON text.
QByteArray capturedRequests(const QString &baseUrl, const QString &masterKey)
{
    OrgConsole::Test::HttpTestClient http(baseUrl);
    http.setBearer(masterKey);
    return http.get(QStringLiteral("/sim/requests")).body;
}

// Runs an async client call and waits for its callback.
} // namespace

class TestLiteLlmClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LiteLlmSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;

    std::unique_ptr<LiteLlmClient> makeClient(const QString &url, const QString &key, int timeoutMs = 5000)
    {
        ProxyProfile p;
        p.name = QStringLiteral("test");
        p.baseUrl = QUrl(url);
        p.timeoutMs = timeoutMs;
        p.retryBaseDelayMs = 10;
        auto c = std::make_unique<LiteLlmClient>(&m_nam, p);
        c->setMasterKey(key);
        c->setOperatorName(QStringLiteral("ana.support"));
        return c;
    }
    void addFault(const QJsonObject &f)
    {
        QString error;
        const auto fault = SimFault::fromJson(f, &error);
        QVERIFY2(fault, qPrintable(error));
        m_sim->faults().add(*fault);
    }
    TeamInfo newTeam(const QString &id, std::optional<double> budget = 100.0)
    {
        NewTeamRequest req;
        req.teamId = id;
        req.alias = QStringLiteral("Team ") + id;
        req.maxBudget = budget;
        req.budgetDuration = QStringLiteral("30d");
        req.metadata = QJsonObject {{QStringLiteral("orgconsole_org_id"), id}};
        const auto r = wait<TeamInfo>([&](auto cb) { m_client->createTeam(req, cb); });
        [&] { QVERIFY2(r.ok(), qPrintable(r.error.toString())); }();
        return r.value.value_or(TeamInfo {});
    }

private slots:
    void initTestCase()
    {
        g_previous = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(QStringLiteral("orgconsole.*=true"));
    }
    void init()
    {
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        m_client = makeClient(m_sim->baseUrl(), kMaster);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void teamLifecycle()
    {
        const TeamInfo t = newTeam(QStringLiteral("org-1"));
        QCOMPARE(t.teamId, QStringLiteral("org-1"));
        QCOMPARE(t.maxBudget.value_or(-1), 100.0);
        QVERIFY(t.budgetResetAt.isValid());

        auto info = wait<TeamDetail>([&](auto cb) { m_client->teamInfo(QStringLiteral("org-1"), cb); });
        QVERIFY(info.ok());
        QCOMPARE(info.value->team.alias, QStringLiteral("Team org-1"));

        TeamUpdateRequest up;
        up.teamId = QStringLiteral("org-1");
        up.maxBudget = std::optional<double>(250.0);
        auto updated = wait<TeamInfo>([&](auto cb) { m_client->updateTeam(up, cb); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.toString()));
        QCOMPARE(updated.value->maxBudget.value_or(-1), 250.0);
        QCOMPARE(updated.value->budgetDuration, QStringLiteral("30d")); // only the fields sent change
        up.maxBudget = std::optional<double>(); // unlimited
        updated = wait<TeamInfo>([&](auto cb) { m_client->updateTeam(up, cb); });
        QVERIFY(!updated.value->maxBudget.has_value());

        newTeam(QStringLiteral("org-2"));
        auto page = wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 1, {}, cb); });
        QVERIFY(page.ok());
        QCOMPARE(page.value->total, 2);
        QCOMPARE(page.value->totalPages, 2);
        QCOMPARE(page.value->teams.first().teamId, QStringLiteral("org-1")); // oldest first
        page = wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 10, QStringLiteral("ORG-2"), cb); });
        QCOMPARE(page.value->total, 1);

        TeamMemberRequest member;
        member.teamId = QStringLiteral("org-1");
        member.userId = QStringLiteral("kc-1");
        member.maxBudget = std::optional<double>(5.0);
        member.budgetDuration = QStringLiteral("30d");
        auto added = wait<MemberAdded>([&](auto cb) { m_client->addTeamMember(member, cb); });
        QVERIFY(added.ok());
        QVERIFY(!added.value->alreadyMember);
        added = wait<MemberAdded>([&](auto cb) { m_client->addTeamMember(member, cb); });
        QVERIFY2(added.ok(), "an existing member counts as done");
        QVERIFY2(added.value->alreadyMember, "and says so");
        auto withMember = wait<TeamDetail>([&](auto cb) { m_client->teamInfo(QStringLiteral("org-1"), cb); });
        QVERIFY(withMember.ok());
        const auto kc1 = std::find_if(withMember.value->memberships.cbegin(), withMember.value->memberships.cend(),
                                      [](const TeamMembership &m) { return m.userId == QLatin1String("kc-1"); });
        QVERIFY(kc1 != withMember.value->memberships.cend());
        auto removed
            = wait<Done>([&](auto cb) { m_client->removeTeamMember(QStringLiteral("org-1"), QStringLiteral("kc-1"), cb); });
        QVERIFY(removed.ok());
        removed = wait<Done>([&](auto cb) { m_client->removeTeamMember(QStringLiteral("org-1"), QStringLiteral("kc-1"), cb); });
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error.category, ErrorCategory::NotFound); // "User not found in team" is typed, not text

        auto deleted = wait<QStringList>([&](auto cb) { m_client->deleteTeams({QStringLiteral("org-1")}, cb); });
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value->value(0), QStringLiteral("org-1"));
        deleted = wait<QStringList>([&](auto cb) { m_client->deleteTeams({QStringLiteral("org-1")}, cb); });
        QCOMPARE(deleted.error.category, ErrorCategory::NotFound); // {"detail":{"error":...}}
        QCOMPARE(deleted.error.httpStatus, 404);
        QCOMPARE(deleted.error.message,
                 QStringLiteral("Not found on the proxy. The proxy said: Team not found, passed team_id=org-1"));
    }

    void keyLifecycle()
    {
        newTeam(QStringLiteral("org-k"));
        GenerateKeyRequest req;
        req.teamId = QStringLiteral("org-k");
        req.userId = QStringLiteral("kc-owner");
        req.keyAlias = QStringLiteral("orgconsole-org-k");
        req.metadata = QJsonObject {{QStringLiteral("orgconsole_org_id"), QStringLiteral("org-k")}};
        auto gen = wait<GeneratedKey>([&](auto cb) { m_client->generateKey(req, cb); });
        QVERIFY2(gen.ok(), qPrintable(gen.error.toString()));
        QVERIFY(gen.value->rawKey.startsWith(QLatin1String("sk-")));
        QCOMPARE(gen.value->keyName, QStringLiteral("sk-...") + gen.value->rawKey.right(4));
        const QString hash = gen.value->token;

        auto dup = wait<GeneratedKey>([&](auto cb) { m_client->generateKey(req, cb); });
        QCOMPARE(dup.error.category, ErrorCategory::Conflict);
        QCOMPARE(dup.error.type, QStringLiteral("bad_request_error"));
        QCOMPARE(dup.error.param, QStringLiteral("key_alias"));

        auto info = wait<KeyInfo>([&](auto cb) { m_client->keyInfo(hash, cb); });
        QVERIFY(info.ok());
        QCOMPARE(info.value->alias, req.keyAlias);
        QCOMPARE(info.value->teamId, QStringLiteral("org-k"));
        QCOMPARE(info.value->userId, QStringLiteral("kc-owner"));

        auto page = wait<KeyPage>([&](auto cb) { m_client->listKeys(QStringLiteral("org-k"), 1, 100, cb); });
        QCOMPARE(page.value->keys.size(), 1);
        QCOMPARE(page.value->keys.first().token, hash);

        auto upd = wait<Done>([&](auto cb) { m_client->updateKey(hash, {{QStringLiteral("max_budget"), 5.0}}, cb); });
        QVERIFY2(upd.ok(), qPrintable(upd.error.toString()));
        info = wait<KeyInfo>([&](auto cb) { m_client->keyInfo(hash, cb); });
        QCOMPARE(info.value->maxBudget.value_or(-1), 5.0);
        QCOMPARE(info.value->metadata.value(QStringLiteral("orgconsole_org_id")).toString(), QStringLiteral("org-k"));

        auto blocked = wait<KeyInfo>([&](auto cb) { m_client->blockKey(hash, true, cb); });
        QVERIFY(blocked.ok() && blocked.value->blocked);
        blocked = wait<KeyInfo>([&](auto cb) { m_client->blockKey(hash, false, cb); });
        QVERIFY(blocked.ok() && !blocked.value->blocked);

        auto regen = wait<GeneratedKey>([&](auto cb) { m_client->regenerateKey(hash, cb); });
        QCOMPARE(regen.error.category, ErrorCategory::Server);
        QVERIFY(regen.error.message.contains(QLatin1String("Enterprise feature")));
        m_sim->config().premium = true;
        regen = wait<GeneratedKey>([&](auto cb) { m_client->regenerateKey(hash, cb); });
        QVERIFY2(regen.ok(), qPrintable(regen.error.toString()));
        QVERIFY(regen.value->token != hash);

        auto del = wait<Done>([&](auto cb) { m_client->deleteKeysByAlias({req.keyAlias}, cb); });
        QVERIFY(del.ok());
        del = wait<Done>([&](auto cb) { m_client->deleteKeysByAlias({req.keyAlias}, cb); });
        QCOMPARE(del.error.category, ErrorCategory::NotFound);
        QCOMPARE(del.error.message, QStringLiteral("Not found on the proxy. The proxy said: No keys found"));
        auto delHash = wait<Done>([&](auto cb) { m_client->deleteKeys({QStringLiteral("0000")}, cb); });
        QCOMPARE(delHash.error.httpStatus, 404);
    }

    void usersHealthAndActivity()
    {
        auto user = wait<UserInfo>(
            [&](auto cb) { m_client->createUser(QStringLiteral("kc-9"), QStringLiteral("ana@example.com"), cb); });
        QVERIFY(user.ok());
        auto info = wait<UserInfo>([&](auto cb) { m_client->userInfo(QStringLiteral("kc-9"), cb); });
        QVERIFY(info.ok());
        QCOMPARE(info.value->email, QStringLiteral("ana@example.com"));
        info = wait<UserInfo>([&](auto cb) { m_client->userInfo(QStringLiteral("nobody"), cb); });
        QCOMPARE(info.error.category, ErrorCategory::NotFound);

        auto live = wait<HealthStatus>([&](auto cb) { m_client->liveliness(cb); });
        QVERIFY(live.ok() && live.value->alive);
        auto ready = wait<HealthStatus>([&](auto cb) { m_client->readiness(cb); });
        QCOMPARE(ready.value->db, QStringLiteral("connected"));

        newTeam(QStringLiteral("org-a"));
        GenerateKeyRequest req;
        req.teamId = QStringLiteral("org-a");
        req.keyAlias = QStringLiteral("a");
        auto key = wait<GeneratedKey>([&](auto cb) { m_client->generateKey(req, cb); });
        const QDate today = m_sim->now().date();
        for (int i = 0; i < 1500; ++i) // more rows than one page of 1000
            m_sim->recordSpend(key.value->token, 0.01, QStringLiteral("m%1").arg(i),
                               today.addDays(-(i % 3)).toString(Qt::ISODate), 10, 5);
        auto days = wait<QList<DailySpend>>(
            [&](auto cb) { m_client->teamDailyActivity(QStringLiteral("org-a"), today.addDays(-7), today, cb); });
        QVERIFY2(days.ok(), qPrintable(days.error.toString()));
        QCOMPARE(days.value->size(), 3);
        double total = 0;
        for (const DailySpend &d : *days.value)
            total += d.spend;
        QVERIFY(qAbs(total - 15.0) < 1e-6);
    }

    void testConnection()
    {
        auto report = wait<ConnectionReport>([&](auto cb) { m_client->testConnection(cb); });
        QVERIFY(report.ok());
        QVERIFY(report.value->reachable && report.value->adminKey && report.value->databaseConnected);
        auto wrong = makeClient(m_sim->baseUrl(), QStringLiteral("sk-wrong-key"));
        report = wait<ConnectionReport>([&](auto cb) { wrong->testConnection(cb); });
        QVERIFY(report.ok());
        QVERIFY(report.value->reachable);
        QVERIFY(!report.value->adminKey);
        QVERIFY(report.value->summary.contains(QLatin1String("refused the master key")));
        auto nowhere = makeClient(QStringLiteral("http://127.0.0.1:1"), kMaster);
        report = wait<ConnectionReport>([&](auto cb) { nowhere->testConnection(cb); });
        QCOMPARE(report.error.category, ErrorCategory::Network);
        QVERIFY(report.error.message.contains(QLatin1String("refused")));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("401 wrong key") << "wrongkey" << int(ErrorCategory::Auth) << 401 << "Invalid proxy server token passed";
        QTest::newRow("404 E envelope") << "teaminfo404" << int(ErrorCategory::NotFound) << 404
                                        << "Team not found, passed team id: ghost.";
        QTest::newRow("422 FastAPI list") << "422" << int(ErrorCategory::Validation) << 422
                                          << "max_budget: Input should be a valid number";
        QTest::newRow("400 repr duplicate team") << "dupteam" << int(ErrorCategory::Conflict) << 400
                                                 << "Team id = dup already exists. Please use a different team id.";
        QTest::newRow("500 injected") << "500" << int(ErrorCategory::Server) << 500 << "Injected fault";
        QTest::newRow("timeout") << "hang" << int(ErrorCategory::Timeout) << 0 << "did not answer in time";
        QTest::newRow("reset") << "reset" << int(ErrorCategory::Network) << 0 << "closed the connection";
        QTest::newRow("malformed json") << "malformed" << int(ErrorCategory::MalformedReply) << 200 << "not valid JSON";
        QTest::newRow("plain http remote") << "remotehttp" << int(ErrorCategory::Configuration) << 0
                                           << "only allowed to a proxy on this machine";
        QTest::newRow("no master key") << "nokey" << int(ErrorCategory::Configuration) << 0 << "No master key";
    }
    void errors()
    {
        QFETCH(QString, scenario);
        QFETCH(int, category);
        QFETCH(int, status);
        QFETCH(QString, messageContains);
        std::unique_ptr<LiteLlmClient> client = makeClient(m_sim->baseUrl(), kMaster, 500);
        Result<TeamInfo> r;
        NewTeamRequest req;
        req.teamId = QStringLiteral("dup");
        if (scenario == QLatin1String("wrongkey")) {
            client = makeClient(m_sim->baseUrl(), QStringLiteral("sk-wrong"));
        } else if (scenario == QLatin1String("teaminfo404")) {
            auto info = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("ghost"), cb); });
            r.error = info.error;
        } else if (scenario == QLatin1String("422")) {
            // The client never sends a wrong type itself; a fault replays a real 422 body.
            addFault(
                {{QStringLiteral("path"), QStringLiteral("/team/new")},
                 {QStringLiteral("status"), 422},
                 {QStringLiteral("body"),
                  QStringLiteral("{\"detail\":[{\"type\":\"float_parsing\",\"loc\":[\"body\",\"max_budget\"],\"msg\":\"Input "
                                 "should be a valid number, unable to parse string as a number\",\"input\":\"lots\"}]}")}});
        } else if (scenario == QLatin1String("dupteam")) {
            newTeam(QStringLiteral("dup"));
            req.metadata = QJsonObject {{QStringLiteral("orgconsole_org_id"), QStringLiteral("someone-else")}};
        } else if (scenario == QLatin1String("500")) {
            addFault({{QStringLiteral("path"), QStringLiteral("/team/new")}, {QStringLiteral("status"), 500}});
        } else if (scenario == QLatin1String("hang")) {
            addFault({{QStringLiteral("path"), QStringLiteral("/team/new")}, {QStringLiteral("mode"), QStringLiteral("hang")}});
        } else if (scenario == QLatin1String("reset")) {
            addFault({{QStringLiteral("path"), QStringLiteral("/team/new")}, {QStringLiteral("mode"), QStringLiteral("reset")}});
        } else if (scenario == QLatin1String("malformed")) {
            addFault(
                {{QStringLiteral("path"), QStringLiteral("/team/new")}, {QStringLiteral("mode"), QStringLiteral("malformed")}});
        } else if (scenario == QLatin1String("remotehttp")) {
            client = makeClient(QStringLiteral("http://litellm.example.com"), kMaster);
        } else if (scenario == QLatin1String("nokey")) {
            client = makeClient(m_sim->baseUrl(), QString());
        }
        if (!r.error.isError())
            r = wait<TeamInfo>([&](auto cb) { client->createTeam(req, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.category), category);
        QCOMPARE(r.error.httpStatus, status);
        QVERIFY2(r.error.message.contains(messageContains), qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(kMaster));
    }

    void slowReplyWithinTimeoutSucceeds()
    {
        addFault({{QStringLiteral("path"), QStringLiteral("/team/new")}, {QStringLiteral("latency_ms"), 300}});
        auto client = makeClient(m_sim->baseUrl(), kMaster, 2000);
        NewTeamRequest req;
        req.alias = QStringLiteral("slow");
        auto r = wait<TeamInfo>([&](auto cb) { client->createTeam(req, cb); });
        QVERIFY(r.ok());
    }

    void retriesIdempotentReadsOnly()
    {
        newTeam(QStringLiteral("t"));
        addFault({{QStringLiteral("path"), QStringLiteral("/team/info")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("nth"), 1},
                  {QStringLiteral("times"), 2}});
        auto info = wait<TeamDetail>([&](auto cb) { m_client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY2(info.ok(), "two 503s are retried away (max 2 retries)");
        addFault({{QStringLiteral("path"), QStringLiteral("/key/generate")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("nth"), 1}});
        GenerateKeyRequest req;
        req.keyAlias = QStringLiteral("once");
        auto gen = wait<GeneratedKey>([&](auto cb) { m_client->generateKey(req, cb); });
        QCOMPARE(gen.error.httpStatus, 503); // never retried: a lost reply cannot give the key back
        QCOMPARE(m_sim->state().keys.size(), 0);
    }

    void createTeamRecognisesItsOwnEarlierSuccess()
    {
        // The first /team/new succeeds on the proxy but its reply is lost (reset after the fact is
        // simulated by creating it first); the retry's 400 "already exists" is checked and accepted.
        newTeam(QStringLiteral("mine"));
        NewTeamRequest req;
        req.teamId = QStringLiteral("mine");
        req.metadata = QJsonObject {{QStringLiteral("orgconsole_org_id"), QStringLiteral("mine")}};
        auto again = wait<TeamInfo>([&](auto cb) { m_client->createTeam(req, cb); });
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(m_sim->state().teams.size(), 1);
    }

    void redirectToAnotherHostDoesNotCarryTheKey()
    {
        SimConfig other;
        other.masterKey = QStringLiteral("sk-other");
        LiteLlmSimulator elsewhere(other);
        QVERIFY(elsewhere.listen());
        addFault({{QStringLiteral("path"), QStringLiteral("/team/new")},
                  {QStringLiteral("status"), 307},
                  {QStringLiteral("location"), QStringLiteral("http://localhost:%1/team/new").arg(elsewhere.port())},
                  {QStringLiteral("body"), QStringLiteral("{}")}});
        NewTeamRequest req;
        req.alias = QStringLiteral("x");
        auto r = wait<TeamInfo>([&](auto cb) { m_client->createTeam(req, cb); });
        QCOMPARE(r.error.category, ErrorCategory::Configuration);
        QCOMPARE(r.error.httpStatus, 307);
        QVERIFY(r.error.message.contains(QLatin1String("does not follow redirects")));
        QTest::qWait(100);
        // The other host received no request at all: its request log is empty.
        const QJsonArray seen = QJsonDocument::fromJson(capturedRequests(elsewhere.baseUrl(), QStringLiteral("sk-other")))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
        QVERIFY2(seen.isEmpty(), "the redirect target was contacted");
        QCOMPARE(elsewhere.state().teams.size(), 0);
    }

    void requestHeaders()
    {
        newTeam(QStringLiteral("h"));
        // What the simulator captured for that POST.
        const QJsonObject last = QJsonDocument::fromJson(capturedRequests(m_sim->baseUrl(), kMaster))
                                     .object()
                                     .value(QStringLiteral("requests"))
                                     .toArray()
                                     .last()
                                     .toObject();
        const QJsonObject headers = last.value(QStringLiteral("headers")).toObject();
        QCOMPARE(last.value(QStringLiteral("has_authorization")).toBool(), true);
        QVERIFY(headers.value(QStringLiteral("user-agent")).toString().startsWith(QLatin1String("OrgConsole/")));
        QCOMPARE(headers.value(QStringLiteral("litellm-changed-by")).toString(), QStringLiteral("ana.support"));
        QCOMPARE(headers.value(QStringLiteral("content-type")).toString(), QStringLiteral("application/json"));
        QVERIFY(!QUuid::fromString(headers.value(QStringLiteral("x-request-id")).toString()).isNull());
    }

    void hostileReplies_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("null teams") << "{\"teams\": null, \"total\": null}";
        QTest::newRow("wrong types") << "{\"teams\": [{\"team_id\": 5, \"max_budget\": \"x\", \"spend\": null, \"models\": null, "
                                        "\"budget_reset_at\": 7}]}";
        QTest::newRow("array") << "[]";
        QTest::newRow("string") << "\"hello\"";
        QTest::newRow("nested garbage") << "{\"teams\": [null, 1, \"a\", [], {}]}";
        QTest::newRow("huge numbers")
            << "{\"teams\": [{\"team_id\": \"a\", \"max_budget\": 1e400, \"spend\": -1e308}], \"total\": 9223372036854775807}";
    }
    void hostileReplies()
    {
        QFETCH(QString, body);
        addFault({{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                  {QStringLiteral("status"), 200},
                  {QStringLiteral("body"), body}});
        auto page = wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 10, {}, cb); });
        if (page.ok()) {
            for (const TeamInfo &t : page.value->teams)
                QVERIFY(!t.maxBudget || std::isfinite(*t.maxBudget));
        } else {
            QCOMPARE(page.error.category, ErrorCategory::MalformedReply);
        }
        addFault({{QStringLiteral("path"), QStringLiteral("/team/info")},
                  {QStringLiteral("status"), 200},
                  {QStringLiteral("body"), body}});
        auto info = wait<TeamDetail>([&](auto cb) { m_client->teamInfo(QStringLiteral("x"), cb); });
        QVERIFY(!info.ok());
        QCOMPARE(info.error.category, ErrorCategory::MalformedReply);
    }

    void tls()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("openssl is required (scripts/setup installs it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess gen;
        gen.setWorkingDirectory(dir.path());
        gen.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY(gen.waitForFinished(30000));
        QCOMPARE(gen.exitCode(), 0);
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedChannels);
        server.start(QStringLiteral("python3"),
                     {qEnvironmentVariable("ORGCONSOLE_SOURCE_DIR") + QStringLiteral("/tests/scripts/tls_server.py"),
                      dir.filePath(QStringLiteral("cert.pem")), dir.filePath(QStringLiteral("key.pem")),
                      dir.filePath(QStringLiteral("port"))});
        QVERIFY(server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dir.filePath(QStringLiteral("port"))).size() > 0, 10000);
        QFile portFile(dir.filePath(QStringLiteral("port")));
        QVERIFY(portFile.open(QIODevice::ReadOnly));
        const int port = portFile.readAll().toInt();
        QVERIFY(port > 0);
        const QString url = QStringLiteral("https://localhost:%1").arg(port);
        ProxyProfile p;
        p.name = QStringLiteral("tls");
        p.baseUrl = QUrl(url);
        p.caBundlePath = dir.filePath(QStringLiteral("cert.pem"));
        QNetworkAccessManager freshNam; // a fresh connection cache, as a new profile gets
        LiteLlmClient trusting(&freshNam, p);
        trusting.setMasterKey(kMaster);
        auto accepted = wait<HealthStatus>([&](auto cb) { trusting.liveliness(cb); });
        QVERIFY2(accepted.ok(), qPrintable(accepted.error.toString()));

        auto strict = makeClient(url, kMaster);
        auto refused = wait<HealthStatus>([&](auto cb) { strict->liveliness(cb); });
        QCOMPARE(refused.error.category, ErrorCategory::Tls);
        QVERIFY2(refused.error.message.contains(QLatin1String("localhost")), qPrintable(refused.error.message));
        QVERIFY2(refused.error.message.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                     || refused.error.message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(refused.error.message));

        p.caBundlePath = dir.filePath(QStringLiteral("missing.pem"));
        LiteLlmClient broken(&m_nam, p);
        broken.setMasterKey(kMaster);
        auto bad = wait<HealthStatus>([&](auto cb) { broken.liveliness(cb); });
        QCOMPARE(bad.error.category, ErrorCategory::Configuration);
        server.kill();
        QVERIFY(server.waitForFinished(5000));
    }

    void requestsMatchOpenApiSchemas()
    {
        const QString openapi = qEnvironmentVariable("ORGCONSOLE_SOURCE_DIR") + QStringLiteral("/../shared/litellm/openapi");
        if (!QFileInfo::exists(openapi))
            QFAIL(qPrintable(QStringLiteral("LiteLLM's OpenAPI documents are expected at %1").arg(openapi)));
        // Make every call that has a body.
        teamLifecycle();
        keyLifecycle();
        usersHealthAndActivity();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("requests.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(capturedRequests(m_sim->baseUrl(), kMaster));
        f.close();
        QProcess py;
        py.setProcessChannelMode(QProcess::MergedChannels);
        py.start(QStringLiteral("python3"),
                 {qEnvironmentVariable("ORGCONSOLE_SOURCE_DIR") + QStringLiteral("/tests/scripts/validate_requests.py"),
                  f.fileName(), openapi});
        QVERIFY(py.waitForFinished(60000));
        const QString out = QString::fromUtf8(py.readAll());
        qInfo().noquote() << out.trimmed();
        QVERIFY2(py.exitCode() == 0, qPrintable(out));
    }

    void noSecretInLogsOrMessages()
    {
        // Run a busy scenario with failures, then scan every captured log line.
        g_logLines.clear();
        teamLifecycle();
        keyLifecycle();
        GenerateKeyRequest req;
        req.keyAlias = QStringLiteral("leak-check");
        auto gen = wait<GeneratedKey>([&](auto cb) { m_client->generateKey(req, cb); });
        QVERIFY(gen.ok());
        const QString raw = gen.value->rawKey;
        auto info = wait<KeyInfo>([&](auto cb) { m_client->keyInfo(raw, cb); }); // raw key in the query
        QVERIFY(info.ok());
        auto wrong = makeClient(m_sim->baseUrl(), QStringLiteral("sk-wrong-secret-key-999"));
        auto denied = wait<TeamInfo>([&](auto cb) { wrong->createTeam(NewTeamRequest {}, cb); });
        QVERIFY(!denied.ok());
        QVERIFY(!denied.error.message.contains(QLatin1String("sk-wrong-secret-key-999")));
        QVERIFY(!g_logLines.isEmpty());
        for (const QString &line : std::as_const(g_logLines)) {
            QVERIFY2(!line.contains(kMaster), qPrintable(line));
            QVERIFY2(!line.contains(raw), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("sk-wrong-secret-key-999")), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String("Bearer")), qPrintable(line));
        }
        QCOMPARE(redactSecrets(QStringLiteral("key sk-AbCdEf123456 and ") + kMaster), QStringLiteral("key sk-*** and ***"));
        QCOMPARE(redactSecrets(QStringLiteral("name sk-...abcd stays")), QStringLiteral("name sk-...abcd stays"));
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmClient)
#include "test_litellm_client.moc"
