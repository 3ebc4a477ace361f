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
    int timeoutMs = 30000; // idle: no byte for this long ends the request
    // Total: a reply trickled a byte at a time must not keep us waiting for ever. 0 = three times
    // the idle timeout.
    int deadlineMs = 0;
    bool allowPlainHttp = false; // http:// to a non-loopback host
    int maxRetries = 2; // for idempotent calls
    int retryBaseDelayMs = 200;
};

inline int effectiveDeadlineMs(const ProxyProfile &p)
{
    return p.deadlineMs > 0 ? p.deadlineMs : 3 * p.timeoutMs;
}

// Empty when the URL may be used with this profile; otherwise the reason, for the user.
QString checkProxyUrl(const QUrl &url, bool allowPlainHttp);

} // namespace OrgConsole
