#include "services/sandbox/SimHttpServer.h"

#include <QTcpSocket>

namespace OrgConsole::Sandbox {

namespace {
const char kBufferProperty[] = "orgconsole_buffer";
const char kBusyProperty[] = "orgconsole_busy";

void sendSimple(QTcpSocket *socket, int status, const QByteArray &message)
{
    const QByteArray body = "{\"detail\":\"" + message + "\"}";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
                  + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}
} // namespace

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

HttpExchange::HttpExchange(QTcpSocket *socket)
    : m_socket(socket)
{
}

bool HttpExchange::isOpen() const
{
    return !m_done && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::respond(const HttpResponse &response)
{
    if (m_done || !m_socket)
        return;
    m_done = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType + "\r\nContent-Length: " + QByteArray::number(response.body.size())
        + "\r\nServer: litellm-sim\r\n";
    for (const auto &h : response.extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head + response.body);
    m_socket->setProperty(kBusyProperty, false);
    // Serve a request that arrived while this one was pending.
    if (!m_socket->property(kBufferProperty).toByteArray().isEmpty())
        QMetaObject::invokeMethod(m_socket, "readyRead", Qt::QueuedConnection);
}

void HttpExchange::reset()
{
    if (m_done || !m_socket)
        return;
    m_done = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->abort();
}

void HttpExchange::hang()
{
    m_done = true; // the socket stays open until the peer gives up
}

SimHttpServer::SimHttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
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
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    if (socket->property(kBusyProperty).toBool()) {
        socket->setProperty(kBufferProperty, buffer);
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            sendSimple(socket, 413, "Request header too large");
        else
            socket->setProperty(kBufferProperty, buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        sendSimple(socket, 400, "Malformed request line");
        return;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (request.headers.contains("transfer-encoding")) {
        sendSimple(socket, 400, "Chunked request bodies are not supported");
        return;
    }
    bool ok = true;
    const qint64 length = request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0) {
        sendSimple(socket, 400, "Bad Content-Length");
        return;
    }
    if (length > kMaxBodyBytes) {
        sendSimple(socket, 413, "Request body too large");
        return;
    }
    if (buffer.size() - (headerEnd + 4) < length) {
        socket->setProperty(kBufferProperty, buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty(kBufferProperty, buffer.mid(headerEnd + 4 + length));

    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(target.left(q < 0 ? target.size() : q));
    if (q >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));

    socket->setProperty(kBusyProperty, true);
    m_handler(request, std::make_shared<HttpExchange>(socket));
}

} // namespace OrgConsole::Sandbox
