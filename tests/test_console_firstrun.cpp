// A first run that teaches, offscreen: the empty list says what to do and has the button for it
// (and, in the sandbox, "Load demo data" once something loads it), a filter that matches nothing
// offers to clear it, the detail pane gives a hint instead of empty gauges; Help has the user
// guide (F1, the README's usage part, searchable), the shortcuts and About (version, Qt, licence,
// profile and database, never a secret); and an organization is created from the main window by
// keyboard alone: Ctrl+N, typing, Tab and Enter, no mouse and no setter. A database named at the
// start is opened as asked, never swapped for the sandbox's.
#include "services/core/LiveUpdates.h"
#include "services/sandbox/SandboxProxy.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/AboutDialog.h"
#include "ui/Colors.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"
#include "ui/UserGuide.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

#include <cmath>

using namespace OrgConsole;

namespace {
QWidget *focused()
{
    return QApplication::focusWidget();
}
QString focusedName()
{
    return focused() ? focused()->objectName() : QStringLiteral("(nothing)");
}
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}
// Tab until the widget called `name` has the focus (at most `limit` presses).
bool tabTo(const char *name, int limit = 12)
{
    for (int i = 0; i < limit && focusedName() != QLatin1String(name); ++i)
        press(Qt::Key_Tab);
    return focusedName() == QLatin1String(name);
}
} // namespace

