// SimHttpServer's limits over real loopback TCP: what a peer that never authenticates can make the
// simulator hold (body and header sizes, buffered bytes, connections, time), and that late
// answers on purpose (latency, `hang`) still work.
#include "services/sandbox/SimHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace OrgConsole::Sandbox;

namespace {
std::unique_ptr<QTcpSocket> connectRaw(quint16 port)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(QHostAddress::LocalHost, port);
    s->waitForConnected(2000);
    return s;
}

// Waits, running the event loop, until one whole response (head and Content-Length body) has
// arrived, and takes it; empty when the peer closed first or the time ran out.
QByteArray readResponse(QTcpSocket &s, int timeoutMs = 5000)
{
    static const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"));
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const QByteArray data = s.peek(s.bytesAvailable());
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const auto m = length.match(QString::fromLatin1(data.left(end)));
            const qsizetype total = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            if (data.size() >= total)
                return s.read(total);
        }
        if (s.state() != QAbstractSocket::ConnectedState || timer.elapsed() > timeoutMs)
            return {};
        QSignalSpy(&s, &QTcpSocket::readyRead).wait(50);
    }
}

// True once the server has closed the connection (FIN or RST), within timeoutMs.
bool waitClosed(QTcpSocket &s, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (s.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs)
        QSignalSpy(&s, &QTcpSocket::stateChanged).wait(50);
    return s.state() != QAbstractSocket::ConnectedState;
}

