// One sandbox per user and folder: a program started in the sandbox while another one runs it (the
// console open, orgctl in a terminal) joins that simulated proxy instead of starting a second one
// on the same state file — two would part ways, and the console's next refresh would undo what
// orgctl changed. The program that runs it says where it listens in a private file, removed when
// it stops; a holder that died is taken over.
#include "services/core/AppContext.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/sandbox/SandboxProxy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace OrgConsole;

namespace {

ContextOptions sandboxOptions(const QString &dir)
{
    ContextOptions o;
    o.configDir = dir;
    o.sandbox = true;
    o.operatorName = QStringLiteral("ana.support");
    o.sandboxFactory = &Sandbox::startLocalProxy;
    return o;
}

QString initialize(AppContext &context)
{
    std::optional<QString> error;
    context.initialize(true, [&](OperationError e) { error = e.message; });
    if (!QTest::qWaitFor([&] { return error.has_value(); }, 20000))
        return QStringLiteral("initialize() did not finish");
    return *error;
}

} // namespace

class TestSandboxShared : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_stdout;

    QString stateFile() const { return m_dir.filePath(QStringLiteral("sandbox-proxy.json")); }

    // The real orgctl in the sandbox of this folder. The event loop runs meanwhile: the sandbox it
    // joins may be this process's.
    int orgctl(const QStringList &arguments)
    {
        QProcess p;
        p.start(qEnvironmentVariable("ORGCTL"),
                QStringList {QStringLiteral("--config"), m_dir.path(), QStringLiteral("--sandbox"), QStringLiteral("--operator"),
                             QStringLiteral("bob.support"), QStringLiteral("--json")}
                    + arguments);
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
            return -1;
        m_stdout = QString::fromUtf8(p.readAllStandardOutput());
        const QByteArray errors = p.readAllStandardError();
        if (p.exitCode() != 0)
            qWarning("orgctl %s: %s", qPrintable(arguments.join(u' ')), errors.constData());
        return p.exitCode();
    }

    // What the sandbox this context uses says about the team named `alias`.
    std::optional<TeamInfo> teamOnProxy(AppContext &context, const QString &alias)
    {
        std::optional<Result<TeamPage>> page;
        context.client()->listTeams(1, 100, {}, [&](Result<TeamPage> r) { page = r; });
        if (!QTest::qWaitFor([&] { return page.has_value(); }, 10000) || !page->ok())
            return std::nullopt;
        for (const TeamInfo &t : page->value->teams)
            if (t.alias == alias)
                return t;
        return std::nullopt;
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void orgctlWorksOnTheSandboxTheConsoleRuns()
    {
        AppContext console(sandboxOptions(m_dir.path()));
        QCOMPARE(initialize(console), QString());
        const QString endpoint = stateFile() + QStringLiteral(".endpoint");
        QVERIFY(QFile::exists(endpoint));
        QCOMPARE(QFileInfo(endpoint).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions {});

        QCOMPARE(
            orgctl({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Acme"),
                    QStringLiteral("--owner"), QStringLiteral("owner-1"), QStringLiteral("--budget"), QStringLiteral("100")}),
            0);
        auto team = teamOnProxy(console, QStringLiteral("Acme"));
        QVERIFY2(team.has_value(), "the team orgctl created is not on the console's proxy");
        QCOMPARE(team->maxBudget.value_or(-1), 100.0);

        QCOMPARE(orgctl({QStringLiteral("org"), QStringLiteral("set-budget"), QStringLiteral("Acme"), QStringLiteral("--budget"),
                         QStringLiteral("150")}),
                 0);
        team = teamOnProxy(console, QStringLiteral("Acme"));
        QVERIFY(team.has_value());
        QCOMPARE(team->maxBudget.value_or(-1), 150.0);
        QCOMPARE(orgctl({QStringLiteral("reconcile")}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_stdout.toUtf8()).object().value(QStringLiteral("drift")).toArray().size(), 0);
    }

    // The sandbox stops with its program (nothing left that points at it) and its state stays:
    // the next program runs it.
    void theNextProgramRunsTheSandboxWithItsState()
    {
        {
            AppContext console(sandboxOptions(m_dir.path()));
            QCOMPARE(initialize(console), QString());
            QCOMPARE(
                orgctl({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Globex"),
                        QStringLiteral("--owner"), QStringLiteral("owner-2"), QStringLiteral("--budget"), QStringLiteral("40")}),
                0);
        }
        QVERIFY(!QFile::exists(stateFile() + QStringLiteral(".endpoint")));
        QVERIFY(!QFile::exists(stateFile() + QStringLiteral(".lock")));
        QCOMPARE(orgctl({QStringLiteral("reconcile")}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_stdout.toUtf8()).object().value(QStringLiteral("drift")).toArray().size(), 0);
        AppContext again(sandboxOptions(m_dir.path()));
        QCOMPARE(initialize(again), QString());
        QVERIFY(teamOnProxy(again, QStringLiteral("Globex")).has_value());
    }

    // A holder whose process still counts as running (not yet reaped) but whose port is closed.
    void aHolderThatNoLongerListensIsTakenOver()
    {
        QLockFile held(stateFile() + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString deadUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QFile endpoint(stateFile() + QStringLiteral(".endpoint"));
        QVERIFY(endpoint.open(QIODevice::WriteOnly));
        endpoint.write(QJsonDocument(QJsonObject {{QStringLiteral("url"), deadUrl},
                                                  {QStringLiteral("key"), QStringLiteral("sk-sandbox-gone")},
                                                  {QStringLiteral("pid"), QCoreApplication::applicationPid()}})
                           .toJson());
        endpoint.close();

        AppContext context(sandboxOptions(m_dir.path()));
        QCOMPARE(initialize(context), QString());
        QVERIFY(context.profile().baseUrl.toString() != deadUrl);
        std::optional<Result<ConnectionReport>> report;
        context.client()->testConnection([&](Result<ConnectionReport> r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QVERIFY(report->ok() && report->value->adminKey);
    }

    // Held, and never saying where it listens: a clear error after a short wait, nothing started.
    void aHolderThatNeverSaysWhereItListensIsAClearError()
    {
        QLockFile held(stateFile() + QStringLiteral(".lock"));
        QVERIFY(held.tryLock(0));
        AppContext context(sandboxOptions(m_dir.path()));
        const QString error = initialize(context);
        QVERIFY2(error.contains(QLatin1String("holds the sandbox")), qPrintable(error));
        QVERIFY(!QFile::exists(stateFile() + QStringLiteral(".endpoint")));
    }

    void cleanup()
    {
        QFile::remove(stateFile() + QStringLiteral(".lock"));
        QFile::remove(stateFile() + QStringLiteral(".endpoint"));
    }
};

QTEST_MAIN(TestSandboxShared)
#include "test_sandbox_shared.moc"
