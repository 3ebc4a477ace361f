// The console's budget doctor (offscreen): Tools > Budget doctor finds a blocked team, says so in
// words with an icon, and its Fix button (after the question that says what it will do) unblocks
// the team through the audited operation; the organization's own doctor from the context menu;
// Enter fixes the selected finding; the empty state; progress and Cancel while checking them all.
#include "tests/support/ConsoleFixture.h"
#include "tests/support/Mnemonics.h"
#include "ui/BudgetDoctorDialog.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"
#include "ui/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace OrgConsole;

class TestConsoleDoctor : public QObject
{
    Q_OBJECT
    Test::ConsoleFixture f;
    Translations m_translations; // English, with its plural forms ("1 error", "2 warnings")

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    void loadWindow(MainWindow &window)
    {
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(10000));
    }
    BudgetDoctorDialog *openedDoctor(MainWindow &window)
    {
        BudgetDoctorDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = window.findChild<BudgetDoctorDialog *>())); }();
        if (dialog)
            [&] { QTRY_VERIFY(!child<QPushButton>(dialog, "doctorCancel")->isVisible()); }();
        return dialog;
    }
    void block(const QString &teamId) { f.sim->state().teams[teamId].blocked = true; }

private slots:
    void initTestCase() { QVERIFY(m_translations.install(QStringLiteral("en")).problem.isEmpty()); }
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        f.stop();
    }

    void findsABlockedTeamAndFixesIt()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        block(acme.teamId);
        MainWindow window(f.context.get(), f.clipboard.get());
        loadWindow(window);
        child<QAction>(&window, "budgetDoctorAction")->trigger();
        BudgetDoctorDialog *dialog = openedDoctor(window);
        QVERIFY(dialog);
        const QStringList clashes = Test::mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        auto *list = child<QTreeWidget>(dialog, "doctorFindings");
        QCOMPARE(list->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = list->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Error")); // a word beside the icon, never colour alone
        QVERIFY(!row->icon(0).isNull());
        QCOMPARE(row->text(1), QStringLiteral("Acme Corp"));
        QCOMPARE(row->text(2), QStringLiteral("team"));
        QVERIFY(row->text(3).contains(QLatin1String("blocked on the proxy")));
        QVERIFY(child<QLabel>(dialog, "doctorDetails")->text().contains(QLatin1String("team_blocked")));
        QCOMPARE(dialog->focusWidget(), list); // keyboard: the findings have the focus
        QCOMPARE(child<QLabel>(dialog, "doctorSummary")->text(),
                 QStringLiteral("1 organization checked: 1 error, 0 warnings, 0 for information."));

        auto *fix = child<QPushButton>(dialog, "fixButton0");
        setNextConfirmAnswers({false}); // "no": nothing changes
        fix->click();
        QVERIFY(f.sim->state().teams.value(acme.teamId).blocked);
        setNextConfirmAnswers({true});
        QSignalSpy changed(dialog, &BudgetDoctorDialog::changed);
        fix->click();
        QVERIFY(changed.wait(10000));
        QCOMPARE(fix->text(), QStringLiteral("Fixed"));
        QVERIFY(!f.sim->state().teams.value(acme.teamId).blocked);
        const QList<AuditEntry> audit = f.audit(acme.id);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) {
            return e.action == QLatin1String("unblock-team") && e.outcome == AuditOutcome::Ok;
        }));

        QSignalSpy checked(dialog, &BudgetDoctorDialog::checked);
        child<QPushButton>(dialog, "doctorRecheck")->click();
        QVERIFY(checked.wait(10000));
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(child<QLabel>(dialog, "doctorSummary")->text(), QStringLiteral("No problems found in 1 organization."));
    }

    void oneOrganizationFromItsContextMenuAndEnterFixes()
    {
        f.createDirectly(QStringLiteral("Calm Co"));
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        block(acme.teamId);
        MainWindow window(f.context.get(), f.clipboard.get());
        loadWindow(window);
        for (int row = 0; row < window.proxyModel()->rowCount(); ++row) {
            if (window.proxyModel()->index(row, OrgTableModel::Name).data().toString() == acme.name)
                window.table()->selectRow(row);
        }
        child<QAction>(&window, "orgBudgetDoctorAction")->trigger();
        BudgetDoctorDialog *dialog = openedDoctor(window);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(acme.name));
        auto *list = child<QTreeWidget>(dialog, "doctorFindings");
        QCOMPARE(list->topLevelItemCount(), 1);
        setNextConfirmAnswers({true});
        QSignalSpy changed(dialog, &BudgetDoctorDialog::changed);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(changed.wait(10000));
        QVERIFY(!f.sim->state().teams.value(acme.teamId).blocked);
    }

    void progressAndCancelWhileCheckingThemAll()
    {
        for (int i = 0; i < 12; ++i)
            f.createDirectly(QStringLiteral("Org %1").arg(i), std::nullopt);
        QString error;
        const auto slow = Sandbox::SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("/team/info")}, {QStringLiteral("latency_ms"), 150}}, &error);
        QVERIFY(slow);
        f.sim->faults().add(*slow);
        BudgetDoctorDialog dialog(f.context.get(), f.clipboard.get());
        dialog.show();
        auto *progress = child<QProgressBar>(&dialog, "doctorProgress");
        auto *cancel = child<QPushButton>(&dialog, "doctorCancel");
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY(progress->value() >= 1);
        QSignalSpy checked(&dialog, &BudgetDoctorDialog::checked);
        cancel->click();
        QVERIFY(checked.wait(10000));
        const QString summary = child<QLabel>(&dialog, "doctorSummary")->text();
        QVERIFY2(summary.contains(QLatin1String("Cancelled")), qPrintable(summary));
        QVERIFY(!progress->isVisible());
        // Every organization has no budget: information, one row each for those checked.
        auto *list = child<QTreeWidget>(&dialog, "doctorFindings");
        QVERIFY(list->topLevelItemCount() >= 1 && list->topLevelItemCount() < 12);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Information"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("none safe"));
    }

    void closingWhileCheckingIsSafe()
    {
        for (int i = 0; i < 8; ++i)
            f.createDirectly(QStringLiteral("Org %1").arg(i), std::nullopt);
        QString error;
        const auto slow = Sandbox::SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("/team/info")}, {QStringLiteral("latency_ms"), 150}}, &error);
        QVERIFY(slow);
        f.sim->faults().add(*slow);
        auto *closed = new BudgetDoctorDialog(f.context.get(), f.clipboard.get());
        closed->show();
        QTRY_VERIFY(child<QProgressBar>(closed, "doctorProgress")->value() >= 1);
        delete closed; // its requests still in flight answer nobody
        BudgetDoctorDialog again(f.context.get(), f.clipboard.get());
        QSignalSpy checked(&again, &BudgetDoctorDialog::checked);
        QVERIFY(checked.wait(20000));
        QCOMPARE(child<QTreeWidget>(&again, "doctorFindings")->topLevelItemCount(), 8); // no_budget each
    }
};

QTEST_MAIN(TestConsoleDoctor)
#include "test_console_doctor.moc"