QByteArray request(const QByteArray &path, const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    return (body.isNull() ? "GET " : "POST ") + path + " HTTP/1.1\r\nHost: x\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

class TestSimHttpServer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SimHttpServer> m_server;
    int m_handled = 0; // requests that reached the handler

    // /hang never answers, /slow?ms=N answers after N ms, anything else at once with the body size.
    void start(const SimHttpLimits &limits = {})
    {
        m_handled = 0;
        m_server = std::make_unique<SimHttpServer>(
            [this](const HttpRequest &r, std::shared_ptr<HttpExchange> exchange) {
                ++m_handled;
                HttpResponse response;
                response.body
                    = QJsonDocument(QJsonObject {{QStringLiteral("path"), r.path}, {QStringLiteral("body_bytes"), r.body.size()}})
                          .toJson(QJsonDocument::Compact);
                if (r.path == QLatin1String("/hang"))
                    exchange->hang();
                else if (r.path == QLatin1String("/slow"))
                    QTimer::singleShot(r.query.queryItemValue(QStringLiteral("ms")).toInt(), m_server.get(),
                                       [exchange, response] { exchange->respond(response); });
                else
                    exchange->respond(response);
            },
            nullptr, limits);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    // The server still serves an ordinary request on a fresh connection.
    void verifyStillServes()
    {
        auto s = connectRaw(m_server->port());
        s->write(request("/ok"));
        QVERIFY(readResponse(*s).startsWith("HTTP/1.1 200 OK"));
    }

private slots:
    void cleanup() { m_server.reset(); }

    void bodyOverCapRefusedFromTheHeader_data()
    {
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("31 MB") << qint64(31 * 1000 * 1000) << false;
        QTest::newRow("cap + 1") << qint64(SimHttpLimits {}.maxBodyBytes + 1) << false;
        QTest::newRow("at the cap") << qint64(SimHttpLimits {}.maxBodyBytes) << true;
    }
    void bodyOverCapRefusedFromTheHeader()
    {
        QFETCH(qint64, contentLength);
        QFETCH(bool, accepted);
        QVERIFY(SimHttpLimits {}.maxBodyBytes <= 1024 * 1024);
        start();
        auto s = connectRaw(m_server->port());
        // Only the header block: the answer must come without a byte of the body.
        s->write("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n\r\n");
        if (accepted) {
            s->write(QByteArray(contentLength, 'a'));
            const QByteArray response = readResponse(*s);
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
            QVERIFY(response.contains(QByteArray("\"body_bytes\":" + QByteArray::number(contentLength))));
            return;
        }
        const QByteArray response = readResponse(*s);
        QVERIFY2(response.startsWith("HTTP/1.1 413 Payload Too Large"), response.constData());
        QVERIFY(response.contains("Connection: close"));
        QVERIFY(waitClosed(*s));
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_server->bufferedBytes(), 0);
        verifyStillServes();
    }

    void headerBlockOverCapRefusedEvenWhenComplete_data()
    {
        QTest::addColumn<int>("padding");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("over the cap, terminator included") << 2000 << false;
        QTest::newRow("under the cap") << 500 << true;
    }
    void headerBlockOverCapRefusedEvenWhenComplete()
    {
        QFETCH(int, padding);
        QFETCH(bool, accepted);
        SimHttpLimits limits;
        limits.maxHeaderBytes = 1024;
        start(limits);
        auto s = connectRaw(m_server->port());
        // One write, so the whole block, "\r\n\r\n" included, arrives in one read.
        s->write(request("/ok", {}, "X-Pad: " + QByteArray(padding, 'p') + "\r\n"));
        const QByteArray response = readResponse(*s);
        if (accepted) {
            QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
            return;
        }
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
        QVERIFY(response.contains("Request header too large"));
        QVERIFY(waitClosed(*s));
        QCOMPARE(m_handled, 0);
        verifyStillServes();
    }

    void connectionsBeyondTheCapAreClosed()
    {
        SimHttpLimits limits;
        limits.maxConnections = 8;
        start(limits);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 8; ++i)
            held.push_back(connectRaw(m_server->port()));
        QTRY_COMPARE(m_server->connectionCount(), 8);
        auto extra = connectRaw(m_server->port());
        QVERIFY2(waitClosed(*extra), "a connection beyond the cap was kept open");
        QCOMPARE(m_server->connectionCount(), 8);
        // The held connections still work, and a freed slot can be used again.
        held.front()->write(request("/ok"));
        QVERIFY(readResponse(*held.front()).startsWith("HTTP/1.1 200"));
        held.front()->disconnectFromHost();
        QTRY_COMPARE(m_server->connectionCount(), 7);
        verifyStillServes();
    }

    void idleConnectionsAreClosed()
    {
        SimHttpLimits limits;
        limits.idleTimeoutMs = 300;
        start(limits);
        QElapsedTimer timer;
        timer.start();
        auto silent = connectRaw(m_server->port());
        auto partial = connectRaw(m_server->port()); // a request that never completes
        partial->write("GET /ok HTTP/1.1\r\nHost: x\r\n");
        auto served = connectRaw(m_server->port()); // keep-alive after one answer
        served->write(request("/ok"));
        QVERIFY(readResponse(*served).startsWith("HTTP/1.1 200"));
        QVERIFY2(waitClosed(*silent), "a connection that sent nothing stayed open");
        QVERIFY2(waitClosed(*partial), "a connection with an incomplete request stayed open");
        QVERIFY2(waitClosed(*served), "an idle keep-alive connection stayed open");
        QVERIFY(timer.elapsed() >= 250);
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QCOMPARE(m_server->bufferedBytes(), 0);
        verifyStillServes();
    }

    void lateAnswersOutlastTheIdleTimeout()
    {
        SimHttpLimits limits;
        limits.idleTimeoutMs = 300;
        limits.answerTimeoutMs = 2500;
        start(limits);
        auto slow = connectRaw(m_server->port());
        auto hung = connectRaw(m_server->port());
        QElapsedTimer timer;
        timer.start();
        slow->write(request("/slow?ms=900"));
        hung->write(request("/hang"));
        const QByteArray response = readResponse(*slow);
        QVERIFY2(response.startsWith("HTTP/1.1 200"), "a slow answer was cut off by the idle timeout");
        QVERIFY(timer.elapsed() >= 850);
        QCOMPARE(hung->state(), QAbstractSocket::ConnectedState);
        // A hung exchange lasts until the client gives up, or the (generous) answer timeout; QTimer's
        // default coarse timers may fire up to 5 % early.
        QVERIFY(waitClosed(*hung, 5000));
        QVERIFY2(timer.elapsed() >= 2300, qPrintable(QString::number(timer.elapsed())));
        verifyStillServes();
    }

    void pipelinedRequestsWhileBusy()
    {
        SimHttpLimits limits;
        limits.maxHeaderBytes = 1024;
        limits.maxBodyBytes = 1024;
        start(limits);
        // Requests pipelined behind a slow one are answered in order afterwards ...
        auto s = connectRaw(m_server->port());
        s->write(request("/slow?ms=200") + request("/second", "{}"));
        QVERIFY(readResponse(*s).contains("\"path\":\"/slow\""));
        QVERIFY(readResponse(*s).contains("\"path\":\"/second\""));
        // ... but a peer cannot pile up more than one largest request behind a pending answer.
        auto flood = connectRaw(m_server->port());
        flood->write(request("/hang"));
        QTRY_COMPARE(m_handled, 3);
        flood->write(QByteArray(16 * 1024, 'x'));
        QVERIFY2(waitClosed(*flood), "bytes pipelined behind a pending answer were buffered without limit");
        QTRY_COMPARE(m_server->bufferedBytes(), 0);
        verifyStillServes();
    }

    void bufferedBytesAreCappedAcrossConnections()
    {
        SimHttpLimits limits;
        limits.maxBodyBytes = 3000;
        limits.maxBufferedBytes = 4096;
        start(limits);
        const QByteArray head = "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3000\r\n\r\n";
        auto first = connectRaw(m_server->port());
        first->write(head + QByteArray(2500, 'a'));
        QTRY_VERIFY(m_server->bufferedBytes() >= 2500);
        auto second = connectRaw(m_server->port());
        second->write(head + QByteArray(2500, 'b'));
        const QByteArray refused = readResponse(*second);
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(waitClosed(*second));
        QVERIFY(m_server->bufferedBytes() <= limits.maxBufferedBytes);
        first->write(QByteArray(500, 'a'));
        QVERIFY(readResponse(*first).contains("\"body_bytes\":3000"));
        QCOMPARE(m_server->bufferedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "test_sim_http_server.moc"
