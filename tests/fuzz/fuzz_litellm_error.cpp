// An error reply: both LiteLLM envelopes ({"error":{...}}, {"detail": ...} with FastAPI's 422 list),
// RFC 7807 problem documents, Python reprs in messages, under any HTTP status.
#include "services/litellm/LiteLlmError.h"
#include "tests/fuzz/FuzzInput.h"

using namespace OrgConsole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick the status (100-699, and 0 for a network error).
    const int status = (data[0] << 8 | data[1]) % 601;
    const QByteArray body = Fuzz::bytes(data + 2, size - 2);
    QString type;
    QString param;
    const QString message = extractProxyMessage(body, &type, &param);
    (void)cleanPythonRepr(message);
    (void)cleanPythonRepr(QString::fromUtf8(body));
    const auto network = status == 0 ? QNetworkReply::ConnectionRefusedError : QNetworkReply::NoError;
    const LiteLlmError e = errorFromReply(status == 0 ? 0 : status + 99, network, body, QStringLiteral("proxy.example"),
                                          QStringLiteral("Connection refused"));
    (void)e.toString();
    (void)errorCategoryName(e.category);
    return 0;
}
