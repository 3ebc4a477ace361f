#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace OrgConsole {

// A LiteLLM-compatible proxy that this process runs for itself: the sandbox. The core only needs
// its address; what answers behind it (the simulator) lives in orgconsole_sandbox, a library the
// core does not link, so programs and tests choose whether they carry it.
class LocalProxy
{
public:
    virtual ~LocalProxy();
    virtual QString baseUrl() const = 0;
    // The key it accepts when that is not the one it was started with (empty): the sandbox another
    // program of this user runs, which this one joined.
    virtual QString masterKey() const { return {}; }
};

// Starts a local proxy on loopback that accepts `masterKey` and keeps its state in `stateFile`.
// Returns null with the reason in `error` when it cannot listen; a problem it could live with
// (a damaged state file, started empty instead) goes to `warning`.
using LocalProxyFactory = std::function<std::unique_ptr<LocalProxy>(const QString &masterKey, const QString &stateFile,
                                                                    QString *warning, QString *error)>;

} // namespace OrgConsole
