// The budget watch in the console (issue 16), offscreen against litellm-sim and a real SQLite
// database: the Level column (icon, words and colour), the Runs out column, the quick filter, the
// summary line, the desktop notification once per crossing (a recording notifier: offscreen has no
// tray), the automatic refresh pausing while the proxy cannot be reached, and the alert levels of
// one organization and the defaults edited with bad input refused.
#include "services/provisioning/BudgetWatch.h"
#include "services/provisioning/OrgOperations.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/AlertLevelsDialog.h"
#include "ui/BudgetWatchView.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MembersPanel.h"
#include "ui/OrgTableModel.h"
#include "ui/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

namespace {
struct Notification {
    QString title;
    QString text;
    BudgetState state;
};

class RecordingNotifier : public DesktopNotifier
{
public:
    explicit RecordingNotifier(QList<Notification> *calls)
        : m_calls(calls)
    {
    }
    void notify(const QString &title, const QString &text, BudgetState state) override { m_calls->append({title, text, state}); }

private:
    QList<Notification> *m_calls;
};
} // namespace

class TestConsoleBudget : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;
    QList<Notification> m_calls;
    Organization m_acme, m_beta, m_gamma;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    void startWindow(MainWindow &window)
    {
        window.budgetWatchView()->setNotifier(std::make_unique<RecordingNotifier>(&m_calls));
        window.show();
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.start({});
        QVERIFY(refreshed.wait(15000));
    }
    QModelIndex cell(MainWindow &window, const Organization &o, int column)
    {
        return window.model()->index(window.model()->rowOf(o.id), column);
    }
    QStringList shownNames(MainWindow &window)
    {
        QStringList names;
        for (int r = 0; r < window.proxyModel()->rowCount(); ++r)
            names.append(window.proxyModel()->index(r, OrgTableModel::Name).data().toString());
        names.sort();
        return names;
    }
    void chooseQuickFilter(MainWindow &window, QuickFilter filter)
    {
        auto *combo = window.budgetWatchView()->quickFilter();
        combo->setCurrentIndex(combo->findData(int(filter)));
    }
    void spend(const Organization &o, double amount)
    {
        QVERIFY(f.sim->recordSpend(o.keyHash, amount, QStringLiteral("gpt-4o"), {}, 10, 10));
    }

