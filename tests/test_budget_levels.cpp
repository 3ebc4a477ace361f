// The budget watch's pure parts, data-driven: alert levels (parsing and evaluation), the quick
// filter, the summary line and the run-out forecast.
#include "services/core/BudgetForecast.h"
#include "services/core/BudgetLevels.h"
#include "services/provisioning/BudgetWatch.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace OrgConsole;

Q_DECLARE_METATYPE(BudgetState)
Q_DECLARE_METATYPE(QuickFilter)
Q_DECLARE_METATYPE(BudgetForecast::Kind)
Q_DECLARE_METATYPE(std::optional<double>)

class TestBudgetLevels : public QObject
{
    Q_OBJECT
private slots:
    void parseLevel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level"); // 0: refused
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("80") << QStringLiteral("80") << 80 << QString();
        QTest::newRow("spaces") << QStringLiteral(" 100 ") << 100 << QString();
        QTest::newRow("lowest") << QStringLiteral("1") << 1 << QString();
        QTest::newRow("highest") << QStringLiteral("1000") << 1000 << QString();
        QTest::newRow("150 is a level") << QStringLiteral("150") << 150 << QString();
        QTest::newRow("zero") << QStringLiteral("0") << 0 << QStringLiteral("outside 1 to 1000");
        QTest::newRow("negative") << QStringLiteral("-5") << 0 << QStringLiteral("outside 1 to 1000");
        QTest::newRow("too high") << QStringLiteral("1001") << 0 << QStringLiteral("outside 1 to 1000");
        QTest::newRow("percent sign") << QStringLiteral("150%") << 0 << QStringLiteral("'%' sign");
        QTest::newRow("word") << QStringLiteral("abc") << 0 << QStringLiteral("not a whole number");
        QTest::newRow("fraction") << QStringLiteral("80.5") << 0 << QStringLiteral("not a whole number");
        QTest::newRow("empty") << QString() << 0 << QStringLiteral("not a whole number");
        QTest::newRow("huge") << QStringLiteral("99999999999999") << 0 << QStringLiteral("not a whole number");
    }
    void parseLevel()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        QFETCH(QString, errorMentions);
        QString error;
        const auto parsed = OrgConsole::parseLevel(text, &error);
        if (level == 0) {
            QVERIFY(!parsed);
            QVERIFY2(error.contains(errorMentions), qPrintable(error));
        } else {
            QCOMPARE(parsed.value_or(-1), level);
        }
    }

    void parseLevels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QList<int>>("levels");
        QTest::newRow("defaults") << QStringLiteral("80,100") << true << QList<int> {80, 100};
        QTest::newRow("sorted, duplicates dropped") << QStringLiteral("100, 50, 80, 50") << true << QList<int> {50, 80, 100};
        QTest::newRow("empty: no override") << QStringLiteral("  ") << true << QList<int> {};
        QTest::newRow("empty item") << QStringLiteral("80,,100") << false << QList<int> {};
        QTest::newRow("one bad") << QStringLiteral("80, 2000") << false << QList<int> {};
    }
    void parseLevels()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QList<int>, levels);
        QString error;
        const auto parsed = OrgConsole::parseLevels(text, &error);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, levels);
        else
            QVERIFY(!error.isEmpty());
    }

    void evaluate_data()
    {
        QTest::addColumn<double>("spend");
        QTest::addColumn<std::optional<double>>("maxBudget");
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<BudgetState>("state");
        QTest::addColumn<QList<int>>("reached");
        const QList<int> defaults {80, 100};
        using S = BudgetState;
        QTest::newRow("unlimited") << 500.0 << std::optional<double>() << defaults << S::Unlimited << QList<int> {};
        QTest::newRow("nothing spent") << 0.0 << std::optional<double>(100.0) << defaults << S::Ok << QList<int> {};
        QTest::newRow("79.99 %") << 79.99 << std::optional<double>(100.0) << defaults << S::Ok << QList<int> {};
        QTest::newRow("exactly 80 %") << 80.0 << std::optional<double>(100.0) << defaults << S::AtRisk << QList<int> {80};
        QTest::newRow("80 % with rounding") << 0.1 * 8 << std::optional<double>(1.0) << defaults << S::AtRisk << QList<int> {80};
        QTest::newRow("99 %") << 99.0 << std::optional<double>(100.0) << defaults << S::AtRisk << QList<int> {80};
        QTest::newRow("exactly 100 %") << 100.0 << std::optional<double>(100.0) << defaults << S::OverBudget
                                       << QList<int> {80, 100};
        QTest::newRow("beyond") << 250.0 << std::optional<double>(100.0) << defaults << S::OverBudget << QList<int> {80, 100};
        QTest::newRow("own levels 50,90") << 60.0 << std::optional<double>(100.0) << QList<int> {50, 90} << S::AtRisk
                                          << QList<int> {50};
        QTest::newRow("level above 100") << 130.0 << std::optional<double>(100.0) << QList<int> {80, 100, 120} << S::OverBudget
                                         << QList<int> {80, 100, 120};
        QTest::newRow("only 100: never at risk")
            << 95.0 << std::optional<double>(100.0) << QList<int> {100} << S::Ok << QList<int> {};
        QTest::newRow("budget 0, nothing spent")
            << 0.0 << std::optional<double>(0.0) << defaults << S::OverBudget << QList<int> {80, 100};
        QTest::newRow("no levels") << 95.0 << std::optional<double>(100.0) << QList<int> {} << S::Ok << QList<int> {};
        QTest::newRow("no levels, over") << 101.0 << std::optional<double>(100.0) << QList<int> {} << S::OverBudget
                                         << QList<int> {};
    }
    void evaluate()
    {
        QFETCH(double, spend);
        QFETCH(std::optional<double>, maxBudget);
        QFETCH(QList<int>, levels);
        QFETCH(BudgetState, state);
        QFETCH(QList<int>, reached);
        const LevelReading r = evaluateLevel(spend, maxBudget, levels);
        QCOMPARE(r.state, state);
        QCOMPARE(r.reached, reached);
        QCOMPARE(r.highestReached(), reached.isEmpty() ? 0 : reached.last());
    }

    void quickFilter_data()
    {
        QTest::addColumn<QuickFilter>("filter");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<double>("spend");
        QTest::addColumn<bool>("shown");
        using F = QuickFilter;
        const int active = int(OrgStatus::Active), failed = int(OrgStatus::Failed);
        QTest::newRow("all") << F::All << failed << false << 0.0 << true;
        QTest::newRow("at risk") << F::AtRisk << active << false << 85.0 << true;
        QTest::newRow("at risk: not when OK") << F::AtRisk << active << false << 10.0 << false;
        QTest::newRow("at risk: not when over") << F::AtRisk << active << false << 120.0 << false;
        QTest::newRow("at risk: only active") << F::AtRisk << failed << false << 85.0 << false;
        QTest::newRow("over budget") << F::OverBudget << active << false << 100.0 << true;
        QTest::newRow("over budget: not at risk") << F::OverBudget << active << false << 85.0 << false;
        QTest::newRow("blocked") << F::Blocked << active << true << 0.0 << true;
        QTest::newRow("blocked: not unblocked") << F::Blocked << active << false << 0.0 << false;
        QTest::newRow("failed") << F::Failed << failed << false << 0.0 << true;
        QTest::newRow("failed: not active") << F::Failed << active << false << 0.0 << false;
    }
    void quickFilter()
    {
        QFETCH(QuickFilter, filter);
        QFETCH(int, status);
        QFETCH(bool, blocked);
        QFETCH(double, spend);
        QFETCH(bool, shown);
        Organization o;
        o.status = OrgStatus(status);
        o.keyBlocked = blocked;
        o.spend = spend;
        o.maxBudget = 100.0;
        QCOMPARE(matchesQuickFilter(filter, o, evaluateLevel(o.spend, o.maxBudget, kDefaultLevels)), shown);
    }

    void summary()
    {
        LevelCounts c;
        QCOMPARE(c.summary(), QString());
        c.add(BudgetState::Ok);
        c.add(BudgetState::Unlimited);
        QCOMPARE(c.summary(), QStringLiteral("All budgets OK"));
        for (int i = 0; i < 3; ++i)
            c.add(BudgetState::AtRisk);
        QCOMPARE(c.summary(), QStringLiteral("3 at risk"));
        c.add(BudgetState::OverBudget);
        QCOMPARE(c.summary(), QStringLiteral("3 at risk, 1 over budget"));
    }

    void periodKeys()
    {
        QCOMPARE(periodKey({}), QStringLiteral("no-period"));
        QCOMPARE(periodKey(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)), QStringLiteral("2026-12-01T00:00:00Z"));
    }

    void forecast_data()
    {
        QTest::addColumn<QList<double>>("lastDays"); // spend per day, today last
        QTest::addColumn<double>("spend");
        QTest::addColumn<std::optional<double>>("maxBudget");
        QTest::addColumn<int>("resetInDays"); // -1: never resets
        QTest::addColumn<BudgetForecast::Kind>("kind");
        QTest::addColumn<int>("runsOutInDays");
        using K = BudgetForecast::Kind;
        const std::optional<double> hundred(100.0);
        QTest::newRow("no budget") << QList<double> {10} << 50.0 << std::optional<double>() << 10 << K::NoBudget << -1;
        QTest::newRow("used up") << QList<double> {10} << 100.0 << hundred << 10 << K::UsedUp << 0;
        QTest::newRow("no recent spend") << QList<double> {0, 0} << 50.0 << hundred << 10 << K::NoRecentSpend << -1;
        // 70 in 7 days = 10 a day; 50 left lasts 5 days.
        QTest::newRow("runs out in 5 days") << QList<double>(7, 10.0) << 50.0 << hundred << 30 << K::RunsOut << 5;
        QTest::newRow("never resets") << QList<double>(7, 10.0) << 50.0 << hundred << -1 << K::RunsOut << 5;
        QTest::newRow("reset comes first") << QList<double>(7, 10.0) << 50.0 << hundred << 5 << K::NotBeforeReset << -1;
        QTest::newRow("runs out the day before reset") << QList<double>(7, 10.0) << 50.0 << hundred << 6 << K::RunsOut << 5;
        QTest::newRow("a little left: today") << QList<double>(7, 10.0) << 99.0 << hundred << 30 << K::RunsOut << 0;
        // Older days do not count: only the window of 7.
        QTest::newRow("old spend ignored") << (QList<double> {700} + QList<double>(7, 0.0)) << 50.0 << hundred << 30
                                           << K::NoRecentSpend << -1;
        // One burst of 35 in the window: 5 a day, 50 left lasts 10 days.
        QTest::newRow("one busy day") << QList<double> {35, 0, 0} << 50.0 << hundred << 30 << K::RunsOut << 10;
    }
    void forecast()
    {
        QFETCH(QList<double>, lastDays);
        QFETCH(double, spend);
        QFETCH(std::optional<double>, maxBudget);
        QFETCH(int, resetInDays);
        QFETCH(BudgetForecast::Kind, kind);
        QFETCH(int, runsOutInDays);
        const QDate today(2026, 11, 30);
        QList<DailySpend> days;
        for (int i = 0; i < lastDays.size(); ++i)
            days.append(DailySpend {today.addDays(i - lastDays.size() + 1), lastDays.at(i), 1, 1});
        const QDateTime reset = resetInDays < 0 ? QDateTime() : QDateTime(today.addDays(resetInDays), QTime(0, 0), Qt::UTC);
        const BudgetForecast f = forecastBudget(days, today, spend, maxBudget, reset);
        QCOMPARE(f.kind, kind);
        if (runsOutInDays >= 0) {
            QCOMPARE(f.date, today.addDays(runsOutInDays));
            QCOMPARE(f.sortKey(today), qint64(runsOutInDays));
        }
    }

    // The console builds its window (and the watch) before the database is open: asking then is
    // an error, not a crash.
    void watchBeforeTheDatabaseIsOpen()
    {
        BudgetWatch watch([]() -> RepositoryWorker * { return nullptr; }, nullptr);
        std::optional<WatchReport> report;
        watch.evaluate([&](WatchReport r) { report = r; });
        QVERIFY(report.has_value());
        QCOMPARE(report->error.kind, OperationError::Kind::Database);
        QCOMPARE(report->defaults, kDefaultLevels);
        std::optional<OperationError> set;
        watch.setLevelOverride(QStringLiteral("x"), {80}, QStringLiteral("ana"), [&](OperationError e) { set = e; });
        QCOMPARE(set.value_or(OperationError()).kind, OperationError::Kind::Database);
    }

    void forecastSortsSoonestFirst()
    {
        const QDate today(2026, 11, 30);
        BudgetForecast soon {BudgetForecast::Kind::RunsOut, today.addDays(2), 1};
        BudgetForecast later {BudgetForecast::Kind::RunsOut, today.addDays(9), 1};
        BudgetForecast usedUp {BudgetForecast::Kind::UsedUp, today, 1};
        BudgetForecast notBefore {BudgetForecast::Kind::NotBeforeReset, {}, 1};
        BudgetForecast none {BudgetForecast::Kind::NoBudget, {}, 0};
        QVERIFY(usedUp.sortKey(today) < soon.sortKey(today));
        QVERIFY(soon.sortKey(today) < later.sortKey(today));
        QVERIFY(later.sortKey(today) < notBefore.sortKey(today));
        QVERIFY(notBefore.sortKey(today) < none.sortKey(today));
        QCOMPARE(notBefore.text(), QStringLiteral("not before reset"));
        QCOMPARE(none.text(), QStringLiteral("—"));
    }
};

QTEST_GUILESS_MAIN(TestBudgetLevels)
#include "test_budget_levels.moc"
