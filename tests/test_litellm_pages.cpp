// Large listTeams replies: decoded and turned into teams on the thread pool, answered on the
// client's thread, typed errors as for small ones, and a client destroyed meanwhile answers nothing.
// Pages read in flight (readAllTeams): a slot asks its next page as soon as a reply is in, while
// that reply is still being decoded; a page failing then fails the read, once.
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/TeamPages.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/AsyncWait.h"

#include <QJsonArray>
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <sys/resource.h>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using OrgConsole::Test::wait;

namespace {
const QString kMaster = QStringLiteral("sk-master-pages-test-1234");
}

class TestLiteLlmPages : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LiteLlmSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LiteLlmClient> m_client;
    QMutex m_mutex;
    QList<QThread *> m_decodedOn; // the threads of the decodings, in order

    void addFault(const QJsonObject &f)
    {
        QString error;
        const auto fault = SimFault::fromJson(f, &error);
        QVERIFY2(fault, qPrintable(error));
        m_sim->faults().add(*fault);
    }
    void recordDecodingThreads()
    {
        LiteLlmClient::conversionHookForTests = [this] {
            QMutexLocker lock(&m_mutex);
            m_decodedOn.append(QThread::currentThread());
        };
    }
    // A listTeams reply of `body` with status 200, its answer.
    Result<TeamPage> pageOf(const QByteArray &body)
    {
        addFault({{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                  {QStringLiteral("status"), 200},
                  {QStringLiteral("body"), QString::fromUtf8(body)}});
        return wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 100, {}, cb); });
    }

    // Counts the /v2/team/list requests the simulator received (added before any other fault).
    void countTeamListRequests() { addFault({{QStringLiteral("path"), QStringLiteral("/v2/team/list")}}); }
    int teamListRequests()
    {
        return m_sim->faults()
            .toJson()
            .value(QStringLiteral("faults"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("seen"))
            .toInt();
    }
    // Decodings after the first `free` ones wait for `release` (a pool thread blocked, not this one).
    void holdDecodingsAfter(int free, QSemaphore *release, QSemaphore *held)
    {
        auto count = std::make_shared<QAtomicInt>(0);
        LiteLlmClient::conversionHookForTests = [count, free, release, held] {
            if (count->fetchAndAddOrdered(1) < free)
                return;
            held->release();
            release->acquire();
        };
    }

private slots:
    void init()
    {
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        m_sim->seed(100, 0, QStringLiteral("Pages"));
        ProxyProfile p;
        p.name = QStringLiteral("test");
        p.baseUrl = QUrl(m_sim->baseUrl());
        p.timeoutMs = 5000;
        m_client = std::make_unique<LiteLlmClient>(&m_nam, p);
        m_client->setMasterKey(kMaster);
        m_decodedOn.clear();
    }
    void cleanup()
    {
        m_client.reset();
        LiteLlmClient::conversionPool()->waitForDone();
        LiteLlmClient::conversionHookForTests = nullptr;
        m_sim.reset();
    }

    void largePageDecodedOnPoolAnsweredHere()
    {
        recordDecodingThreads();
        QThread *answeredOn = nullptr;
        const auto page = wait<TeamPage>([&](auto cb) {
            m_client->listTeams(1, 100, {}, [&answeredOn, cb](Result<TeamPage> r) {
                answeredOn = QThread::currentThread();
                cb(std::move(r));
            });
        });
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        QCOMPARE(page.value->teams.size(), 100);
        QCOMPARE(answeredOn, QThread::currentThread());
        QMutexLocker lock(&m_mutex);
        QCOMPARE(m_decodedOn.size(), 1);
        QVERIFY(m_decodedOn.first() != QThread::currentThread());
    }
    void decodingYieldsTheCore()
    {
        // The decoding thread runs at nice 5 (Linux: per thread); this thread keeps its own.
        const int ownNice = getpriority(PRIO_PROCESS, 0);
        std::atomic<int> decodingNice = -100;
        LiteLlmClient::conversionHookForTests = [&decodingNice] { decodingNice = getpriority(PRIO_PROCESS, 0); };
        const auto page = wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 100, {}, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        QCOMPARE(decodingNice.load(), std::max(ownNice, 5));
        QCOMPARE(getpriority(PRIO_PROCESS, 0), ownNice);
    }
    void smallPageDecodedHere()
    {
        recordDecodingThreads();
        const auto page = wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 2, {}, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        QCOMPARE(page.value->teams.size(), 2);
        QMutexLocker lock(&m_mutex);
        QCOMPARE(m_decodedOn, QList<QThread *> {QThread::currentThread()});
    }
    void largePagesDecodedOnAllCoresButOne()
    {
        // As many large pages as the pool decodes at once, and one more: that many decode together
        // on threads of their own, the last one waits for a thread, and every one is answered.
        QThreadPool *pool = LiteLlmClient::conversionPool();
        const int threads = std::max(1, QThread::idealThreadCount() - 1);
        QCOMPARE(pool->maxThreadCount(), threads);
        QSemaphore started, mayFinish;
        LiteLlmClient::conversionHookForTests = [&] {
            started.release();
            mayFinish.tryAcquire(1, 5000);
        };
        int answers = 0;
        for (int i = 0; i <= threads; ++i)
            m_client->listTeams(1, 100, {}, [&answers](Result<TeamPage> r) { answers += r.ok() ? 1 : 0; });
        QTRY_VERIFY_WITH_TIMEOUT(started.available() == threads || answers > 0, 10000);
        QTest::qWait(200); // time enough for a page beyond the threads to start, were it let
        QCOMPARE(started.available(), threads); // all of them decoding, none done, the last one waiting
        QCOMPARE(answers, 0);
        mayFinish.release(threads + 1);
        QTRY_COMPARE(answers, threads + 1);
        QCOMPARE(started.available(), threads + 1);
    }
    void clientDestroyedWhileDecoding()
    {
        QSemaphore started, mayFinish;
        LiteLlmClient::conversionHookForTests = [&] {
            started.release();
            mayFinish.tryAcquire(1, 5000);
        };
        bool answered = false;
        m_client->listTeams(1, 100, {}, [&answered](Result<TeamPage>) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(started.available() > 0, 10000);
        m_client.reset(); // while the page is decoded
        mayFinish.release();
        LiteLlmClient::conversionPool()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!answered);
    }
    void largeFaultyRepliesStayTyped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QByteArray pad(40 * 1024, 'x');
        QTest::newRow("not JSON") << QByteArray("{\"teams\": [\"" + pad) << QStringLiteral("not valid JSON");
        QTest::newRow("bad value") << QByteArray("{\"teams\": [{\"team_id\": \"a\", \"spend\": -5, \"team_alias\": \"" + pad
                                                 + "\"}]}")
                                   << QStringLiteral("does not accept");
        QTest::newRow("no list") << QByteArray("{\"note\": \"" + pad + "\"}") << QStringLiteral("did not contain");
    }
    void largeFaultyRepliesStayTyped()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        recordDecodingThreads();
        const auto page = pageOf(body);
        QVERIFY(!page.ok());
        QCOMPARE(page.error.category, ErrorCategory::MalformedReply);
        QVERIFY2(page.error.message.contains(message), qPrintable(page.error.message));
        QMutexLocker lock(&m_mutex);
        QCOMPARE(m_decodedOn.size(), 1);
        QVERIFY(m_decodedOn.first() != QThread::currentThread());
    }

    // One page at a time: page 3 is asked as soon as page 2's reply is in, while page 2 is still
    // being decoded (held on the pool here), not after its teams were kept.
    void nextPageAskedWhileAReplyIsDecoded()
    {
        m_sim->seed(300, 1, QStringLiteral("More"));
        countTeamListRequests();
        QSemaphore release, held;
        holdDecodingsAfter(1, &release, &held);
        auto unblock = qScopeGuard([&] { release.release(100); });
        std::optional<TeamPages> out;
        readAllTeams(m_client.get(), 1, [&out](TeamPages p) { out = std::move(p); });
        QTRY_VERIFY_WITH_TIMEOUT(held.available() >= 1, 10000); // page 2 in, its decoding held (and any after it)
        QTRY_VERIFY_WITH_TIMEOUT(teamListRequests() >= 3, 5000); // page 3 out meanwhile
        QVERIFY(!out);
        unblock.dismiss();
        release.release(100);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY2(!out->error.isError(), qPrintable(out->error.message));
        QCOMPARE(out->teams.size(), 400);
        QCOMPARE(out->requests, 4);
        QCOMPARE(teamListRequests(), 4);
    }

    // Page 2 is malformed (large: decoded on the pool) and page 3 already out when that is found:
    // the read fails with the typed error, answers once, and page 3's reply changes nothing.
    void aPageFailingWhileTheNextIsOutFailsTheRead()
    {
        m_sim->seed(300, 1, QStringLiteral("More"));
        countTeamListRequests();
        addFault({{QStringLiteral("path"), QStringLiteral("/v2/team/list")},
                  {QStringLiteral("status"), 200},
                  {QStringLiteral("body"), QString::fromUtf8("{\"teams\": [\"" + QByteArray(40 * 1024, 'x'))},
                  {QStringLiteral("nth"), 2},
                  {QStringLiteral("times"), 1}});
        QSignalSpy replies(&m_nam, &QNetworkAccessManager::finished);
        int answers = 0;
        std::optional<TeamPages> out;
        readAllTeams(m_client.get(), 1, [&](TeamPages p) {
            ++answers;
            out = std::move(p);
        });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QCOMPARE(out->error.kind, OperationError::Kind::Proxy);
        QCOMPARE(out->error.proxyCategory, ErrorCategory::MalformedReply);
        // Page 3 was out when page 2 was found malformed (sent before the failure was known; the
        // simulator may see it a moment after the read has answered): its reply comes in,
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 3, 5000);
        QCOMPARE(teamListRequests(), 3);
        LiteLlmClient::conversionPool()->waitForDone(); // decoded,
        QCoreApplication::processEvents(); // and answered to the read
        QCoreApplication::sendPostedEvents();
        QCOMPARE(answers, 1);
        QCOMPARE(teamListRequests(), 3); // and no page after it
    }
};

QTEST_MAIN(TestLiteLlmPages)
#include "test_litellm_pages.moc"