private slots:
    void init()
    {
        QVERIFY(f.start());
        m_calls.clear();
        m_acme = f.createDirectly(QStringLiteral("Acme Corp"), 250.0);
        m_beta = f.createDirectly(QStringLiteral("Beta"), 100.0);
        m_gamma = f.createDirectly(QStringLiteral("Gamma"), std::nullopt);
        QVERIFY(!m_acme.id.isEmpty() && !m_beta.id.isEmpty() && !m_gamma.id.isEmpty());
        spend(m_acme, 210); // 84 %: at risk
        spend(m_beta, 120); // 120 %: over budget
        std::optional<OperationResult> blocked;
        f.context->operations().setKeyBlocked(m_gamma.id, true, [&](OperationResult r) { blocked = r; });
        QTRY_VERIFY(blocked.has_value());
        QVERIFY2(blocked->ok, qPrintable(blocked->error.message));
    }
    void cleanup() { f.stop(); }

    void levelColumnSummaryAndNotifications()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        QAbstractItemModelTester tester(window.proxyModel());
        startWindow(window);
        QTRY_COMPARE(cell(window, m_acme, OrgTableModel::Level).data().toString(), QStringLiteral("At risk (84%)"));
        QCOMPARE(cell(window, m_beta, OrgTableModel::Level).data().toString(), QStringLiteral("Over budget (120%)"));
        QCOMPARE(cell(window, m_gamma, OrgTableModel::Level).data().toString(), QStringLiteral("No budget"));
        // Never colour alone: an icon and words as well.
        QVERIFY(!cell(window, m_acme, OrgTableModel::Level).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!cell(window, m_beta, OrgTableModel::Level).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(window, m_beta, OrgTableModel::Level).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(cell(window, m_acme, OrgTableModel::Level).data(Qt::ToolTipRole).toString().contains(QLatin1String("80, 100")));
        QCOMPARE(window.budgetWatchView()->summary()->text(), QStringLiteral("1 at risk, 1 over budget"));

        // One notification per organization that crossed, with the highest level it crossed.
        QCOMPARE(m_calls.size(), 2);
        QStringList titles;
        for (const Notification &n : std::as_const(m_calls))
            titles.append(n.title);
        titles.sort();
        QCOMPARE(titles, (QStringList {QStringLiteral("Acme Corp: At risk"), QStringLiteral("Beta: Over budget")}));
        for (const Notification &n : std::as_const(m_calls)) {
            if (n.title.startsWith(QLatin1String("Beta")))
                QVERIFY2(n.text.contains(QLatin1String("100 %")) && n.state == BudgetState::OverBudget, qPrintable(n.text));
        }
        // Another refresh: nothing crossed anew, nothing said again.
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.refreshFromProxy();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(m_calls.size(), 2);

        // Runs out: 210 spent today of 250 is 30 a day over the week; 40 left lasts one more day.
        const QDate tomorrow = f.sim->now().date().addDays(1);
        QTRY_COMPARE(cell(window, m_acme, OrgTableModel::RunsOut).data().toString(),
                     QLocale().toString(tomorrow, QLocale::ShortFormat));
        QCOMPARE(cell(window, m_beta, OrgTableModel::RunsOut).data().toString(), QStringLiteral("used up"));
        // The detail pane says the level and the forecast in words.
        window.table()->selectRow(window.proxyModel()->mapFromSource(cell(window, m_acme, 0)).row());
        QTRY_COMPARE(window.detailPane()->organizationId(), m_acme.id);
        const QString detail = child<QLabel>(window.detailPane(), "budgetWatchText")->text();
        QVERIFY2(detail.contains(QLatin1String("At risk")) && detail.contains(QLatin1String("Runs out")), qPrintable(detail));
        // The column sorts by the date: the soonest first.
        window.table()->sortByColumn(OrgTableModel::RunsOut, Qt::AscendingOrder);
        QCOMPARE(window.proxyModel()->index(0, OrgTableModel::Name).data().toString(), QStringLiteral("Beta"));
        QCOMPARE(window.proxyModel()->index(1, OrgTableModel::Name).data().toString(), QStringLiteral("Acme Corp"));

        // A budget changed here is judged at once, not at the next refresh: Acme's 210 spent over a
        // new budget of 200 is over budget in the summary, the notification and the forecast. The
        // dialog says which members' own budgets are then above the organization's (allowed).
        QVERIFY(f.addMemberDirectly(m_acme, QStringLiteral("kc-rich"), 220.0).ok);
        QVERIFY(f.addMemberDirectly(m_acme, QStringLiteral("kc-modest"), 50.0).ok);
        auto *members = window.findChild<MembersPanel *>();
        QTRY_COMPARE(members->ownBudgets().size(), 2);
        QString above;
        Test::whenModal(&window, "budgetDialog", [&above](QWidget *d) {
            auto *said = d->findChild<QLabel *>(QStringLiteral("budgetMembersAbove"));
            const bool quietAt250 = !said->isVisible();
            d->findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"))->setValue(200);
            above = quietAt250 && said->isVisible() ? said->text() : QStringLiteral("not said as it should be");
            static_cast<QDialog *>(d)->accept();
        });
        child<QPushButton>(window.detailPane(), "changeBudgetButton")->click();
        QVERIFY2(above.contains(QLatin1String("kc-rich ($220.00)")) && !above.contains(QLatin1String("kc-modest")),
                 qPrintable(above));
        QTRY_COMPARE(window.budgetWatchView()->summary()->text(), QStringLiteral("2 over budget"));
        QTRY_COMPARE(m_calls.size(), 3);
        QCOMPARE(m_calls.last().title, QStringLiteral("Acme Corp: Over budget"));
        QTRY_COMPARE(cell(window, m_acme, OrgTableModel::RunsOut).data().toString(), QStringLiteral("used up"));
    }

    void quickFilterNextToTheTextFilter()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        QAbstractItemModelTester tester(window.proxyModel());
        startWindow(window);
        QTRY_COMPARE(window.budgetWatchView()->summary()->text(), QStringLiteral("1 at risk, 1 over budget"));
        QTRY_COMPARE(cell(window, m_acme, OrgTableModel::Level).data().toString(), QStringLiteral("At risk (84%)")); // reloaded
        QCOMPARE(shownNames(window),
                 (QStringList {QStringLiteral("Acme Corp"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
        chooseQuickFilter(window, QuickFilter::AtRisk);
        QCOMPARE(shownNames(window), QStringList {QStringLiteral("Acme Corp")});
        chooseQuickFilter(window, QuickFilter::OverBudget);
        QCOMPARE(shownNames(window), QStringList {QStringLiteral("Beta")});
        chooseQuickFilter(window, QuickFilter::Blocked);
        QCOMPARE(shownNames(window), QStringList {QStringLiteral("Gamma")});
        chooseQuickFilter(window, QuickFilter::Failed);
        QCOMPARE(shownNames(window), QStringList());
        // With the text filter: both apply.
        chooseQuickFilter(window, QuickFilter::All);
        child<QLineEdit>(&window, "filterEdit")->setText(QStringLiteral("a"));
        QCOMPARE(shownNames(window),
                 (QStringList {QStringLiteral("Acme Corp"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
        chooseQuickFilter(window, QuickFilter::OverBudget);
        QCOMPARE(shownNames(window), QStringList {QStringLiteral("Beta")});
        // Spend pushes Acme over as well: the next refresh moves it into the filter and says so.
        spend(m_acme, 50);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.refreshFromProxy();
        QVERIFY(refreshed.wait(15000));
        QTRY_COMPARE(shownNames(window), (QStringList {QStringLiteral("Acme Corp"), QStringLiteral("Beta")}));
        QTRY_COMPARE(m_calls.size(), 3);
        QCOMPARE(m_calls.last().title, QStringLiteral("Acme Corp: Over budget"));
    }

    void automaticRefreshPausesWhileTheProxyIsAway()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        QTimer *timer = window.budgetWatchView()->autoRefreshTimer();
        QCOMPARE(timer->interval(), 5 * 60 * 1000); // the default: 5 minutes
        QVERIFY(timer->isActive());
        QSignalSpy due(window.budgetWatchView(), &BudgetWatchView::refreshDue);
        QSignalSpy checkDue(window.budgetWatchView(), &BudgetWatchView::connectionCheckDue);
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        timer->setInterval(30);
        QVERIFY(refreshed.wait(15000)); // a tick refreshed
        QVERIFY(refreshed.last().first().toBool());
        QVERIFY(due.count() >= 1);

        // The proxy goes away: the refresh fails, then only the connection is checked.
        QString error;
        f.sim->faults().add(*SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("*")}, {QStringLiteral("mode"), QStringLiteral("reset")}}, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && !refreshed.last().first().toBool(), 15000);
        const int refreshesWhileAway = int(due.count());
        QTRY_VERIFY_WITH_TIMEOUT(checkDue.count() >= 2, 15000);
        QCOMPARE(due.count(), refreshesWhileAway);
        // Back: the next check finds it and a refresh follows at once.
        f.sim->faults().clear();
        QTRY_VERIFY_WITH_TIMEOUT(due.count() > refreshesWhileAway, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.last().first().toBool(), 15000);
        timer->setInterval(60 * 60 * 1000);
    }

    void alertLevelsOfOneOrganizationAndTheDefaults()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        QTRY_COMPARE(window.budgetWatchView()->summary()->text(), QStringLiteral("1 at risk, 1 over budget"));
        // Acme's own levels: 90 only. Bad input first: refused in the dialog, nothing saved.
        window.budgetWatchView()->editLevels(m_acme.id);
        AlertLevelsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AlertLevelsDialog *>(QStringLiteral("alertLevelsDialog"))));
        auto *useDefaults = child<QCheckBox>(dialog, "useDefaultLevels");
        auto *edit = child<QLineEdit>(dialog, "organizationLevelsEdit");
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled());
        QVERIFY(useDefaults->isChecked());
        useDefaults->setChecked(false);
        for (const QString &bad :
             {QStringLiteral("0"), QStringLiteral("80, 1001"), QStringLiteral("abc"), QStringLiteral("90%")}) {
            edit->setText(bad);
            ok->click();
            QVERIFY(dialog->isVisible());
            QVERIFY2(!child<QLabel>(dialog, "alertLevelsProblem")->text().isEmpty(), qPrintable(bad));
        }
        std::optional<BudgetLevels> own;
        f.context->budgetWatch().levelOverride(m_acme.id, [&](BudgetLevels l, OperationError) { own = l; });
        QTRY_VERIFY(own.has_value());
        QVERIFY(own->isEmpty());
        edit->setText(QStringLiteral("90"));
        ok->click();
        QTRY_VERIFY(!window.findChild<AlertLevelsDialog *>(QStringLiteral("alertLevelsDialog")));
        QTRY_COMPARE(window.budgetWatchView()->summary()->text(), QStringLiteral("1 over budget"));
        QCOMPARE(cell(window, m_acme, OrgTableModel::Level).data().toString(), QStringLiteral("OK (84%)"));

        // The defaults, in Settings: 50 makes Acme (its own 90) unchanged, nothing else at risk.
        f.context->settings().setAlertLevels({50, 100});
        QTRY_COMPARE(window.model()->budgetWatch().defaults, (BudgetLevels {50, 100}));
        f.context->settings().setAutoRefreshMinutes(7);
        QCOMPARE(window.budgetWatchView()->autoRefreshTimer()->interval(), 7 * 60 * 1000);
    }

    void settingsTabRefusesBadLevels()
    {
        Settings &settings = f.context->settings();
        QCOMPARE(settings.alertLevels(), kDefaultLevels);
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("abc"), QStringLiteral("150%"), QStringLiteral("80,,100"),
                                   QStringLiteral(" ")}) {
            SettingsDialog dialog(f.context.get());
            child<QLineEdit>(&dialog, "alertLevelsEdit")->setText(bad);
            child<QSpinBox>(&dialog, "autoRefreshSpin")->setValue(9);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            const QStringList errors = takeShownErrors();
            QVERIFY2(errors.size() == 1, qPrintable(bad));
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(settings.alertLevels(), kDefaultLevels); // nothing changed
            QCOMPARE(settings.autoRefreshMinutes(), 5);
        }
        SettingsDialog dialog(f.context.get());
        QSignalSpy changed(&settings, &Settings::budgetWatchChanged);
        child<QLineEdit>(&dialog, "alertLevelsEdit")->setText(QStringLiteral("90, 50"));
        child<QSpinBox>(&dialog, "autoRefreshSpin")->setValue(9);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(takeShownErrors().isEmpty());
        QCOMPARE(settings.alertLevels(), (BudgetLevels {50, 90}));
        QCOMPARE(settings.autoRefreshMinutes(), 9);
        QVERIFY(changed.count() >= 1);
    }
};

QTEST_MAIN(TestConsoleBudget)
#include "test_console_budget.moc"
