// GET /sim/requests keeps no secret: raw keys and the master key are redacted wherever a request
// carried them (headers, path, query, JSON body at any depth), key hashes stay visible.
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/HttpTestClient.h"

#include <QTest>

using namespace OrgConsole::Sandbox;
using OrgConsole::Test::HttpResult;
using OrgConsole::Test::HttpTestClient;

namespace {
// No "sk-" prefix: only the simulator's knowledge of its master key can redact it.
const QString kMaster = QStringLiteral("local-master-7f3a9c");
} // namespace

class TestSimRequestLog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LiteLlmSimulator> m_sim;
    std::unique_ptr<HttpTestClient> m_http;

    QByteArray requestLog() const { return m_http->get(QStringLiteral("/sim/requests")).body; }

private slots:
    void init()
    {
        SimConfig config;
        config.masterKey = kMaster;
        config.premium = true; // for /key/{key}/regenerate
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        m_http->setBearer(kMaster);
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void secretsAreRedactedEverywhere()
    {
        const HttpResult generated = m_http->post(QStringLiteral("/key/generate"), {});
        QCOMPARE(generated.status, 200);
        const QString raw = generated.object().value(QStringLiteral("key")).toString();
        const QString hash = generated.object().value(QStringLiteral("token")).toString();
        QVERIFY(raw.startsWith(QLatin1String("sk-")));
        QCOMPARE(hash.size(), 64);
        const QString custom = QStringLiteral("sk-custom-key-0001");
        const QString shortKey = QStringLiteral("sk-1234"); // too short for pattern matching: redacted by field
        const QString nestedSecret = QStringLiteral("nested-plain-secret");

        // Query string, with both a raw key and a hash.
        QCOMPARE(m_http->get(QStringLiteral("/key/info?key=") + raw).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/key/info?key=") + hash).status, 200);
        // JSON bodies: key fields at the top and deep down, keys inside free text, the master key.
        m_http->post(QStringLiteral("/key/generate"),
                     {{QStringLiteral("key"), custom},
                      {QStringLiteral("key_alias"), QStringLiteral("visible-alias")},
                      {QStringLiteral("metadata"),
                       QJsonObject {{QStringLiteral("deep"), QJsonObject {{QStringLiteral("api_key"), nestedSecret}}},
                                    {QStringLiteral("token"), QJsonArray {nestedSecret}},
                                    {QStringLiteral("note"), QStringLiteral("copied %1 and %2 here").arg(raw, kMaster)}}}});
        m_http->post(QStringLiteral("/key/update"), {{QStringLiteral("key"), shortKey}});
        m_http->post(QStringLiteral("/key/delete"), {{QStringLiteral("keys"), QJsonArray {shortKey, hash}}});
        m_http->post(QStringLiteral("/team/new"),
                     {{QStringLiteral("team_alias"), QString(QStringLiteral("team of ") + kMaster)}});
        // A key in the path, and a credential header other than Authorization.
        m_http->post(QStringLiteral("/key/%1/regenerate").arg(custom), {});
        m_http->post(QStringLiteral("/key/%1/regenerate").arg(shortKey), {});
        HttpTestClient virtualKey(m_sim->baseUrl());
        virtualKey.get(QStringLiteral("/key/info"), {{"x-litellm-api-key", raw.toUtf8()}});

        const QByteArray log = requestLog();
        QVERIFY2(log.contains("\"requests\""), log.constData());
        for (const QString &secret : {raw, custom, shortKey, nestedSecret, kMaster})
            QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(QStringLiteral("%1 is in the request log").arg(secret)));
        // What identifies without granting stays readable.
        QVERIFY2(log.contains(hash.toUtf8()), "the key hash was redacted");
        QVERIFY(log.contains("visible-alias"));
        QVERIFY(log.contains("/key/info"));
        QVERIFY(log.contains("/regenerate"));
        QVERIFY(log.contains("team of ***"));
    }

    void redactedBodiesKeepTheirShape()
    {
        // Tests validate captured bodies against LiteLLM's schemas: a redacted key is still a string.
        m_http->post(QStringLiteral("/key/delete"), {{QStringLiteral("keys"), QJsonArray {QStringLiteral("sk-abcdefghijkl")}}});
        const QJsonObject entry
            = QJsonDocument::fromJson(requestLog()).object().value(QStringLiteral("requests")).toArray().last().toObject();
        const QJsonArray keys = entry.value(QStringLiteral("body")).toObject().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).toString(), QStringLiteral("sk-***"));
        QCOMPARE(entry.value(QStringLiteral("endpoint")).toString(), QStringLiteral("/key/delete"));
    }
};

QTEST_GUILESS_MAIN(TestSimRequestLog)
#include "test_sim_request_log.moc"
