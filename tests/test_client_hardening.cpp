// The LiteLLM client against hostile proxies: header injection through the operator name, replies
// too large to hold, replies trickled a byte at a time, out-of-range values, messages that would
// print escape sequences, and echoes of the master key in disguise.
#include "models/SafeText.h"
#include "models/Validation.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/litellm/Redaction.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/sandbox/SimFaults.h"
#include "tests/support/AsyncWait.h"
#include "tests/support/HttpTestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::wait;

namespace {
const QString kMaster = QStringLiteral("sk-hardening-master-5678");

// A proxy that answers every request with a 200 whose body never ends: either a huge body sent as
// fast as the socket takes it, or one byte every 50 ms. Counts requests and bytes sent.
class EndlessServer : public QObject
{
public:
    enum class Mode { Flood, FloodNoLength, Trickle };
    explicit EndlessServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests = 0;
    qint64 bytesSent = 0;

private:
    void accept()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            s->setParent(this);
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                if (!s->readAll().contains("\r\n\r\n") || s->property("answered").toBool())
                    return;
                s->setProperty("answered", true);
                ++requests;
                start(s);
            });
        }
    }
    void start(QTcpSocket *s)
    {
        if (m_mode != Mode::Flood) { // no length: the body runs until the connection closes
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"a\":\"");
        } else {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n{\"a\":\"");
        }
        if (m_mode == Mode::Trickle) {
            auto *t = new QTimer(s);
            QObject::connect(t, &QTimer::timeout, s, [this, s] { bytesSent += s->write("x"); });
            t->start(50);
            return;
        }
        QObject::connect(s, &QTcpSocket::bytesWritten, s, [this, s] {
            if (s->bytesToWrite() < 256 * 1024 && bytesSent < 1024LL * 1024 * 1024)
                bytesSent += s->write(QByteArray(64 * 1024, 'x'));
        });
        bytesSent += s->write(QByteArray(64 * 1024, 'x'));
    }
    Mode m_mode;
    QTcpServer m_server;
};

// A proxy that answers every request with the same status, content type and body.
class FixedReplyServer : public QObject
{
public:
    FixedReplyServer(int status, const QByteArray &contentType, const QByteArray &body)
        : m_reply("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
                  + "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (s->readAll().contains("\r\n\r\n"))
                        s->write(m_reply);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    QByteArray m_reply;
    QTcpServer m_server;
};
} // namespace

class TestClientHardening : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmSimulator> m_sim;

    std::unique_ptr<LiteLlmClient> makeClient(const QString &url, int timeoutMs = 5000, int deadlineMs = 0)
    {
        ProxyProfile p;
        p.name = QStringLiteral("hostile");
        p.baseUrl = QUrl(url);
        p.timeoutMs = timeoutMs;
        p.deadlineMs = deadlineMs;
        p.retryBaseDelayMs = 10;
        auto c = std::make_unique<LiteLlmClient>(&m_nam, p);
        c->setMasterKey(kMaster);
        c->setOperatorName(QStringLiteral("ana.support"));
        return c;
    }
    int capturedRequestCount()
    {
        Test::HttpTestClient http(m_sim->baseUrl());
        http.setBearer(kMaster);
        return int(http.get(QStringLiteral("/sim/requests")).object().value(QStringLiteral("requests")).toArray().size());
    }
    void replyWith(const QString &path, const QByteArray &body, int status = 200)
    {
        QString error;
        const auto fault = SimFault::fromJson({{QStringLiteral("path"), path},
                                               {QStringLiteral("status"), status},
                                               {QStringLiteral("body"), QString::fromUtf8(body)}},
                                              &error);
        QVERIFY2(fault, qPrintable(error));
        m_sim->faults().add(*fault);
    }

