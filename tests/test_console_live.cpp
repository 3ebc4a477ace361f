// The console in step with the other desktops (issue 21), offscreen, on the engine the run asks
// for: another desktop (a second repository connection on the same database) deletes a row the
// console shows, and the real orgctl binary changes a budget while the console is open. The row,
// the pane and its audit history follow by themselves, without stealing the selection or the
// filter text.
#include "services/core/LiveUpdates.h"
#include "services/core/OrgQueries.h"
#include "services/sandbox/SimState.h"
#include "services/storage/ChangeFeed.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/PrivatePostgres.h"
#include "tests/support/TestDatabase.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/LiveRefresher.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"

#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>

using namespace OrgConsole;

class TestConsoleLive : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture m_f;
    Test::TestDatabase m_testDb;
    int m_counter = 0;

    // Another desktop: its own connection to the same database.
    std::unique_ptr<RepositoryWorker> m_other;
    template<typename T> Stored<T> elsewhere(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        m_other->run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("no answer")));
    }
    QString statusText(MainWindow &w, const QString &id)
    {
        const int row = w.model()->rowOf(id);
        return row < 0 ? QString() : w.model()->index(row, OrgTableModel::Status).data().toString();
    }
    static QString urlOf(const DatabaseLocation &location)
    {
        return location.engine == DatabaseLocation::Engine::Sqlite ? location.sqlitePath : location.displayUrl();
    }
    QString selectedId(MainWindow &w)
    {
        return w.proxyModel()->mapToSource(w.table()->currentIndex()).data(OrgTableModel::IdRole).toString();
    }
    void select(MainWindow &w, const QString &id)
    {
        w.table()->selectRow(w.proxyModel()->mapFromSource(w.model()->index(w.model()->rowOf(id), 0)).row());
        QTRY_VERIFY(!w.detailPane()->isLoading()); // read whole on demand
        QCOMPARE(w.detailPane()->organizationId(), id);
    }

