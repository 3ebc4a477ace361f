// The console as support staff use it all day (issue 20), offscreen against litellm-sim and a real
// SQLite database: figures that are refreshed at the start and agree, a stale look when the proxy
// is gone, Create refused while it is, a budget changed on the proxy audited and shown by
// Reconcile, a failed organization listed with Recover listing it first, the layout kept.
#include "services/core/AuditText.h"
#include "services/core/OrgQueries.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgTableModel.h"

#include <QAbstractButton>
#include <QChartView>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

class TestConsoleWorkday : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    QString text(QObject *parent, const char *name) { return child<QLabel>(parent, name)->text(); }
    void startWindow(MainWindow &window)
    {
        window.show();
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.start({});
        QVERIFY(refreshed.wait(15000));
        QTRY_VERIFY(loaded.count() >= 2); // the list at once, and again after the refresh
    }
    void select(MainWindow &window, const QString &id)
    {
        const int row = window.proxyModel()->mapFromSource(window.model()->index(window.model()->rowOf(id), 0)).row();
        window.table()->selectRow(row);
        QTRY_VERIFY(!window.detailPane()->isLoading()); // read whole on demand, also when shown before
        QCOMPARE(window.detailPane()->organizationId(), id);
    }
    // Create and then fail its cleanup too: the row is left `failed`, as with a proxy going down.
    void failCreationAndItsCleanup(CreateOrgWizard &wizard, const QString &name)
    {
        QString error;
        for (const char *path : {"/key/generate", "/team/delete"})
            f.sim->faults().add(*SimFault::fromJson(
                {{QStringLiteral("path"), QString::fromLatin1(path)}, {QStringLiteral("status"), 500}}, &error));
        QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(&wizard, "ownerEdit"), QStringLiteral("kc-7"));
        QTRY_VERIFY(text(&wizard, "nameStatus").contains(QLatin1String("Available")));
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(&wizard, "outcome").contains(QLatin1String("Cleanup failed too")), 20000);
        f.sim->faults().clear();
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        f.stop();
    }

    // After a restart the list, the gauge and the chart show the proxy's spend (issue: $0.00 in the
    // list, $412.35 in the chart), with the time they were read.
    void figuresAreRefreshedAtTheStartAndAgree()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        f.sim->recordSpend(acme.keyHash, 412.35, QStringLiteral("gpt-4o"), QDate::currentDate().toString(Qt::ISODate), 10, 10);
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        QTRY_COMPARE(window.model()->find(acme.id)->spend, 412.35);
        select(window, acme.id);
        const QString gauge = child<QProgressBar>(&window, "budgetGauge")->format();
        QVERIFY2(gauge.contains(QLatin1String("$412.35 of $250.00")) && gauge.contains(QLatin1String("as of")),
                 qPrintable(gauge));
        QVERIFY(text(&window, "figuresLabel").startsWith(QLatin1String("Figures as of")));
        auto *chart = child<QChartView>(&window, "spendChart");
        QTRY_VERIFY2(chart->chart()->title().contains(QLatin1String("$412.35")), qPrintable(chart->chart()->title()));
        QVERIFY(window.figuresAsOf().isValid());
        QVERIFY(!window.figuresStale());
    }

    // With the proxy gone the figures say how old they are and look it; Create is refused with the
    // reason, and nothing is reserved.
    void aProxyThatIsGoneLooksStaleAndRefusesCreate()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        select(window, acme.id);
        QVERIFY(child<QProgressBar>(&window, "budgetGauge")->isEnabled());
        f.sim.reset(); // the proxy stops answering
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.refreshFromProxy();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().first().toBool(), false);
        QVERIFY(window.figuresStale());
        QVERIFY2(text(&window, "figuresLabel").contains(QLatin1String("cannot be reached")),
                 qPrintable(text(&window, "figuresLabel")));
        QVERIFY(!child<QProgressBar>(&window, "budgetGauge")->isEnabled()); // greyed
        QVERIFY(text(&window, "budgetText").contains(QLatin1String("The proxy cannot be reached")));
        QVERIFY(text(&window, "connectionLabel").contains(QLatin1String("not connected")));
        takeShownErrors();

        window.newOrganization();
        QStringList errors;
        QTRY_VERIFY2_WITH_TIMEOUT(!(errors += takeShownErrors()).filter(QLatin1String("not possible now")).isEmpty(),
                                  qPrintable(errors.join(QLatin1Char('|'))), 15000);
        QVERIFY(!window.findChild<CreateOrgWizard *>());
        const auto all = f.repository<QList<Organization>>([](OrgRepository &repo) { return repo.listAll(); });
        QCOMPARE(all.value->size(), 1); // nothing reserved
    }

    // The count in the status bar follows a create made through the wizard.
    void theCountFollowsACreate()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        QCOMPARE(text(&window, "countLabel"), QStringLiteral("0 organization(s)"));
        window.newOrganization();
        CreateOrgWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<CreateOrgWizard *>()));
        QTest::keyClicks(child<QLineEdit>(wizard, "nameEdit"), QStringLiteral("Counted Co"));
        QTest::keyClicks(child<QLineEdit>(wizard, "ownerEdit"), QStringLiteral("kc-5"));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::NextButton)->click();
        wizard->button(QWizard::NextButton)->click();
        wizard->button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(text(&window, "countLabel"), QStringLiteral("1 organization(s)"), 15000);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::NextButton)->click();
        child<QCheckBox>(wizard, "keyStoredCheck")->setChecked(true);
        wizard->button(QWizard::FinishButton)->click();
    }

    // Issue point 5: a budget changed on the proxy is adopted by Refresh with an audit entry that
    // names the console's operator and both figures, and Reconcile shows it.
    void aBudgetChangedOnTheProxyIsAuditedAndReconcileShowsIt()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        f.sim->state().teams[acme.id].maxBudget = 999.0; // changed outside the console
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        window.refreshFromProxy();
        QVERIFY(refreshed.wait(15000));
        QTRY_COMPARE(window.model()->find(acme.id)->maxBudget.value_or(-1), 999.0);
        const QList<AuditEntry> audit = f.audit(acme.id);
        const auto changed = std::find_if(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.action == QLatin1String(kBudgetChangedOutsideAction);
        });
        QVERIFY(changed != audit.cend());
        QCOMPARE(changed->operatorName, QStringLiteral("gui-tester"));
        QCOMPARE(changed->details.value(QLatin1String("from")).toDouble(), 250.0);
        QCOMPARE(changed->details.value(QLatin1String("to")).toDouble(), 999.0);
        // In words in the pane's history, not JSON.
        select(window, acme.id);
        auto *history = child<QTreeWidget>(&window, "auditList");
        QTRY_VERIFY(history->topLevelItemCount() >= 2);
        QVERIFY2(history->topLevelItem(0)->text(2).startsWith(QStringLiteral("Budget $250.00 → $999.00")),
                 qPrintable(history->topLevelItem(0)->text(2)));
        // A second refresh records nothing new: the change was adopted once.
        window.refreshFromProxy();
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(f.audit(acme.id).size(), audit.size());

        MaintenanceDialog dialog(f.context.get(), f.clipboard.get());
        dialog.show();
        child<QPushButton>(&dialog, "compareButton")->click();
        auto *drift = child<QTreeWidget>(&dialog, "driftList");
        QTRY_COMPARE(drift->topLevelItemCount(), 1);
        QVERIFY2(drift->topLevelItem(0)->text(2).contains(QStringLiteral("$250.00 → $999.00")),
                 qPrintable(drift->topLevelItem(0)->text(2)));
        QCOMPARE(drift->topLevelItem(0)->text(1), QStringLiteral("Acme Corp"));
    }

    // Issue point 6: a creation whose cleanup failed stays in the list with a badge; Recover lists
    // it with what it would do, and acts only when asked.
    void aFailedOrganizationIsListedAndRecoverShowsItFirst()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        startWindow(window);
        window.newOrganization();
        CreateOrgWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<CreateOrgWizard *>()));
        failCreationAndItsCleanup(*wizard, QStringLiteral("Half Made Co"));
        QTRY_COMPARE(window.model()->rowCount(), 1); // listed at once, not only after a restart
        // Listed while it is being created (live updates), then failed once the cleanup has failed.
        QTRY_COMPARE(window.model()->organization(0)->status, OrgStatus::Failed);
        const OrgListRow *failed = window.model()->organization(0);
        const QModelIndex name = window.model()->index(0, OrgTableModel::Name);
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull()); // the badge
        QCOMPARE(window.model()->index(0, OrgTableModel::Status).data().toString(), QStringLiteral("failed"));
        wizard->close();
        select(window, failed->id);
        auto *recover = child<QPushButton>(&window, "recoverOrgButton");
        QVERIFY(recover->isVisible() && recover->isEnabled());
        recover->click();
        MaintenanceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MaintenanceDialog *>()));
        auto *list = child<QTreeWidget>(dialog, "recoverList");
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Half Made Co"));
        QVERIFY(list->topLevelItem(0)->text(2).startsWith(QLatin1String("failed: rolled back")));
        QCOMPARE(window.model()->rowCount(), 1); // listed, not acted on
        setNextConfirmAnswers({false});
        child<QPushButton>(dialog, "recoverButton")->click();
        QTest::qWait(200);
        QCOMPARE(f.repository<QList<Organization>>([](OrgRepository &repo) { return repo.listAll(); }).value->size(), 1);
        setNextConfirmAnswers({true});
        child<QPushButton>(dialog, "recoverButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 0, 15000);
        QCOMPARE(f.sim->state().teams.size(), 0);
    }

    // Issue point 14: sort order, column widths, splitter and window geometry survive a restart.
    void theLayoutIsKeptAcrossRestarts()
    {
        QByteArray splitter;
        {
            MainWindow first(f.context.get(), f.clipboard.get());
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.resize(1100, 650);
            first.table()->sortByColumn(OrgTableModel::Spend, Qt::DescendingOrder);
            first.table()->horizontalHeader()->resizeSection(OrgTableModel::Name, 333);
            auto *split = child<QSplitter>(&first, "mainSplitter");
            split->setSizes({600, 480});
            splitter = split->saveState();
            first.close();
        }
        MainWindow second(f.context.get(), f.clipboard.get());
        QHeaderView *header = second.table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(OrgTableModel::Spend));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(second.proxyModel()->sortColumn(), int(OrgTableModel::Spend));
        QCOMPARE(header->sectionSize(OrgTableModel::Name), 333);
        QCOMPARE(child<QSplitter>(&second, "mainSplitter")->saveState(), splitter);
        QCOMPARE(second.size(), QSize(1100, 650));
    }
};

QTEST_MAIN(TestConsoleWorkday)
#include "test_console_workday.moc"
