#pragma once

#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/HttpTestClient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace OrgConsole::Test {

// Reads "a.b.0.c" out of a JSON document.
inline QJsonValue jsonAt(const QJsonDocument &doc, const QString &path)
{
    QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QStringList parts = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool isIndex = false;
        const int i = p.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(p);
    }
    return v;
}

// A simulator on loopback and an HTTP client holding its master key, for the simulator's tests.
// Header-only: the tests that use it link orgconsole_sandbox; the support library does not.
struct SimHarness {
    std::unique_ptr<Sandbox::LiteLlmSimulator> sim;
    std::unique_ptr<HttpTestClient> http;

    bool start(const QString &masterKey)
    {
        Sandbox::SimConfig config;
        config.masterKey = masterKey;
        sim = std::make_unique<Sandbox::LiteLlmSimulator>(config);
        if (!sim->listen())
            return false;
        http = std::make_unique<HttpTestClient>(sim->baseUrl());
        http->setBearer(masterKey);
        return true;
    }
    void stop()
    {
        http.reset();
        sim.reset();
    }
    QJsonObject createTeam(const QJsonObject &body) { return post200(QStringLiteral("/team/new"), body); }
    QJsonObject generateKey(const QJsonObject &body) { return post200(QStringLiteral("/key/generate"), body); }
    QJsonObject post200(const QString &path, const QJsonObject &body)
    {
        const HttpResult r = http->post(path, body);
        [&] { QCOMPARE(r.status, 200); }();
        return r.object();
    }
};

} // namespace OrgConsole::Test
