// AppContext: sandbox mode only through the factory it is given (ContextOptions::sandboxFactory),
// said clearly when a program was built without one; private files without false alarms; a new
// operator name applied at once; Settings' database test that creates nothing.
#include "services/core/AppContext.h"
#include "services/core/Diagnostics.h"
#include "services/core/OrgQueries.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/OrgOperations.h"
#include "services/sandbox/SandboxProxy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace OrgConsole;

namespace {

// Runs initialize(true) to its end and returns what it reported.
QString initialize(AppContext &context)
{
    std::optional<QString> error;
    context.initialize(true, [&](OperationError e) { error = e.message; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        return QStringLiteral("initialize() did not finish");
    return *error;
}

ContextOptions sandboxOptions(const QTemporaryDir &dir)
{
    ContextOptions o;
    o.configDir = dir.path();
    o.sandbox = true;
    o.operatorName = QStringLiteral("context-tester");
    return o;
}

} // namespace

class TestAppContext : public QObject
{
    Q_OBJECT
private slots:
    void sandboxWithoutAFactoryFailsClearly()
    {
        QTemporaryDir dir;
        AppContext context(sandboxOptions(dir));
        const QString error = initialize(context);
        QVERIFY2(error.contains(QLatin1String("built without the sandbox")), qPrintable(error));
        QVERIFY(!context.client());
    }

    void sandboxStartsTheLocalProxyOnLoopback()
    {
        QTemporaryDir dir;
        ContextOptions o = sandboxOptions(dir);
        QStringList keys;
        QString stateFile;
        o.sandboxFactory = [&](const QString &key, const QString &state, QString *warning, QString *error) {
            keys.append(key);
            stateFile = state;
            return Sandbox::startLocalProxy(key, state, warning, error);
        };
        AppContext context(o);
        QCOMPARE(initialize(context), QString());
        QVERIFY(context.client());
        QCOMPARE(context.profile().name, QStringLiteral("sandbox"));
        QCOMPARE(context.profile().baseUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(context.masterKeySource(), QStringLiteral("sandbox"));
        QCOMPARE(stateFile, context.paths().dataDir + QStringLiteral("/sandbox-proxy.json"));
        QVERIFY(context.warnings().isEmpty());
        std::optional<Result<ConnectionReport>> report;
        context.client()->testConnection([&](Result<ConnectionReport> r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QVERIFY(report->ok() && report->value->adminKey); // the client holds the key the proxy accepts

        AppContext again(o); // a new master key at every start
        QCOMPARE(initialize(again), QString());
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys[0].startsWith(QLatin1String("sk-sandbox-")) && keys[0].size() > 40);
        QVERIFY(keys[0] != keys[1]);
    }

    void damagedSandboxStateIsAWarning()
    {
        QTemporaryDir dir;
        ContextOptions o = sandboxOptions(dir);
        o.sandboxFactory = &Sandbox::startLocalProxy;
        AppContext context(o);
        QFile state(context.paths().dataDir + QStringLiteral("/sandbox-proxy.json"));
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write("{ not json");
        state.close();
        QCOMPARE(initialize(context), QString());
        QVERIFY(context.client());
        QCOMPARE(context.warnings().size(), 1);
        QVERIFY2(context.warnings().constFirst().contains(QLatin1String("is damaged")),
                 qPrintable(context.warnings().join(u'\n')));
    }

    // A new, empty folder made with the usual 0755 is tightened without alarming anyone.
    void aFreshFolderIsMadePrivateQuietly()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh"));
        QVERIFY(QDir().mkpath(fresh));
        QVERIFY(QFile::setPermissions(fresh,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther));
        ContextOptions o;
        o.configDir = fresh;
        AppContext context(o);
        QVERIFY2(context.warnings().isEmpty(), qPrintable(context.warnings().join(u'\n')));
        QCOMPARE(QFileInfo(fresh).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    // Settings' new operator name applies at once: to operations built before and after it.
    void operatorNameAppliesWithoutARestart()
    {
        QTemporaryDir dir;
        ContextOptions o = sandboxOptions(dir);
        o.sandboxFactory = &Sandbox::startLocalProxy;
        AppContext context(o);
        QCOMPARE(initialize(context), QString());
        OrgOperations &ops = context.operations(); // built with the old name
        context.setOperatorName(QStringLiteral("Sam Support"));
        std::optional<CreateResult> created;
        auto saga = context.newCreation();
        NewOrganization n;
        n.name = QStringLiteral("Named Co");
        n.ownerUserId = QStringLiteral("kc-1");
        saga->start(n, {}, [&](const CreateResult &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000);
        QVERIFY(created->ok);
        std::optional<OperationResult> blocked;
        ops.setKeyBlocked(created->organization.id, true, [&](OperationResult r) { blocked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(blocked.has_value(), 20000);
        QVERIFY(blocked->ok);
        std::optional<Stored<QList<AuditEntry>>> audit;
        context.queries().audit(created->organization.id, 10, &context, [&](Stored<QList<AuditEntry>> r) { audit = r; });
        QTRY_VERIFY(audit.has_value());
        QCOMPARE(audit->value->size(), 2);
        for (const AuditEntry &e : *audit->value)
            QCOMPARE(e.operatorName, QStringLiteral("Sam Support"));
    }

    // "Test" in Settings never creates the SQLite file it was asked about.
    void databaseTestDoesNotCreateTheFile()
    {
        QTemporaryDir dir;
        ContextOptions o;
        o.configDir = dir.path();
        AppContext context(o);
        const QString path = dir.filePath(QStringLiteral("not-yet.db"));
        std::optional<DatabaseProbe> probe;
        context.diagnostics().testDatabase(path, {}, &context, [&](DatabaseProbe p) { probe = p; });
        QTRY_VERIFY(probe.has_value());
        QVERIFY(!probe->connected);
        QVERIFY2(probe->note.contains(path), qPrintable(probe->note));
        QVERIFY(!QFileInfo::exists(path));
    }

    void aFactoryThatCannotStartIsAnError()
    {
        QTemporaryDir dir;
        ContextOptions o = sandboxOptions(dir);
        o.sandboxFactory = [](const QString &, const QString &, QString *, QString *error) {
            *error = QStringLiteral("no port left");
            return std::unique_ptr<LocalProxy>();
        };
        AppContext context(o);
        QCOMPARE(initialize(context), QStringLiteral("The sandbox proxy could not start: no port left"));
        QVERIFY(!context.client());
    }
};

QTEST_GUILESS_MAIN(TestAppContext)
#include "test_app_context.moc"
