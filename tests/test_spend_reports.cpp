// Spend reports against litellm-sim and a real database (both engines): known spend recorded
// through the simulator's admin route, reported per organization, member, model and day to the cent
// in CSV and JSON (amounts that drift when summed as doubles included); closed days stored once and
// not fetched again; today always fetched; the proxy's faults; bad input.
#include "services/reports/ReportFormat.h"
#include "services/reports/SpendReports.h"
#include "tests/support/HttpTestClient.h"
#include "tests/support/MemberFixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace OrgConsole::Test;

class TestSpendReports : public MemberFixture
{
    Q_OBJECT

    std::unique_ptr<SpendReports> m_reports;
    std::unique_ptr<HttpTestClient> m_http;
    Organization m_globex;
    QString m_adaKey;
    QDate m_today;

    QDate day(int daysAgo) const { return m_today.addDays(-daysAgo); }
    void record(const QString &keyHash, double spend, const QString &model, const QDate &on)
    {
        const HttpResult r = m_http->post(QStringLiteral("/sim/spend"),
                                          {{QStringLiteral("key"), keyHash},
                                           {QStringLiteral("spend"), spend},
                                           {QStringLiteral("model"), model},
                                           {QStringLiteral("date"), on.toString(Qt::ISODate)}});
        QCOMPARE(r.status, 200);
    }
    ReportOutcome report(ReportGrouping by, const QDate &from, const QDate &to, const QString &org = {})
    {
        std::optional<ReportOutcome> out;
        m_reports->run(ReportRequest {from, to, by, org}, [&](ReportOutcome o) { out = std::move(o); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(ReportOutcome {});
    }
    SpendReport ok(ReportGrouping by, const QDate &from, const QDate &to, const QString &org = {})
    {
        ReportOutcome o = report(by, from, to, org);
        [&] { QVERIFY2(!o.error.isError(), qPrintable(o.error.message)); }();
        return o.report.value_or(SpendReport {});
    }
    QStringList csvLines(const SpendReport &r) { return QString::fromUtf8(reportCsv(r)).split(QStringLiteral("\r\n")); }
    int dailyRequestsLogged()
    {
        const QJsonArray log = m_http->get(QStringLiteral("/sim/requests")).object().value(QStringLiteral("requests")).toArray();
        int n = 0;
        for (const QJsonValue &e : log)
            n += e.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/team/daily/activity");
        return n;
    }
    QStringList dailyQueriesLogged()
    {
        const QJsonArray log = m_http->get(QStringLiteral("/sim/requests")).object().value(QStringLiteral("requests")).toArray();
        QStringList out;
        for (const QJsonValue &e : log) {
            if (e.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/team/daily/activity"))
                out.append(e.toObject().value(QStringLiteral("query")).toString());
        }
        return out;
    }
    void clearLog() { QCOMPARE(m_http->send("DELETE", QStringLiteral("/sim/requests"), {}, {}).status, 200); }
    Organization createOrg(const QString &name, const QString &owner)
    {
        NewOrganization n;
        n.name = name;
        n.ownerUserId = owner;
        n.maxBudget = 100.0;
        n.budgetDuration = QStringLiteral("30d");
        CreateOrganization create(m_client.get(), m_worker.get(), QStringLiteral("ana.support"));
        std::optional<CreateResult> created;
        create.start(n, {}, [&](const CreateResult &r) { created = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20000); }();
        return created ? created->organization : Organization {};
    }
    // Known spend: two organizations, the owner and a member of Acme, two models, four days (today too).
    void recordKnownSpend()
    {
        for (int i = 0; i < 10; ++i) // 10 x 0.1 is 0.9999999999999999 in doubles
            record(m_org.keyHash, 0.1, QStringLiteral("gpt-4o"), day(3));
        record(m_org.keyHash, 0.2, QStringLiteral("gpt-4o"), day(3)); // 1.2
        record(m_org.keyHash, 4.5, QStringLiteral("gpt-4o"), day(2));
        record(m_org.keyHash, 1.1, QStringLiteral("claude-3"), day(3));
        record(m_adaKey, 2.2, QStringLiteral("gpt-4o"), day(2));
        record(m_adaKey, 0.7, QStringLiteral("claude-3"), day(1));
        record(m_globex.keyHash, 3.3, QStringLiteral("claude-3"), day(3));
        record(m_globex.keyHash, 0.05, QStringLiteral("gpt-4o"), m_today);
    }

private slots:
    void init()
    {
        setUp();
        m_today = m_sim->now().date();
        m_http = std::make_unique<HttpTestClient>(m_sim->baseUrl());
        m_http->setBearer(kMaster);
        m_reports = std::make_unique<SpendReports>(m_worker.get(), [this] { return m_client.get(); });
        m_reports->setClock([this] { return m_sim->now().date(); });
        m_reports->setProfileName(QStringLiteral("sim"));
        const AddMemberResult added = add(newMember());
        QVERIFY2(added.ok, qPrintable(added.error.message));
        m_adaKey = added.member.keyHash;
        QVERIFY(!m_adaKey.isEmpty());
        m_globex = createOrg(QStringLiteral("Globex, Inc."), QStringLiteral("kc-globex"));
        QVERIFY(!m_globex.keyHash.isEmpty());
    }
    void cleanup()
    {
        m_reports.reset();
        m_http.reset();
        tearDown();
    }

    // Amounts as files hold them (no grouping: a spreadsheet reads them as numbers) and as people
    // read them (grouped in thousands, as the console's other amounts).
    void centsForFilesAndForPeople()
    {
        QCOMPARE(centsText(123405), QStringLiteral("1234.05"));
        QCOMPARE(centsShown(123405), QStringLiteral("1,234.05"));
        QCOMPARE(centsShown(951162), QStringLiteral("9,511.62"));
        QCOMPARE(centsShown(100000000), QStringLiteral("1,000,000.00"));
        QCOMPARE(centsShown(450), QStringLiteral("4.50"));
        QCOMPARE(centsShown(-30), QStringLiteral("-0.30"));
        QCOMPARE(centsShown(0), QStringLiteral("0.00"));
    }

    void figuresToTheCentInCsvAndJson()
    {
        recordKnownSpend();
        const SpendReport byOrg = ok(ReportGrouping::Organization, day(6), m_today);
        QCOMPARE(csvLines(byOrg),
                 (QStringList {QStringLiteral("organization,spend_usd,requests,tokens"),
                               QStringLiteral("Acme Corp,9.70,15,16500"),
                               QStringLiteral("\"Globex, Inc.\",3.35,2,2200"),
                               QStringLiteral("Total,13.05,17,18700"),
                               {}}));
        const SpendReport byMember = ok(ReportGrouping::Member, day(6), m_today);
        QCOMPARE(csvLines(byMember),
                 (QStringList {QStringLiteral("organization,member,spend_usd,requests,tokens"),
                               QStringLiteral("Acme Corp,kc-owner,6.80,13,14300"),
                               QStringLiteral("\"Globex, Inc.\",kc-globex,3.35,2,2200"),
                               QStringLiteral("Acme Corp,kc-ada,2.90,2,2200"),
                               QStringLiteral("Total,,13.05,17,18700"),
                               {}}));
        const SpendReport byModel = ok(ReportGrouping::Model, day(6), m_today);
        QCOMPARE(csvLines(byModel),
                 (QStringList {QStringLiteral("model,spend_usd,requests,tokens"),
                               QStringLiteral("gpt-4o,7.95,14,15400"),
                               QStringLiteral("claude-3,5.10,3,3300"),
                               QStringLiteral("Total,13.05,17,18700"),
                               {}}));
        const SpendReport byDay = ok(ReportGrouping::Day, day(6), m_today);
        QCOMPARE(csvLines(byDay),
                 (QStringList {QStringLiteral("day,spend_usd,requests,tokens"),
                               QStringLiteral("%1,5.60,13,14300").arg(day(3).toString(Qt::ISODate)),
                               QStringLiteral("%1,6.70,2,2200").arg(day(2).toString(Qt::ISODate)),
                               QStringLiteral("%1,0.70,1,1100").arg(day(1).toString(Qt::ISODate)),
                               QStringLiteral("%1,0.05,1,1100").arg(m_today.toString(Qt::ISODate)),
                               QStringLiteral("Total,13.05,17,18700"),
                               {}}));

        const QJsonObject json = reportJson(byMember);
        QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("member"));
        QCOMPARE(json.value(QStringLiteral("profile")).toString(), QStringLiteral("sim"));
        const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0)[QStringLiteral("member")].toString(), QStringLiteral("kc-owner"));
        QCOMPARE(lines.at(0)[QStringLiteral("spend_usd")].toString(), QStringLiteral("6.80"));
        QCOMPARE(lines.at(0)[QStringLiteral("spend_cents")].toInteger(), 680);
        QCOMPARE(lines.at(2)[QStringLiteral("spend_usd")].toString(), QStringLiteral("2.90"));
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("spend_usd")].toString(), QStringLiteral("13.05"));
        QCOMPARE(json[QStringLiteral("total")][QStringLiteral("spend_cents")].toInteger(), 1305);

        // One organization: the filter by name, the others left out.
        const SpendReport acme = ok(ReportGrouping::Model, day(6), m_today, QStringLiteral("acme corp"));
        QCOMPARE(acme.organizationName, QStringLiteral("Acme Corp"));
        QCOMPARE(centsText(acme.total.cents()), QStringLiteral("9.70"));
    }

    void closedDaysAreFetchedOnce()
    {
        recordKnownSpend();
        clearLog();
        const SpendReport first = ok(ReportGrouping::Organization, day(6), day(1));
        QVERIFY(first.requestsMade > 0);
        QCOMPARE(first.storedDays, 0);
        QCOMPARE(dailyRequestsLogged(), first.requestsMade);
        QCOMPARE(centsText(first.total.cents()), QStringLiteral("13.00"));
        // Both organizations in one request: they missed the same days.
        QCOMPARE(first.requestsMade, 1);

        clearLog();
        const SpendReport again = ok(ReportGrouping::Model, day(6), day(1));
        QCOMPARE(again.requestsMade, 0);
        QCOMPARE(again.storedDays, 2 * 6);
        QCOMPARE(dailyRequestsLogged(), 0); // the proxy saw nothing
        QCOMPARE(centsText(again.total.cents()), QStringLiteral("13.00"));

        // With today in the range, today alone is asked for, every time.
        record(m_org.keyHash, 0.25, QStringLiteral("gpt-4o"), m_today);
        const SpendReport withToday = ok(ReportGrouping::Organization, day(6), m_today);
        const QString onlyToday = QStringLiteral("start_date=%1&end_date=%1").arg(m_today.toString(Qt::ISODate));
        const QStringList queries = dailyQueriesLogged();
        QCOMPARE(queries.size(), 1);
        QVERIFY2(queries.constFirst().contains(onlyToday), qPrintable(queries.constFirst()));
        QCOMPARE(centsText(withToday.total.cents()), QStringLiteral("13.30"));

        // A wider range fetches only the days not stored yet (the older ones).
        clearLog();
        const SpendReport wider = ok(ReportGrouping::Organization, day(10), day(1));
        const QStringList older = dailyQueriesLogged();
        QCOMPARE(older.size(), 1);
        QVERIFY2(
            older.constFirst().contains(
                QStringLiteral("start_date=%1&end_date=%2").arg(day(10).toString(Qt::ISODate), day(7).toString(Qt::ISODate))),
            qPrintable(older.constFirst()));
        QCOMPARE(centsText(wider.total.cents()), QStringLiteral("13.00"));
    }

    void progressAndCancel()
    {
        recordKnownSpend();
        QSignalSpy progress(m_reports.get(), &SpendReports::progress);
        ok(ReportGrouping::Day, day(6), m_today);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());

        addFault({{QStringLiteral("path"), QStringLiteral("/team/daily/activity")}, {QStringLiteral("latency_ms"), 300}});
        std::optional<ReportOutcome> out;
        m_reports->run(ReportRequest {day(20), day(8), ReportGrouping::Organization, {}}, [&](ReportOutcome o) { out = o; });
        QVERIFY(m_reports->isRunning());
        m_reports->cancel();
        QVERIFY(out.has_value());
        QCOMPARE(out->error.kind, OperationError::Kind::Cancelled);
        QVERIFY(!m_reports->isRunning());
        m_sim->faults().clear();
        // Nothing of the cancelled run was stored: the same range asks the proxy again.
        QCOMPARE(ok(ReportGrouping::Organization, day(20), day(8)).storedDays, 0);
    }

    void proxyFaults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        const QString daily = QStringLiteral("/team/daily/activity");
        auto fault = [&daily](const QString &mode, int status = 0) {
            QJsonObject f {{QStringLiteral("path"), daily}, {QStringLiteral("mode"), mode}, {QStringLiteral("times"), 100}};
            if (status)
                f.insert(QStringLiteral("status"), status);
            return f;
        };
        auto withBody = [](QJsonObject f, const QJsonObject &body) {
            f.insert(QStringLiteral("body"), body);
            return f;
        };
        const QJsonObject envelope {{QStringLiteral("error"),
                                     QJsonObject {{QStringLiteral("message"), QStringLiteral("Internal error")},
                                                  {QStringLiteral("type"), QStringLiteral("internal_server_error")},
                                                  {QStringLiteral("code"), QStringLiteral("500")}}}};
        const QJsonObject detail {
            {QStringLiteral("detail"), QJsonObject {{QStringLiteral("error"), QStringLiteral("Bad dates")}}}};
        QTest::newRow("500 error envelope") << withBody(fault(QStringLiteral("status"), 500), envelope);
        QTest::newRow("400 detail envelope") << withBody(fault(QStringLiteral("status"), 400), detail);
        QTest::newRow("401") << fault(QStringLiteral("status"), 401);
        QTest::newRow("500") << fault(QStringLiteral("status"), 500);
        QTest::newRow("timeout") << fault(QStringLiteral("hang"));
        QTest::newRow("reset") << fault(QStringLiteral("reset"));
        QTest::newRow("malformed") << fault(QStringLiteral("malformed"));
        QTest::newRow("lost reply") << fault(QStringLiteral("lost"));
    }
    void proxyFaults()
    {
        QFETCH(QJsonObject, fault);
        recordKnownSpend();
        addFault(fault);
        const ReportOutcome failed = report(ReportGrouping::Organization, day(6), day(1));
        QCOMPARE(failed.error.kind, OperationError::Kind::Proxy);
        QVERIFY(!failed.report.has_value());
        QVERIFY2(failed.error.message.startsWith(QLatin1String("Reading the daily spend failed")),
                 qPrintable(failed.error.message));
        // Nothing was stored: once the proxy answers, the days are fetched and the figures right.
        m_sim->faults().clear();
        const SpendReport after = ok(ReportGrouping::Organization, day(6), day(1));
        QCOMPARE(after.storedDays, 0);
        QVERIFY(after.requestsMade > 0);
        QCOMPARE(centsText(after.total.cents()), QStringLiteral("13.00"));
    }

    void badInput_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("org");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QTest::newRow("reversed") << today.addDays(-1) << today.addDays(-5) << QString() << int(OperationError::Kind::BadInput)
                                  << QStringLiteral("reversed");
        QTest::newRow("over the limit") << today.addDays(-400) << today << QString() << int(OperationError::Kind::BadInput)
                                        << QStringLiteral("at most 366 days");
        QTest::newRow("future") << today << today.addDays(1) << QString() << int(OperationError::Kind::BadInput)
                                << QStringLiteral("after today");
        QTest::newRow("missing day") << QDate() << today << QString() << int(OperationError::Kind::BadInput)
                                     << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("unknown organization") << today.addDays(-3) << today << QStringLiteral("Initech")
                                              << int(OperationError::Kind::NotFound) << QStringLiteral("\"Initech\"");
    }
    void badInput()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, org);
        QFETCH(int, kind);
        QFETCH(QString, says);
        clearLog();
        const ReportOutcome o = report(ReportGrouping::Organization, from, to, org);
        QCOMPARE(int(o.error.kind), kind);
        QVERIFY2(o.error.message.contains(says), qPrintable(o.error.message));
        QCOMPARE(dailyRequestsLogged(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpendReports)
#include "test_spend_reports.moc"
