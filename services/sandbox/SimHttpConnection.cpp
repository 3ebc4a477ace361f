#include "services/sandbox/SimHttpConnection.h"

#include <QTcpSocket>

namespace OrgConsole::Sandbox {

namespace {
// Qt's own read buffer per socket; without a bound one event-loop stall lets a fast peer park
// any amount of data in it before we get to look at it.
constexpr qint64 kSocketReadBufferBytes = 64 * 1024;
} // namespace

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, SimHttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
    socket->setReadBufferSize(kSocketReadBufferBytes);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SimHttpConnection::onDeadline);
    connect(socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &SimHttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_deadline.start(limits().idleTimeoutMs);
}

SimHttpConnection::~SimHttpConnection()
{
    m_server->releaseBuffer(m_buffer.size());
    m_server->forget(this);
}

bool SimHttpConnection::isConnected() const
{
    return m_phase != Phase::Closing && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimHttpConnection::send(const QByteArray &response)
{
    if (m_phase != Phase::Answering)
        return;
    m_socket->write(response);
    if (m_socket->bytesToWrite() > limits().maxUnsentBytes) {
        // The answer timeout keeps running: a peer that never reads does not hold us forever.
        m_phase = Phase::Draining;
        return;
    }
    becomeIdle();
}

void SimHttpConnection::resetNow()
{
    m_phase = Phase::Closing;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->abort();
}

void SimHttpConnection::onReadyRead()
{
    if (m_phase == Phase::Closing)
        return; // left unread: the socket goes away once our answer is out
    const QByteArray chunk = m_socket->readAll();
    if (!m_server->reserveBuffer(chunk.size())) {
        refuse(503, "Server busy");
        return;
    }
    m_buffer += chunk;
    if (m_phase != Phase::Reading) {
        // Pipelined bytes wait for the current answer, but no more than one largest request's worth.
        if (m_buffer.size() > limits().maxHeaderBytes + limits().maxBodyBytes)
            resetNow();
        return;
    }
    processBuffer();
}

void SimHttpConnection::onBytesWritten()
{
    if (m_phase == Phase::Draining && m_socket->bytesToWrite() <= limits().maxUnsentBytes)
        becomeIdle();
}

void SimHttpConnection::onDeadline()
{
    if (m_phase == Phase::Closing)
        m_socket->abort(); // the graceful close found a peer that does not read
    else
        closeGracefully();
}

void SimHttpConnection::processBuffer()
{
    if (m_phase != Phase::Reading)
        return;
    if (!m_head && !parseHead())
        return;
    if (m_buffer.size() < m_headBytes + m_bodyBytes)
        return;
    HttpRequest request = std::move(*m_head);
    m_head.reset();
    request.body = m_buffer.mid(m_headBytes, m_bodyBytes);
    consume(m_headBytes + m_bodyBytes);
    m_phase = Phase::Answering;
    m_deadline.start(limits().answerTimeoutMs);
    m_server->dispatch(request, std::make_shared<HttpExchange>(this));
}

RequestHead parseRequestHead(const QByteArray &buffer, const SimHttpLimits &limits)
{
    RequestHead head;
    const auto refused = [&head](int status, const char *reason) {
        head.state = RequestHead::State::Refused;
        head.status = status;
        head.reason = reason;
        return head;
    };
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    // Checked on every read, terminator or not: a whole oversized block can arrive in one read.
    if ((headerEnd < 0 ? buffer.size() : headerEnd + 4) > limits.maxHeaderBytes)
        return refused(413, "Request header too large");
    if (headerEnd < 0)
        return head;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refused(400, "Malformed request line");
    HttpRequest &request = head.request;
    request.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (request.headers.contains("transfer-encoding"))
        return refused(400, "Chunked request bodies are not supported");
    bool ok = true;
    const qint64 length = request.headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0)
        return refused(400, "Bad Content-Length");
    // Refused from the header alone, before a byte of the body is buffered.
    if (length > limits.maxBodyBytes)
        return refused(413, "Request body too large");
    const QByteArray target = requestLine.at(1);
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(target.left(q < 0 ? target.size() : q));
    if (q >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
    head.state = RequestHead::State::Complete;
    head.headBytes = headerEnd + 4;
    head.bodyBytes = length;
    return head;
}

// Parses the header block once it is complete; false while it is incomplete or when refused.
bool SimHttpConnection::parseHead()
{
    RequestHead head = parseRequestHead(m_buffer, limits());
    if (head.state == RequestHead::State::Refused)
        refuse(head.status, head.reason);
    if (head.state != RequestHead::State::Complete)
        return false;
    m_head = std::move(head.request);
    m_headBytes = head.headBytes;
    m_bodyBytes = head.bodyBytes;
    return true;
}

void SimHttpConnection::becomeIdle()
{
    m_phase = Phase::Reading;
    m_deadline.start(limits().idleTimeoutMs);
    // Serve a request that arrived while this one was pending.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &SimHttpConnection::processBuffer, Qt::QueuedConnection);
}

void SimHttpConnection::refuse(int status, const QByteArray &message)
{
    const QByteArray body = "{\"detail\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    closeGracefully();
}

void SimHttpConnection::closeGracefully()
{
    m_phase = Phase::Closing;
    m_head.reset();
    consume(m_buffer.size());
    // A peer that does not read our last bytes is cut off after one more idle period.
    m_deadline.start(limits().idleTimeoutMs);
    m_socket->disconnectFromHost();
}

void SimHttpConnection::consume(qsizetype bytes)
{
    m_buffer.remove(0, bytes);
    m_server->releaseBuffer(bytes);
}

} // namespace OrgConsole::Sandbox