class TestConsoleFirstRun : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    void showActive(QWidget *w)
    {
        w->show();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
    }
    void loadWindow(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::loaded);
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        window.reload();
        QVERIFY(loaded.wait(10000));
        window.checkConnection();
        QVERIFY(checked.wait(10000));
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        f.stop();
    }

    // A database named at the start (--db) is opened as asked, also while no proxy profile exists
    // (the console then says to add one); with --sandbox it is not opened, and the console says so.
    void aDatabaseGivenIsNeverSwappedForTheSandbox()
    {
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("mine.db"));
        ContextOptions o;
        o.configDir = dir.path();
        o.sandboxWhenUnconfigured = true;
        o.databaseUrl = mine;
        o.console = true;
        {
            AppContext context(o);
            QVERIFY(!context.isSandbox());
            std::optional<OperationError> error;
            context.initialize(true, [&](OperationError e) { error = e; });
            QTRY_VERIFY(error.has_value());
            QCOMPARE(error->kind, OperationError::Kind::BadInput);
            QVERIFY2(error->message.contains(QLatin1String("There is no proxy profile yet: add one")),
                     qPrintable(error->message));
            QCOMPARE(context.databaseLocation().sqlitePath, mine);
            QVERIFY(QFileInfo::exists(mine));
            // Without a proxy the window still follows what other desktops and orgctl change.
            MainWindow window(&context, f.clipboard.get());
            window.show();
            setNextTextAnswers({QStringLiteral("Ana Tester")}); // the operator name asked once
            window.start(*error);
            QVERIFY(takeShownErrors().join(QLatin1Char('\n')).contains(QLatin1String("There is no proxy profile yet")));
            QTRY_VERIFY_WITH_TIMEOUT(context.live().isTracking(), 5000);
            RepositoryWorker other(context.databaseLocation());
            std::optional<QString> opened;
            other.open(this, [&](QString e) { opened = e; });
            QTRY_VERIFY(opened.has_value());
            QCOMPARE(*opened, QString());
            NewOrganization n;
            n.name = QStringLiteral("Made Elsewhere");
            n.ownerUserId = QStringLiteral("kc-9");
            std::optional<Stored<Organization>> made;
            other.run<Organization>([n](OrgRepository &r) { return r.reserve(n, QStringLiteral("bob")); }, this,
                                    [&](Stored<Organization> r) { made = r; });
            QTRY_VERIFY(made.has_value() && made->ok());
            QTRY_COMPARE_WITH_TIMEOUT(window.model()->rowCount(), 1, 5000);
            QCOMPARE(window.model()->find(made->value->id)->name, n.name);
        }
        o.sandbox = true;
        o.databaseUrl = QStringLiteral("postgresql://ops:secret@db.example.com:5432/orgs");
        AppContext sandbox(o);
        QVERIFY(sandbox.isSandbox());
        const QString warnings = sandbox.warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("postgresql://ops@db.example.com:5432/orgs")), qPrintable(warnings));
        QVERIFY2(!warnings.contains(QLatin1String("secret")), qPrintable(warnings));
    }

    void emptyListAndNoSelectionSayWhatToDo()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        showActive(&window);
        loadWindow(window);
        auto *empty = child<QWidget>(&window, "emptyState");
        QVERIFY(empty->isVisible());
        QVERIFY2(child<QLabel>(empty, "emptyHint")->text().contains(QLatin1String("Create your first organization (Ctrl+N)")),
                 qPrintable(child<QLabel>(empty, "emptyHint")->text()));
        QVERIFY(child<QPushButton>(empty, "createFirstButton")->isVisible());
        QVERIFY(!child<QPushButton>(empty, "loadDemoButton")->isVisible()); // not the sandbox
        // Nothing selected: a hint, not an empty gauge, chart and boxes.
        QVERIFY(child<QLabel>(&window, "nothingSelectedHint")->isVisible());
        QVERIFY(!child<QProgressBar>(&window, "budgetGauge")->isVisible());
        QVERIFY(!child<QWidget>(&window, "detailActions")->isVisible());

        // The button is the wizard's door (by keyboard: Tab from the list to it, Space).
        window.table()->setFocus();
        QVERIFY(tabTo("createFirstButton"));
        press(Qt::Key_Space);
        QTRY_VERIFY(window.findChild<CreateOrgWizard *>());
        window.findChild<CreateOrgWizard *>()->reject();

        f.createDirectly(QStringLiteral("Acme Corp"));
        loadWindow(window);
        QVERIFY(!empty->isVisible());
        // The first row is selected; the detail pane shows it once its whole row is read (on demand,
        // from the repository's thread: under load that can come after the list's `loaded`).
        QTRY_VERIFY(!child<QLabel>(&window, "nothingSelectedHint")->isVisible());
        QTRY_VERIFY(child<QProgressBar>(&window, "budgetGauge")->isVisible());

        // A filter that matches nothing says so and offers to clear it; Esc does the same.
        auto *filter = child<QLineEdit>(&window, "filterEdit");
        QTest::keyClicks(filter, QStringLiteral("xyz"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(child<QLabel>(empty, "emptyHint")->text(), QStringLiteral("No organization matches \"xyz\"."));
        QVERIFY(child<QPushButton>(empty, "clearFilterButton")->isVisible());
        QVERIFY(!child<QPushButton>(empty, "createFirstButton")->isVisible());
        QVERIFY(child<QLabel>(&window, "nothingSelectedHint")->isVisible());
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QTRY_VERIFY(!empty->isVisible());

        // The quick filter alone can empty the list too: said so, and cleared by the same button
        // (back to "All") or by Esc in the (empty) text filter.
        auto *quick = child<QComboBox>(&window, "quickFilter");
        const int failed = quick->findText(QStringLiteral("Failed"));
        QVERIFY(failed > 0);
        for (const bool byButton : {true, false}) {
            quick->setCurrentIndex(failed);
            QTRY_VERIFY(empty->isVisible());
            QCOMPARE(child<QLabel>(empty, "emptyHint")->text(),
                     QStringLiteral("No organization matches the quick filter \"Failed\"."));
            if (byButton)
                child<QPushButton>(empty, "clearFilterButton")->click();
            else
                QTest::keyClick(filter, Qt::Key_Escape);
            QCOMPARE(quick->currentIndex(), 0);
            QTRY_VERIFY(!empty->isVisible());
        }
        quick->setCurrentIndex(failed);
        QTest::keyClicks(filter, QStringLiteral("acme"));
        QTRY_COMPARE(child<QLabel>(empty, "emptyHint")->text(),
                     QStringLiteral("No organization matches \"acme\" with the quick filter \"Failed\"."));
        QTest::keyClick(filter, Qt::Key_Escape); // the text first
        QCOMPARE(quick->currentIndex(), failed);
        QTest::keyClick(filter, Qt::Key_Escape); // then the quick filter
        QCOMPARE(quick->currentIndex(), 0);
        QTRY_VERIFY(!empty->isVisible());
    }

    // In the sandbox the empty list offers the demo data, through the action named
    // "loadDemoAction" (the demo data's own): until there is one, no button that does nothing.
    void sandboxOffersDemoDataWhenItCanBeLoaded()
    {
        QTemporaryDir dir;
        ContextOptions o;
        o.configDir = dir.path();
        o.sandbox = true;
        o.operatorName = QStringLiteral("gui-tester");
        o.console = true;
        o.sandboxFactory = &Sandbox::startLocalProxy;
        AppContext sandbox(o);
        std::optional<OperationError> error;
        sandbox.initialize(true, [&](OperationError e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QVERIFY2(!error->isError(), qPrintable(error->message));
        MainWindow window(&sandbox, f.clipboard.get());
        showActive(&window);
        loadWindow(window);
        auto *demo = child<QPushButton>(&window, "loadDemoButton");
        QVERIFY(child<QLabel>(&window, "emptyHint")->text().contains(QLatin1String("sandbox")));
        // The Sandbox menu's own action: the button offers it and triggers it (the loading itself is
        // test_console_demo's; here only that the empty state reaches it by keyboard).
        auto *load = window.findChild<QAction *>(QStringLiteral("loadDemoAction"));
        QVERIFY(load);
        QObject::disconnect(load, &QAction::triggered, nullptr, nullptr);
        QSignalSpy triggered(load, &QAction::triggered);
        QVERIFY(demo->isVisible());
        window.table()->setFocus();
        QVERIFY(tabTo("loadDemoButton"));
        press(Qt::Key_Space);
        QTRY_COMPARE(triggered.size(), 1);
    }

    void helpHasTheGuideTheShortcutsAndAbout()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        showActive(&window);
        press(Qt::Key_F1);
        UserGuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = window.findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"))));
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->currentTitle(), QString::fromLatin1(UserGuide::kFirstSection));
        auto *page = child<QTextBrowser>(guide, "guidePage");
        QVERIFY(page->toPlainText().contains(QLatin1String("New organization")));
        // Search: the contents keep only the pages that hold the words, and the page marks them.
        auto *search = child<QLineEdit>(guide, "guideSearch");
        QTest::keyClicks(search, QStringLiteral("make owner"));
        auto *contents = child<QTreeWidget>(guide, "guideContents");
        QTRY_COMPARE(guide->currentTitle(), QStringLiteral("Members"));
        QVERIFY(!page->extraSelections().isEmpty());
        int shown = 0;
        for (QTreeWidgetItemIterator it(contents); *it; ++it)
            shown += (*it)->isHidden() ? 0 : 1;
        QVERIFY(shown < int(UserGuide::bundledPages().size()));
        const int before = page->textCursor().position();
        QTest::keyClick(search, Qt::Key_Return); // the next match, and the guide stays open
        QVERIFY(guide->isVisible());
        QVERIFY(page->textCursor().position() != before);
        QVERIFY(page->textCursor().selectedText().compare(QLatin1String("make owner"), Qt::CaseInsensitive) == 0);
        // Past a page's last match, Enter goes on to the next page that holds the text.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("keychain"));
        QTRY_COMPARE(guide->currentTitle(), QString::fromLatin1(UserGuide::kFirstSection));
        for (int i = 0; i < 8 && guide->currentTitle() == QLatin1String(UserGuide::kFirstSection); ++i)
            QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(guide->currentTitle(), QStringLiteral("orgctl"));
        QCOMPARE(page->textCursor().selectedText().toLower(), QStringLiteral("keychain"));
        guide->close();

        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
    }

    // About says what support asks for and Copy gives it as text: never the master key.
    void aboutNamesVersionLicenceProfileAndDatabase()
    {
        AboutDialog about(f.context.get());
        about.show();
        const QString text = about.supportText();
        for (const QString &expected :
             {QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), QStringLiteral("MIT License"),
              f.sim->baseUrl(), f.context->databaseLocation().sqlitePath})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        QVERIFY(!text.contains(f.masterKey));
        QVERIFY(child<QPlainTextEdit>(&about, "licenceText")->toPlainText().contains(QLatin1String("Permission is hereby")));
        QTest::keyClick(child<QPushButton>(&about, "copyAboutButton"), Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), text);
    }

    // The guide is the README's usage part: every "##"/"###" heading from "Using the console" up
    // to "litellm-sim" in the README of the source tree is a page of the bundled guide, in order,
    // and no page shows a screenshot the guide does not carry.
    void guideHasEveryReadmeUsageSection()
    {
        QFile source(qEnvironmentVariable("ORGCONSOLE_SOURCE_DIR") + QStringLiteral("/README.md"));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        QStringList headings;
        bool inGuide = false;
        bool inCode = false;
        for (const QString &line : QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'))) {
            inCode = line.startsWith(QLatin1String("```")) ? !inCode : inCode;
            if (inCode)
                continue;
            if (line == QLatin1String("## litellm-sim"))
                break;
            inGuide = inGuide || line == QLatin1String("## Using the console");
            if (inGuide && (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("### "))))
                headings.append(line.section(QLatin1Char(' '), 1).trimmed());
        }
        QVERIFY(headings.size() >= 4);
        QStringList titles;
        const auto pages = UserGuide::bundledPages();
        for (const UserGuide::Page &p : pages) {
            titles.append(p.title);
            QVERIFY2(!p.markdown.contains(QLatin1String("![")), qPrintable(p.title));
            QVERIFY(p.markdown.size() > p.title.size() + 10);
        }
        QCOMPARE(titles, headings);
    }

    // The colours of meaning stay readable on a light and on a dark window (WCAG contrast: 4.5
    // for the red of trouble, which is text; 3 for the green dot of "connected").
    void coloursOfMeaningAreReadableOnBothPalettes()
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Base, Qt::white);
        for (const QPalette &p : {light, Colors::darkPalette()}) {
            for (auto role : {QPalette::Window, QPalette::Base}) {
                QVERIFY2(contrast(Colors::problem(p), p.color(role)) >= 4.5, qPrintable(Colors::problem(p).name()));
                QVERIFY2(contrast(Colors::good(p), p.color(role)) >= 3.0, qPrintable(Colors::good(p).name()));
            }
        }
        QVERIFY(contrast(Qt::white, Colors::problemFill()) >= 4.5); // the over-budget gauge's text
        const QString html = QStringLiteral("<span style='color:#c62828'>x</span>");
        QCOMPARE(Colors::themed(html, light), html);
        QVERIFY(Colors::themed(html, Colors::darkPalette()).contains(Colors::problem(Colors::darkPalette()).name()));
    }

    void organizationCreatedByKeyboardAlone();
};

