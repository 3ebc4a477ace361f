// The LiteLLM client's pure functions, data-driven: the one mapping from an HTTP status or network
// error (and the proxy's body in either envelope) to the words a user reads, and the lenient date
// reader. No network: these are the tables the client's tests over HTTP rely on.
#include "services/litellm/LiteLlmError.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/litellm/ReplyValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

using namespace OrgConsole;

class TestLiteLlmMapping : public QObject
{
    Q_OBJECT
private:
    // Rows of mappingFunction_data: RFC 7807 application/problem+json, as LiteLLM's /management/v1
    // routes answer.
    static void addProblemDocumentRows()
    {
        QTest::newRow("problem 400")
            << 400 << 0
            << QByteArray(R"({"type":"https://docs.litellm.ai/problems/validation","title":"Invalid request","status":400,)"
                          R"("detail":"max_budget must not be negative","instance":"/management/v1/teams/t1"})")
            << int(ErrorCategory::Validation)
            << "The proxy refused the request. The proxy said: Invalid request: max_budget must not be negative";
        QTest::newRow("problem without detail")
            << 404 << 0 << QByteArray(R"({"type":"about:blank","title":"Not Found","status":404})")
            << int(ErrorCategory::NotFound) << "Not found on the proxy. The proxy said: Not Found";
        QTest::newRow("problem detail equals title")
            << 500 << 0 << QByteArray(R"({"title":"Internal Server Error","status":500,"detail":"internal server error"})")
            << int(ErrorCategory::Server)
            << "The proxy failed with a server error (HTTP 500). The proxy said: Internal Server Error";
        QTest::newRow("problem 503 with extra members")
            << 503 << 0
            << QByteArray(R"({"type":"about:blank","title":"Service Unavailable","status":503,"detail":"database is starting",)"
                          R"("retry_after":5,"trace":{"id":"abc"}})")
            << int(ErrorCategory::Server)
            << "The proxy is unavailable (HTTP 503). The proxy said: Service Unavailable: database is starting";
        QTest::newRow("problem invalid_params")
            << 422 << 0
            << QByteArray(
                   R"({"type":"https://example.net/validation","title":"Validation failed","status":422,)"
                   R"("detail":"2 parameters are invalid","invalid_params":[{"name":"max_budget","reason":"must be >= 0"},)"
                   R"({"name":"budget_duration","reason":"not a duration"}]})")
            << int(ErrorCategory::Validation)
            << "The proxy rejected the request as invalid. The proxy said: Validation failed: 2 parameters are invalid "
               "(invalid: max_budget: must be >= 0; budget_duration: not a duration)";
        QTest::newRow("problem errors, no detail")
            << 400 << 0
            << QByteArray(R"({"title":"Bad Request","status":400,"errors":[{"pointer":"/team_alias","detail":"too long"},)"
                          R"("models: unknown model x",{"loc":["body","tags",1],"msg":"not a string"}]})")
            << int(ErrorCategory::Validation)
            << "The proxy refused the request. The proxy said: Bad Request (invalid: /team_alias: too long; models: unknown "
               "model x; tags.1: not a string)";
        QTest::newRow("problem, many invalid params")
            << 400 << 0
            << QByteArray(
                   R"({"title":"Bad Request","status":400,"detail":"Fix the fields","invalid_params":[)"
                   R"({"name":"a","reason":"x"},{"name":"b","reason":"x"},{"name":"c","reason":"x"},{"name":"d","reason":"x"},)"
                   R"({"name":"e","reason":"x"},{"name":"f","reason":"x"},{"name":"g","reason":"x"}]})")
            << int(ErrorCategory::Validation)
            << "The proxy refused the request. The proxy said: Bad Request: Fix the fields (invalid: a: x; b: x; c: x; d: x; e: "
               "x; and 2 more)";
    }
    // Rows of mappingFunction_data: no database connected (CONTRACT.md §9.3), a 400 or a 500 in
    // several wordings.
    static void addNoDatabaseRows()
    {
        QTest::newRow("no db, /team/new")
            << 500 << 0
            << QByteArray("{\"error\":{\"message\":\"{'error': 'No db connected'}\",\"type\":\"internal_server_error\","
                          "\"param\":\"None\",\"code\":\"500\"}}")
            << int(ErrorCategory::NoDatabase)
            << "The proxy at h has no database connected, so it cannot manage teams and keys. The proxy said: No db connected";
        QTest::newRow("no db, /team/list")
            << 400 << 0
            << QByteArray("{\"detail\":{\"error\":\"DB not connected. See https://docs.litellm.ai/docs/proxy/virtual_keys\"}}")
            << int(ErrorCategory::NoDatabase)
            << "The proxy at h has no database connected, so it cannot manage teams and keys. The proxy said: DB not connected. "
               "See https://docs.litellm.ai/docs/proxy/virtual_keys";
        QTest::newRow("no db, virtual key at authentication")
            << 400 << 0
            << QByteArray(R"({"error":{"message":"No connected db.","type":"no_db_connection","param":null,"code":"400"}})")
            << int(ErrorCategory::NoDatabase)
            << "The proxy at h has no database connected, so it cannot manage teams and keys. The proxy said: No connected db.";
        QTest::newRow("a 500 that mentions a database is not no-db")
            << 500 << 0 << QByteArray(R"({"detail":"database timeout while reading the team"})") << int(ErrorCategory::Server)
            << "The proxy failed with a server error (HTTP 500). The proxy said: database timeout while reading the team";
    }

private slots:
    void mappingFunction_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("netError");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("message");
        QTest::newRow("E repr") << 400 << 0
                                << QByteArray("{\"error\":{\"message\":\"{'error': 'max_budget cannot be negative. Received: "
                                              "-1.0'}\",\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"400\"}}")
                                << int(ErrorCategory::Validation)
                                << "The proxy refused the request. The proxy said: max_budget cannot be negative. Received: -1.0";
        QTest::newRow("E repr with double quotes")
            << 400 << 0
            << QByteArray(
                   "{\"error\":{\"message\":\"{'error': \\\"Invalid key format. LiteLLM Virtual Key must start with 'sk-'. "
                   "Received: abcd****wxyz\\\"}\",\"type\":\"internal_server_error\",\"param\":\"None\",\"code\":\"400\"}}")
            << int(ErrorCategory::Validation)
            << "The proxy refused the request. The proxy said: Invalid key format. LiteLLM Virtual Key must start with 'sk-'. "
               "Received: abcd****wxyz";
        QTest::newRow("D object") << 404 << 0 << QByteArray("{\"detail\":{\"error\":\"Team not found, passed team_id=x\"}}")
                                  << int(ErrorCategory::NotFound)
                                  << "Not found on the proxy. The proxy said: Team not found, passed team_id=x";
        QTest::newRow("D string") << 503 << 0 << QByteArray("{\"detail\":\"Service Unhealthy (db)\"}")
                                  << int(ErrorCategory::Server)
                                  << "The proxy is unavailable (HTTP 503). The proxy said: Service Unhealthy (db)";
        QTest::newRow("D list") << 422 << 0
                                << QByteArray("{\"detail\":[{\"loc\":[\"body\",\"members_with_roles\",0,\"role\"],\"msg\":"
                                              "\"Input should be 'admin' or 'user'\"}]}")
                                << int(ErrorCategory::Validation)
                                << "The proxy rejected the request as invalid. The proxy said: members_with_roles.0.role: Input "
                                   "should be 'admin' or 'user'";
        QTest::newRow("E repr message key")
            << 422 << 0
            << QByteArray("{\"error\":{\"message\":\"{'message': 'Malformed request. No team id passed "
                          "in.'}\",\"type\":\"auth_error\",\"param\":\"None\",\"code\":\"422\"}}")
            << int(ErrorCategory::Validation)
            << "The proxy rejected the request as invalid. The proxy said: Malformed request. No team id passed in.";
        QTest::newRow("401") << 401 << 0
                             << QByteArray("{\"error\":{\"message\":\"Authentication Error, No api key passed "
                                           "in.\",\"type\":\"auth_error\",\"param\":\"None\",\"code\":\"401\"}}")
                             << int(ErrorCategory::Auth)
                             << "The proxy refused the master key (check the key in the profile). The proxy said: Authentication "
                                "Error, No api key passed in.";
        QTest::newRow("403") << 403 << 0 << QByteArray("{}") << int(ErrorCategory::Auth)
                             << "The master key is not allowed to do this (it must be a proxy admin key).";
        QTest::newRow("429") << 429 << 0 << QByteArray("") << int(ErrorCategory::Server)
                             << "The proxy is rate limiting requests; try again shortly.";
        QTest::newRow("502 html") << 502 << 0 << QByteArray("<html>bad gateway</html>") << int(ErrorCategory::Server)
                                  << "The proxy failed with a server error (HTTP 502).";
        QTest::newRow("raw sk key in message is redacted")
            << 400 << 0 << QByteArray("{\"detail\":\"bad key sk-abcdefghijklmnop\"}") << int(ErrorCategory::Validation)
            << "The proxy refused the request. The proxy said: bad key sk-***";
        addProblemDocumentRows();
        addNoDatabaseRows();
        QTest::newRow("refused")
            << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray() << int(ErrorCategory::Network)
            << "Could not connect to the proxy at h: the connection was refused (is the proxy running and the URL right?).";
        QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << QByteArray()
                                        << int(ErrorCategory::Network)
                                        << "The proxy host h was not found (check the URL and your DNS).";
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << QByteArray() << int(ErrorCategory::Timeout)
                                 << "The proxy at h did not answer in time.";
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray() << int(ErrorCategory::Tls)
                             << "The TLS certificate of h was refused: handshake failed";
    }
    void mappingFunction()
    {
        QFETCH(int, status);
        QFETCH(int, netError);
        QFETCH(QByteArray, body);
        QFETCH(int, category);
        QFETCH(QString, message);
        const LiteLlmError e = errorFromReply(status, QNetworkReply::NetworkError(netError), body, QStringLiteral("h"));
        QCOMPARE(int(e.category), category);
        QCOMPARE(e.message, message);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::newRow("Z micro") << "2026-10-26T13:27:01.123000Z"
                                 << "2026-10-26T13:27:01.123Z";
        QTest::newRow("+00:00") << "2026-10-26T13:27:01+00:00"
                                << "2026-10-26T13:27:01.000Z";
        QTest::newRow("offset") << "2026-10-26T15:27:01.5+02:00"
                                << "2026-10-26T13:27:01.500Z";
        QTest::newRow("naive") << "2026-10-26T13:27:01.000000"
                               << "2026-10-26T13:27:01.000Z";
        QTest::newRow("space") << "2026-10-26 13:27:01"
                               << "2026-10-26T13:27:01.000Z";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("bad date") << "2026-13-45T00:00:00Z"
                                  << "";
        QTest::newRow("minutes only, padded") << "  2026-10-26T13:27-0130 "
                                              << "2026-10-26T14:57:00.000Z";
        QTest::newRow("one fraction digit past three") << "2026-10-26T13:27:01.98765"
                                                       << "2026-10-26T13:27:01.987Z";
        QTest::newRow("leap day") << "2028-02-29T00:00:00Z"
                                  << "2028-02-29T00:00:00.000Z";
        QTest::newRow("no leap day") << "2027-02-29T00:00:00Z"
                                     << "";
        QTest::newRow("hour 24") << "2026-10-26T24:00:00Z"
                                 << "";
        QTest::newRow("second 60") << "2026-10-26T13:27:60Z"
                                   << "";
        QTest::newRow("date only") << "2026-10-26"
                                   << "";
        QTest::newRow("empty fraction") << "2026-10-26T13:27:01.Z"
                                        << "";
        QTest::newRow("lower-case z") << "2026-10-26T13:27:01z"
                                      << "";
        QTest::newRow("zone without minutes") << "2026-10-26T13:27:01+02"
                                              << "";
        QTest::newRow("text after") << "2026-10-26T13:27:01Z later"
                                    << "";
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("\u0662026-10-26T13:27:01Z") << "";
        QTest::newRow("single-digit month") << "2026-1-26T13:27:01Z"
                                            << "";
        QTest::newRow("year 0") << "0000-01-01T00:00:00Z"
                                << "";
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime dt = parseProxyDateTime(text);
        QCOMPARE(dt.isValid() ? dt.toString(Qt::ISODateWithMs) : QString(), utc);
    }

    // What checkReplyValues accepts and the words of what it refuses, wherever the field is.
    void replyValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("refusal");
        const QByteArray team = R"({"team_id":"t1","team_alias":"A","max_budget":10,"spend":"2.5","soft_budget":null,)"
                                R"("blocked":false,"models":[],"members_with_roles":[{"user_id":"u1"}],"metadata":{}})";
        QTest::newRow("a page of teams") << QByteArray(R"({"teams":[)" + team + "," + team + R"(],"total":2})") << "";
        QTest::newRow("bool budget") << QByteArray(R"({"max_budget":true})") << "max_budget is not a number";
        QTest::newRow("array spend") << QByteArray(R"({"spend":[1]})") << "spend is not a number";
        QTest::newRow("object budget") << QByteArray(R"({"soft_budget":{}})") << "soft_budget is not a number";
        QTest::newRow("text spend") << QByteArray(R"({"teams":[{"spend":"lots"}]})") << "spend \"lots\" is not a number";
        QTest::newRow("negative, in an array of an object") << QByteArray(R"({"data":[{"x":{"max_budget_in_team":-1}}]})")
                                                            << "max_budget_in_team -1 is outside 0 to 1,000,000,000,000 USD";
        QTest::newRow("too large") << QByteArray(R"([{"spend":1e13}])") << "spend 1e+13 is outside 0 to 1,000,000,000,000 USD";
        QTest::newRow("metadata is not looked into") << QByteArray(R"({"metadata":{"spend":-5,"key_name":[]}})") << "";
        QTest::newRow("nor metadata's array") << QByteArray(R"({"metadata":[{"spend":-5}],"spend":1})") << "";
        QTest::newRow("metadata's name elsewhere is a field")
            << QByteArray(R"({"a":{"metadata":5},"b":{"spend":-5}})") << "spend -5 is outside 0 to 1,000,000,000,000 USD";
        QTest::newRow("key name too long") << QByteArray(R"({"key_name":"sk-)" + QByteArray(70, 'x') + R"("})")
                                           << QStringLiteral(
                                                  "key_name \"sk-%1… (33 more characters)\" is not a key's short display name")
                                                  .arg(QString(37, QLatin1Char('x')));
        QTest::newRow("key name not text passes") << QByteArray(R"({"key_name":5})") << "";
        QTest::newRow("identifier too long")
            << QByteArray(R"({"keys":[{"token":")" + QByteArray(1025, 'a') + R"("}]})") << "token is 1025 characters long";
        QTest::newRow("identifier at its limit") << QByteArray(R"({"user_id":")" + QByteArray(1024, 'a') + R"("})") << "";
        QTest::newRow("the first refusal is said") << QByteArray(R"({"a_spend":{"spend":-1},"b":{"max_budget":false}})")
                                                   << "spend -1 is outside 0 to 1,000,000,000,000 USD";
        QByteArray deep;
        for (int i = 0; i < 70; ++i)
            deep += "[";
        for (int i = 0; i < 70; ++i)
            deep += "]";
        QTest::newRow("nested too deeply") << deep << "the reply is nested too deeply";
        QTest::newRow("null and absent amounts pass") << QByteArray(R"({"max_budget":null,"models":[null,true]})") << "";
    }
    void replyValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, refusal);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(checkReplyValues(doc), refusal);
    }
};

QTEST_GUILESS_MAIN(TestLiteLlmMapping)
#include "test_litellm_mapping.moc"
