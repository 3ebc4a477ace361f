// An organization with 1,000 members in the console's Members section (offscreen): the time from
// the /team/info reply to the members table shown (reply parsed, merged with the rows, figures
// stored, model filled, table painted), median of several runs; target under 100 ms.
//
// The organization and its members are made through the real sagas against litellm-sim. The
// measured runs then get /team/info from a replay server on a thread of its own that sends the
// simulator's recorded reply and notes when its last byte went out: that moment is "the reply".
//
// bench_members [sqlite | postgresql://...] [members] [runs]
#include "services/core/AppContext.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/AddMember.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"
#include "ui/ClipboardGuard.h"
#include "ui/MemberTableModel.h"
#include "ui/MembersPanel.h"

#include <QApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <chrono>
#include <ctime>

using namespace OrgConsole;
using namespace OrgConsole::Bench;

namespace {
const QString kMaster = QStringLiteral("sk-master-bench-members");

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// CPU time of the whole process (every thread): what the work costs, whatever else the machine runs.
qint64 cpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Answers every request with a recorded reply (taking turns between the replies when there are
// several), on its own thread, and notes when the last byte of the latest answer was written.
class ReplayServer : public QObject
{
public:
    explicit ReplayServer(const QList<QByteArray> &bodies)
        : m_server(new QTcpServer(this))
    {
        for (const QByteArray &body : bodies)
            m_responses.append("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
        connect(m_server, &QTcpServer::newConnection, this, &ReplayServer::accept);
    }
    quint16 listen()
    {
        m_server->listen(QHostAddress::LocalHost, 0);
        return m_server->serverPort();
    }
    std::atomic<qint64> sentAt {0};
    std::atomic<qint64> sentCpu {0};
    std::atomic<bool> takeTurns {false};

private:
    void answer(QTcpSocket *s)
    {
        s->write(m_responses.at(takeTurns.load() ? int(m_answered++ % m_responses.size()) : 0));
        while (s->bytesToWrite() > 0 && s->waitForBytesWritten(10000)) { }
        sentCpu.store(cpuNs());
        sentAt.store(nowNs());
    }
    void accept()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] {
                m_buffers[s] += s->readAll();
                qsizetype end;
                while ((end = m_buffers[s].indexOf("\r\n\r\n")) >= 0) {
                    m_buffers[s].remove(0, end + 4);
                    answer(s);
                }
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }
    QTcpServer *m_server;
    QList<QByteArray> m_responses;
    quint64 m_answered = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

std::unique_ptr<AppContext> openContext(const QString &configDir, const QString &dbUrl, const QString &proxyUrl)
{
    ContextOptions o;
    o.configDir = configDir;
    o.databaseUrl = dbUrl;
    o.proxyUrl = proxyUrl;
    o.masterKey = kMaster;
    o.operatorName = QStringLiteral("bench");
    auto context = std::make_unique<AppContext>(o);
    std::optional<OperationError> error;
    context->initialize(true, [&](OperationError e) { error = e; });
    while (!error)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (error->isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return nullptr;
    }
    return context;
}

// The organization and `members` members (the owner included) through the real sagas, 16 at once.
std::optional<Organization> populate(AppContext &context, int members)
{
    std::optional<CreateResult> created;
    auto creation = context.newCreation();
    NewOrganization n;
    n.name = QStringLiteral("Bench Members %1").arg(QDateTime::currentMSecsSinceEpoch());
    n.ownerUserId = QStringLiteral("kc-owner");
    n.maxBudget = 100000;
    n.budgetDuration = QStringLiteral("30d");
    creation->start(n, {}, [&](const CreateResult &r) { created = r; });
    while (!created)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!created->ok)
        return std::nullopt;
    int next = 1;
    int running = 0;
    int failed = 0;
    std::vector<std::unique_ptr<AddMember>> sagas;
    std::function<void()> startOne = [&] {
        if (next >= members)
            return;
        NewMember m;
        m.organization = created->organization.id;
        m.userId = QStringLiteral("kc-member-%1").arg(next++, 4, 10, QLatin1Char('0'));
        m.maxBudget = 10.0 + next % 90;
        m.budgetDuration = QStringLiteral("30d");
        sagas.push_back(context.newMemberAddition());
        sagas.back()->setReadBack(false);
        ++running;
        sagas.back()->start(m, {}, [&](const AddMemberResult &r) {
            failed += r.ok ? 0 : 1;
            --running;
            startOne();
        });
    };
    for (int i = 0; i < 16; ++i)
        startOne();
    while (running > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (failed > 0)
        std::fprintf(stderr, "%d member(s) could not be added\n", failed);
    return created->organization;
}

QByteArray recordTeamInfo(const QString &baseUrl, const QString &teamId)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/team/info?team_id=") + teamId));
    request.setRawHeader("Authorization", "Bearer " + kMaster.toLatin1());
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(60000);
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}
struct Runs {
    QList<double> afterReply; // ms from the reply's last byte to the table painted
    QList<double> whole; // ms from selecting the organization
    QList<double> cpu; // ms of CPU time the process spent from the reply to the table painted
    int shown = 0;
};

Runs measure(MembersPanel &panel, const Organization &org, const ReplayServer &replay, int runs)
{
    Runs out;
    for (int run = 0; run < runs; ++run) {
        qint64 shownAt = 0;
        qint64 shownCpu = 0;
        const QMetaObject::Connection c = QObject::connect(&panel, &MembersPanel::membersShown, &panel, [&](int count) {
            panel.repaint(); // painted, not just filled
            shownCpu = cpuNs();
            shownAt = nowNs();
            out.shown = count;
        });
        const qint64 start = nowNs();
        panel.showOrganization(&org);
        while (shownAt == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QObject::disconnect(c);
        out.afterReply.append(double(shownAt - replay.sentAt.load()) / 1e6);
        out.whole.append(double(shownAt - start) / 1e6);
        out.cpu.append(double(shownCpu - replay.sentCpu.load()) / 1e6);
    }
    return out;
}

void reportRuns(const char *what, Runs runs)
{
    std::printf("%s\n", what);
    report("  /team/info reply -> members table shown (median)", median(runs.afterReply), "ms");
    std::sort(runs.afterReply.begin(), runs.afterReply.end());
    report("  /team/info reply -> members table shown (slowest)", runs.afterReply.last(), "ms");
    report("  CPU time the process spent on it, all threads (median)", median(runs.cpu), "ms");
    report("  select -> members table shown, request included (median)", median(runs.whole), "ms");
}

// Where the time after the reply goes// Where the time after the reply goes: the JSON read, storing the figures of every member
// (as MemberOperations::list does), and filling the table and painting it.
void breakdown(AppContext &context, MembersPanel &panel, const Organization &org, const QByteArray &body,
               const ReplayServer &replay)
{
    std::optional<TeamDetail> team;
    QList<double> parsed;
    for (int i = 0; i < 5; ++i) {
        qint64 at = 0;
        context.client()->teamInfo(org.id, [&](Result<TeamDetail> r) {
            at = nowNs();
            team = *r.value;
        });
        while (at == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        parsed.append(double(at - replay.sentAt.load()) / 1e6);
    }
    std::printf("where the time after the reply goes:\n");
    report("  reply received, checked and parsed by the client (median of 5)", median(parsed), "ms");
    report("    of which: its JSON read (median of 5)", medianMs(5, [&] { QJsonDocument::fromJson(body); }), "ms");
    QList<MemberFigures> figures;
    std::optional<Stored<QList<Member>>> rows;
    context.repository().run<QList<Member>>([id = org.id](OrgRepository &repo) { return repo.members().list(id); }, &panel,
                                            [&](Stored<QList<Member>> r) { rows = r; });
    while (!rows)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    for (const Member &m : std::as_const(*rows->value))
        figures.append({m.userId, m.spend, m.maxBudget, m.budgetDuration, m.budgetResetAt, m.keyBlocked});
    report("  rows merged with the reply (median of 5)", medianMs(5, [&] { mergeMembers(org, *rows->value, *team); }), "ms");
    const double store = medianMs(5, [&] {
        std::optional<Stored<bool>> saved;
        context.repository().run<bool>([&](OrgRepository &repo) { return repo.members().updateFigures(org.id, figures); }, &panel,
                                       [&](Stored<bool> r) { saved = r; });
        while (!saved)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    });
    report("  figures of all members stored, when all changed (median of 5)", store, "ms");
    QList<MemberView> views;
    for (int i = 0; i < panel.model()->rowCount(); ++i)
        views.append(*panel.model()->member(i));
    report("  table filled and painted (median of 5)",
           medianMs(5,
                    [&] {
                        panel.model()->setMembers(views, true);
                        panel.repaint();
                    }),
           "ms");
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString engine = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite");
    const int members = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 9; // more for a profile
    QTemporaryDir dir;
    const QString dbUrl = engine == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("members.db")) : engine;

    Sandbox::SimConfig config;
    config.masterKey = kMaster;
    Sandbox::LiteLlmSimulator sim(config);
    if (!sim.listen())
        return 1;
    std::optional<Organization> org;
    QElapsedTimer setup;
    setup.start();
    {
        auto context = openContext(dir.path(), dbUrl, sim.baseUrl());
        if (!context || !(org = populate(*context, members)))
            return 1;
    }
    report("setup: organization and members through the sagas (16 at once)", double(setup.elapsed()) / 1000.0, "s");
    // Two replies: as recorded, and after every member spent a little more.
    const QByteArray body = recordTeamInfo(sim.baseUrl(), org->id);
    for (const Sandbox::SimKey &k : std::as_const(sim.state().keys)) {
        if (k.teamId.value_or(QString()) == org->id)
            sim.recordSpend(k.token, 1.25, QStringLiteral("gpt-4o"), {}, 100, 10);
    }
    const QByteArray spent = recordTeamInfo(sim.baseUrl(), org->id);
    report("/team/info reply size", double(body.size()) / 1024.0, "KiB");

    auto *replay = new ReplayServer({body, spent});
    QThread replayThread;
    replay->moveToThread(&replayThread);
    replayThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        replay, [&] { port = replay->listen(); }, Qt::BlockingQueuedConnection);
    auto context = openContext(dir.path(), dbUrl, QStringLiteral("http://127.0.0.1:%1").arg(port));
    if (!context)
        return 1;
    ClipboardGuard clipboard;
    MembersPanel panel(context.get(), &clipboard);
    panel.resize(1000, 700);
    panel.show();
    measure(panel, *org, *replay, 1); // the figures of the first reply stored
    const Runs unchanged = measure(panel, *org, *replay, runs);
    replay->takeTurns = true;
    const Runs changed = measure(panel, *org, *replay, runs);
    std::printf("members shown: %d (table rows %d)\n", unchanged.shown, panel.model()->rowCount());
    reportRuns("shown again, no figure changed:", unchanged);
    reportRuns("every member's spend changed since the last look (all figures stored):", changed);
    replay->takeTurns = false;
    breakdown(*context, panel, *org, body, *replay);
    report("peak memory of the process", peakMiB(), "MiB");
    QMetaObject::invokeMethod(replay, &QObject::deleteLater);
    replayThread.quit();
    replayThread.wait();
    return unchanged.shown == members && changed.shown == members ? 0 : 1;
}
