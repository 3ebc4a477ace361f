#include "services/sandbox/SandboxProxy.h"

#include "services/sandbox/LiteLlmSimulator.h"

#include <QHostAddress>

namespace OrgConsole::Sandbox {

namespace {

class SandboxProxy final : public LocalProxy
{
public:
    explicit SandboxProxy(const SimConfig &config)
        : m_sim(config)
    {
    }
    QString baseUrl() const override { return m_sim.baseUrl(); }
    LiteLlmSimulator &simulator() { return m_sim; }

private:
    LiteLlmSimulator m_sim;
};

} // namespace

std::unique_ptr<LocalProxy> startLocalProxy(const QString &masterKey, const QString &stateFile, QString *warning, QString *error)
{
    SimConfig config;
    config.masterKey = masterKey;
    auto proxy = std::make_unique<SandboxProxy>(config);
    // A damaged state is not fatal: the simulator starts empty and the user is told why.
    const QString stateError = proxy->simulator().setStateFile(stateFile);
    // Loopback only: the sandbox must never be reachable from another machine.
    if (!proxy->simulator().listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = proxy->simulator().errorString();
        return nullptr;
    }
    if (warning)
        *warning = stateError;
    return proxy;
}

} // namespace OrgConsole::Sandbox
