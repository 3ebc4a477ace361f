// The sandbox as a training ground, in the console (offscreen): load the demo data from the
// Sandbox menu, turn simulated usage on, move the simulator's clock, refresh, and see spend rise and
// an organization's alert level change.
#include "services/core/BudgetLevels.h"
#include "tests/support/DemoSandbox.h"
#include "ui/ClipboardGuard.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"
#include "ui/SandboxMenu.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace OrgConsole;
using namespace OrgConsole::Test;

class TestConsoleDemo : public QObject
{
    Q_OBJECT

    static const OrgListRow *named(MainWindow &window, const QString &name)
    {
        for (int row = 0; row < window.model()->rowCount(); ++row) {
            if (window.model()->organization(row)->name == name)
                return window.model()->organization(row);
        }
        return nullptr;
    }
    static QString spendCell(MainWindow &window, const QString &name)
    {
        const int row = window.model()->rowOf(named(window, name)->id);
        return window.model()->index(row, OrgTableModel::Spend).data().toString();
    }

private slots:
    void initTestCase() { qputenv("ORGCONSOLE_UI_TEST", "1"); }

    void demoDataAndSimulatedUsageMoveTheFigures()
    {
        DemoSandbox s;
        QVERIFY(s.start(true, true));
        ClipboardGuard clipboard;
        MainWindow window(s.context.get(), &clipboard);
        window.show();
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.start({});
        QVERIFY(refreshed.wait(15000));

        QVERIFY(s.context->isSandbox());
        auto *sandbox = window.findChild<SandboxMenu *>();
        QVERIFY(sandbox);
        auto *load = window.findChild<QAction *>(QStringLiteral("loadDemoAction"));
        auto *usage = window.findChild<QAction *>(QStringLiteral("simulatedUsageAction"));
        QVERIFY(load && usage && usage->isCheckable());
        QSignalSpy finished(sandbox, &SandboxMenu::demoFinished);
        refreshed.clear();
        load->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 15000);
        QTRY_COMPARE(window.model()->rowCount(), 25);

        // Globex Analytics is at risk: 92 % of $1,000 (once the reload after the refresh has read it:
        // its rows arrive in pages after `refreshed`).
        QVERIFY(named(window, QStringLiteral("Globex Analytics")));
        QTRY_COMPARE(spendCell(window, QStringLiteral("Globex Analytics")), QStringLiteral("$920.00"));
        const OrgListRow *globex = named(window, QStringLiteral("Globex Analytics"));
        const double before = globex->spend;
        QCOMPARE(evaluateLevel(before, globex->maxBudget, kDefaultLevels).state, BudgetState::AtRisk);
        QCOMPARE(evaluateLevel(before, globex->maxBudget, kDefaultLevels).highestReached(), 80);

        // Simulated usage on, three simulated days later: spend rose and crossed the 100 % level.
        QSignalSpy usageChanged(sandbox, &SandboxMenu::usageChanged);
        usage->setChecked(true);
        QVERIFY(usageChanged.wait(10000));
        QCOMPARE(usageChanged.first().first().toBool(), true);
        QCOMPARE(s.sim->usage().factor, SandboxMenu::kUsageFactor);
        s.sim->advanceClock(3 * 86400);
        // A refresh already under way (usage refreshes every 5 s) may have read the proxy before the
        // clock moved, and a refresh asked for meanwhile is not started twice: ask until one read after.
        const auto roseAfterARefresh = [&] {
            window.refreshFromProxy();
            const OrgListRow *now = named(window, QStringLiteral("Globex Analytics"));
            return now && now->spend > before;
        };
        QTRY_VERIFY_WITH_TIMEOUT(roseAfterARefresh(), 20000);
        QCOMPARE(refreshed.last().first().toBool(), true);
        globex = named(window, QStringLiteral("Globex Analytics"));
        QVERIFY(spendCell(window, QStringLiteral("Globex Analytics")) != QStringLiteral("$920.00"));
        const LevelReading after = evaluateLevel(globex->spend, globex->maxBudget, kDefaultLevels);
        QCOMPARE(after.state, BudgetState::OverBudget);
        QCOMPARE(after.highestReached(), 100);

        usageChanged.clear();
        usage->setChecked(false);
        QVERIFY(usageChanged.wait(10000));
        QCOMPARE(usageChanged.last().first().toBool(), false);
        QVERIFY(!usage->isChecked());
        QVERIFY(!s.sim->usage().enabled);
    }
};

QTEST_MAIN(TestConsoleDemo)
#include "test_console_demo.moc"
