// Soak: creates, budget changes, rotations, blocks, deletes, members added and removed at concurrency 8 against a litellm-sim
// process (so that this process's memory is the console's alone) with a few percent of random faults at every endpoint (5xx,
// resets, hangs, garbage, lost replies), through the services the console uses, on the engine ORGCONSOLE_TEST_ENGINE names. After
// each batch the faults stop, recovery runs, and the invariants are checked: every active row has its team and key on the proxy;
// every team and key marked as ours has its row; no unfinished row is left; every change has its audit entry. The process's
// memory must stay steady. ORGCONSOLE_SOAK_SECONDS (default 40) bounds the run; ORGCONSOLE_SOAK_SEED repeats one.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/CreateOrganization.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/Ownership.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/HttpTestClient.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <unistd.h>

using namespace OrgConsole;

namespace {
const QString kMaster = QStringLiteral("sk-master-soak");
constexpr int kConcurrency = 8;
constexpr int kBatch = 48; // operations between two checks
constexpr int kPopulation = 40; // organizations the mix keeps alive, roughly
constexpr double kFaultRate = 0.03; // of the calls a batch makes

enum class Op { Create, SetBudget, Rotate, Block, Unblock, Delete, AddMember, RemoveMember };
const char *opName(Op op)
{
    static const char *names[]
        = {"create", "set-budget", "rotate-key", "block-key", "unblock-key", "delete", "add-member", "remove-member"};
    return names[int(op)];
}

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

struct Figures {
    QMap<QString, int> ok;
    QMap<QString, int> failed;
    QMap<QString, int> faults; // by mode, those that hit a call
    int checksPassed = 0;
    int orphans = 0;
    int missing = 0; // active rows whose team or key the proxy lacks
    int unfinished = 0;
    int unaudited = 0;
    int recovered = 0;
    int calls = 0; // requests the proxy received
    QList<double> rss; // MiB after each batch
};
} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private:
    Test::TestDatabase m_testDb;
    QProcess m_simProcess; // litellm-sim
    std::unique_ptr<Test::HttpTestClient> m_sim; // its administration endpoints
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;
    std::unique_ptr<RepositoryWorker> m_worker;
    std::unique_ptr<OrgOperations> m_ops;
    QRandomGenerator m_random;
    Figures m_figures;
    QSet<QString> m_busy; // organizations an operation is working on
    QList<QPair<QString, QString>> m_changes; // (organization id, audit action) of every change that succeeded
    int m_created = 0;
    int m_running = 0;
    QHash<QString, QStringList> m_members; // organization id -> the user ids the soak added and did not remove
    int m_memberCount = 0;

    template<typename T> Stored<T> repo(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        m_worker->run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000); }();
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("no answer")));
    }
    QList<Organization> activeIdle()
    {
        QList<Organization> out;
        const auto all = repo<QList<Organization>>([](OrgRepository &r) { return r.listAll(); });
        for (const Organization &o : all.value.value_or(QList<Organization> {})) {
            if (o.status == OrgStatus::Active && !m_busy.contains(o.id))
                out.append(o);
        }
        return out;
    }

    // A few faults at random endpoints and calls of the next batch; each hits one call.
    void injectFaults()
    {
        static const QStringList paths {
            QStringLiteral("/team/new"),          QStringLiteral("/key/generate"),     QStringLiteral("/team/update"),
            QStringLiteral("/team/delete"),       QStringLiteral("/key/delete"),       QStringLiteral("/key/update"),
            QStringLiteral("/key/block"),         QStringLiteral("/key/unblock"),      QStringLiteral("/team/info"),
            QStringLiteral("/key/list"),          QStringLiteral("/health/readiness"), QStringLiteral("/team/member_add"),
            QStringLiteral("/team/member_delete")};
        static const QStringList modes {QStringLiteral("status"), QStringLiteral("reset"), QStringLiteral("hang"),
                                        QStringLiteral("malformed"), QStringLiteral("lost")};
        m_sim->send("DELETE", QStringLiteral("/sim/faults"), {}, {});
        m_sim->post(QStringLiteral("/sim/faults"), QJsonObject {{QStringLiteral("path"), QStringLiteral("*")}}); // counts calls
        const int count = std::max(1, int(kBatch * 4 * kFaultRate + 0.5));
        for (int i = 0; i < count; ++i) {
            const QJsonObject fault {{QStringLiteral("path"), paths.at(m_random.bounded(int(paths.size())))},
                                     {QStringLiteral("mode"), modes.at(m_random.bounded(int(modes.size())))},
                                     {QStringLiteral("status"), m_random.bounded(2) ? 500 : 503},
                                     {QStringLiteral("nth"), 1 + m_random.bounded(8)},
                                     {QStringLiteral("times"), 1}};
            QCOMPARE(m_sim->post(QStringLiteral("/sim/faults"), fault).status, 200);
        }
    }
    void countFaults()
    {
        const QJsonArray faults = m_sim->get(QStringLiteral("/sim/faults")).object().value(QStringLiteral("faults")).toArray();
        for (const QJsonValue &f : faults) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("mode")).toString() == QLatin1String("none"))
                m_figures.calls += o.value(QStringLiteral("seen")).toInt();
            else if (o.value(QStringLiteral("seen")).toInt() >= o.value(QStringLiteral("nth")).toInt())
                ++m_figures.faults[o.value(QStringLiteral("mode")).toString()];
        }
        m_sim->send("DELETE", QStringLiteral("/sim/faults"), {}, {});
    }
    // The proxy's teams and keys (by id and hash) with the organization their metadata names.
    QHash<QString, QString> onProxy(const char *kind, const char *idField)
    {
        QHash<QString, QString> out;
        const QJsonArray items = m_sim->get(QStringLiteral("/sim/state")).object().value(QLatin1String(kind)).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            out.insert(o.value(QLatin1String(idField)).toString(),
                       o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("orgconsole_org_id")).toString());
        }
        return out;
    }

    Op pickOp(int population)
    {
        if (population < kPopulation / 2)
            return Op::Create;
        if (population > kPopulation)
            return Op::Delete;
        const int roll = m_random.bounded(100);
        return roll < 20 ? Op::Create
            : roll < 35  ? Op::SetBudget
            : roll < 45  ? Op::Rotate
            : roll < 52  ? Op::Block
            : roll < 59  ? Op::Unblock
            : roll < 75  ? Op::AddMember
            : roll < 85  ? Op::RemoveMember
                         : Op::Delete;
    }
    void finished(Op op, const QString &orgId, bool ok)
    {
        ++(ok ? m_figures.ok : m_figures.failed)[QLatin1String(opName(op))];
        if (ok && !orgId.isEmpty())
            m_changes.append({orgId, QLatin1String(opName(op))});
        m_busy.remove(orgId);
        --m_running;
    }
    void startCreate()
    {
        auto *saga = new CreateOrganization(m_client.get(), m_worker.get(), QStringLiteral("soak"), this);
        NewOrganization n;
        n.name = QStringLiteral("Soak %1").arg(++m_created);
        n.ownerUserId = QStringLiteral("kc-%1").arg(m_created);
        n.maxBudget = 100 + m_random.bounded(900);
        n.budgetDuration = QStringLiteral("30d");
        saga->start(n, {}, [this, saga](const CreateResult &r) {
            saga->deleteLater();
            finished(Op::Create, r.ok ? r.organization.id : QString(), r.ok);
        });
    }
    void startOn(Op op, const Organization &org)
    {
        m_busy.insert(org.id);
        const QString id = org.id;
        auto done = [this, op, id](OperationResult r) { finished(op, id, r.ok); };
        switch (op) {
        case Op::SetBudget:
            return m_ops->setBudget(id, double(50 + m_random.bounded(2000)), QStringLiteral("30d"), done);
        case Op::Rotate:
            return m_ops->rotateKey(id, done);
        case Op::Block:
        case Op::Unblock:
            return m_ops->setKeyBlocked(id, op == Op::Block, done);
        case Op::Delete:
            return m_ops->deleteOrganization(id, done);
        case Op::AddMember:
        case Op::RemoveMember:
            return startMemberOp(op, org);
        case Op::Create:
            break;
        }
    }
    // A member added to the organization (the add-member saga), or one of the soak's members removed.
    void startMemberOp(Op op, const Organization &org)
    {
        const QString id = org.id;
        const QStringList added = m_members.value(id);
        if (op == Op::RemoveMember && !added.isEmpty()) {
            const QString user = added.at(m_random.bounded(int(added.size())));
            return m_ops->members().remove(id, user, [this, id, user](MemberResult r) {
                if (r.ok)
                    m_members[id].removeAll(user);
                finished(Op::RemoveMember, id, r.ok);
            });
        }
        auto *saga = new AddMember(m_client.get(), m_worker.get(), QStringLiteral("soak"), this);
        NewMember n;
        n.organization = id;
        n.userId = QStringLiteral("m-%1").arg(++m_memberCount);
        n.maxBudget = 10 + m_random.bounded(40);
        saga->start(n, {}, [this, saga, id, user = n.userId](const AddMemberResult &r) {
            saga->deleteLater();
            if (r.ok)
                m_members[id].append(user);
            finished(Op::AddMember, id, r.ok);
        });
    }
    // kBatch operations, at most kConcurrency at once.
    void runBatch()
    {
        QList<Organization> candidates = activeIdle();
        int population = int(candidates.size());
        for (int started = 0; started < kBatch;) {
            if (m_running >= kConcurrency) {
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
                continue;
            }
            const Op op = pickOp(population);
            ++m_running;
            ++started;
            if (op == Op::Create || candidates.isEmpty()) {
                ++population;
                startCreate();
                continue;
            }
            const Organization org = candidates.takeAt(m_random.bounded(int(candidates.size())));
            population -= op == Op::Delete ? 1 : 0;
            startOn(op, org);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_running == 0, 120000);
    }

    void recoverLeftovers()
    {
        std::optional<QList<RecoveryOutcome>> outcomes;
        m_ops->recover(RecoveryRules {}, false, [&](QList<RecoveryOutcome> o) { outcomes = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 120000);
        for (const RecoveryOutcome &o : std::as_const(*outcomes)) {
            QVERIFY2(o.action != RecoveryAction::Failed, qPrintable(o.description()));
            ++m_figures.recovered;
            m_changes.append({o.organizationId, QStringLiteral("recover")});
        }
    }
    void check(bool holds, int *counter, const QString &what)
    {
        if (holds) {
            ++m_figures.checksPassed;
            return;
        }
        ++*counter;
        qWarning().noquote() << "invariant broken:" << what;
    }
    void checkInvariants();
    void checkAudit();

private slots:
    void initTestCase();
    void soak();
    void cleanupTestCase()
    {
        m_ops.reset();
        m_worker.reset();
        m_client.reset();
        m_sim.reset();
        m_simProcess.terminate();
        m_simProcess.waitForFinished(10000);
    }
};

