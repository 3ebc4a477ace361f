// The console driven as a user would, offscreen, against litellm-sim and a real SQLite database:
// the wizard's happy path and failures, the duplicate-name check, Settings' Test connection, the
// main window, and the item models under QAbstractItemModelTester.
#include "services/core/AppContext.h"
#include "services/core/Settings.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/ClipboardGuard.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgFilterProxyModel.h"
#include "ui/OrgTableModel.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;

namespace {
const QString kMaster = QStringLiteral("sk-master-console-test");

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ORGCONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LiteLlmSimulator> m_sim;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ClipboardGuard> m_clipboard;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    void fillDetails(CreateOrgWizard &wizard, const QString &name)
    {
        QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(&wizard, "ownerEdit"), QStringLiteral("kc-123"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "contactEmailEdit"), QStringLiteral("ops@example.com"));
        QTRY_VERIFY(child<QLabel>(&wizard, "nameStatus")->text().contains(QLatin1String("Available")));
    }
    void whenModal(const char *name, std::function<void(QWidget *)> act) { Test::whenModal(this, name, std::move(act)); }

    Organization createDirectly(const QString &name)
    {
        std::optional<CreateResult> result;
        auto saga = m_context->newCreation();
        NewOrganization n;
        n.name = name;
        n.ownerUserId = QStringLiteral("kc-1");
        n.maxBudget = 250;
        n.budgetDuration = QStringLiteral("30d");
        saga->start(n, {}, [&](const CreateResult &r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result ? result->organization : Organization {};
    }

private slots:
    void init()
    {
        qputenv("ORGCONSOLE_UI_TEST", "1");
        m_dir = std::make_unique<QTemporaryDir>();
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        ContextOptions o;
        o.configDir = m_dir->path();
        o.proxyUrl = m_sim->baseUrl();
        o.masterKey = kMaster;
        o.operatorName = QStringLiteral("gui-tester");
        m_context = std::make_unique<AppContext>(o);
        std::optional<OperationError> error;
        m_context->initialize(true, [&](OperationError e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->message));
        m_clipboard = std::make_unique<ClipboardGuard>();
    }
    void cleanup()
    {
        m_clipboard.reset();
        m_context.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void wizardRefusesUnsafeContactName()
    {
        CreateOrgWizard wizard(m_context.get(), m_clipboard.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillDetails(wizard, QStringLiteral("Contact Co"));
        auto *contact = child<QLineEdit>(&wizard, "contactNameEdit");
        contact->setText(QStringLiteral("Eve") + QChar(0x1b) + QStringLiteral("[2J")); // as pasted
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // said beside the field, Next stays off
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Details));
        QVERIFY(child<QLabel>(&wizard, "contactNameMessage")->text().contains(QLatin1String("contact name contains control")));
        contact->setText(QStringLiteral("Eve Ops"));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Budget));
    }

    void wizardHappyPath()
    {
        CreateOrgWizard wizard(m_context.get(), m_clipboard.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled()); // name and owner are required
        fillDetails(wizard, QStringLiteral("Acme Corp"));
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Budget));
        auto *unlimited = child<QCheckBox>(&wizard, "unlimitedCheck");
        QVERIFY(!unlimited->isChecked()); // without settings a budget is suggested, not "unlimited"
        auto *budget = child<QDoubleSpinBox>(&wizard, "budgetSpin");
        QVERIFY(budget->isEnabled());
        QCOMPARE(budget->value(), kSuggestedBudget);
        budget->setValue(500);
        next->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Review));
        QVERIFY(child<QLabel>(&wizard, "reviewSummary")->text().contains(QLatin1String("$500.00")));
        wizard.button(QWizard::CommitButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Provisioning));
        auto *steps = child<QTreeWidget>(&wizard, "stepList");
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(kCreateStepCount - 1)->text(1) == QLatin1String("done"), 15000);
        for (int i = 0; i < kCreateStepCount; ++i)
            QCOMPARE(steps->topLevelItem(i)->text(1), QStringLiteral("done"));
        QCOMPARE(child<QProgressBar>(&wizard, "progressBar")->value(), kCreateStepCount);
        saveShot(&wizard, QStringLiteral("wizard-provisioning"));
        QTRY_VERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::ResultId));

        // The budget shown is the simulator's, and the key is the one the simulator hashed.
        const SimTeam team = m_sim->state().teams.values().first();
        QCOMPARE(team.maxBudget.value_or(-1), 500.0);
        QVERIFY(child<QLabel>(&wizard, "resultBudget")->text().contains(QLatin1String("$500.00")));
        auto *key = child<QLineEdit>(&wizard, "keyEdit");
        QVERIFY(key->text().startsWith(QLatin1String("sk-")));
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(key->text().toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY(m_sim->state().keys.contains(hash));
        saveShot(&wizard, QStringLiteral("wizard-result"));
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled()); // "I have stored the key" must be ticked
        child<QPushButton>(&wizard, "copyKeyButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), key->text());
        child<QCheckBox>(&wizard, "keyStoredCheck")->setChecked(true);
        QVERIFY(finish->isEnabled());
        finish->click();
        QVERIFY(key->text().isEmpty()); // not kept in the widget
    }

    void wizardShowsFailureAtKeyGeneration()
    {
        QString error;
        m_sim->faults().add(*SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("/key/generate")}, {QStringLiteral("status"), 500}}, &error));
        CreateOrgWizard wizard(m_context.get(), m_clipboard.get());
        wizard.show();
        fillDetails(wizard, QStringLiteral("Broken Key Inc"));
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::CommitButton)->click();
        auto *steps = child<QTreeWidget>(&wizard, "stepList");
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(int(CreateStep::GenerateKey))->text(1) == QLatin1String("failed"), 15000);
        QCOMPARE(steps->topLevelItem(int(CreateStep::CreateTeam))->text(1), QStringLiteral("done"));
        QCOMPARE(steps->topLevelItem(int(CreateStep::Save))->text(1), QStringLiteral("pending"));
        auto *outcome = child<QLabel>(&wizard, "outcome");
        QTRY_VERIFY(outcome->text().contains(QLatin1String("Generate key failed")));
        QVERIFY(outcome->text().contains(QLatin1String("Cleaned up")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(m_sim->state().teams.size(), 0);
        QCOMPARE(m_sim->state().keys.size(), 0);
        // Once the proxy works again, the same input goes through with "Try again".
        m_sim->faults().clear();
        auto *retry = child<QPushButton>(&wizard, "retryButton");
        QVERIFY(retry->isVisible());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItem(kCreateStepCount - 1)->text(1) == QLatin1String("done"), 15000);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!retry->isVisible());
        QCOMPARE(m_sim->state().teams.size(), 1);
        QCOMPARE(m_sim->state().keys.size(), 1);
    }

    void wizardRefusesDuplicateName()
    {
        createDirectly(QStringLiteral("Acme Corp"));
        CreateOrgWizard wizard(m_context.get(), m_clipboard.get());
        wizard.show();
        QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("  ACME   corp"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "ownerEdit"), QStringLiteral("kc-9"));
        QTRY_VERIFY(child<QLabel>(&wizard, "nameStatus")->text().contains(QLatin1String("already taken")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Details));
        QCOMPARE(m_sim->state().teams.size(), 1);
    }

    void settingsTestConnectionWithWrongKey()
    {
        SettingsDialog dialog(m_context.get());
        dialog.show();
        child<QLineEdit>(&dialog, "profileNameEdit")->setText(QStringLiteral("local"));
        child<QLineEdit>(&dialog, "urlEdit")->setText(m_sim->baseUrl());
        QTest::keyClicks(child<QLineEdit>(&dialog, "masterKeyEdit"), QStringLiteral("sk-not-the-master"));
        QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
        child<QPushButton>(&dialog, "testButton")->click();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        auto *result = child<QLabel>(&dialog, "testResult");
        QVERIFY2(result->text().contains(QLatin1String("refused the master key")), qPrintable(result->text()));
        // And with the right key.
        child<QLineEdit>(&dialog, "masterKeyEdit")->setText(kMaster);
        child<QPushButton>(&dialog, "testButton")->click();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.last().at(0).toBool(), true);
        QVERIFY(result->text().contains(QLatin1String("Connected")));
        // The database "Test" opens the given database on a thread of its own, and creates nothing.
        const QString absent = m_dir->filePath(QStringLiteral("other.db"));
        child<QLineEdit>(&dialog, "databaseEdit")->setText(absent);
        child<QPushButton>(&dialog, "databaseTestButton")->click();
        QTRY_VERIFY(child<QLabel>(&dialog, "databaseResult")->text().contains(QLatin1String("No database file")));
        QVERIFY(!QFileInfo::exists(absent));
        child<QLineEdit>(&dialog, "databaseEdit")->setText(m_context->databaseLocation().sqlitePath);
        child<QPushButton>(&dialog, "databaseTestButton")->click();
        QTRY_VERIFY(child<QLabel>(&dialog, "databaseResult")->text().contains(QLatin1String("Connected")));
        child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        child<QPushButton>(&dialog, "databaseTestButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "databaseResult")->text().startsWith(QStringLiteral("✖")), 15000);
        // A remote http:// URL is refused before anything is sent.
        child<QLineEdit>(&dialog, "urlEdit")->setText(QStringLiteral("http://litellm.example.com"));
        child<QPushButton>(&dialog, "testButton")->click();
        QVERIFY(result->text().contains(QLatin1String("only allowed to a proxy on this machine")));
    }

    void sandboxByDefaultOnlyWithoutAProfile()
    {
        QTemporaryDir dir;
        ContextOptions o;
        o.configDir = dir.path();
        o.sandboxWhenUnconfigured = true;
        QVERIFY(AppContext(o).isSandbox());
        ProxyProfile p;
        p.name = QStringLiteral("production");
        p.baseUrl = QUrl(QStringLiteral("https://litellm.example.com"));
        AppContext(o).settings().saveProfile(p);
        QVERIFY(!AppContext(o).isSandbox());
        o.sandbox = true; // --sandbox wins
        QVERIFY(AppContext(o).isSandbox());
    }

    void connectsOnceAProfileIsConfigured()
    {
        QTemporaryDir dir;
        ContextOptions o;
        o.configDir = dir.path();
        o.masterKey = kMaster;
        AppContext context(o);
        std::optional<OperationError> error;
        context.initialize(true, [&](OperationError e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->kind, OperationError::Kind::BadInput);
        QVERIFY2(error->message.contains(QLatin1String("No proxy is configured")), qPrintable(error->message));
        QVERIFY(!context.client());
        ProxyProfile p;
        p.name = QStringLiteral("local");
        p.baseUrl = QUrl(m_sim->baseUrl());
        context.settings().saveProfile(p); // as Settings does
        error.reset();
        context.connectProxy([&](OperationError e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->message));
        QVERIFY(context.client());
        QCOMPARE(context.profile().name, QStringLiteral("local"));
        std::optional<Result<ConnectionReport>> report;
        context.client()->testConnection([&](Result<ConnectionReport> r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QVERIFY(report->ok() && report->value->adminKey);
    }

    void mainWindowListsFiltersAndShowsDetails()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        createDirectly(QStringLiteral("Globex"));
        createDirectly(QStringLiteral("Initech"));
        m_sim->recordSpend(acme.keyHash, 62.5, QStringLiteral("gpt-4o"), QDate::currentDate().toString(Qt::ISODate), 1000, 100);
        m_sim->recordSpend(acme.keyHash, 20.0, QStringLiteral("gpt-4o"), QDate::currentDate().addDays(-3).toString(Qt::ISODate),
                           1000, 100);
        MainWindow window(m_context.get(), m_clipboard.get());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.refreshFromProxy();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.proxyModel()->rowCount(), 3);
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("filterEdit")), QStringLiteral("glo"));
        QCOMPARE(window.proxyModel()->rowCount(), 1);
        QTest::keyClick(window.findChild<QLineEdit *>(QStringLiteral("filterEdit")), Qt::Key_Escape); // Esc empties it
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->text(), QString());
        QCOMPARE(window.proxyModel()->rowCount(), 3);
        const int row = window.proxyModel()->mapFromSource(window.model()->index(window.model()->rowOf(acme.id), 0)).row();
        window.table()->selectRow(row);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("detailTitle"))->text(), QStringLiteral("Acme Corp"));
        auto *gauge = window.findChild<QProgressBar *>(QStringLiteral("budgetGauge"));
        QVERIFY2(gauge->format().contains(QLatin1String("$82.50 of $250.00")), qPrintable(gauge->format()));
        QTRY_VERIFY(window.findChild<QTreeWidget *>(QStringLiteral("auditList"))->topLevelItemCount() >= 1);
        QTest::qWait(300); // let the chart and key info arrive
        saveShot(&window, QStringLiteral("main-window"));
        saveShot(window.detailPane(), QStringLiteral("detail-pane"));
        // After a delete, the row the table shows selected is the one the pane shows.
        emit window.detailPane()->organizationDeleted(acme.id);
        QCOMPARE(window.model()->rowCount(), 2);
        const QModelIndexList selected = window.table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QTRY_COMPARE(window.detailPane()->organizationId(), selected.first().data(OrgTableModel::IdRole).toString());
    }

    void detailActionsChangeBudgetRotateBlockDelete()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        MainWindow window(m_context.get(), m_clipboard.get());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(10000));
        window.table()->selectRow(0);
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("detailTitle"))->text(), QStringLiteral("Acme Corp"));
        // Change budget through the dialog.
        whenModal("budgetDialog", [](QWidget *d) {
            d->findChild<QCheckBox *>(QStringLiteral("unlimitedCheck"))->setChecked(false);
            d->findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"))->setValue(777);
            static_cast<QDialog *>(d)->accept();
        });
        window.findChild<QPushButton *>(QStringLiteral("changeBudgetButton"))->click();
        QTRY_COMPARE(m_sim->state().teams.value(acme.id).maxBudget.value_or(-1), 777.0);
        QTRY_COMPARE(window.model()->find(acme.id)->maxBudget.value_or(-1), 777.0);
        // Block the key: asked first; "no" changes nothing.
        setNextConfirmAnswers({false});
        window.findChild<QPushButton *>(QStringLiteral("blockKeyButton"))->click();
        QVERIFY(!window.model()->find(acme.id)->keyBlocked);
        QVERIFY(!m_sim->state().keys.value(acme.keyHash).blocked.value_or(false));
        setNextConfirmAnswers({true});
        window.findChild<QPushButton *>(QStringLiteral("blockKeyButton"))->click();
        QTRY_VERIFY(window.model()->find(acme.id)->keyBlocked);
        QCOMPARE(window.model()->index(window.model()->rowOf(acme.id), OrgTableModel::Status).data().toString(),
                 QStringLiteral("key blocked"));
        QVERIFY(m_sim->state().keys.value(acme.keyHash).blocked.value_or(false));
        // Rotate: confirmed through the seam, then the key is shown once.
        setNextConfirmAnswers({true});
        whenModal("showKeyDialog", [](QWidget *d) {
            QVERIFY(d->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->text().startsWith(QLatin1String("sk-")));
            d->findChild<QCheckBox *>(QStringLiteral("keyStoredCheck"))->setChecked(true);
            static_cast<QDialog *>(d)->accept();
        });
        window.findChild<QPushButton *>(QStringLiteral("rotateKeyButton"))->click();
        QTRY_VERIFY(window.detailPane()->organization().keyHash != acme.keyHash); // the list's rows hold no key hash
        QCOMPARE(m_sim->state().keys.size(), 1);
        // Delete: the button stays disabled until the name is typed exactly.
        whenModal("confirmDeleteDialog", [](QWidget *d) {
            auto *typed = d->findChild<QLineEdit *>(QStringLiteral("typedName"));
            auto *confirmButton = d->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
            QTest::keyClicks(typed, QStringLiteral("Acme"));
            QVERIFY(!confirmButton->isEnabled());
            QTest::keyClicks(typed, QStringLiteral(" Corp"));
            QVERIFY(confirmButton->isEnabled());
            confirmButton->click();
        });
        window.findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        QTRY_COMPARE(window.model()->rowCount(), 0);
        QCOMPARE(m_sim->state().teams.size(), 0);
        QCOMPARE(m_sim->state().keys.size(), 0);
        QVERIFY(takeShownErrors().isEmpty());
    }

    void maintenanceReconcilesAndShowsTheAuditLog()
    {
        const Organization acme = createDirectly(QStringLiteral("Acme Corp"));
        m_sim->state().teams[acme.id].maxBudget = 999.0; // changed outside the console
        MaintenanceDialog dialog(m_context.get(), m_clipboard.get());
        dialog.show();
        auto *audit = child<QTreeWidget>(&dialog, "auditLog");
        QTRY_COMPARE(audit->topLevelItemCount(), 1);
        QTest::keyClicks(child<QLineEdit>(&dialog, "auditFilter"), QStringLiteral("nobody"));
        QVERIFY(audit->topLevelItem(0)->isHidden());
        child<QLineEdit>(&dialog, "auditFilter")->clear();
        QVERIFY(!audit->topLevelItem(0)->isHidden());
        child<QPushButton>(&dialog, "compareButton")->click();
        auto *drift = child<QTreeWidget>(&dialog, "driftList");
        QTRY_COMPARE(drift->topLevelItemCount(), 1);
        QVERIFY(drift->topLevelItem(0)->text(2).contains(QLatin1String("$999.00")));
        drift->topLevelItem(0)->setSelected(true);
        setNextConfirmAnswers({true});
        QSignalSpy changed(&dialog, &MaintenanceDialog::changed);
        child<QPushButton>(&dialog, "fixButton")->click();
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(drift->topLevelItemCount(), 0);
        std::optional<Stored<Organization>> row;
        m_context->repository().run<Organization>([id = acme.id](OrgRepository &repo) { return repo.findById(id); }, this,
                                                  [&](Stored<Organization> r) { row = r; });
        QTRY_VERIFY(row.has_value());
        QCOMPARE(row->value->maxBudget.value_or(-1), 999.0);
    }

    // An orphan team of this database is deleted only after the phrase is typed; cancelling keeps it.
    void maintenanceDeletesAnOrphanOnlyAfterTheTypedPhrase()
    {
        const Organization kept = createDirectly(QStringLiteral("Kept Co"));
        const Organization orphan = createDirectly(QStringLiteral("Orphan Co"));
        std::optional<Stored<bool>> removed;
        m_context->repository().run<bool>([id = orphan.id](OrgRepository &repo) { return repo.remove(id); }, this,
                                          [&](Stored<bool> r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        MaintenanceDialog dialog(m_context.get(), m_clipboard.get());
        dialog.show();
        child<QPushButton>(&dialog, "compareButton")->click();
        auto *drift = child<QTreeWidget>(&dialog, "driftList");
        QTRY_COMPARE(drift->topLevelItemCount(), 1);
        QVERIFY(drift->topLevelItem(0)->text(2).contains(orphan.id));
        drift->topLevelItem(0)->setSelected(true);
        bool sawPhrase = false;
        whenModal("confirmDeleteDialog", [&sawPhrase, orphan](QWidget *d) {
            sawPhrase = d->findChild<QLabel *>()->text().contains(orphan.id);
            QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->isEnabled());
            static_cast<QDialog *>(d)->reject();
        });
        child<QPushButton>(&dialog, "fixButton")->click();
        QTRY_VERIFY(sawPhrase);
        QVERIFY(m_sim->state().teams.contains(orphan.id)); // cancelled: nothing deleted
        whenModal("confirmDeleteDialog", [](QWidget *d) {
            auto *typed = d->findChild<QLineEdit *>(QStringLiteral("typedName"));
            auto *button = d->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
            QTest::keyClicks(typed, QStringLiteral("delete"));
            QVERIFY(!button->isEnabled());
            QTest::keyClicks(typed, QStringLiteral(" 1"));
            QVERIFY(button->isEnabled());
            button->click();
        });
        QSignalSpy changed(&dialog, &MaintenanceDialog::changed);
        child<QPushButton>(&dialog, "fixButton")->click();
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(!m_sim->state().teams.contains(orphan.id));
        QVERIFY(m_sim->state().teams.contains(kept.id));
        QTRY_COMPARE(drift->topLevelItemCount(), 0);
    }

    void importDialogPreviewsAndImports()
    {
        QFile bad(m_dir->filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("name,owner,budget\nA,kc-1,-5\n");
        bad.close();
        ImportDialog dialog(m_context.get(), m_clipboard.get());
        dialog.show();
        dialog.loadFile(bad.fileName());
        auto *preview = child<QTableWidget>(&dialog, "importPreview");
        QCOMPARE(preview->rowCount(), 1); // the bad row is listed with its problem
        QVERIFY(preview->item(0, 4)->text().startsWith(QLatin1String("problem:")));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QFile good(m_dir->filePath(QStringLiteral("good.csv")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("name,owner,budget\nBulk One,kc-1,10\nBulk Two,kc-2,\n");
        good.close();
        dialog.loadFile(good.fileName());
        QCOMPARE(preview->rowCount(), 2);
        QTRY_VERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
        auto answer = new QTimer(this); // the keys are shown once at the end
        answer->setInterval(20);
        connect(answer, &QTimer::timeout, this, [answer] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String("showKeyDialog"))
                return;
            answer->stop();
            modal->findChild<QCheckBox *>(QStringLiteral("keyStoredCheck"))->setChecked(true);
            static_cast<QDialog *>(modal)->accept();
        });
        answer->start();
        child<QPushButton>(&dialog, "importButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(preview->item(1, 4)->text().startsWith(QLatin1String("created")), 15000);
        QTRY_VERIFY(preview->item(0, 4)->text().startsWith(QLatin1String("created")));
        QCOMPARE(m_sim->state().teams.size(), 2);
        // Loading the same file again says in the preview that both exist: nothing to import.
        QTRY_VERIFY(child<QPushButton>(&dialog, "importButton")->isVisible());
        dialog.loadFile(good.fileName());
        QTRY_VERIFY2(preview->item(0, 4)->text().startsWith(QLatin1String("exists already")),
                     qPrintable(preview->item(0, 4)->text()));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QCOMPARE(m_sim->state().teams.size(), 2);
    }

    void modelsPassTheModelTester()
    {
        OrgTableModel model;
        OrgFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Organization> orgs;
        for (int i = 0; i < 50; ++i) {
            Organization o;
            o.id = QStringLiteral("id-%1").arg(i);
            o.name = QStringLiteral("Org %1").arg(i);
            o.normalizedName = o.name.toLower();
            o.maxBudget = i % 5 ? std::optional<double>(100.0 * i) : std::nullopt;
            o.spend = i;
            orgs.append(o);
        }
        model.setOrganizations(orgs);
        proxy.sort(OrgTableModel::MaxBudget, Qt::DescendingOrder);
        QVERIFY(!proxy.index(0, 0).data(OrgTableModel::FractionUsedRole).isValid()); // unlimited sorts first in descending order
        proxy.setFilterText(QStringLiteral("org 1"));
        QCOMPARE(proxy.rowCount(), 11);
        Organization changed = orgs.at(3);
        changed.spend = 999;
        model.upsert(changed);
        Organization added;
        added.id = QStringLiteral("new");
        added.name = QStringLiteral("Org 100");
        model.upsert(added);
        QCOMPARE(proxy.rowCount(), 12);
        model.remove(QStringLiteral("id-10"));
        QCOMPARE(proxy.rowCount(), 11);
        QCOMPARE(model.rowOf(QStringLiteral("id-11")), 10);
    }

    void modelWith100kRows()
    {
        OrgTableModel model;
        OrgFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Organization> orgs;
        orgs.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            Organization o;
            o.id = QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'));
            o.name = QStringLiteral("Organization %1").arg(i);
            o.normalizedName = o.name.toLower();
            o.maxBudget = 1000.0 + i;
            o.spend = i % 700;
            orgs.append(std::move(o));
        }
        model.setOrganizations(std::move(orgs));
        QCOMPARE(proxy.rowCount(), 100000);
        proxy.sort(OrgTableModel::MaxBudget, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, OrgTableModel::Name).data().toString(), QStringLiteral("Organization 99999"));
        proxy.sort(OrgTableModel::Name);
        QCOMPARE(proxy.index(1, OrgTableModel::Name).data().toString(), QStringLiteral("Organization 1"));
        proxy.setFilterText(QStringLiteral("Organization 9999"));
        QCOMPARE(proxy.rowCount(), 11); // 9999 and 99990..99999
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 100000);
    }
};

QTEST_MAIN(TestConsole)
#include "test_console.moc"
