// The Members section of the detail pane and the Add-member dialog, driven as a user would,
// offscreen, against litellm-sim over real HTTP and a real database (SQLite, or PostgreSQL with
// ORGCONSOLE_TEST_ENGINE=postgres). Every change is checked on the simulator's state.
#include "services/core/AppContext.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/Database.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/GuiTestHelpers.h"
#include "tests/support/Mnemonics.h"
#include "tests/support/TestDatabase.h"
#include "ui/AddMemberDialog.h"
#include "ui/ClipboardGuard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MemberBudgetDialog.h"
#include "ui/MemberTableModel.h"
#include "ui/MembersPanel.h"
#include "ui/OrgTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

namespace {
QString sha256(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestConsoleMembers : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;
    Test::TestDatabase m_testDb;
    std::unique_ptr<MainWindow> m_window;
    MembersPanel *m_panel = nullptr;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    QPushButton *button(const char *name) { return child<QPushButton>(m_panel, name); }

    Organization createDirectly(const QString &name)
    {
        const Organization o = f.createDirectly(name);
        [&] { QVERIFY2(o.status == OrgStatus::Active, qPrintable(name)); }();
        return o;
    }
    AddMemberResult addDirectly(const Organization &org, const QString &user, std::optional<double> budget)
    {
        const AddMemberResult result = f.addMemberDirectly(org, user, budget);
        [&] { QVERIFY2(result.ok, qPrintable(result.error.message)); }();
        return result;
    }

    template<typename T> Stored<T> onDatabase(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        f.context->repository().run<T>(work, this, [&](Stored<T> r) { out = r; });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("no answer")));
    }
    // The main window with `org` selected and its members in the table.
    void openWindowOn(const Organization &org)
    {
        m_window = std::make_unique<MainWindow>(f.context.get(), f.clipboard.get());
        m_panel = m_window->findChild<MembersPanel *>();
        QVERIFY(m_panel);
        QSignalSpy shown(m_panel, &MembersPanel::membersShown);
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->reload();
        QVERIFY(loaded.wait(10000));
        const int row = m_window->model()->rowOf(org.id);
        m_window->table()->selectRow(m_window->proxyModel()->mapFromSource(m_window->model()->index(row, 0)).row());
        QVERIFY(shown.wait(10000));
    }
    void selectMember(const QString &user)
    {
        QTableView *table = m_panel->table();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(MemberTableModel::UserIdRole).toString() == user) {
                table->setFocus();
                table->selectRow(r);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("%1 is not in the members table").arg(user)));
    }
    QString cell(const QString &user, MemberTableModel::Column column)
    {
        const int row = m_panel->model()->rowOf(user);
        return row < 0 ? QString() : m_panel->model()->index(row, column).data().toString();
    }
    int membersColumn(const Organization &org)
    {
        return m_window->model()->index(m_window->model()->rowOf(org.id), OrgTableModel::Members).data().toInt();
    }
    // Types kc-2 with a budget of $50 into the Add-member form, checking on the way that each
    // problem is said beside its field, by the rules the saga applies.
    void fillAddMemberForm(AddMemberDialog *dialog)
    {
        auto *add = child<QPushButton>(dialog, "addButton");
        auto *user = child<QLineEdit>(dialog, "userEdit");
        auto *userMessage = child<QLabel>(dialog, "userMessage");
        QVERIFY(!add->isEnabled()); // the user id is required
        QTest::keyClicks(user, QStringLiteral("kc 2"));
        QVERIFY2(userMessage->text().contains(QLatin1String("spaces")), qPrintable(userMessage->text()));
        QVERIFY(!add->isEnabled());
        user->clear();
        QTest::keyClicks(user, QStringLiteral("kc-1"));
        QVERIFY2(userMessage->text().contains(QLatin1String("already a member")), qPrintable(userMessage->text()));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("kc-2"));
        QVERIFY(userMessage->isHidden());
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("dev@"));
        QVERIFY(child<QLabel>(dialog, "emailMessage")->isVisible());
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), QStringLiteral("example.com"));
        QVERIFY(child<QLabel>(dialog, "emailMessage")->isHidden());
        auto *noOwnBudget = child<QCheckBox>(dialog, "unlimitedCheck");
        QVERIFY(noOwnBudget->isChecked()); // by default the organization's budget applies
        QVERIFY(noOwnBudget->text().contains(QLatin1String("organization's")));
        noOwnBudget->setChecked(false);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "budgetSpin")->value(), 100.0); // the suggestion, within the $250
        child<QDoubleSpinBox>(dialog, "budgetSpin")->setValue(-5); // the way out named as the box reads
        QVERIFY2(child<QLabel>(dialog, "budgetMessage")->text().contains(QLatin1String("or tick \"No own budget")),
                 qPrintable(child<QLabel>(dialog, "budgetMessage")->text()));
        QVERIFY(!add->isEnabled());
        child<QDoubleSpinBox>(dialog, "budgetSpin")->setValue(300); // above the organization's 250
        QVERIFY(child<QLabel>(dialog, "memberBudgetMessage")->text().contains(QLatin1String("More than the organization's")));
        QVERIFY(!add->isEnabled());
        child<QDoubleSpinBox>(dialog, "budgetSpin")->setValue(50);
        QVERIFY(add->isEnabled());
    }
    const SimMembership *membership(const QString &teamId, const QString &user)
    {
        return f.sim->state().findMembership(teamId, user);
    }
    QStringList keysOf(const QString &teamId, const QString &user)
    {
        QStringList tokens;
        for (const SimKey &k : std::as_const(f.sim->state().keys)) {
            if (k.teamId.value_or(QString()) == teamId && k.userId.value_or(QString()) == user)
                tokens.append(k.token);
        }
        return tokens;
    }

