// The sandbox survives a restart as a training ground: the simulator keeps its clock offset and
// simulated usage (on, its speed) in its state file, and the console started again shows simulated
// usage on in the Sandbox menu and refreshes while it runs.
#include "services/core/AppContext.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/SandboxMenu.h"

#include <QAction>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace OrgConsole;

namespace {

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

// One start of the console in the sandbox: the simulator loads and saves the state file the
// context gives it, as the real sandbox does (Sandbox::startLocalProxy).
struct SandboxRun {
    std::unique_ptr<Sandbox::LiteLlmSimulator> sim;
    std::unique_ptr<AppContext> context;
    ClipboardGuard clipboard;
    std::unique_ptr<MainWindow> window;

    bool start(const QString &configDir)
    {
        ContextOptions o;
        o.configDir = configDir;
        o.operatorName = QStringLiteral("restart-tester");
        o.console = true;
        o.sandbox = true;
        o.sandboxFactory = [this](const QString &key, const QString &stateFile, QString *, QString *) {
            sim = std::make_unique<Sandbox::LiteLlmSimulator>(Sandbox::SimConfig {});
            sim->config().masterKey = key;
            sim->setStateFile(stateFile);
            return sim->listen() ? std::make_unique<HeldProxy>(sim.get()) : nullptr;
        };
        context = std::make_unique<AppContext>(o);
        window = std::make_unique<MainWindow>(context.get(), &clipboard);
        std::optional<OperationError> error;
        context->initialize(true, [&](OperationError e) { error = e; });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, 10000) || error->isError())
            return false;
        QSignalSpy checked(window.get(), &MainWindow::connectionChecked);
        window->start({});
        return checked.wait(15000);
    }

    QAction *usageAction() const { return window->findChild<QAction *>(QStringLiteral("simulatedUsageAction")); }

    // Moves the simulator's clock the way a trainee's tools do: over HTTP, which the simulator saves.
    bool advanceClock(qint64 seconds)
    {
        std::optional<bool> ok;
        context->client()->simulatorCall("POST", QStringLiteral("clock"),
                                         QJsonObject {{QStringLiteral("advance_seconds"), seconds}},
                                         [&](Result<QJsonObject> r) { ok = r.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    }
};

} // namespace

class TestSandboxRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("ORGCONSOLE_UI_TEST", "1"); }

    void usageAndClockSurviveARestart()
    {
        QTemporaryDir config;
        QDateTime simulatedNow;
        {
            SandboxRun first;
            QVERIFY(first.start(config.path()));
            QAction *usage = first.usageAction();
            QVERIFY(usage && !usage->isChecked());
            usage->trigger(); // on, at an hour a second
            QTRY_VERIFY(first.sim->usage().enabled);
            QCOMPARE(first.sim->usage().factor, SandboxMenu::kUsageFactor);
            QVERIFY(first.advanceClock(10 * 86400));
            simulatedNow = first.sim->now();
        }
        SandboxRun second;
        QVERIFY(second.start(config.path()));
        // The simulated clock went on from where it was (plus the moment the restart took, sped up).
        QVERIFY2(second.sim->now() >= simulatedNow, qPrintable(second.sim->now().toString(Qt::ISODate)));
        QVERIFY(second.sim->now() < QDateTime::currentDateTimeUtc().addDays(11));
        QVERIFY(second.sim->usage().enabled);
        QCOMPARE(second.sim->usage().factor, SandboxMenu::kUsageFactor);
        // The menu says so without being asked, and turning it off is remembered too.
        QTRY_VERIFY(second.usageAction()->isChecked());
        second.usageAction()->trigger();
        QTRY_VERIFY(!second.sim->usage().enabled);
    }

    void usageOffStaysOffAndTheClockStaysMoved()
    {
        QTemporaryDir config;
        {
            SandboxRun first;
            QVERIFY(first.start(config.path()));
            QVERIFY(first.advanceClock(3 * 86400));
        }
        SandboxRun second;
        QVERIFY(second.start(config.path()));
        QVERIFY(second.sim->now() > QDateTime::currentDateTimeUtc().addSecs(3 * 86400 - 60));
        QVERIFY(!second.sim->usage().enabled);
        QVERIFY(!second.usageAction()->isChecked());
    }
};

QTEST_MAIN(TestSandboxRestart)
#include "test_sandbox_restart.moc"