private slots:
    void init()
    {
        DatabaseLocation location;
        QCOMPARE(m_testDb.create(QStringLiteral("console_live_%1").arg(++m_counter), &location), QString());
        QVERIFY(m_f.start(QStringLiteral("gui-tester"), urlOf(location)));
        openOtherDesktop();
    }
    void cleanup()
    {
        m_other.reset();
        m_f.stop();
    }

    // The list holds compact rows: selecting one reads the organization whole (issue 19), and the
    // pane follows what another desktop changes.
    void thePaneReadsTheSelectedOrganizationWholeAndFollowsItsChanges()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        const Organization beta = m_f.createDirectly(QStringLiteral("Beta"), 100.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), 2);
        select(w, beta.id);
        // Written behind the list's back (no change announced, no new row version): the pane
        // reads it when the row is selected.
        QVERIFY(elsewhere<bool>([&](OrgRepository &r) {
                    QSqlQuery q(r.database());
                    q.prepare(QStringLiteral("UPDATE organizations SET contact_name = ? WHERE id = ?"));
                    q.addBindValue(QStringLiteral("Zoë Ünïcode"));
                    q.addBindValue(acme.id);
                    return q.exec() ? Stored<bool>::success(true)
                                    : Stored<bool>::failure(StorageError::Kind::Database, q.lastError().text());
                }).ok());
        select(w, acme.id);
        QCOMPARE(w.detailPane()->organization().contactName, QStringLiteral("Zoë Ünïcode"));
        QCOMPARE(w.detailPane()->organization().keyHash, acme.keyHash);
        QVERIFY(!acme.keyHash.isEmpty());
        // Another desktop changes the budget: the row and the pane follow, the rest stays.
        bobSetsTheBudget(acme.id, 321.0);
        QTRY_VERIFY_WITH_TIMEOUT(w.detailPane()->organization().maxBudget == 321.0, 3000);
        QCOMPARE(w.detailPane()->organization().contactName, QStringLiteral("Zoë Ünïcode"));
        QCOMPARE(w.detailPane()->organization().keyHash, acme.keyHash);
        QTRY_COMPARE(w.model()->find(acme.id)->maxBudget.value_or(-1), 321.0);
        QCOMPARE(w.detailPane()->organizationId(), acme.id);
    }

    void aRowBeingDeletedElsewhereShowsItAndItsActionsWaitUntilItEnds()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"));
        const Organization other = m_f.createDirectly(QStringLiteral("Acorn"));
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), 2);
        auto *filter = Test::childNamed<QLineEdit>(&w, "filterEdit");
        QTest::keyClicks(filter, QStringLiteral("Ac"));
        select(w, acme.id);
        auto *deleteButton = Test::childNamed<QPushButton>(&w, "deleteButton");
        auto *budgetButton = Test::childNamed<QPushButton>(&w, "changeBudgetButton");
        QVERIFY(deleteButton->isEnabled());

        // Desk 7 starts deleting it.
        const OperationOwner desk7 {QStringLiteral("desk-7"), 4711, 99, QStringLiteral("bob.support")};
        QVERIFY(*elsewhere<bool>([&](OrgRepository &r) { return r.claimForDeletion(acme.id, acme.rowVersion, desk7); }).value);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w, acme.id).startsWith(QStringLiteral("being deleted by bob.support, ")), 2000);
        QVERIFY(!deleteButton->isEnabled());
        QVERIFY(!budgetButton->isEnabled());
        QVERIFY2(deleteButton->toolTip().contains(QStringLiteral("being deleted by bob.support")),
                 qPrintable(deleteButton->toolTip()));
        const auto actions = w.detailPane()->organizationActions();
        QVERIFY(std::none_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isEnabled(); }));
        // The seconds count on by themselves.
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w, acme.id).endsWith(QStringLiteral(", 1 s")), 3000);
        // Nothing taken from the user: the selection and the typed filter.
        QCOMPARE(selectedId(w), acme.id);
        QCOMPARE(filter->text(), QStringLiteral("Ac"));

        // The delete fails there and puts the row back: it is active again, and so are the actions.
        QVERIFY(elsewhere<bool>([&](OrgRepository &r) { return r.setStatus(acme.id, OrgStatus::Active); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusText(w, acme.id), QStringLiteral("active"), 2000);
        QVERIFY(deleteButton->isEnabled());
        QVERIFY(budgetButton->isEnabled());

        // Deleted for good this time: the row goes by itself, and the other row is shown.
        const auto now = elsewhere<Organization>([&](OrgRepository &r) { return r.findById(acme.id); });
        QVERIFY(
            *elsewhere<bool>([&](OrgRepository &r) { return r.claimForDeletion(acme.id, now.value->rowVersion, desk7); }).value);
        QTRY_VERIFY_WITH_TIMEOUT(!deleteButton->isEnabled(), 2000);
        QVERIFY(elsewhere<bool>([&](OrgRepository &r) { return r.remove(acme.id); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->rowCount(), 1, 2000);
        QCOMPARE(selectedId(w), other.id);
        QCOMPARE(filter->text(), QStringLiteral("Ac"));
    }

    // Desk 7 rotates the key of the row shown here (a change of an active row, schema version 9):
    // the row says so with who and for how long, the actions wait, the Rotate button says why, and
    // when the rotation ends there the row shows the new key by itself.
    void aRowWhoseKeyIsBeingRotatedElsewhereShowsItAndWaits()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"));
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), 1);
        select(w, acme.id);
        auto *rotateButton = Test::childNamed<QPushButton>(&w, "rotateKeyButton");
        auto *budgetButton = Test::childNamed<QPushButton>(&w, "changeBudgetButton");
        QVERIFY(rotateButton->isEnabled());

        OperationOwner desk7 {QStringLiteral("desk-7"), 4711, 99, QStringLiteral("bob.support")};
        desk7.phase = QStringLiteral("rotating-key");
        QVERIFY(*elsewhere<bool>([&](OrgRepository &r) { return r.claimForChange(acme.id, acme.rowVersion, desk7); }).value);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w, acme.id).startsWith(QStringLiteral("key being rotated by bob.support, ")), 2000);
        QVERIFY(!rotateButton->isEnabled());
        QVERIFY(!budgetButton->isEnabled());
        QVERIFY2(rotateButton->toolTip().contains(QStringLiteral("key being rotated by bob.support")),
                 qPrintable(rotateButton->toolTip()));
        const auto actions = w.detailPane()->organizationActions();
        QVERIFY(std::none_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isEnabled(); }));

        // The new key is saved and the rotation ends there: the row follows by itself.
        QVERIFY(elsewhere<Organization>([&](OrgRepository &r) {
                    return r.replaceActiveKey(acme.id, QStringLiteral("hash-new"), QStringLiteral("sk-...new1"));
                }).ok());
        QVERIFY(elsewhere<Organization>([&](OrgRepository &r) { return r.releaseChange(acme.id, desk7); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusText(w, acme.id), QStringLiteral("active"), 2000);
        QVERIFY(rotateButton->isEnabled());
        QVERIFY(budgetButton->isEnabled());
        const int row = w.model()->rowOf(acme.id);
        QVERIFY(w.model()->organization(row)->keyName == QStringLiteral("sk-...new1"));
        QCOMPARE(selectedId(w), acme.id);
    }

    // The real orgctl changes a budget; the open console shows it within a second of orgctl's
    // commit, in the row, the pane and the audit history, and keeps the selection on another row.
    void orgctlChangingABudgetShowsInTheOpenConsole()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        const Organization other = m_f.createDirectly(QStringLiteral("Beta"), 100.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), 2);
        select(w, acme.id);
        auto *audit = Test::childNamed<QTreeWidget>(&w, "auditList");
        QTRY_VERIFY(audit->topLevelItemCount() > 0);
        const int entries = audit->topLevelItemCount();

        QProcess orgctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORGCONSOLE_MASTER_KEY"), m_f.masterKey);
        orgctl.setProcessEnvironment(env);
        orgctl.start(qEnvironmentVariable("ORGCTL"),
                     {QStringLiteral("--config"), m_f.dir->filePath(QStringLiteral("orgctl")), QStringLiteral("--db"),
                      urlOf(m_f.context->databaseLocation()), QStringLiteral("--proxy"), m_f.sim->baseUrl(),
                      QStringLiteral("--operator"), QStringLiteral("cli.bob"), QStringLiteral("org"),
                      QStringLiteral("set-budget"), QStringLiteral("Acme"), QStringLiteral("--budget"), QStringLiteral("777")});
        QTRY_VERIFY_WITH_TIMEOUT(orgctl.state() == QProcess::NotRunning, 30000);
        QVERIFY2(orgctl.exitCode() == 0, orgctl.readAllStandardError().constData());
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(acme.id)->maxBudget == 777.0, 3000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(audit->topLevelItemCount() > entries, 2000);
        QCOMPARE(audit->topLevelItem(0)->text(1), QStringLiteral("cli.bob"));
        QCOMPARE(w.detailPane()->organizationId(), acme.id);
        // The chart's line is the new budget's daily pace.
        const auto paceLine = [&w]() -> QString {
            const auto series = Test::childNamed<QChartView>(&w, "spendChart")->chart()->series();
            for (const QAbstractSeries *s : series) {
                if (s->type() == QAbstractSeries::SeriesTypeLine)
                    return s->name();
            }
            return {};
        };
        QTRY_VERIFY2(paceLine().contains(QLatin1String("$777.00 per 30d")), qPrintable(paceLine()));

        // Another row selected: a change to Acme updates its row and leaves the selection.
        select(w, other.id);
        const auto now = elsewhere<Organization>([&](OrgRepository &r) { return r.findById(acme.id); });
        QVERIFY(elsewhere<Organization>([&](OrgRepository &r) {
                    return r.updateBudget(acme.id, now.value->rowVersion, 900.0, QStringLiteral("30d"), {});
                }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(acme.id)->maxBudget == 900.0, 2000);
        QCOMPARE(selectedId(w), other.id);
        QCOMPARE(w.detailPane()->organizationId(), other.id);
    }

    // Bob changes the budget on his desktop while the dialog is open here: on OK the console says
    // what he changed and when, and applies this change on top when asked to.
    void aBudgetChangedMeanwhileIsExplainedAndReappliedOnRequest()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), 1);
        select(w, acme.id);
        Test::whenModal(this, "budgetDialog", [&](QWidget *dialog) {
            bobSetsTheBudget(acme.id, 300.0);
            QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(acme.id)->maxBudget == 300.0, 2000); // seen live
            dialog->findChild<QCheckBox *>(QStringLiteral("unlimitedCheck"))->setChecked(false);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"))->setValue(450);
            static_cast<QDialog *>(dialog)->accept();
        });
        takeAskedQuestions();
        setNextConfirmAnswers({true});
        Test::childNamed<QPushButton>(&w, "changeBudgetButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(acme.id)->maxBudget == 450.0, 10000);
        const QStringList asked = takeAskedQuestions();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("by bob.support at ")), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(QStringLiteral("$300.00")), qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(QStringLiteral("Your change: budget $450.00")), qPrintable(asked.first()));
        QCOMPARE(m_f.sim->state().teams.value(acme.id).maxBudget.value_or(-1), 450.0);

        // The same again, and this time the user keeps Bob's change: nothing of theirs is applied.
        Test::whenModal(this, "budgetDialog", [&](QWidget *dialog) {
            bobSetsTheBudget(acme.id, 600.0);
            QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(acme.id)->maxBudget == 600.0, 2000);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"))->setValue(50);
            static_cast<QDialog *>(dialog)->accept();
        });
        setNextConfirmAnswers({false});
        auto *button = Test::childNamed<QPushButton>(&w, "changeBudgetButton");
        button->click();
        QTRY_VERIFY(button->isEnabled()); // the change has ended
        QCOMPARE(takeAskedQuestions().size(), 1);
        QCOMPARE(w.model()->find(acme.id)->maxBudget.value_or(-1), 600.0);
        QCOMPARE(m_f.sim->state().teams.value(acme.id).maxBudget.value_or(-1), 450.0);
    }

    // The server goes away under an open console: the status bar says so, the rows stay readable;
    // when it is back the console listens again and shows a change made in the meantime: one announced
    // when the server is back, and one written behind its back before it went (no announcement). Gone
    // before the console knew what the database holds (PostgreSQL reads that a while after the start,
    // ChangeFeed::kBaselineDelayMs, not while the list loads), the list is read again; after, the
    // changes are caught up on. (The test sets when: at once, or after an hour.)
    void theConsoleSaysWhenTheDatabaseIsAwayAndCatchesUpWhenItIsBack_data()
    {
        QTest::addColumn<bool>("tracking");
        QTest::newRow("gone before the console knew the database") << false;
        QTest::newRow("gone after") << true;
    }
    void theConsoleSaysWhenTheDatabaseIsAwayAndCatchesUpWhenItIsBack()
    {
        QFETCH(bool, tracking);
        if (Test::TestDatabase::engine() != QLatin1String("postgres"))
            QSKIP("PostgreSQL only: a SQLite file does not go away");
        cleanup();
        Test::PrivatePostgres pg;
        QCOMPARE(pg.start(), QString());
        QCOMPARE(pg.createDatabase(QStringLiteral("console")), QString());
        m_f.changeBaselineDelayMs = tracking ? 0 : 60 * 60 * 1000;
        QVERIFY(m_f.start(QStringLiteral("gui-tester"), pg.location(QStringLiteral("console")).displayUrl()));
        m_f.changeBaselineDelayMs = -1;
        openOtherDesktop();
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        const Organization quiet = m_f.createDirectly(QStringLiteral("Quiet"), 100.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        // The start's figures refresh, and the reload of the list that ends it, over: the refresh
        // announces what it stores and adopts the proxy's budget for one changed outside, the reload
        // reads every row; the write behind the console's back below comes after both.
        bool refreshedAndReloaded = false;
        whenRefreshedAndReloaded(w, &refreshedAndReloaded);
        w.show();
        w.start({});
        QTRY_COMPARE(w.model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(refreshedAndReloaded, 30000);
        select(w, acme.id);
        auto *label = Test::childNamed<QLabel>(&w, "databaseLiveLabel");
        QVERIFY(label->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(m_f.context->live().isConnected(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_f.context->live().isTracking(), tracking, 5000);
        QVERIFY(elsewhere<bool>([&](OrgRepository &r) {
                    QSqlQuery q(r.database());
                    q.prepare(
                        QStringLiteral("UPDATE organizations SET max_budget = 222, row_version = row_version + 1 WHERE id = ?"));
                    q.addBindValue(quiet.id);
                    return q.exec() ? Stored<bool>::success(true)
                                    : Stored<bool>::failure(StorageError::Kind::Database, q.lastError().text());
                }).ok());

        QCOMPARE(pg.stop(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!label->isHidden() && label->text().contains(QStringLiteral("database away")), 5000);
        QCOMPARE(w.model()->rowCount(), 2); // still there to read
        QCOMPARE(w.detailPane()->organizationId(), acme.id);
        QCOMPARE(w.model()->find(quiet.id)->maxBudget.value_or(-1), 100.0); // not announced, not heard

        QCOMPARE(pg.start(), QString());
        // The other desktop's worker checks its connection before work only after it sat unused for
        // kIdleCheckMs (or after a failure); sooner, its first statement would meet the connection the
        // restart closed, as any desktop's would.
        QTest::qWait(int(RepositoryWorker::kIdleCheckMs));
        const auto changed = elsewhere<Organization>(
            [&](OrgRepository &r) { return r.updateBudget(acme.id, acme.rowVersion, 333.0, QStringLiteral("30d"), {}); });
        QVERIFY2(changed.ok(), qPrintable(changed.error.message));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("database back")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(acme.id)->maxBudget == 333.0, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->find(quiet.id)->maxBudget == 222.0, 3000);
        QCOMPARE(label->toolTip().contains(QStringLiteral("the list is read again")), !tracking);
        QVERIFY(m_f.context->live().isTracking());
        QCOMPARE(w.detailPane()->organizationId(), acme.id);
        cleanup();
    }

    // Another desktop's figures refresh moves spend and budgets without a new row version: the open
    // console shows them within a second, in the rows and the pane, the selection where it was.
    void figuresAnotherDesktopStoredShowInTheOpenConsole()
    {
        const Organization acme = m_f.createDirectly(QStringLiteral("Acme"), 250.0);
        const Organization beta = m_f.createDirectly(QStringLiteral("Beta"), 100.0);
        const Organization calm = m_f.createDirectly(QStringLiteral("Calm"), 100.0);
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        bool started = false;
        whenRefreshedAndReloaded(w, &started);
        w.show();
        w.start({});
        QTRY_VERIFY_WITH_TIMEOUT(started, 30000);
        waitUntilListening();
        select(w, acme.id);
        const QDateTime asOf = w.figuresAsOf();
        QTest::qWait(20);
        const QDateTime reset = QDateTime::currentDateTimeUtc().addDays(3);
        QVERIFY(elsewhere<bool>([&](OrgRepository &r) {
                    return r.updateFigures({{acme.id, 42.5, 300.0, reset}, {beta.id, 7.25, std::nullopt, {}}}, {});
                }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->find(acme.id)->spend, 42.5, 3000);
        QCOMPARE(w.model()->find(acme.id)->maxBudget.value_or(-1), 300.0);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->find(beta.id)->spend, 7.25, 3000);
        QVERIFY(!w.model()->find(beta.id)->maxBudget.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(w.detailPane()->organization().spend, 42.5, 3000);
        QCOMPARE(w.model()->find(calm.id)->spend, 0.0);
        QCOMPARE(selectedId(w), acme.id);
        // The figures shown are as current as that refresh: the status bar says so.
        QTRY_VERIFY(w.figuresAsOf() > asOf);
    }

    // This window's own refresh announces every figure it stores, as any desktop's does: it does
    // not read those organizations again one batch after another (the list read that ends the
    // refresh shows them), however late the announcements reach it.
    void theWindowsOwnRefreshDoesNotReadWhatItStored()
    {
        QList<Organization> orgs;
        for (const QString &name : {QStringLiteral("Acme"), QStringLiteral("Beta"), QStringLiteral("Calm")})
            orgs.append(m_f.createDirectly(name, 500.0));
        MainWindow w(m_f.context.get(), m_f.clipboard.get());
        bool done = false;
        whenRefreshedAndReloaded(w, &done);
        w.show();
        w.start({});
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        waitUntilListening();
        QTest::qWait(2 * ChangeFeed::kPollMs); // the start's refresh heard, however late
        const int heard = w.liveRefresher()->changesHeard();
        const int read = w.liveRefresher()->organizationsRead();
        double spend = 11.5;
        for (Sandbox::SimTeam &t : m_f.sim->state().teams)
            t.spend = (spend += 1.0);
        done = false;
        whenRefreshedAndReloaded(w, &done);
        w.refreshFromProxy();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        for (const Organization &o : std::as_const(orgs))
            QVERIFY(w.model()->find(o.id)->spend > 11.5); // the list read shows what the refresh stored
        // Its announcements arrive (PostgreSQL: at its commit; SQLite: at the feed's next look)...
        QTRY_VERIFY_WITH_TIMEOUT(w.liveRefresher()->changesHeard() >= heard + int(orgs.size()), 5000);
        QTest::qWait(2 * ChangeFeed::kPollMs + 2 * LiveRefresher::kGatherMs);
        // ... and none of them is read again.
        QCOMPARE(w.liveRefresher()->organizationsRead(), read);
    }

private:
    void openOtherDesktop()
    {
        m_other = std::make_unique<RepositoryWorker>(m_f.context->databaseLocation());
        std::optional<QString> error;
        m_other->open(this, [&](QString e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(*error, QString());
    }

    // The feed hears changes (PostgreSQL: subscribed; SQLite: the fingerprints it compares with read).
    void waitUntilListening()
    {
        LiveUpdates &live = m_f.context->live();
        QTRY_VERIFY_WITH_TIMEOUT(
            Test::TestDatabase::engine() == QLatin1String("postgres") ? live.isConnected() : live.isTracking(), 5000);
    }

    // Sets `*done` once the window's figures refresh ended and the list read after it is in.
    void whenRefreshedAndReloaded(MainWindow &w, bool *done)
    {
        connect(
            &w, &MainWindow::refreshed, this,
            [this, &w, done] {
                connect(
                    &w, &MainWindow::loaded, this, [done] { *done = true; }, Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
    }

    // Another desktop's budget change, with its audit entry, as OrgOperations writes them.
    void bobSetsTheBudget(const QString &id, double budget)
    {
        const auto now = elsewhere<Organization>([&](OrgRepository &r) { return r.findById(id); });
        const auto changed = elsewhere<Organization>(
            [&](OrgRepository &r) { return r.updateBudget(id, now.value->rowVersion, budget, now.value->budgetDuration, {}); });
        QVERIFY(changed.ok());
        AuditEntry e;
        e.operatorName = QStringLiteral("bob.support");
        e.action = QStringLiteral("set-budget");
        e.organizationId = id;
        e.organizationName = now.value->name;
        e.details = {{QStringLiteral("from"), *now.value->maxBudget}, {QStringLiteral("to"), budget}};
        QVERIFY(elsewhere<qint64>([&](OrgRepository &r) { return r.appendAudit(e); }).ok());
    }
};

QTEST_MAIN(TestConsoleLive)
#include "test_console_live.moc"