private slots:
    void init()
    {
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
    }
    void cleanup() { m_sim.reset(); }

    void headerInjectionIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("operatorName");
        QTest::newRow("CRLF and a smuggled request")
            << QStringLiteral("ana\r\nX-Injected: 1\r\n\r\nPOST /team/delete HTTP/1.1\r\nContent-Length: 0");
        QTest::newRow("bare LF") << QStringLiteral("ana\nX-Injected: 1");
        QTest::newRow("NUL") << QString::fromUtf8("ana\0x", 5);
        QTest::newRow("too long") << QString(kMaxOperatorNameChars + 1, QLatin1Char('a'));
    }
    void headerInjectionIsRefusedBeforeSending()
    {
        QFETCH(QString, operatorName);
        auto client = makeClient(m_sim->baseUrl());
        client->setOperatorName(operatorName);
        NewTeamRequest req;
        req.alias = QStringLiteral("x");
        const auto r = wait<TeamInfo>([&](auto cb) { client->createTeam(req, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::Configuration);
        QVERIFY2(r.error.message.contains(QLatin1String("operator name")), qPrintable(r.error.message));
        QVERIFY(!hasUnsafeCharacters(r.error.message));
        QCOMPARE(capturedRequestCount(), 0); // nothing reached the proxy
    }

    void masterKeyWithLineBreakIsRefused()
    {
        auto client = makeClient(m_sim->baseUrl());
        client->setMasterKey(kMaster + QStringLiteral("\r\nX-Injected: 1"));
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::Configuration);
        QCOMPARE(capturedRequestCount(), 0);
    }

    void oversizedReplyIsRefusedWhileArriving_data()
    {
        QTest::addColumn<bool>("withLength");
        QTest::newRow("Content-Length 1 GiB") << true;
        QTest::newRow("no length, until close") << false;
    }
    void oversizedReplyIsRefusedWhileArriving()
    {
        QFETCH(bool, withLength);
        EndlessServer server(withLength ? EndlessServer::Mode::Flood : EndlessServer::Mode::FloodNoLength);
        auto client = makeClient(server.url());
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::MalformedReply);
        QVERIFY2(r.error.message.contains(QLatin1String("at most 4 MiB")), qPrintable(r.error.message));
        QCOMPARE(server.requests, 1); // not retried: the same reply would come again
        // Cut off near the cap (4 MiB), not after the gigabyte: the cap, what Qt may hold unread
        // (1 MiB) and the sockets' buffers. Before Qt's buffer was bounded, 70-90 MB went here.
        QVERIFY2(server.bytesSent < 16LL * 1024 * 1024, qPrintable(QString::number(server.bytesSent)));
    }

    void trickledReplyMeetsTheDeadline()
    {
        EndlessServer server(EndlessServer::Mode::Trickle);
        // The idle timeout (1 s) never fires: a byte comes every 50 ms. The deadline (1.5 s) does.
        auto client = makeClient(server.url(), 1000, 1500);
        QElapsedTimer timer;
        timer.start();
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::Timeout);
        QVERIFY2(r.error.message.contains(QLatin1String("within 1.5 s")), qPrintable(r.error.message));
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.requests, 1);
        QVERIFY(server.bytesSent > 5); // it really was trickling
    }

    void deadlineDefaultsToThreeTimesTheTimeout()
    {
        ProxyProfile p;
        p.timeoutMs = 3000;
        QCOMPARE(effectiveDeadlineMs(p), 9000);
        p.deadlineMs = 1234;
        QCOMPARE(effectiveDeadlineMs(p), 1234);
    }

    void outOfRangeValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("max_budget -1e308") << QByteArray(R"({"team_id":"t","team_info":{"team_id":"t","max_budget":-1e308}})")
                                           << QStringLiteral("max_budget");
        QTest::newRow("max_budget 1e300") << QByteArray(R"({"team_id":"t","team_info":{"team_id":"t","max_budget":1e300}})")
                                          << QStringLiteral("max_budget");
        QTest::newRow("negative spend") << QByteArray(R"({"team_id":"t","team_info":{"team_id":"t","spend":-5}})")
                                        << QStringLiteral("spend");
        QTest::newRow("spend as text") << QByteArray(R"({"team_id":"t","team_info":{"team_id":"t","spend":"lots"}})")
                                       << QStringLiteral("spend");
        QTest::newRow("key_name with escapes")
            << QByteArray("{\"team_id\":\"t\",\"team_info\":{\"team_id\":\"t\"},\"keys\":[{\"token\":\"h\",\"key_name\":"
                          "\"sk-...\\u001b]52;c;cm0=\\u0007\"}]}")
            << QStringLiteral("key_name");
        QTest::newRow("key_name of 10 kB")
            << QByteArray("{\"team_id\":\"t\",\"team_info\":{\"team_id\":\"t\"},\"keys\":[{\"key_name\":\"")
                + QByteArray(10000, 'a') + QByteArray("\"}]}")
            << QStringLiteral("key_name");
    }
    void outOfRangeValuesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        replyWith(QStringLiteral("/team/info"), body);
        auto client = makeClient(m_sim->baseUrl());
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.category, ErrorCategory::MalformedReply);
        QVERIFY2(r.error.message.contains(field), qPrintable(r.error.message));
        QVERIFY(!hasUnsafeCharacters(r.error.message));
        QVERIFY2(r.error.message.size() < 400, qPrintable(QString::number(r.error.message.size())));
    }

    void saneValuesStillPass()
    {
        replyWith(QStringLiteral("/team/info"),
                  R"({"team_id":"t","team_info":{"team_id":"t","max_budget":"500.5","spend":0,"metadata":{"spend":-1}},)"
                  R"("keys":[{"token":"h","key_name":"sk-...ab_C"}]})");
        auto client = makeClient(m_sim->baseUrl());
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->team.maxBudget.value_or(0), 500.5);
        QCOMPARE(r.value->keys.value(0).keyName, QStringLiteral("sk-...ab_C"));
    }

    void hostileErrorMessagesAreBoundedAndPrintable_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("LiteLLM envelope, clear screen and title")
            << QByteArray(R"({"error":{"message":"bad \u001b[2J\u001b]0;pwned\u0007 request","type":"x\u001b[31m"}})");
        QTest::newRow("FastAPI detail, bidi override") << QByteArray("{\"detail\":\"team \\u202egpj.exe\"}");
        QTest::newRow("RFC 7807 problem, OSC 52")
            << QByteArray(R"({"type":"about:blank","title":"Bad","status":400,"detail":"x\u001b]52;c;cm0gLXJmIH4=\u0007"})");
        QTest::newRow("3 MB message") << QByteArray("{\"detail\":\"") + QByteArray(3 * 1024 * 1024, 'm') + QByteArray("\"}");
    }
    void hostileErrorMessagesAreBoundedAndPrintable()
    {
        QFETCH(QByteArray, body);
        replyWith(QStringLiteral("/team/info"), body, 400);
        auto client = makeClient(m_sim->baseUrl());
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY(!r.ok());
        QVERIFY2(!hasUnsafeCharacters(r.error.message), qPrintable(r.error.message));
        QVERIFY(!hasUnsafeCharacters(r.error.type));
        QVERIFY2(r.error.message.size() < 1200, qPrintable(QString::number(r.error.message.size())));
    }

    // /management/v1 answers errors as application/problem+json: read the same way as JSON.
    void problemJsonIsReadWhateverTheContentType_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("said");
        QTest::newRow("400 problem+json") << 400 << QByteArray("application/problem+json")
                                          << "Bad Request: team_alias is too long";
        QTest::newRow("500 problem+json, charset")
            << 500 << QByteArray("application/problem+json; charset=utf-8") << "Bad Request: team_alias is too long";
    }
    void problemJsonIsReadWhateverTheContentType()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, said);
        FixedReplyServer server(status, contentType,
                                R"({"type":"about:blank","title":"Bad Request","status":400,"detail":"team_alias is too long",)"
                                R"("instance":"/management/v1/teams"})");
        auto client = makeClient(server.url());
        const auto r = wait<TeamDetail>([&](auto cb) { client->teamInfo(QStringLiteral("t"), cb); });
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.endsWith(QStringLiteral("The proxy said: ") + said), qPrintable(r.error.message));
    }

    void redactionFindsTheMasterKeyInDisguise_data()
    {
        const QString key = QStringLiteral("sk-Disguised-Master-Key-0042");
        QTest::addColumn<QString>("text");
        QTest::newRow("as is") << QStringLiteral("got ") + key;
        QTest::newRow("lowercased") << QStringLiteral("got ") + key.toLower() + QStringLiteral(" end");
        QTest::newRow("uppercased") << QStringLiteral("got ") + key.toUpper();
        QTest::newRow("truncated") << QStringLiteral("key ") + key.left(14) + QStringLiteral("... is invalid");
        QTest::newRow("tail only") << QStringLiteral("key ...") + key.right(12);
        QTest::newRow("base64") << QStringLiteral("auth ") + QString::fromLatin1(key.toUtf8().toBase64());
        QTest::newRow("base64 of user:key") << QStringLiteral("Basic ")
                + QString::fromLatin1(QByteArray("admin:" + key.toUtf8()).toBase64());
        QTest::newRow("base64 shifted by one") << QString::fromLatin1(QByteArray("x" + key.toUtf8()).toBase64());
        QTest::newRow("base64url") << QString::fromLatin1(
            QByteArray("??" + key.toUtf8()).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    void redactionFindsTheMasterKeyInDisguise()
    {
        QFETCH(QString, text);
        const QString key = QStringLiteral("sk-Disguised-Master-Key-0042");
        registerSecretForRedaction(key);
        const QString out = redactSecrets(text);
        QVERIFY2(out.contains(QLatin1String("***")), qPrintable(out));
        const QString folded = out.toCaseFolded();
        for (qsizetype i = 0; i + 8 <= key.size(); ++i)
            QVERIFY2(!folded.contains(key.mid(i, 8).toCaseFolded()), qPrintable(out));
        for (const QByteArray &enc : {key.toUtf8().toBase64(), QByteArray("x" + key.toUtf8()).toBase64()})
            QVERIFY2(!out.contains(QString::fromLatin1(enc.mid(4, 12))), qPrintable(out));
    }

    void redactionLeavesOrdinaryWordsAlone()
    {
        registerSecretForRedaction(QStringLiteral("sk-Disguised-Master-Key-0042"));
        const QString text = QStringLiteral("Team Acme Corp has a master key problem: budget exceeded (sk-...abcd).");
        QCOMPARE(redactSecrets(text), text);
    }
};

QTEST_GUILESS_MAIN(TestClientHardening)
#include "test_client_hardening.moc"
