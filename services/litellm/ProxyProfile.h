#pragma once

#include <QString>
#include <QUrl>

namespace OrgConsole {

// One proxy the console can talk to (production, staging, sandbox). The master key is not part of
// it: it lives in the keychain (or, for automation, the environment / stdin).
struct ProxyProfile {
    QString name;
    QUrl baseUrl;
    QString caBundlePath; // extra CA certificates (PEM) on top of the system ones
    int timeoutMs = 30000; // per transfer
    bool allowPlainHttp = false; // http:// to a non-loopback host
    int maxRetries = 2; // for idempotent calls
    int retryBaseDelayMs = 200;
};

// Empty when the URL may be used with this profile; otherwise the reason, for the user.
QString checkProxyUrl(const QUrl &url, bool allowPlainHttp);

} // namespace OrgConsole
