// What a peer sends the simulator's socket, before any authentication: request lines, headers,
// Content-Length, pipelined requests, split as processBuffer() splits them, within small limits.
#include "services/sandbox/SimHttpConnection.h"
#include "tests/fuzz/FuzzInput.h"

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SimHttpLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 4096;
    QByteArray buffer = Fuzz::bytes(data, size);
    for (int request = 0; request < 64; ++request) {
        const RequestHead head = parseRequestHead(buffer, limits);
        if (head.state != RequestHead::State::Complete)
            break;
        if (head.headBytes <= 0 || head.bodyBytes < 0 || head.bodyBytes > limits.maxBodyBytes)
            __builtin_trap();
        if (buffer.size() < head.headBytes + head.bodyBytes)
            break; // the body is still on its way
        (void)head.request.header("authorization");
        (void)head.request.query.queryItems();
        buffer.remove(0, head.headBytes + head.bodyBytes);
    }
    return 0;
}
