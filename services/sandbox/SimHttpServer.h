#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;

namespace OrgConsole::Sandbox {

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

// One request on one connection. The handler answers now or later (latency without blocking
// other connections), resets the connection, or never answers (hang).
class HttpExchange
{
public:
    explicit HttpExchange(QTcpSocket *socket);
    void respond(const HttpResponse &response);
    void reset(); // abort the TCP connection (RST)
    void hang(); // keep the connection open and never answer
    bool isOpen() const;

private:
    QPointer<QTcpSocket> m_socket;
    bool m_done = false;
};

using HttpHandler = std::function<void(const HttpRequest &, std::shared_ptr<HttpExchange>)>;

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies, one request at a time
// per connection, many connections at once. Enough for a faithful simulator with fault injection.
class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit SimHttpServer(HttpHandler handler, QObject *parent = nullptr);
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;
    void close();

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    HttpHandler m_handler;
};

QByteArray httpReasonPhrase(int status);

} // namespace OrgConsole::Sandbox
