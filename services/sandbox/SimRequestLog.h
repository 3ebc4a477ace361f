#pragma once

#include "services/sandbox/SimHttpServer.h"

#include <QJsonObject>

namespace OrgConsole::Sandbox {

// The entry GET /sim/requests shows for one request, with every secret it carried redacted:
// credential headers, the master key anywhere, raw `sk-` keys anywhere (headers, path, query,
// body), and whole values of key-holding fields and query parameters. Key hashes (64 hex digits)
// stay: they identify a key without granting anything, and tests match on them.
QJsonObject capturedRequest(const HttpRequest &request, const QString &endpoint, const QString &masterKey);

} // namespace OrgConsole::Sandbox
