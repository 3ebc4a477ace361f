#pragma once

// A sandbox context (ContextOptions::sandbox) whose simulator the test holds, so it can read the
// simulator's state and move its clock; the context talks to it over real HTTP as the console does.
#include "services/core/AppContext.h"
#include "services/provisioning/DemoData.h"
#include "services/sandbox/LiteLlmSimulator.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace OrgConsole::Test {

class HeldProxy final : public LocalProxy
{
public:
    explicit HeldProxy(Sandbox::LiteLlmSimulator *sim)
        : m_sim(sim)
    {
    }
    QString baseUrl() const override { return m_sim->baseUrl(); }

private:
    Sandbox::LiteLlmSimulator *m_sim;
};

struct DemoSandbox {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::LiteLlmSimulator> sim;
    std::unique_ptr<AppContext> context;

    // `sandbox` false: the same simulator as a real proxy (a one-off URL), for the refusals.
    bool start(bool sandbox = true, bool console = false)
    {
        dir = std::make_unique<QTemporaryDir>();
        sim = std::make_unique<Sandbox::LiteLlmSimulator>(Sandbox::SimConfig {});
        if (!sim->listen())
            return false;
        ContextOptions o;
        o.configDir = dir->path();
        o.operatorName = QStringLiteral("demo-tester");
        o.console = console;
        if (sandbox) {
            o.sandbox = true;
            o.sandboxFactory = [this](const QString &key, const QString &, QString *, QString *) {
                sim->config().masterKey = key;
                return std::make_unique<HeldProxy>(sim.get());
            };
        } else {
            sim->config().masterKey = QStringLiteral("sk-real-proxy-master");
            o.proxyUrl = sim->baseUrl();
            o.masterKey = sim->config().masterKey;
        }
        context = std::make_unique<AppContext>(o);
        std::optional<OperationError> error;
        context->initialize(true, [&](OperationError e) { error = e; });
        return QTest::qWaitFor([&] { return error.has_value(); }, 10000) && !error->isError();
    }

    // Runs load or reset to the end; the error (none on success).
    // Runs load or reset to the end; the error (none on success). `onProgress` sees each step (and
    // may cancel). An event loop, not QTest::qWaitFor: that sleeps 10 ms between its rounds of
    // events, which makes hundreds of requests one after another take many seconds for nothing.
    OperationError run(bool load, std::function<void(DemoData &, const DemoData::Progress &)> onProgress = {})
    {
        std::unique_ptr<DemoData> demo = context->newDemoData();
        std::optional<OperationError> out;
        QEventLoop loop;
        auto done = [&](OperationError e) {
            out = e;
            loop.quit();
        };
        auto progress = [&](const DemoData::Progress &p) {
            if (onProgress)
                onProgress(*demo, p);
        };
        if (load)
            demo->load(progress, done);
        else
            demo->reset(progress, done);
        return wait(loop, out, 120000);
    }

    OperationError usage(bool on)
    {
        std::unique_ptr<DemoData> demo = context->newDemoData();
        std::optional<OperationError> out;
        QEventLoop loop;
        demo->setSimulatedUsage(on, 1, [&](OperationError e) {
            out = e;
            loop.quit();
        });
        return wait(loop, out, 10000);
    }

    static OperationError wait(QEventLoop &loop, const std::optional<OperationError> &out, int timeoutMs)
    {
        if (!out) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return out.value_or(OperationError::other(QStringLiteral("test: no answer")));
    }
};

} // namespace OrgConsole::Test
