// Large listTeams replies: decoded and turned into teams on the thread pool, answered on the
// client's thread, typed errors as for small ones, and a client destroyed meanwhile answers nothing.
#include "services/litellm/LiteLlmClient.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/AsyncWait.h"

#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

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
        QThreadPool::globalInstance()->waitForDone();
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
    void smallPageDecodedHere()
    {
        recordDecodingThreads();
        const auto page = wait<TeamPage>([&](auto cb) { m_client->listTeams(1, 2, {}, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.toString()));
        QCOMPARE(page.value->teams.size(), 2);
        QMutexLocker lock(&m_mutex);
        QCOMPARE(m_decodedOn, QList<QThread *> {QThread::currentThread()});
    }
    void largePagesDecodedAtOnce()
    {
        // Two large pages asked together: while one is decoded, the other one's decoding starts.
        // At least two pool threads, whatever this machine's core count (restored after).
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(std::max(threads, 2));
        const auto restore = qScopeGuard([pool, threads] { pool->setMaxThreadCount(threads); });
        QSemaphore started, mayFinish;
        LiteLlmClient::conversionHookForTests = [&] {
            started.release();
            mayFinish.tryAcquire(1, 5000);
        };
        int answers = 0;
        for (int i = 0; i < 2; ++i)
            m_client->listTeams(1, 100, {}, [&answers](Result<TeamPage> r) { answers += r.ok() ? 1 : 0; });
        QTRY_VERIFY_WITH_TIMEOUT(started.available() == 2 || answers > 0, 10000);
        QCOMPARE(started.available(), 2); // both decoding, neither done
        QCOMPARE(answers, 0);
        mayFinish.release(2);
        QTRY_COMPARE(answers, 2);
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
        QThreadPool::globalInstance()->waitForDone();
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
};

QTEST_MAIN(TestLiteLlmPages)
#include "test_litellm_pages.moc"
