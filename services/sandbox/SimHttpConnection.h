#pragma once

#include "services/sandbox/SimHttpServer.h"

#include <QTimer>

#include <optional>

class QTcpSocket;

namespace OrgConsole::Sandbox {

// The header block at the start of `buffer`, read within `limits`: incomplete (wait for more),
// refused (answer `status` and close), or complete (the request without its body, which follows the
// `headBytes` of the header and is `bodyBytes` long). What a peer sends is read here first.
struct RequestHead {
    enum class State { Incomplete, Refused, Complete };
    State state = State::Incomplete;
    int status = 0;
    QByteArray reason;
    HttpRequest request;
    qsizetype headBytes = 0;
    qsizetype bodyBytes = 0;
};
RequestHead parseRequestHead(const QByteArray &buffer, const SimHttpLimits &limits);

// One accepted TCP connection of SimHttpServer: reads requests within the server's limits, hands
// them to the server's handler one at a time, and closes itself when a peer overstays.
class SimHttpConnection : public QObject
{
    Q_OBJECT
public:
    SimHttpConnection(QTcpSocket *socket, SimHttpServer *server);
    ~SimHttpConnection() override;

    bool isConnected() const;
    void send(const QByteArray &response); // the answer to the current request
    void resetNow(); // RST, for the `reset` fault

private:
    // Reading: waiting for (the rest of) a request; Answering: the handler has it; Draining: the
    // answer is written but the peer reads it too slowly to take the next request yet.
    enum class Phase { Reading, Answering, Draining, Closing };

    void onReadyRead();
    void onBytesWritten();
    void onDeadline();
    void processBuffer();
    bool parseHead();
    void becomeIdle();
    void refuse(int status, const QByteArray &message);
    void closeGracefully();
    void consume(qsizetype bytes);
    const SimHttpLimits &limits() const { return m_server->limits(); }

    QTcpSocket *m_socket;
    SimHttpServer *m_server;
    Phase m_phase = Phase::Reading;
    QByteArray m_buffer; // request bytes read but not handled yet, counted in the server's total
    std::optional<HttpRequest> m_head; // a parsed header block waiting for its body
    qsizetype m_headBytes = 0;
    qsizetype m_bodyBytes = 0;
    QTimer m_deadline; // idle timeout while Reading, answer timeout while Answering or Draining
};

} // namespace OrgConsole::Sandbox
