#include "services/sandbox/SimHttpServer.h"

#include "services/sandbox/SimHttpConnection.h"

#include <QTcpSocket>

namespace OrgConsole::Sandbox {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

HttpExchange::HttpExchange(SimHttpConnection *connection)
    : m_connection(connection)
{
}

bool HttpExchange::isOpen() const
{
    return !m_done && m_connection && m_connection->isConnected();
}

void HttpExchange::respond(const HttpResponse &response)
{
    if (m_done || !m_connection)
        return;
    m_done = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
        + "\r\nServer: litellm-sim\r\n";
    for (const auto &h : response.extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_connection->send(head + response.body);
}

void HttpExchange::reset()
{
    if (m_done || !m_connection)
        return;
    m_done = true;
    m_connection->resetNow();
}

void HttpExchange::hang()
{
    // The connection stays open until the peer gives up, or the answer timeout passes.
    m_done = true;
}

SimHttpServer::SimHttpServer(HttpHandler handler, QObject *parent, const SimHttpLimits &limits)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    // Connections report back to the server as they go: let them while it is still whole.
    const QSet<SimHttpConnection *> connections = m_connections;
    qDeleteAll(connections);
}

bool SimHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 SimHttpServer::port() const
{
    return m_server.serverPort();
}

QHostAddress SimHttpServer::address() const
{
    return m_server.serverAddress();
}

QString SimHttpServer::errorString() const
{
    return m_server.errorString();
}

void SimHttpServer::close()
{
    m_server.close();
}

void SimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        // Accepting and closing at once keeps the listening socket drained and the descriptors
        // bounded; refusing to accept would leave the kernel's queue full and the loop spinning.
        if (m_connections.size() >= m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(new SimHttpConnection(socket, this));
    }
}

bool SimHttpServer::reserveBuffer(qsizetype bytes)
{
    if (m_bufferedBytes + bytes > m_limits.maxBufferedBytes)
        return false;
    m_bufferedBytes += bytes;
    return true;
}

} // namespace OrgConsole::Sandbox
