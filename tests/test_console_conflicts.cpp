// Conflicts in words for every kind of change, and the Tools > Audit dialog and the members panel
// following the other desktops (issue 21), offscreen, on the engine the run asks for. "Bob" is
// another desktop: a connection of its own to the same database, used synchronously so that his
// change lands after this console read the row and before it acts on it (nothing heard yet).
#include "services/storage/OrgRepository.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/TestDatabase.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgTableModel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTreeWidget>

using namespace OrgConsole;

namespace {
const QString kBob = QStringLiteral("bob.support");
}

class TestConsoleConflicts : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture m_f;
    Test::TestDatabase m_testDb;
    int m_counter = 0;
    std::unique_ptr<OrgRepository> m_bob;

    static QString urlOf(const DatabaseLocation &location)
    {
        return location.engine == DatabaseLocation::Engine::Sqlite ? location.sqlitePath : location.displayUrl();
    }
    void select(MainWindow &w, const QString &id)
    {
        w.table()->selectRow(w.proxyModel()->mapFromSource(w.model()->index(w.model()->rowOf(id), 0)).row());
        QTRY_VERIFY(!w.detailPane()->isLoading()); // read whole on demand
        QCOMPARE(w.detailPane()->organizationId(), id);
    }
    void audited(const Organization &o, const QString &action, const QJsonObject &details)
    {
        AuditEntry e;
        e.operatorName = kBob;
        e.action = action;
        e.organizationId = o.id;
        e.organizationName = o.name;
        e.details = details;
        QVERIFY(m_bob->appendAudit(e).ok());
    }
    // Bob sets the organization's budget, audited as OrgOperations does.
    void bobSetsTheBudget(const QString &id, double budget)
    {
        const auto now = m_bob->findById(id);
        QVERIFY(m_bob->updateBudget(id, now.value->rowVersion, budget, now.value->budgetDuration, {}).ok());
        audited(*now.value, QStringLiteral("set-budget"),
                {{QStringLiteral("from"), *now.value->maxBudget}, {QStringLiteral("to"), budget}});
    }
    void start(MainWindow &w, int rows)
    {
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), rows);
    }

