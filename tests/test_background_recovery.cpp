// The console's background recovery: once the main window has started it (MainWindow::
// startRecovery, every 30 s in the console, every second here), an operation another desktop left
// unfinished is resolved without anyone doing anything, as soon as its heartbeat is older than the
// lease, and the status bar says so.
#include "services/core/AppContext.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/OrgRequests.h"
#include "services/provisioning/Ownership.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/AsyncWait.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"

#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

namespace {
const QString kMaster = QStringLiteral("sk-master-background-recovery");
}

class TestBackgroundRecovery : public QObject
{
    Q_OBJECT
private:
    template<typename T> Stored<T> repo(AppContext &context, std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        context.repository().run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("no answer")));
    }

    // Another desktop reserved an organization and made its team, then stopped renewing the
    // heartbeat `age` seconds ago (its machine froze, lost its network or was switched off).
    Organization leftByAnotherDesktop(AppContext &context, int age)
    {
        const OperationOwner other {QStringLiteral("other-desktop"), 4242, 1};
        NewOrganization n;
        n.name = QStringLiteral("Half Made Co");
        n.ownerUserId = QStringLiteral("kc-9");
        n.maxBudget = 50.0;
        const auto reserved = repo<Organization>(
            context, [n, other](OrgRepository &r) { return r.reserve(n, QStringLiteral("bob.support"), other); });
        [&] { QVERIFY2(reserved.ok(), qPrintable(reserved.error.message)); }();
        const Organization org = reserved.value.value_or(Organization {});
        const auto team = Test::wait<TeamInfo>(
            [&](auto done) { context.client()->createTeam(teamRequestFor(org, QStringLiteral("bob.support")), done); });
        [&] { QVERIFY2(team.ok(), qPrintable(team.error.message)); }();
        const QString then = toDbTime(QDateTime::currentDateTimeUtc().addSecs(-age));
        repo<bool>(context, [id = org.id, then](OrgRepository &r) {
            QSqlQuery q(r.database());
            q.prepare(QStringLiteral("UPDATE organizations SET heartbeat_at = ?, updated_at = ? WHERE id = ?"));
            q.addBindValue(then);
            q.addBindValue(then);
            q.addBindValue(id);
            return Stored<bool>::success(q.exec());
        });
        return org;
    }

private slots:
    void deadRowOfAnotherDesktopIsResolvedInTheBackground()
    {
        QTemporaryDir dir;
        SimConfig config;
        config.masterKey = kMaster;
        LiteLlmSimulator sim(config);
        QVERIFY(sim.listen());
        ContextOptions o;
        o.configDir = dir.path();
        o.proxyUrl = sim.baseUrl();
        o.masterKey = kMaster;
        o.operatorName = QStringLiteral("ana.support");
        AppContext context(o);
        std::optional<OperationError> error;
        context.initialize(true, [&](OperationError e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->message));
        ClipboardGuard clipboard;
        MainWindow window(&context, &clipboard);
        window.show();

        // Still within the lease when the console starts: the check at start leaves it alone.
        const Organization org = leftByAnotherDesktop(context, kOwnerLeaseSeconds - 3);
        window.startRecovery(1);
        QTest::qWait(300);
        QVERIFY(repo<Organization>(context, [id = org.id](OrgRepository &r) { return r.findById(id); }).ok());
        QVERIFY(sim.state().teams.contains(org.id));

        // Then its lease runs out, and the next background check rolls it back: nobody clicks anything.
        QTRY_VERIFY_WITH_TIMEOUT(!sim.state().teams.contains(org.id), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            repo<Organization>(context, [id = org.id](OrgRepository &r) { return r.findById(id); }).error.kind,
            StorageError::Kind::NotFound, 5000);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Recovered 1 unfinished operation")));
        const auto audit = repo<QList<AuditEntry>>(context, [id = org.id](OrgRepository &r) { return r.audit(id); });
        QVERIFY(audit.ok());
        QCOMPARE(audit.value->size(), 1);
        QCOMPARE(audit.value->first().action, QStringLiteral("recover"));
        QCOMPARE(audit.value->first().operatorName, QStringLiteral("ana.support"));
        QCOMPARE(audit.value->first().outcome, AuditOutcome::RolledBack);
    }
};

QTEST_MAIN(TestBackgroundRecovery)
#include "test_background_recovery.moc"
