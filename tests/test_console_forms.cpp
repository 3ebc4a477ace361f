// The console's forms and what they say (issue 20), offscreen against litellm-sim: bulk import
// flags bad rows and database conflicts in its preview and hands out keys one row each with their
// own Copy and a private file; the wizard says what is missing beside each field and refuses a
// negative budget; trouble in the pane is said in words and red; the audit reads as words and the
// pane's history shows a failure at once; the operator is asked once; profiles never switch the
// start silently; console errors name Settings; the windows fit 1280x720.
#include "services/core/AuditText.h"
#include "services/sandbox/SandboxProxy.h"
#include "services/secrets/SecretStore.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OneTimeKeyWidget.h"
#include "ui/SettingsDialog.h"
#include "ui/SpendChartView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontMetrics>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <algorithm>

using namespace OrgConsole;

Q_DECLARE_METATYPE(OrgConsole::AuditEntry)

namespace {
AuditEntry entry(const QString &action, const QJsonObject &details)
{
    AuditEntry e;
    e.action = action;
    e.details = details;
    return e;
}
} // namespace

class TestConsoleForms : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(f.dir->filePath(name));
        [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
        file.write(content);
        return file.fileName();
    }
    std::unique_ptr<AppContext> consoleContext(bool sandbox)
    {
        ContextOptions o;
        o.configDir = f.dir->path();
        o.operatorName = QStringLiteral("gui-tester");
        o.console = true;
        o.sandboxWhenUnconfigured = sandbox;
        o.sandboxFactory = &Sandbox::startLocalProxy;
        auto context = std::make_unique<AppContext>(o);
        std::optional<OperationError> error;
        context->initialize(true, [&](OperationError e) { error = e; });
        [&] { QTRY_VERIFY(error.has_value()); }();
        m_lastStartError = error.value_or(OperationError {});
        return context;
    }
    OperationError m_lastStartError;

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        setNextConfirmAnswers({});
        setNextTextAnswers({});
        f.stop();
    }

    // Issue point 4: keys handed out several at once are rows, each with its own Copy, and can
    // be saved to a file that only the user can read (also when it replaces a readable one).
    void severalKeysHaveACopyEachAndSaveToAPrivateFile()
    {
        const QList<NamedKey> keys {{QStringLiteral("One Co"), QStringLiteral("sk-one-1111")},
                                    {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("sk-two-2222")},
                                    {QStringLiteral("Three Co"), QStringLiteral("sk-three-3333")}};
        ShowKeyDialog dialog(QStringLiteral("3 imported organizations"), keys, f.clipboard.get());
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, "keyTable");
        QCOMPARE(table->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            auto *copy = qobject_cast<QPushButton *>(table->cellWidget(row, 2));
            QVERIFY(copy);
            copy->click();
            QCOMPARE(QApplication::clipboard()->text(), keys.at(row).key);
        }
        const QString path = writeFile(QStringLiteral("keys.csv"), "old");
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(child<QPushButton>(&dialog, "saveKeysButton")->isVisible());
        QCOMPARE(child<OneTimeKeyWidget>(&dialog, "oneTimeKey")->saveKeysTo(path), QString());
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("organization,key\r"));
        QCOMPARE(lines.at(1), QByteArray("One Co,sk-one-1111\r"));
        QVERIFY2(lines.at(2).startsWith("'=cmd"), lines.at(2).constData()); // no formula for a spreadsheet
        QCOMPARE(lines.at(3), QByteArray("Three Co,sk-three-3333\r"));
        child<QCheckBox>(&dialog, "keyStoredCheck")->setChecked(true);
        dialog.accept();
    }

    // Issue point 4: the preview lists bad rows with their problem, and flags a name the database
    // has (another owner: a conflict, nothing created) before anything runs.
    // Save dialogs open in the documents folder, or in the home folder on an account without one,
    // never in the directory the console was started from.
    void saveDialogsOpenInTheDocumentsOrTheHomeFolder()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toLocal8Bit()); // no user-dirs.dirs
        const QString none = saveFolder();
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Documents")));
        const QString documents = saveFolder();
        qputenv("HOME", oldHome);
        qputenv("XDG_CONFIG_HOME", oldConfig);
        if (oldConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(QDir(none).canonicalPath(), QDir(home.path()).canonicalPath());
        QCOMPARE(QDir(documents).canonicalPath(), QDir(home.path() + QStringLiteral("/Documents")).canonicalPath());
    }

    void importPreviewFlagsBadRowsAndConflicts()
    {
        f.createDirectly(QStringLiteral("Acme Corp"), 100.0, QStringLiteral("kc-1"));
        ImportDialog dialog(f.context.get(), f.clipboard.get());
        dialog.show();
        auto *preview = child<QTableWidget>(&dialog, "importPreview");
        auto *import = child<QPushButton>(&dialog, "importButton");
        dialog.loadFile(writeFile(QStringLiteral("bad.csv"), "name,owner,budget\nacme corp,kc-9,10\nNew Co,kc-2,5\nBad Co,,5\n"));
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(2, 1)->text(), QString()); // the bad line, in its place
        QVERIFY2(preview->item(2, 4)->text().startsWith(QLatin1String("problem: ")), qPrintable(preview->item(2, 4)->text()));
        QVERIFY(!import->isEnabled());
        dialog.loadFile(writeFile(QStringLiteral("good.csv"), "name,owner,budget\nacme corp,kc-9,10\nNew Co,kc-2,5\n"));
        QTRY_VERIFY(import->isEnabled());
        QVERIFY2(preview->item(0, 4)->text().contains(QLatin1String("another owner (kc-1)")),
                 qPrintable(preview->item(0, 4)->text()));
        QCOMPARE(preview->item(1, 4)->text(), QStringLiteral("ready"));
        Test::whenModal(this, "showKeyDialog", [](QWidget *d) {
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->isVisible(), true); // one key: the field
            d->findChild<QCheckBox *>(QStringLiteral("keyStoredCheck"))->setChecked(true);
            static_cast<QDialog *>(d)->accept();
        });
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        import->click();
        QVERIFY(imported.wait(15000));
        QCOMPARE(f.sim->state().teams.size(), 2); // Acme Corp and New Co; no second "acme corp"
        QVERIFY(preview->item(0, 4)->text().startsWith(QLatin1String("failed")));
    }

    // Issue point 12: each problem beside its field; Next off with the reason; -50 refused in words.
    void theWizardSaysWhatIsWrongBesideEachField()
    {
        CreateOrgWizard wizard(f.context.get(), f.clipboard.get());
        wizard.show();
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());
        auto *owner = child<QLabel>(&wizard, "ownerMessage");
        QVERIFY(owner->isVisible() && owner->text().contains(QLatin1String("Next stays off")));
        QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), QStringLiteral("Field Co"));
        QTest::keyClicks(child<QLineEdit>(&wizard, "ownerEdit"), QStringLiteral("kc-8"));
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(!owner->isVisible());
        QTest::keyClicks(child<QLineEdit>(&wizard, "contactEmailEdit"), QStringLiteral("ops@"));
        QVERIFY(!next->isEnabled()); // a bad email blocks Next
        QVERIFY(child<QLabel>(&wizard, "emailMessage")->text().contains(QLatin1String("not a valid email")));
        QTest::keyClicks(child<QLineEdit>(&wizard, "contactEmailEdit"), QStringLiteral("example.com"));
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Budget));
        auto *budget = child<QDoubleSpinBox>(&wizard, "budgetSpin");
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("-50"));
        QCOMPARE(budget->value(), -50.0); // kept as typed, not quietly made $0.00
        QVERIFY(!next->isEnabled());
        QVERIFY(child<QLabel>(&wizard, "budgetMessage")->text().contains(QLatin1String("cannot be negative")));
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("50"));
        QVERIFY(next->isEnabled());
        QVERIFY(!child<QLabel>(&wizard, "budgetMessage")->isVisible());
    }

    // Issue point 2, in the pane: over budget is said in words, with the amount, and the bar is red.
    void overBudgetIsSaidInThePaneAndTheBarIsRed()
    {
        Organization o = f.createDirectly(QStringLiteral("Spent Co"), 20.0);
        o.spend = 23.40;
        DetailPane pane(f.context.get(), f.clipboard.get());
        pane.showOrganization(&o);
        auto *gauge = child<QProgressBar>(&pane, "budgetGauge");
        QVERIFY2(gauge->format().contains(QLatin1String("over by $3.40")), qPrintable(gauge->format()));
        QCOMPARE(gauge->palette().color(QPalette::Highlight), QColor(0xc6, 0x28, 0x28));
        bool said = false;
        for (const QLabel *l : pane.findChildren<QLabel *>())
            said = said || l->text().contains(QLatin1String("over budget"));
        QVERIFY(said);
    }

    // The bar's percent and the level's are one figure, rounded: $44.99 of $60.00 is 75 % in both
    // (74.98 cut to 74 in the bar once disagreed with the level beside it).
    void theBarSaysThePercentTheLevelSays()
    {
        Organization o = f.createDirectly(QStringLiteral("Dunder Co"), 60.0);
        o.spend = 44.99;
        DetailPane pane(f.context.get(), f.clipboard.get());
        pane.showOrganization(&o);
        auto *gauge = child<QProgressBar>(&pane, "budgetGauge");
        QVERIFY2(gauge->format().contains(QLatin1String("$44.99 of $60.00 (75%)")), qPrintable(gauge->format()));
    }

    void auditEntriesReadAsWords_data()
    {
        QTest::addColumn<AuditEntry>("e");
        QTest::addColumn<QString>("words");
        QTest::newRow("budget") << entry(QStringLiteral("set-budget"),
                                         {{QStringLiteral("from"), 250}, {QStringLiteral("to"), 500}})
                                << QStringLiteral("Budget $250.00 → $500.00");
        QTest::newRow("to unlimited") << entry(QStringLiteral("set-budget"),
                                               {{QStringLiteral("from"), 250}, {QStringLiteral("to"), QJsonValue::Null}})
                                      << QStringLiteral("Budget $250.00 → unlimited");
        QTest::newRow("outside")
            << entry(QString::fromLatin1(kBudgetChangedOutsideAction),
                     {{QStringLiteral("from"), 250}, {QStringLiteral("to"), 999}})
            << QStringLiteral("Budget $250.00 → $999.00 changed on the proxy, outside the console (adopted by a refresh)");
        QTest::newRow("create failed") << entry(QStringLiteral("create"),
                                                {{QStringLiteral("failed_step"), QStringLiteral("Generate key")},
                                                 {QStringLiteral("error"), QStringLiteral("boom")},
                                                 {QStringLiteral("cleaned_up"), QJsonArray {QStringLiteral("team")}}})
                                       << QStringLiteral("Create failed at \"Generate key\": boom; removed again: team");
        QTest::newRow("rotate") << entry(QStringLiteral("rotate-key"),
                                         {{QStringLiteral("old_key"), QStringLiteral("sk-...aaaa")},
                                          {QStringLiteral("new_key"), QStringLiteral("sk-...bbbb")}})
                                << QStringLiteral("Key rotated: sk-...aaaa → sk-...bbbb");
        QTest::newRow("block failed") << entry(QStringLiteral("block-key"), {{QStringLiteral("error"), QStringLiteral("down")}})
                                      << QStringLiteral("Key blocked: down");
        QTest::newRow("unknown") << entry(QStringLiteral("future-thing"), {{QStringLiteral("x"), 1}})
                                 << QStringLiteral("future-thing (x: 1)");
    }
    // Issue point 13: no JSON in the audit a person reads.
    void auditEntriesReadAsWords()
    {
        QFETCH(AuditEntry, e);
        QFETCH(QString, words);
        QCOMPARE(describeAuditEntry(e), words);
    }

    // Issue point 13: a failed action is in the pane's history at once, as the full log has it.
    void thePanesHistoryShowsAFailureAtOnce()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(10000));
        window.table()->selectRow(0);
        auto *history = child<QTreeWidget>(&window, "auditList");
        QTRY_COMPARE(history->topLevelItemCount(), 1);
        QString error;
        f.sim->faults().add(*Sandbox::SimFault::fromJson(
            {{QStringLiteral("path"), QStringLiteral("/key/block")}, {QStringLiteral("status"), 500}}, &error));
        setNextConfirmAnswers({true});
        child<QPushButton>(&window, "blockKeyButton")->click();
        QTRY_COMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("failed"));
        QVERIFY(history->topLevelItem(0)->text(2).startsWith(QLatin1String("Key blocked: ")));
        QVERIFY(!takeShownErrors().isEmpty());
    }

    // Issue point 11: a login name of root is not used silently; the name is asked once.
    void theOperatorIsAskedOnceAtTheFirstStart()
    {
        f.stop();
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "root");
        QVERIFY(f.start(QString())); // no --operator
        {
            MainWindow window(f.context.get(), f.clipboard.get());
            setNextTextAnswers({QStringLiteral("Jane Ops")});
            window.start({});
            QCOMPARE(f.context->operatorName(), QStringLiteral("Jane Ops"));
            QVERIFY(f.context->settings().hasOperatorName());
        }
        MainWindow again(f.context.get(), f.clipboard.get());
        setNextTextAnswers({QStringLiteral("Mallory")});
        again.start({});
        QCOMPARE(f.context->operatorName(), QStringLiteral("Jane Ops")); // not asked again
        qputenv("USER", user);
    }

    // Issue point 9: saving the first profile while in the sandbox asks whether the next start
    // leaves it; "Start with" chooses; the console's errors name its own Settings.
    void profilesNeverSwitchTheStartSilently()
    {
        f.stop();
        f.dir = std::make_unique<QTemporaryDir>();
        auto sandboxed = consoleContext(true);
        QVERIFY(sandboxed->isSandbox());
        {
            SettingsDialog settings(sandboxed.get());
            child<QLineEdit>(&settings, "profileNameEdit")->setText(QStringLiteral("staging"));
            child<QLineEdit>(&settings, "urlEdit")->setText(QStringLiteral("http://127.0.0.1:9"));
            QTRY_VERIFY(child<QLineEdit>(&settings, "masterKeyEdit")->placeholderText().contains(QLatin1String("paste")));
            setNextConfirmAnswers({false}); // "Start with this profile?" — no
            child<QPushButton>(&settings, "saveProfileButton")->click();
            QCOMPARE(child<QComboBox>(&settings, "startWithCombo")->currentIndex(), 0); // the sandbox
            QVERIFY(settings.startChangeNote().contains(QLatin1String("the sandbox")));
        }
        sandboxed.reset();
        sandboxed = consoleContext(true);
        QVERIFY(sandboxed->isSandbox()); // still, as chosen
        {
            SettingsDialog settings(sandboxed.get());
            auto *startWith = child<QComboBox>(&settings, "startWithCombo");
            startWith->setCurrentIndex(startWith->findData(QStringLiteral("staging")));
            settings.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); // saveAll
        }
        sandboxed.reset();
        auto chosen = consoleContext(true);
        QVERIFY(!chosen->isSandbox());
        QCOMPARE(m_lastStartError.kind, OperationError::Kind::BadInput); // no master key stored for it
        QVERIFY2(m_lastStartError.message.contains(QLatin1String("Tools > Settings")), qPrintable(m_lastStartError.message));
        QVERIFY(!m_lastStartError.message.contains(QLatin1String("orgctl")));
        QVERIFY(!m_lastStartError.message.contains(QLatin1String("ORGCONSOLE_")));
    }

    // Issue point 8: every window fits a 1280x720 screen (with room for the title bar), and the
    // chart shows fewer date labels when narrow instead of cutting them.
    void windowsFitASmallScreen()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(10000));
        window.table()->selectRow(0);
        QTRY_COMPARE(child<QLabel>(&window, "detailTitle")->text(), acme.name); // the pane's sections shown
        CreateOrgWizard wizard(f.context.get(), f.clipboard.get());
        SettingsDialog settings(f.context.get());
        MaintenanceDialog maintenance(f.context.get(), f.clipboard.get());
        ImportDialog import(f.context.get(), f.clipboard.get());
        for (QWidget *w : std::initializer_list<QWidget *> {&window, &wizard, &settings, &maintenance, &import}) {
            if (w->layout())
                w->layout()->activate();
            const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
            QVERIFY2(min.width() <= 1280 && min.height() <= 680,
                     qPrintable(QStringLiteral("%1: %2x%3").arg(w->objectName()).arg(min.width()).arg(min.height())));
        }
        auto *chart = child<SpendChartView>(&window, "spendChart");
        QTRY_VERIFY(!chart->chart()->axes(Qt::Horizontal).isEmpty());
        auto *days = qobject_cast<QCategoryAxis *>(chart->chart()->axes(Qt::Horizontal).first());
        QVERIFY(days);
        const auto labelled = [days] { return int(days->categoriesLabels().size()); };
        // Each label fits the room between two labels, so Qt draws it whole (no "01 ...").
        const auto labelsFit = [chart, days] {
            const QStringList labels = days->categoriesLabels();
            if (labels.size() < 2)
                return true;
            const double perDay = chart->chart()->plotArea().width() / (days->max() - days->min());
            const double room = (days->endValue(labels.at(1)) - days->endValue(labels.at(0))) * perDay;
            const QFontMetrics metrics(days->labelsFont());
            return std::all_of(labels.cbegin(), labels.cend(),
                               [&](const QString &label) { return metrics.horizontalAdvance(label) < room; });
        };
        chart->resize(260, 200);
        const int narrow = labelled();
        QVERIFY2(narrow <= 10, qPrintable(QString::number(narrow)));
        QTRY_VERIFY(labelsFit());
        chart->resize(900, 200);
        QTRY_VERIFY(labelsFit());
        QVERIFY2(labelled() > narrow, qPrintable(QString::number(labelled())));
    }
};

QTEST_MAIN(TestConsoleForms)
#include "test_console_forms.moc"
