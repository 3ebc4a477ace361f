// litellm-sim's own side over real HTTP: its admin endpoints need the master key, injected faults
// (status, reset, hang, malformed, lost reply, latency, redirect, nth call), the redacted request capture and
// the state dump. The LiteLLM endpoints themselves are in test_simulator.cpp.
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/SimHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::HttpResult;
using OrgConsole::Test::HttpTestClient;
using OrgConsole::Test::jsonAt;

namespace {
const QString kMaster = QStringLiteral("sk-master-test");
} // namespace

class TestSimFaults : public QObject
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

    void simAdminNeedsMasterKey()
    {
        HttpTestClient anonymous(m_sim->baseUrl());
        QCOMPARE(anonymous.get(QStringLiteral("/sim/state")).status, 401);
        QCOMPARE(m_http->get(QStringLiteral("/sim/state")).status, 200);
    }

    void faults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::newRow("status") << QJsonObject {{QStringLiteral("path"), QStringLiteral("/team/new")},
                                                {QStringLiteral("status"), 503}}
                                << 503 << int(QNetworkReply::ServiceUnavailableError);
        QTest::newRow("reset") << QJsonObject {{QStringLiteral("path"), QStringLiteral("/team/new")},
                                               {QStringLiteral("mode"), QStringLiteral("reset")}}
                               << 0 << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("malformed") << QJsonObject {{QStringLiteral("path"), QStringLiteral("/team/new")},
                                                   {QStringLiteral("mode"), QStringLiteral("malformed")}}
                                   << 200 << 0;
    }
    void faults()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, status);
        QFETCH(int, networkError);
        QCOMPARE(m_http->post(QStringLiteral("/sim/faults"), fault).status, 200);
        const HttpResult r = m_http->post(QStringLiteral("/team/new"), {});
        QCOMPARE(r.status, status);
        QCOMPARE(r.networkError, networkError);
        if (status == 200)
            QVERIFY(r.json.isNull()); // not parseable
        QCOMPARE(m_sim->state().teams.size(), 0);
        // Other endpoints are untouched.
        QCOMPARE(m_http->get(QStringLiteral("/v2/team/list")).status, 200);
    }

    // A lost reply: the proxy did the work, the caller only sees the connection drop.
    void lostReplyDoesTheWork()
    {
        QCOMPARE(
            m_http
                ->post(QStringLiteral("/sim/faults"),
                       {{QStringLiteral("path"), QStringLiteral("/team/new")}, {QStringLiteral("mode"), QStringLiteral("lost")}})
                .status,
            200);
        const HttpResult r = m_http->post(QStringLiteral("/team/new"), {{QStringLiteral("team_id"), QStringLiteral("made")}});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.networkError, int(QNetworkReply::RemoteHostClosedError));
        QVERIFY(m_sim->state().teams.contains(QStringLiteral("made")));
        QCOMPARE(m_http->get(QStringLiteral("/sim/faults")).object().value(QStringLiteral("faults"))[0][QStringLiteral("mode")],
                 QStringLiteral("lost"));
    }

    void faultOnNthCallOnly()
    {
        m_http->post(QStringLiteral("/sim/faults"),
                     {{QStringLiteral("path"), QStringLiteral("/key/generate")},
                      {QStringLiteral("status"), 500},
                      {QStringLiteral("nth"), 2}});
        QCOMPARE(m_http->post(QStringLiteral("/key/generate"), {}).status, 200);
        QCOMPARE(m_http->post(QStringLiteral("/key/generate"), {}).status, 500);
        QCOMPARE(m_http->post(QStringLiteral("/key/generate"), {}).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/sim/faults")).object().value(QStringLiteral("faults")).toArray().size(), 1);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/sim/faults"), {}, {}).status, 200);
        QCOMPARE(m_http->post(QStringLiteral("/sim/faults"), {{QStringLiteral("mode"), QStringLiteral("explode")}}).status, 400);
    }

    void hangTimesOut()
    {
        m_http->post(QStringLiteral("/sim/faults"),
                     {{QStringLiteral("path"), QStringLiteral("/team/info")}, {QStringLiteral("mode"), QStringLiteral("hang")}});
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_sim->baseUrl() + QStringLiteral("/team/info?team_id=x")));
        request.setRawHeader("Authorization", "Bearer " + kMaster.toUtf8());
        request.setTransferTimeout(300);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = nam.get(request);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(timer.elapsed() >= 250);
        reply->deleteLater();
    }

    void latencyDoesNotSerialize()
    {
        // 16 concurrent requests with 50 ms latency overlap: all done in well under 16 x 50 ms.
        m_http->post(QStringLiteral("/sim/faults"),
                     {{QStringLiteral("path"), QStringLiteral("/health/liveliness")}, {QStringLiteral("latency_ms"), 50}});
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 16; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, m_sim->port());
            QVERIFY(s->waitForConnected(2000));
            sockets.push_back(std::move(s));
        }
        QElapsedTimer timer;
        timer.start();
        for (auto &s : sockets)
            s->write("GET /health/liveliness HTTP/1.1\r\nHost: x\r\n\r\n");
        int done = 0;
        while (done < 16 && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            done = 0;
            for (auto &s : sockets)
                done += s->peek(4096).contains("I'm alive!") ? 1 : 0;
        }
        QCOMPARE(done, 16);
        const qint64 elapsed = timer.elapsed();
        qInfo("16 concurrent requests at 50 ms latency took %lld ms", elapsed);
        QVERIFY2(elapsed >= 45, "latency was not applied");
        QVERIFY2(elapsed < 16 * 50 / 2, "requests were serialized");
    }

    void redirectFault()
    {
        m_http->post(QStringLiteral("/sim/faults"),
                     {{QStringLiteral("path"), QStringLiteral("/team/new")},
                      {QStringLiteral("status"), 307},
                      {QStringLiteral("location"), QStringLiteral("http://localhost:1/team/new")},
                      {QStringLiteral("body"), QStringLiteral("{}")}});
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_sim->baseUrl() + QStringLiteral("/team/new")));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Authorization", "Bearer " + kMaster.toUtf8());
        QNetworkReply *reply = nam.post(request, QByteArray("{}"));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 307);
        QCOMPARE(reply->rawHeader("Location"), QByteArray("http://localhost:1/team/new"));
        reply->deleteLater();
    }

    void requestCaptureRedactsSecrets()
    {
        m_http->post(QStringLiteral("/team/new"), {{QStringLiteral("team_alias"), QStringLiteral("x")}});
        const HttpResult r = m_http->get(QStringLiteral("/sim/requests"));
        QVERIFY(!r.body.contains(kMaster.toUtf8()));
        QCOMPARE(jsonAt(r.json, QStringLiteral("requests.0.body.team_alias")).toString(), QStringLiteral("x"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("requests.0.has_authorization")).toBool(), true);
    }

    void stateDumpAndReset()
    {
        createTeam({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        generateKey({{QStringLiteral("team_id"), QStringLiteral("t1")}});
        HttpResult r = m_http->get(QStringLiteral("/sim/state"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_count")).toInt(), 1);
        QCOMPARE(jsonAt(r.json, QStringLiteral("key_count")).toInt(), 1);
        QCOMPARE(jsonAt(r.json, QStringLiteral("teams.0.team_id")).toString(), QStringLiteral("t1"));
        QCOMPARE(m_http->post(QStringLiteral("/sim/reset"), {}).status, 200);
        r = m_http->get(QStringLiteral("/sim/state"));
        QCOMPARE(jsonAt(r.json, QStringLiteral("team_count")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "test_sim_faults.moc"