void TestSoak::initTestCase()
{
    const quint32 seed = qEnvironmentVariableIsSet("ORGCONSOLE_SOAK_SEED")
        ? quint32(qEnvironmentVariableIntValue("ORGCONSOLE_SOAK_SEED"))
        : QRandomGenerator::system()->generate();
    m_random.seed(seed);
    qInfo("soak: engine %s, seed %u (ORGCONSOLE_SOAK_SEED repeats it)", qPrintable(Test::TestDatabase::engine()), seed);
    DatabaseLocation location;
    const QString error = m_testDb.create(QStringLiteral("soak"), &location);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LITELLM_MASTER_KEY"), kMaster);
    m_simProcess.setProcessEnvironment(env);
    m_simProcess.start(qEnvironmentVariable("ORGCONSOLE_SIM"), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(m_simProcess.waitForReadyRead(20000), "litellm-sim (ORGCONSOLE_SIM) did not start");
    const QString baseUrl = QString::fromUtf8(m_simProcess.readLine()).trimmed().section(QStringLiteral("listening on "), 1);
    QVERIFY2(baseUrl.startsWith(QLatin1String("http://")), qPrintable(baseUrl));
    m_sim = std::make_unique<Test::HttpTestClient>(baseUrl);
    m_sim->setBearer(kMaster);
    ProxyProfile p;
    p.name = QStringLiteral("soak");
    p.baseUrl = QUrl(baseUrl);
    p.timeoutMs = 800; // a hung call is given up after this long
    p.retryBaseDelayMs = 20;
    m_client = std::make_unique<LiteLlmClient>(&m_nam, p);
    m_client->setMasterKey(kMaster);
    m_client->setParallelism(kConcurrency);
    m_worker = std::make_unique<RepositoryWorker>(location);
    std::optional<QString> opened;
    m_worker->open(this, [&](QString e) { opened = e; });
    QTRY_VERIFY(opened.has_value());
    QVERIFY2(opened->isEmpty(), qPrintable(*opened));
    m_ops = std::make_unique<OrgOperations>(m_client.get(), m_worker.get(), QStringLiteral("soak"));
}

void TestSoak::checkInvariants()
{
    const auto all = repo<QList<Organization>>([](OrgRepository &r) { return r.listAll(); });
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    const QHash<QString, QString> teams = onProxy("teams", "team_id");
    const QHash<QString, QString> keys = onProxy("keys", "token");
    QHash<QString, Organization> rows;
    QSet<QString> memberKeys; // every active member's key (the owners' are the organizations' too)
    for (const Organization &o : std::as_const(*all.value)) {
        const auto members = repo<QList<Member>>([id = o.id](OrgRepository &r) { return r.members().list(id); });
        for (const Member &m : members.value.value_or(QList<Member> {})) {
            check(m.status == MemberStatus::Active, &m_figures.unfinished,
                  QStringLiteral("member %1 of %2 is %3 after recovery").arg(m.userId, o.name, memberStatusToString(m.status)));
            check(m.status != MemberStatus::Active || keys.contains(m.keyHash), &m_figures.missing,
                  QStringLiteral("member %1 of %2 has no key").arg(m.userId, o.name));
            memberKeys.insert(m.keyHash);
        }
        rows.insert(o.id, o);
        check(o.status == OrgStatus::Active, &m_figures.unfinished,
              QStringLiteral("%1 is %2 after recovery").arg(o.name, orgStatusToString(o.status)));
        if (o.status != OrgStatus::Active)
            continue;
        check(teams.contains(o.teamIdOnProxy()), &m_figures.missing, o.name + QStringLiteral(" has no team"));
        check(keys.contains(o.keyHash), &m_figures.missing, o.name + QStringLiteral(" has no key"));
    }
    for (auto it = teams.cbegin(); it != teams.cend(); ++it)
        check(it->isEmpty() || rows.contains(*it), &m_figures.orphans, QStringLiteral("orphan team ") + it.key());
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        check(it->isEmpty() || rows.value(*it).keyHash == it.key() || (rows.contains(*it) && memberKeys.contains(it.key())),
              &m_figures.orphans, QStringLiteral("orphan key ") + it.key());
}

// Every change that succeeded, and every recovery, has its audit entry.
void TestSoak::checkAudit()
{
    QHash<QString, QStringList> byOrg;
    for (const auto &change : std::as_const(m_changes))
        byOrg[change.first].append(change.second);
    for (auto it = byOrg.cbegin(); it != byOrg.cend(); ++it) {
        const QString id = it.key();
        const auto audit = repo<QList<AuditEntry>>([id](OrgRepository &r) { return r.audit(id); });
        QStringList recorded;
        for (const AuditEntry &e : audit.value.value_or(QList<AuditEntry> {})) {
            if (e.outcome != AuditOutcome::Failed && e.outcome != AuditOutcome::FailedCleanedUp
                && e.outcome != AuditOutcome::FailedCleanupIncomplete)
                recorded.append(e.action);
        }
        for (const QString &action : it.value())
            check(recorded.removeOne(action), &m_figures.unaudited,
                  QStringLiteral("no audit entry for %1 of %2").arg(action, id));
    }
    m_changes.clear();
}

void TestSoak::soak()
{
    const int seconds
        = qEnvironmentVariableIsSet("ORGCONSOLE_SOAK_SECONDS") ? qEnvironmentVariableIntValue("ORGCONSOLE_SOAK_SECONDS") : 40;
    QElapsedTimer clock;
    clock.start();
    int batches = 0;
    while (clock.elapsed() < qint64(seconds) * 1000 || batches < 4) {
        injectFaults();
        runBatch();
        countFaults();
        recoverLeftovers();
        checkInvariants();
        checkAudit();
        if (QTest::currentTestFailed())
            return;
        m_figures.rss.append(residentMiB());
        ++batches;
    }
    const qsizetype quarter = std::max<qsizetype>(1, m_figures.rss.size() / 4);
    // The first batch warms up caches and the allocator; quarters are taken from the second on.
    const QList<double> measured = m_figures.rss.mid(1);
    const double first = *std::max_element(measured.cbegin(), measured.cbegin() + std::min(quarter, measured.size()));
    const double last = *std::max_element(measured.cend() - std::min(quarter, measured.size()), measured.cend());
    int operations = 0;
    for (const int n : std::as_const(m_figures.ok))
        operations += n;
    for (const int n : std::as_const(m_figures.failed))
        operations += n;
    int faults = 0;
    for (const int n : std::as_const(m_figures.faults))
        faults += n;
    qInfo("soak: %d batches, %d operations in %.1f s at concurrency %d", batches, operations, clock.elapsed() / 1000.0,
          kConcurrency);
    for (auto it = m_figures.ok.cbegin(); it != m_figures.ok.cend(); ++it)
        qInfo("soak:   %-12s %5d ok %5d failed", qPrintable(it.key()), it.value(), m_figures.failed.value(it.key()));
    QStringList modes;
    for (auto it = m_figures.faults.cbegin(); it != m_figures.faults.cend(); ++it)
        modes.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    qInfo("soak: faults injected %d in %d calls (%.1f %%: %s); rows recovered %d", faults, m_figures.calls,
          faults * 100.0 / std::max(1, m_figures.calls), qPrintable(modes.join(QStringLiteral(", "))), m_figures.recovered);
    qInfo("soak: invariant checks passed %d; orphans %d, missing %d, unfinished %d, unaudited %d", m_figures.checksPassed,
          m_figures.orphans, m_figures.missing, m_figures.unfinished, m_figures.unaudited);
    qInfo("soak: RSS first quarter %.1f MiB, last quarter %.1f MiB (%+.1f %%)", first, last, (last - first) * 100 / first);
    QStringList series;
    for (const double mib : std::as_const(m_figures.rss))
        series.append(QString::number(mib, 'f', 1));
    qInfo("soak: RSS after each batch (MiB): %s", qPrintable(series.join(QLatin1Char(' '))));
    QCOMPARE(m_figures.orphans, 0);
    QCOMPARE(m_figures.missing, 0);
    QCOMPARE(m_figures.unfinished, 0);
    QCOMPARE(m_figures.unaudited, 0);
    QVERIFY2(faults > 0, "no fault was injected");
    QVERIFY2(last <= first * 1.10, "memory grew by more than 10 % from the first to the last quarter");
}

QTEST_GUILESS_MAIN(TestSoak)
#include "test_soak.moc"
