#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace OrgConsole::Sandbox {

class SimHttpConnection;

struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
};

// What one peer, or all of them together, may make the server hold. The server runs before any
// authentication, so every limit here is reachable by anyone who can open a TCP connection.
struct SimHttpLimits {
    qsizetype maxHeaderBytes = 64 * 1024;
    // The management API takes small JSON bodies; the largest legitimate one (a /key/generate with
    // metadata, a /sim/faults body) is a few KiB.
    qsizetype maxBodyBytes = 1024 * 1024;
    // Request bytes held across every connection at once (partial requests and pipelined ones).
    qsizetype maxBufferedBytes = 64 * 1024 * 1024;
    // Response bytes a peer has not read yet above which its next pipelined request waits.
    qsizetype maxUnsentBytes = 4 * 1024 * 1024;
    int maxConnections = 256; // further connections are closed as soon as they are accepted
    int idleTimeoutMs = 30 * 1000; // no complete request within this long, nothing being answered: closed
    // A request being answered late on purpose (latency, or a `hang` fault whose client gives up)
    // keeps its connection this long at most.
    int answerTimeoutMs = 10 * 60 * 1000;
};

// One request on one connection. The handler answers now or later (latency without blocking
// other connections), resets the connection, or never answers (hang).
class HttpExchange
{
public:
    explicit HttpExchange(SimHttpConnection *connection);
    void respond(const HttpResponse &response);
    void reset(); // abort the TCP connection (RST)
    void hang(); // keep the connection open and never answer
    bool isOpen() const;

private:
    QPointer<SimHttpConnection> m_connection;
    bool m_done = false;
};

using HttpHandler = std::function<void(const HttpRequest &, std::shared_ptr<HttpExchange>)>;

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies, one request at a time
// per connection, many connections at once, within SimHttpLimits. Enough for a faithful simulator
// with fault injection.
class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit SimHttpServer(HttpHandler handler, QObject *parent = nullptr, const SimHttpLimits &limits = {});
    ~SimHttpServer() override;
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;
    void close();

    // New limits apply to every connection from its next read or state change on.
    void setLimits(const SimHttpLimits &limits) { m_limits = limits; }
    const SimHttpLimits &limits() const { return m_limits; }
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    qsizetype bufferedBytes() const { return m_bufferedBytes; }

private:
    friend class SimHttpConnection;
    void onNewConnection();
    bool reserveBuffer(qsizetype bytes);
    void releaseBuffer(qsizetype bytes) { m_bufferedBytes -= bytes; }
    void forget(SimHttpConnection *connection) { m_connections.remove(connection); }
    void dispatch(const HttpRequest &request, std::shared_ptr<HttpExchange> exchange) { m_handler(request, std::move(exchange)); }

    QTcpServer m_server;
    HttpHandler m_handler;
    SimHttpLimits m_limits;
    QSet<SimHttpConnection *> m_connections;
    qsizetype m_bufferedBytes = 0;
};

QByteArray httpReasonPhrase(int status);

} // namespace OrgConsole::Sandbox