private slots:
    void init()
    {
        DatabaseLocation location;
        QCOMPARE(m_testDb.create(QStringLiteral("console_conflicts_%1").arg(++m_counter), &location), QString());
        QVERIFY(m_f.start(QStringLiteral("gui-tester"), urlOf(location)));
        QCOMPARE(openDatabase(m_f.context->databaseLocation(), QStringLiteral("bob")), QString());
        m_bob = std::make_unique<OrgRepository>(QSqlDatabase::database(QStringLiteral("bob")));
        takeAskedQuestions();
        takeShownErrors();
    }
    void cleanup()
    {
        m_bob.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("bob"));
        m_f.stop();
    }

    // Delete: Bob changes the budget while the confirm dialog is open; the console says so and
    // deletes only when asked to, on the current version.
    void aDeleteMeetsAChangeMadeMeanwhile()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        start(w, 1);
        select(w, acme.id);
        Test::whenModal(this, "confirmDeleteDialog", [&](QWidget *dialog) {
            bobSetsTheBudget(acme.id, 300.0);
            dialog->findChild<QLineEdit *>(QStringLiteral("typedName"))->setText(acme.name);
            dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        });
        setNextConfirmAnswers({true});
        Test::childNamed<QPushButton>(&w, "deleteButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 0, 10000);
        const QStringList asked = takeAskedQuestions();
        QCOMPARE(asked.size(), 1);
        for (const char *part : {"by bob.support at ", "$300.00", "Your change: delete \"Acme\".", "Delete it as it is now?"})
            QVERIFY2(asked.first().contains(QLatin1String(part)), qPrintable(asked.first()));
        QVERIFY(!m_f.sim->state().teams.contains(acme.id));
    }

    // Key rotation: Bob's change is explained; the user keeps it, and no key is rotated.
    void aKeyRotationMeetsAChangeMadeMeanwhile()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        start(w, 1);
        select(w, acme.id);
        Test::whenModal(this, "showKeyDialog", [](QWidget *d) { // only when the guard fails to stop it
            d->findChild<QCheckBox *>(QStringLiteral("keyStoredCheck"))->setChecked(true);
            static_cast<QDialog *>(d)->accept();
        });
        bobSetsTheBudget(acme.id, 300.0); // not heard here yet: no event loop ran since
        setNextConfirmAnswers({true, false});
        auto *rotate = Test::childNamed<QPushButton>(&w, "rotateKeyButton");
        rotate->click();
        QStringList asked;
        QTRY_VERIFY_WITH_TIMEOUT((asked += takeAskedQuestions()).size() >= 2, 5000);
        QTRY_VERIFY(rotate->isEnabled());
        for (const char *part : {"by bob.support at ", "Your change: a new key for \"Acme\".", "rotate its key as it is now?"})
            QVERIFY2(asked.last().contains(QLatin1String(part)), qPrintable(asked.last()));
        const auto now = m_bob->findById(acme.id);
        QCOMPARE(now.value->keyHash, acme.keyHash); // kept
        QCOMPARE(now.value->maxBudget.value_or(-1), 300.0);
    }

    // Block (a status change): the user re-applies on the current version, and it is blocked.
    void blockingMeetsAChangeMadeMeanwhileAndIsReapplied()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        start(w, 1);
        select(w, acme.id);
        bobSetsTheBudget(acme.id, 300.0);
        setNextConfirmAnswers({true, true});
        Test::childNamed<QPushButton>(&w, "blockKeyButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_bob->findById(acme.id).value->keyBlocked, 10000);
        const QStringList asked = takeAskedQuestions();
        QCOMPARE(asked.size(), 2);
        for (const char *part : {"by bob.support at ", "Your change: block its key.", "block its key as it is now?"})
            QVERIFY2(asked.last().contains(QLatin1String(part)), qPrintable(asked.last()));
    }

    // A row Bob is deleting (not heard here yet): the words say who and since when, and nothing
    // is sent.
    void aRowBeingDeletedElsewhereIsNotChangedAndSaysByWhom()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        start(w, 1);
        select(w, acme.id);
        const OperationOwner desk7 {QStringLiteral("desk-7"), 4711, 99, kBob};
        QVERIFY(*m_bob->claimForDeletion(acme.id, acme.rowVersion, desk7).value);
        setNextConfirmAnswers({true});
        Test::childNamed<QPushButton>(&w, "blockKeyButton")->click();
        QStringList errors;
        QTRY_VERIFY_WITH_TIMEOUT(!(errors += takeShownErrors()).isEmpty(), 5000);
        QVERIFY2(errors.first().contains(QStringLiteral("being deleted by bob.support since ")), qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(QStringLiteral("Your change: block its key.")), qPrintable(errors.first()));
        QVERIFY(!m_f.sim->state().keys.value(acme.keyHash).blocked.value_or(false));
    }

    // A member's budget: Bob changed it while the dialog was open; explained, and re-applied.
    void aMemberChangeMeetsAChangeMadeMeanwhile()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        start(w, 1);
        select(w, acme.id);
        auto *members = Test::childNamed<QTableView>(&w, "memberTable");
        QTRY_COMPARE(members->model()->rowCount(), 1);
        members->selectRow(0);
        Test::whenModal(this, "memberBudgetDialog", [&](QWidget *dialog) {
            Member m = *m_bob->members().find(acme.id, acme.ownerUserId).value;
            const qint64 version = m.rowVersion;
            m.maxBudget = 20.0;
            QVERIFY(m_bob->members().updateBudget(m, version).ok());
            audited(acme, QStringLiteral("member-budget"), {{QStringLiteral("user"), m.userId}});
            dialog->findChild<QCheckBox *>(QStringLiteral("unlimitedCheck"))->setChecked(false);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"))->setValue(40);
            static_cast<QDialog *>(dialog)->accept();
        });
        setNextConfirmAnswers({true});
        Test::childNamed<QPushButton>(&w, "memberBudgetButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_bob->members().find(acme.id, acme.ownerUserId).value->maxBudget.value_or(-1), 40.0, 10000);
        const QStringList asked = takeAskedQuestions();
        QCOMPARE(asked.size(), 1);
        for (const char *part : {"kc-1 in \"Acme\" was changed", "by bob.support at ", "Your change: budget $40.00 for kc-1."})
            QVERIFY2(asked.first().contains(QLatin1String(part)), qPrintable(asked.first()));
    }

    // Tools > Audit follows the other desktops within a second, keeping the selected entry.
    void theAuditDialogFollowsTheOtherDesktops()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MaintenanceDialog dialog(m_f.context.get(), m_f.clipboard.get());
        dialog.show();
        auto *log = Test::childNamed<QTreeWidget>(&dialog, "auditLog");
        QTRY_VERIFY(log->topLevelItemCount() > 0);
        const int before = log->topLevelItemCount();
        QTreeWidgetItem *chosen = log->topLevelItem(before - 1);
        log->setCurrentItem(chosen);
        const QString chosenText = chosen->text(2);
        audited(acme, QStringLiteral("set-budget"), {{QStringLiteral("from"), 250.0}, {QStringLiteral("to"), 275.0}});
        // How soon is bench_live's figure (under a second); a test on a busy machine only waits for it.
        QTRY_COMPARE_WITH_TIMEOUT(log->topLevelItemCount(), before + 1, 10000);
        QCOMPARE(log->topLevelItem(0)->text(1), kBob);
        QCOMPARE(log->currentItem(), chosen);
        QCOMPARE(log->currentItem()->text(2), chosenText);
    }

    // The members panel follows a change to a member in place: the rows are not rebuilt, so the
    // selection and the scroll position stay.
    void theMembersPanelFollowsInPlace()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        start(w, 1);
        select(w, acme.id);
        auto *members = Test::childNamed<QTableView>(&w, "memberTable");
        QTRY_COMPARE(members->model()->rowCount(), 1);
        members->selectRow(0);
        QSignalSpy resets(members->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(members->model(), &QAbstractItemModel::dataChanged);
        Member m = *m_bob->members().find(acme.id, acme.ownerUserId).value;
        const qint64 version = m.rowVersion;
        m.maxBudget = 20.0;
        QVERIFY(m_bob->members().updateBudget(m, version).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !resets.isEmpty(), 10000);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(members->selectionModel()->selectedRows().size(), 1);
    }
};

QTEST_MAIN(TestConsoleConflicts)
#include "test_console_conflicts.moc"
