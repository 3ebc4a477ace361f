#pragma once

// The console's test setup, written once: a simulator on loopback, a context on a throwaway
// folder (real SQLite) that talks to it, the clipboard guard, and the helpers every console test
// uses. Header-only: the tests that use it link orgconsole_ui and orgconsole_sandbox.
#include "services/core/AppContext.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/ClipboardGuard.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace OrgConsole::Test {

struct ConsoleFixture {
    QString masterKey = QStringLiteral("sk-master-console-fixture");
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::LiteLlmSimulator> sim;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<ClipboardGuard> clipboard;
    int changeBaselineDelayMs = -1; // ContextOptions's, for the next start()

    // `operatorName` empty: none given, as a first start without --operator. `databaseUrl` empty:
    // SQLite in the throwaway folder.
    bool start(const QString &operatorName = QStringLiteral("gui-tester"), const QString &databaseUrl = {})
    {
        qputenv("ORGCONSOLE_UI_TEST", "1");
        dir = std::make_unique<QTemporaryDir>();
        Sandbox::SimConfig config;
        config.masterKey = masterKey;
        sim = std::make_unique<Sandbox::LiteLlmSimulator>(config);
        if (!sim->listen())
            return false;
        ContextOptions o;
        o.configDir = dir->path();
        o.proxyUrl = sim->baseUrl();
        o.masterKey = masterKey;
        o.operatorName = operatorName;
        o.databaseUrl = databaseUrl;
        o.console = true;
        o.changeBaselineDelayMs = changeBaselineDelayMs;
        context = std::make_unique<AppContext>(o);
        std::optional<OperationError> error;
        context->initialize(true, [&](OperationError e) { error = e; });
        if (!QTest::qWaitFor([&] { return error.has_value(); }, 10000) || error->isError())
            return false;
        clipboard = std::make_unique<ClipboardGuard>();
        return true;
    }
    void stop()
    {
        clipboard.reset();
        context.reset();
        sim.reset();
        dir.reset();
    }

    Organization createDirectly(const QString &name, std::optional<double> budget = 250.0,
                                const QString &owner = QStringLiteral("kc-1"))
    {
        std::optional<CreateResult> result;
        auto saga = context->newCreation();
        NewOrganization n;
        n.name = name;
        n.ownerUserId = owner;
        n.maxBudget = budget;
        n.budgetDuration = QStringLiteral("30d");
        saga->start(n, {}, [&](const CreateResult &r) { result = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result ? result->organization : Organization {};
    }

    // A member added as Add member adds one (the saga, on the simulator), with a 30-day period.
    AddMemberResult addMemberDirectly(const Organization &org, const QString &user, std::optional<double> budget)
    {
        std::optional<AddMemberResult> result;
        auto saga = context->newMemberAddition();
        NewMember n;
        n.organization = org.id;
        n.userId = user;
        n.maxBudget = budget;
        n.budgetDuration = QStringLiteral("30d");
        saga->start(n, {}, [&](const AddMemberResult &r) { result = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result ? *result : AddMemberResult {};
    }

    // Runs `work` on the repository's thread and waits for its answer.
    template<typename T> Stored<T> repository(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        QObject receiver;
        context->repository().run<T>(work, &receiver, [&](Stored<T> r) { out = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return out.has_value(); }, 10000);
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("test: no answer")));
    }
    QList<AuditEntry> audit(const QString &organizationId)
    {
        auto r = repository<QList<AuditEntry>>([organizationId](OrgRepository &repo) { return repo.audit(organizationId, 100); });
        return r.ok() ? *r.value : QList<AuditEntry> {};
    }
};

} // namespace OrgConsole::Test