private slots:
    void init()
    {
        DatabaseLocation location;
        const QString dbError = m_testDb.create(QStringLiteral("console_members"), &location);
        QVERIFY2(dbError.isEmpty(), qPrintable(dbError));
        QVERIFY(f.start(QStringLiteral("gui-tester"),
                        location.engine == DatabaseLocation::Engine::Sqlite ? location.sqlitePath : location.displayUrl()));
        takeShownErrors();
    }
    void cleanup()
    {
        m_panel = nullptr;
        m_window.reset();
        f.stop();
        setNextConfirmAnswers({});
    }

    void membersSectionListsTheOwnerAfterCreate()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        openWindowOn(acme);
        QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(cell(QStringLiteral("kc-1"), MemberTableModel::Role), QStringLiteral("★ owner"));
        QCOMPARE(cell(QStringLiteral("kc-1"), MemberTableModel::Status), QStringLiteral("active"));
        QCOMPARE(cell(QStringLiteral("kc-1"), MemberTableModel::Key), acme.keyName);
        auto *summary = child<QLabel>(m_panel, "membersSummary");
        QVERIFY2(summary->text().contains(QStringLiteral("1 member — as of ")), qPrintable(summary->text()));
        // The proxy's own admin identity in every team created with the master key is no stranger.
        QVERIFY2(!summary->text().contains(QLatin1String("unknown")), qPrintable(summary->text()));
        auto *hint = child<QLabel>(m_panel, "membersHint");
        QVERIFY2(hint->text().contains(QLatin1String("Only the owner so far")), qPrintable(hint->text()));
        QCOMPARE(membersColumn(acme), 1);
        // The owner cannot be removed, and says why, in the tooltip and under the table.
        selectMember(QStringLiteral("kc-1"));
        QVERIFY(!button("memberRemoveButton")->isEnabled());
        QVERIFY(!button("makeOwnerButton")->isEnabled());
        QVERIFY(button("memberBudgetButton")->isEnabled());
        QVERIFY(button("memberRemoveButton")->toolTip().contains(QLatin1String("make another member the owner first")));
        QVERIFY2(hint->text().contains(QLatin1String("owns the organization and cannot be removed")), qPrintable(hint->text()));
        QTest::keyClick(m_panel->table(), Qt::Key_Delete); // the table's Delete does nothing for the owner
        QTest::qWait(100);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(membership(acme.id, QStringLiteral("kc-1")));
    }

    // The user ids are read whole: the column is as wide as the longest shown needs (not 9 em).
    void theUserColumnFitsTheUserIds()
    {
        const QString longId = QStringLiteral("demo-dunder-mifflin-member-1");
        const Organization o = f.createDirectly(QStringLiteral("Dunder Co"), 250.0, longId);
        QVERIFY(o.status == OrgStatus::Active);
        openWindowOn(o);
        const QTableView *table = m_panel->table();
        const int needed = table->fontMetrics().horizontalAdvance(longId);
        QVERIFY2(table->columnWidth(MemberTableModel::User) > needed,
                 qPrintable(QStringLiteral("%1 <= %2").arg(table->columnWidth(MemberTableModel::User)).arg(needed)));
    }

    // Deleting an organization takes its members' keys with the team: the question says so, and how many.
    void deletingAnOrganizationSaysItsMembersKeysGoToo()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        addDirectly(acme, QStringLiteral("kc-2"), std::nullopt);
        addDirectly(acme, QStringLiteral("kc-3"), std::nullopt);
        openWindowOn(acme);
        QString asked;
        Test::whenModal(this, "confirmDeleteDialog", [&asked](QWidget *d) {
            for (const QLabel *l : d->findChildren<QLabel *>())
                asked += l->text();
            static_cast<QDialog *>(d)->reject();
        });
        m_window->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QLatin1String("with the keys of its 3 members")), qPrintable(asked));
        QVERIFY(f.sim->state().teams.contains(acme.id)); // not deleted: the user said no
    }

    void addMemberDialogRunsTheStepsAndShowsTheKeyOnce()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        openWindowOn(acme);
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::AltModifier); // Add member… by its mnemonic
        AddMemberDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AddMemberDialog *>()) && dialog->isVisible());
        fillAddMemberForm(dialog);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(Test::mnemonicClashes(dialog), QStringList());
        QCOMPARE(f.sim->state().keys.size(), 1); // nothing sent yet
        QTest::keyClick(child<QLineEdit>(dialog, "userEdit"), Qt::Key_Return); // Enter adds

        auto *steps = child<QTreeWidget>(dialog, "stepList");
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(kMemberStepCount - 1)->text(1) == QLatin1String("done"), 15000);
        for (int i = 0; i < kMemberStepCount; ++i)
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("done"));
        QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), kMemberStepCount);
        QVERIFY(child<QLabel>(dialog, "outcome")->text().contains(QLatin1String("$50.00")));
        QCOMPARE(Test::mnemonicClashes(dialog), QStringList());
        auto *key = child<QLineEdit>(dialog, "keyEdit");
        QVERIFY(key->text().startsWith(QLatin1String("sk-")));
        const QString rawKey = key->text();

        // On the simulator: the membership with its budget, and a key bound to the user and team.
        const SimMembership *m = membership(acme.id, QStringLiteral("kc-2"));
        QVERIFY(m && m->budget);
        QCOMPARE(m->budget->maxBudget.value_or(-1), 50.0);
        QCOMPARE(m->budget->budgetDuration.value_or(QString()), QStringLiteral("30d"));
        const SimKey simKey = f.sim->state().keys.value(sha256(rawKey));
        QCOMPARE(simKey.userId.value_or(QString()), QStringLiteral("kc-2"));
        QCOMPARE(simKey.teamId.value_or(QString()), acme.id);

        // The key is shown once: neither Esc nor the window's close button loses it unasked.
        auto *close = child<QPushButton>(dialog, "closeButton");
        QVERIFY(!close->isEnabled());
        setNextConfirmAnswers({false});
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        setNextConfirmAnswers({false});
        dialog->close();
        QVERIFY(dialog->isVisible());
        QCOMPARE(key->text(), rawKey);
        child<QPushButton>(dialog, "copyKeyButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), rawKey);
        child<QCheckBox>(dialog, "keyStoredCheck")->setChecked(true);
        QVERIFY(close->isEnabled());
        const QPointer<AddMemberDialog> gone(dialog);
        close->click();
        QTRY_VERIFY(!gone); // closed and deleted, the key with it

        // The table shows the new member, and the organization list counts them.
        QTRY_COMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Budget), QStringLiteral("$50.00"));
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Role), QStringLiteral("member"));
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Added).endsWith(QLatin1String("by gui-tester")), true);
        QTRY_COMPARE(membersColumn(acme), 2);
        QVERIFY(takeShownErrors().isEmpty());
    }

    void addMemberFailureIsCleanedUpAndCanBeRetried()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        openWindowOn(acme);
        QString error;
        f.sim->faults().add(*SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("/key/generate")}, {QStringLiteral("status"), 500}}, &error));
        button("addMemberButton")->click();
        AddMemberDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<AddMemberDialog *>()) && dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("kc-9"));
        child<QPushButton>(dialog, "addButton")->click();
        auto *steps = child<QTreeWidget>(dialog, "stepList");
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(int(MemberStep::GenerateKey))->text(1) == QLatin1String("failed"), 15000);
        QTRY_VERIFY(child<QLabel>(dialog, "outcome")->text().contains(QLatin1String("Cleaned up")));
        QVERIFY(!membership(acme.id, QStringLiteral("kc-9")));
        QVERIFY(keysOf(acme.id, QStringLiteral("kc-9")).isEmpty());
        // Back to the form, and again once the proxy works.
        f.sim->faults().clear();
        auto *back = child<QPushButton>(dialog, "backButton");
        QVERIFY(back->isVisible());
        back->click();
        QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("kc-9"));
        child<QPushButton>(dialog, "addButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(kMemberStepCount - 1)->text(1) == QLatin1String("done"), 15000);
        QVERIFY(membership(acme.id, QStringLiteral("kc-9")));
        QCOMPARE(keysOf(acme.id, QStringLiteral("kc-9")).size(), 1);
        child<QCheckBox>(dialog, "keyStoredCheck")->setChecked(true);
        child<QPushButton>(dialog, "closeButton")->click();
        QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    }

    void changeBudgetBlockAndRotate()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        const AddMemberResult added = addDirectly(acme, QStringLiteral("kc-2"), 50.0);
        const QString oldHash = added.member.keyHash;
        openWindowOn(acme);
        selectMember(QStringLiteral("kc-2"));
        // Change budget.
        QString current;
        QStringList clashes;
        Test::whenModal(this, "memberBudgetDialog", [&current, &clashes](QWidget *d) {
            current = d->findChild<QLabel *>(QStringLiteral("memberBudgetCurrent"))->text();
            clashes = Test::mnemonicClashes(d);
            d->findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"))->setValue(80);
            static_cast<QDialog *>(d)->accept();
        });
        button("memberBudgetButton")->click();
        QVERIFY2(current.contains(QLatin1String("budget $50.00")), qPrintable(current));
        QCOMPARE(clashes, QStringList());
        QTRY_COMPARE(membership(acme.id, QStringLiteral("kc-2"))->budget->maxBudget.value_or(-1), 80.0);
        QTRY_COMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Budget), QStringLiteral("$80.00"));

        // Block asks first: "no" changes nothing.
        selectMember(QStringLiteral("kc-2"));
        setNextConfirmAnswers({false});
        button("memberBlockButton")->click();
        QTest::qWait(100);
        QVERIFY(!f.sim->state().keys.value(oldHash).blocked.value_or(false));
        setNextConfirmAnswers({true});
        button("memberBlockButton")->click();
        QTRY_VERIFY(f.sim->state().keys.value(oldHash).blocked.value_or(false));
        QTRY_COMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Status), QStringLiteral("key blocked"));
        QVERIFY(cell(QStringLiteral("kc-2"), MemberTableModel::Key).endsWith(QLatin1String("(blocked)")));
        selectMember(QStringLiteral("kc-2"));
        QCOMPARE(button("memberBlockButton")->text(), QStringLiteral("Unblock ke&y"));
        QCOMPARE(Test::mnemonicClashes(m_window.get()), QStringList()); // the pane's and the section's letters
        button("memberBlockButton")->click(); // unblocking is not asked
        QTRY_VERIFY(!f.sim->state().keys.value(oldHash).blocked.value_or(false));
        QTRY_COMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Status), QStringLiteral("active"));

        // Rotate: a new key, shown once; the old one is gone from the proxy.
        selectMember(QStringLiteral("kc-2"));
        QString newKey;
        setNextConfirmAnswers({true});
        Test::whenModal(this, "showKeyDialog", [&newKey](QWidget *d) {
            newKey = d->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text();
            QVERIFY(d->windowTitle().contains(QLatin1String("kc-2 in Acme Corp")));
            d->findChild<QCheckBox *>(QStringLiteral("keyStoredCheck"))->setChecked(true);
            static_cast<QDialog *>(d)->accept();
        });
        button("memberRotateButton")->click();
        QTRY_VERIFY(newKey.startsWith(QLatin1String("sk-")));
        QTRY_VERIFY(!f.sim->state().keys.contains(oldHash));
        QCOMPARE(keysOf(acme.id, QStringLiteral("kc-2")), QStringList {sha256(newKey)});
        QTRY_VERIFY(cell(QStringLiteral("kc-2"), MemberTableModel::Key).endsWith(newKey.right(4)));
        QVERIFY(takeShownErrors().isEmpty());
    }

    // A member's own budget starts at the usual suggestion, or at the organization's budget where
    // that is less: unticking "No own budget" in a $50 organization does not offer $100.
    void anOwnBudgetStartsWithinTheOrganizations()
    {
        Organization small;
        small.name = QStringLiteral("Small Co");
        small.maxBudget = 50.0;
        Member member;
        member.userId = QStringLiteral("kc-9");
        MemberBudgetDialog dialog(small, member, 0.0);
        child<QCheckBox>(&dialog, "unlimitedCheck")->setChecked(false);
        QCOMPARE(child<QDoubleSpinBox>(&dialog, "budgetSpin")->value(), 50.0);
        QCOMPARE(MemberBudgetDialog::suggestedBudget(small), 50.0);
        small.maxBudget.reset();
        QCOMPARE(MemberBudgetDialog::suggestedBudget(small), 100.0);
    }

    void removeNeedsTheTypedUserIdAndTakesTheKeys()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        addDirectly(acme, QStringLiteral("kc-2"), std::nullopt);
        openWindowOn(acme);
        QCOMPARE(membersColumn(acme), 2);
        QVERIFY(!keysOf(acme.id, QStringLiteral("kc-2")).isEmpty());
        selectMember(QStringLiteral("kc-2"));
        QVERIFY(button("memberRemoveButton")->isEnabled());
        // Cancelled: nothing is removed.
        Test::whenModal(this, "confirmDeleteDialog", [](QWidget *d) { static_cast<QDialog *>(d)->reject(); });
        button("memberRemoveButton")->click();
        QVERIFY(membership(acme.id, QStringLiteral("kc-2")));
        Test::whenModal(this, "confirmDeleteDialog", [](QWidget *d) {
            auto *typed = d->findChild<QLineEdit *>(QStringLiteral("typedName"));
            auto *confirmButton = d->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
            QTest::keyClicks(typed, QStringLiteral("kc-"));
            QVERIFY(!confirmButton->isEnabled());
            QTest::keyClicks(typed, QStringLiteral("2"));
            QVERIFY(confirmButton->isEnabled());
            confirmButton->click();
        });
        m_window->activateWindow(); // back from the cancelled dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_panel->table()->setFocus();
        QTest::keyClick(m_panel->table(), Qt::Key_Delete); // the table's Delete is Remove…
        QTRY_VERIFY2_WITH_TIMEOUT(!membership(acme.id, QStringLiteral("kc-2")), qPrintable(takeShownErrors().join(u'\n')), 10000);
        QVERIFY(keysOf(acme.id, QStringLiteral("kc-2")).isEmpty());
        QTRY_COMPARE(m_panel->model()->rowCount(), 1);
        QTRY_COMPARE(membersColumn(acme), 1);
        QVERIFY(membership(acme.id, QStringLiteral("kc-1"))); // the owner stays
        QVERIFY(takeShownErrors().isEmpty());
    }

    // Another desktop is removing kc-2 right now (its claim names bob.support): the members table
    // says who since when, and the member's actions wait, saying why. Once it is put back there,
    // the member is active here again.
    void aMemberBeingRemovedElsewhereShowsWhoAndWaits()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        addDirectly(acme, QStringLiteral("kc-2"), std::nullopt);
        const OperationOwner desk7 {QStringLiteral("desk-7"), 4711, 99, QStringLiteral("bob.support")};
        QVERIFY(*onDatabase<bool>([&](OrgRepository &r) {
                     const auto m = r.members().find(acme.id, QStringLiteral("kc-2"));
                     return r.members().claim(acme.id, m.value->userId, m.value->rowVersion, desk7, true);
                 }).value);
        openWindowOn(acme);
        QVERIFY2(cell(QStringLiteral("kc-2"), MemberTableModel::Status)
                     .startsWith(QStringLiteral("being removed by bob.support since ")),
                 qPrintable(cell(QStringLiteral("kc-2"), MemberTableModel::Status)));
        selectMember(QStringLiteral("kc-2"));
        for (const char *name : {"memberRemoveButton", "memberBudgetButton", "memberRotateButton", "memberBlockButton"}) {
            QVERIFY2(!button(name)->isEnabled(), name);
            QVERIFY2(button(name)->toolTip().contains(QStringLiteral("kc-2 is being removed by bob.support since ")),
                     qPrintable(button(name)->toolTip()));
        }
        QVERIFY(onDatabase<bool>([&](OrgRepository &r) {
                    return r.members().setStatus(acme.id, QStringLiteral("kc-2"), MemberStatus::Active);
                }).ok());
        openWindowOn(acme);
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Status), QStringLiteral("active"));
        selectMember(QStringLiteral("kc-2"));
        QVERIFY(button("memberRemoveButton")->isEnabled());
    }

    void makeOwnerMovesTheBadge()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        addDirectly(acme, QStringLiteral("kc-3"), 20.0);
        openWindowOn(acme);
        selectMember(QStringLiteral("kc-3"));
        QVERIFY(button("makeOwnerButton")->isEnabled());
        setNextConfirmAnswers({false});
        button("makeOwnerButton")->click();
        QTest::qWait(100);
        QCOMPARE(cell(QStringLiteral("kc-1"), MemberTableModel::Role), QStringLiteral("★ owner"));
        setNextConfirmAnswers({true});
        button("makeOwnerButton")->click();
        QTRY_COMPARE(cell(QStringLiteral("kc-3"), MemberTableModel::Role), QStringLiteral("★ owner"));
        QCOMPARE(cell(QStringLiteral("kc-1"), MemberTableModel::Role), QStringLiteral("member"));
        QTRY_COMPARE(m_window->model()->find(acme.id)->ownerUserId, QStringLiteral("kc-3"));
        // The former owner can now be removed; the new one cannot.
        selectMember(QStringLiteral("kc-1"));
        QVERIFY(button("memberRemoveButton")->isEnabled());
        selectMember(QStringLiteral("kc-3"));
        QVERIFY(!button("memberRemoveButton")->isEnabled());
    }

    void overBudgetIsSaidInWordsAndAnUnreadableProxyToo()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        const AddMemberResult added = addDirectly(acme, QStringLiteral("kc-2"), 50.0);
        QVERIFY(f.sim->recordSpend(added.member.keyHash, 53.4, QStringLiteral("gpt-4o"), {}, 100, 10));
        openWindowOn(acme);
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Status), QStringLiteral("over budget"));
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Remaining), QStringLiteral("over by $3.40"));
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Spend), QStringLiteral("$53.40"));
        QVERIFY(m_panel->model()
                    ->index(m_panel->model()->rowOf(QStringLiteral("kc-2")), MemberTableModel::Remaining)
                    .data(MemberTableModel::FractionUsedRole)
                    .toDouble()
                > 0.99);
        // The proxy cannot be read: said clearly, and the stored figures are still shown.
        QString error;
        f.sim->faults().add(*SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("/team/info")}, {QStringLiteral("status"), 500}}, &error));
        QSignalSpy shown(m_panel, &MembersPanel::membersShown);
        m_window->detailPane()->load(QString()); // shown anew: read whole again
        m_window->detailPane()->load(acme.id);
        QVERIFY(shown.wait(15000));
        auto *summary = child<QLabel>(m_panel, "membersSummary");
        QVERIFY2(summary->text().contains(QLatin1String("the proxy could not be read")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("stored")));
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(cell(QStringLiteral("kc-2"), MemberTableModel::Spend), QStringLiteral("$53.40")); // stored at the last read
    }

    // The import dialog takes a member file too: bad lines and unknown organizations flagged in the
    // preview before anything is sent; then each member added with their own key, shown once.
    void importDialogAddsMembersFromAFile()
    {
        const Organization org = createDirectly(QStringLiteral("Import Co"));
        addDirectly(org, QStringLiteral("kc-there"), 5.0);
        QFile bad(f.dir->filePath(QStringLiteral("bad-members.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("organization,user_id,budget\nImport Co,kc-a,5\nNobody Inc,kc-b,5\nImport Co,,5\n");
        bad.close();
        ImportDialog dialog(f.context.get(), f.clipboard.get());
        dialog.show();
        auto *preview = child<QTableWidget>(&dialog, "importPreview");
        auto *import = child<QPushButton>(&dialog, "importButton");
        dialog.loadFile(bad.fileName());
        QTRY_VERIFY(!preview->item(1, 4)->text().startsWith(QLatin1String("checking")));
        QCOMPARE(preview->rowCount(), 3);
        QVERIFY2(preview->item(1, 4)->text().startsWith(QLatin1String("problem: ")), qPrintable(preview->item(1, 4)->text()));
        QVERIFY2(preview->item(2, 4)->text().startsWith(QLatin1String("problem: ")), qPrintable(preview->item(2, 4)->text()));
        QVERIFY(!import->isEnabled());
        QFile good(f.dir->filePath(QStringLiteral("members.csv")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            "organization,user_id,budget,duration\nImport Co,kc-a,5,30d\nImport Co,kc-b,7,30d\nImport Co,kc-there,5,30d\n");
        good.close();
        dialog.loadFile(good.fileName());
        QTRY_VERIFY(import->isEnabled());
        QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("ready"));
        QVERIFY2(preview->item(2, 4)->text().contains(QLatin1String("skipped")), qPrintable(preview->item(2, 4)->text()));
        QVERIFY(!membership(org.id, QStringLiteral("kc-a"))); // nothing sent yet
        Test::whenModal(this, "showKeyDialog", [](QWidget *d) {
            d->findChild<QCheckBox *>(QStringLiteral("keyStoredCheck"))->setChecked(true);
            static_cast<QDialog *>(d)->accept();
        });
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        import->click();
        QVERIFY(imported.wait(20000));
        for (const QString &user : {QStringLiteral("kc-a"), QStringLiteral("kc-b")}) {
            QVERIFY2(membership(org.id, user), qPrintable(user));
            QCOMPARE(keysOf(org.id, user).size(), 1);
        }
        QCOMPARE(membership(org.id, QStringLiteral("kc-b"))->budget->maxBudget.value_or(-1), 7.0);
        QCOMPARE(keysOf(org.id, QStringLiteral("kc-there")).size(), 1); // skipped: not a second key
        QVERIFY(preview->item(0, 4)->text().startsWith(QLatin1String("added")));
    }
};

QTEST_MAIN(TestConsoleMembers)
#include "test_console_members.moc"