// Ctrl+N in the main window, every page by typing, Tab, Space and Enter, the organization on the
// simulator and in the list.
void TestConsoleFirstRun::organizationCreatedByKeyboardAlone()
{
    MainWindow window(f.context.get(), f.clipboard.get());
    showActive(&window);
    loadWindow(window);
    window.table()->setFocus();
    press(Qt::Key_N, Qt::ControlModifier);
    CreateOrgWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<CreateOrgWizard *>()));
    QTRY_COMPARE(focusedName(), QStringLiteral("nameEdit"));
    type(QStringLiteral("Keyboard Only GmbH"));
    press(Qt::Key_Tab);
    type(QStringLiteral("kc-keys"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Kim Keys"));
    press(Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("contactEmailEdit"));
    type(QStringLiteral("kim@example.com"));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // the name was checked
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(CreateOrgWizard::Budget));
    QTRY_COMPARE(focusedName(), QStringLiteral("budgetSpin"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("75"));
    QVERIFY(tabTo("durationCombo"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("7d"));
    QVERIFY(tabTo("modelsEdit"));
    type(QStringLiteral("gpt-4o, gpt-4o-mini"));
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(CreateOrgWizard::Review));
    press(Qt::Key_Return); // Create, the commit page's default button
    QTRY_COMPARE(wizard->currentId(), int(CreateOrgWizard::Provisioning));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard->currentId(), int(CreateOrgWizard::ResultId));
    QVERIFY(tabTo("keyStoredCheck"));
    press(Qt::Key_Space);
    QSignalSpy finished(wizard, &QDialog::finished);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    press(Qt::Key_Return);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));

    const auto teams = f.sim->state().teams.values();
    QCOMPARE(teams.size(), 1);
    const Sandbox::SimTeam team = teams.first();
    QCOMPARE(team.alias.value_or(QString()), QStringLiteral("Keyboard Only GmbH"));
    QCOMPARE(team.maxBudget.value_or(-1), 75.0);
    QCOMPARE(team.budgetDuration.value_or(QString()), QStringLiteral("7d"));
    QCOMPARE(team.models, QStringList({QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini")}));
    QCOMPARE(f.sim->state().keys.size(), 1);
    QTRY_COMPARE(child<QLabel>(&window, "detailTitle")->text(), QStringLiteral("Keyboard Only GmbH"));
    QCOMPARE(window.model()->rowCount(), 1);
}

QTEST_MAIN(TestConsoleFirstRun)
#include "test_console_firstrun.moc"
