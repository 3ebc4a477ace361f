// The console by keyboard alone, offscreen: Tab leaves the list instead of walking its cells,
// Delete and the Menu key act on the selected organization, the wizard is filled and finished with
// Tab and Alt+letters, and every window's mnemonics are unique (main window, each wizard page,
// each dialog and each of its tabs, each menu).
#include "models/Money.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/Mnemonics.h"
#include "ui/AboutDialog.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgTableModel.h"
#include "ui/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

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
// A mnemonic; a button's is an animated click, done after a short delay.
void alt(char letter)
{
    press(Qt::Key(Qt::Key_A + (letter - 'a')), Qt::AltModifier);
    QTest::qWait(250);
}
} // namespace

#define VERIFY_UNIQUE_MNEMONICS(window, where)                                                                                   \
    do {                                                                                                                         \
        const QStringList clashes = Test::mnemonicClashes(window);                                                               \
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(where, clashes.join(QStringLiteral("; ")))));        \
    } while (false)

class TestConsoleKeyboard : public QObject
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
        window.reload();
        QVERIFY(loaded.wait(10000));
        window.checkConnection();
        QSignalSpy checked(&window, &MainWindow::connectionChecked);
        QVERIFY(checked.wait(10000));
    }
    void selectName(MainWindow &window, const QString &name)
    {
        for (int row = 0; row < window.proxyModel()->rowCount(); ++row) {
            if (window.proxyModel()->index(row, OrgTableModel::Name).data().toString() == name)
                window.table()->selectRow(row);
        }
        QTRY_COMPARE(child<QLabel>(&window, "detailTitle")->text(), name);
    }
    void checkEveryTab(QWidget *dialog, const QString &name)
    {
        auto *tabs = dialog->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            VERIFY_UNIQUE_MNEMONICS(dialog, QStringLiteral("%1, tab %2").arg(name, tabs->tabText(i)));
        }
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        f.stop();
    }

    void mainWindowMnemonicsAndMenusAreUnique()
    {
        f.createDirectly(QStringLiteral("Active Co"));
        const Organization blocked = f.createDirectly(QStringLiteral("Blocked Co"));
        const Organization failed = f.createDirectly(QStringLiteral("Failed Co"));
        std::optional<OperationResult> block;
        f.context->operations().setKeyBlocked(blocked.id, true, [&](OperationResult r) { block = r; });
        QTRY_VERIFY(block.has_value() && block->ok);
        f.repository<bool>([id = failed.id](OrgRepository &repo) { return repo.markFailed(id, QStringLiteral("test")); });
        MainWindow window(f.context.get(), f.clipboard.get());
        showActive(&window);
        loadWindow(window);
        for (const char *name : {"Active Co", "Blocked Co", "Failed Co"}) {
            selectName(window, QString::fromLatin1(name));
            VERIFY_UNIQUE_MNEMONICS(&window, QStringLiteral("main window with %1 selected").arg(QString::fromLatin1(name)));
        }
        QVERIFY(child<QPushButton>(&window, "recoverOrgButton")->isVisible()); // the failed one offers Recover
        const auto menus = window.findChildren<QMenu *>();
        QVERIFY(menus.size() >= 6); // File, View, Organization, Tools, Help and the list's context menu
        for (QMenu *menu : menus) {
            const QStringList clashes = Test::menuMnemonicClashes(menu);
            QVERIFY2(clashes.isEmpty(), qPrintable(menu->title() + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
        }
    }

    void everyDialogHasUniqueMnemonics()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        BudgetDialog budget(acme);
        budget.show();
        VERIFY_UNIQUE_MNEMONICS(&budget, QStringLiteral("budget dialog"));
        ConfirmDeleteDialog remove(acme.name, 1);
        remove.show();
        VERIFY_UNIQUE_MNEMONICS(&remove, QStringLiteral("delete dialog"));
        ShowKeyDialog one(acme, QStringLiteral("sk-one-key-for-the-test"), f.clipboard.get());
        one.show();
        VERIFY_UNIQUE_MNEMONICS(&one, QStringLiteral("key dialog"));
        ShowKeyDialog several(QStringLiteral("two"),
                              {{QStringLiteral("A"), QStringLiteral("sk-a")}, {QStringLiteral("B"), QStringLiteral("sk-b")}},
                              f.clipboard.get());
        several.show();
        VERIFY_UNIQUE_MNEMONICS(&several, QStringLiteral("keys dialog"));
        SettingsDialog settings(f.context.get());
        settings.show();
        checkEveryTab(&settings, QStringLiteral("settings"));
        MaintenanceDialog maintenance(f.context.get(), f.clipboard.get());
        maintenance.show();
        checkEveryTab(&maintenance, QStringLiteral("maintenance"));
        ImportDialog import(f.context.get(), f.clipboard.get());
        import.show();
        VERIFY_UNIQUE_MNEMONICS(&import, QStringLiteral("import dialog"));
    }

    void helpListsTheShortcutsAndTheVersion()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        showActive(&window);
        window.showShortcuts();
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
        auto *table = child<QTableWidget>(shortcuts, "shortcutsTable");
        QStringList keys;
        for (int i = 0; i < table->rowCount(); ++i)
            keys.append(table->item(i, 0)->text() + QLatin1Char('=') + table->item(i, 1)->text());
        for (const char *expected : {"Ctrl+N=New organization…", "Del (in Organizations)=Delete…", "Del (in Members)=Remove…",
                                     "F5=Refresh", "Ctrl+F=Find"})
            QVERIFY2(keys.contains(QString::fromUtf8(expected)), qPrintable(keys.join(QLatin1Char('|'))));
        VERIFY_UNIQUE_MNEMONICS(shortcuts, QStringLiteral("shortcuts"));
        window.showAbout();
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = window.findChild<AboutDialog *>(QStringLiteral("aboutDialog"))));
        QVERIFY(about->supportText().contains(QCoreApplication::applicationVersion().isEmpty()
                                                  ? QStringLiteral("OrgConsole")
                                                  : QCoreApplication::applicationVersion()));
        VERIFY_UNIQUE_MNEMONICS(about, QStringLiteral("about"));
    }

    // Tab moves from the filter into the list and out of it again, without walking the cells or
    // changing the selected organization; Delete and the Menu key act on the selected one.
    void tabLeavesTheListAndDeleteAsks()
    {
        for (const char *name : {"Alpha", "Beta", "Gamma"})
            f.createDirectly(QString::fromLatin1(name));
        MainWindow window(f.context.get(), f.clipboard.get());
        showActive(&window);
        loadWindow(window);
        auto *filter = child<QLineEdit>(&window, "filterEdit");
        filter->setFocus();
        QTRY_COMPARE(focusedName(), QStringLiteral("filterEdit"));
        press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("organizationTable"));
        press(Qt::Key_Down);
        QTRY_VERIFY(!window.detailPane()->organizationId().isEmpty()); // read whole on demand
        const QString selected = window.detailPane()->organizationId();
        press(Qt::Key_Tab);
        QVERIFY2(focused() != window.table() && !window.table()->isAncestorOf(focused()), qPrintable(focusedName()));
        QVERIFY(window.detailPane()->isAncestorOf(focused()) || focused()->objectName() == QLatin1String("rangeCombo"));
        QCOMPARE(window.detailPane()->organizationId(), selected); // Tab did not move the selection
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(focusedName(), QStringLiteral("organizationTable"));

        bool asked = false;
        Test::whenModal(this, "confirmDeleteDialog", [&asked](QWidget *d) {
            asked = true;
            QCOMPARE(d->windowTitle(), QStringLiteral("Delete organization"));
            static_cast<QDialog *>(d)->reject();
        });
        press(Qt::Key_Delete);
        QTRY_VERIFY(asked);
        QCOMPARE(window.model()->rowCount(), 3);

        // The Menu key (as the platform delivers it: a keyboard context menu event on the list).
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(5, 5), window.table()->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(window.table(), &menuKey);
        auto *menu = child<QMenu>(&window, "organizationContextMenu");
        QTRY_VERIFY(menu->isVisible());
        QStringList entries;
        for (const QAction *a : menu->actions())
            entries.append(QString(a->text()).remove(QLatin1Char('&')));
        for (const char *expected : {"Change budget…", "Rotate key…", "Block key", "Delete…"})
            QVERIFY2(entries.contains(QString::fromUtf8(expected)), qPrintable(entries.join(QLatin1Char('|'))));
        menu->close();
    }

    // Typing in the filter and pressing Down (or Enter) lands on the first match in the list, with
    // its details shown; the status bar says how many of how many are shown.
    void downFromTheFilterOpensTheFirstMatch()
    {
        for (const char *name : {"Alpha", "Beta", "Gamma"})
            f.createDirectly(QString::fromLatin1(name));
        MainWindow window(f.context.get(), f.clipboard.get());
        showActive(&window);
        loadWindow(window);
        selectName(window, QStringLiteral("Alpha"));
        auto *filter = child<QLineEdit>(&window, "filterEdit");
        filter->setFocus();
        QTRY_COMPARE(focusedName(), QStringLiteral("filterEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("gam"));
        QTRY_COMPARE(window.proxyModel()->rowCount(), 1);
        // (The test console loads no English plural forms: "organization(s)".)
        QVERIFY(child<QLabel>(&window, "countLabel")->text().startsWith(QStringLiteral("1 of 3 organization")));
        press(Qt::Key_Down);
        QCOMPARE(focusedName(), QStringLiteral("organizationTable"));
        QTRY_COMPARE(child<QLabel>(&window, "detailTitle")->text(), QStringLiteral("Gamma"));

        filter->setFocus(); // a match already selected stays selected; Enter goes to it as well
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("m"));
        press(Qt::Key_Return);
        QCOMPARE(focusedName(), QStringLiteral("organizationTable"));
        QCOMPARE(child<QLabel>(&window, "detailTitle")->text(), QStringLiteral("Gamma"));
        filter->setFocus();
        press(Qt::Key_Escape);
        QTRY_VERIFY(child<QLabel>(&window, "countLabel")->text().startsWith(QStringLiteral("3 organization")));
    }

    // The whole wizard by keyboard: Tab between the fields in order, Alt+letters for the buttons,
    // and every page's mnemonics unique (Alt+N used to mean Name, Contact name and Next).
    void wizardByKeyboardOnly()
    {
        CreateOrgWizard wizard(f.context.get(), f.clipboard.get());
        showActive(&wizard);
        QTRY_COMPARE(focusedName(), QStringLiteral("nameEdit"));
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, details"));
        QTest::keyClicks(focused(), QStringLiteral("Keyboard Co"));
        const char *order[] = {"ownerEdit", "contactNameEdit", "contactEmailEdit"};
        for (const char *next : order) {
            press(Qt::Key_Tab);
            QCOMPARE(focusedName(), QString::fromLatin1(next));
        }
        alt('o'); // the owner's label
        QCOMPARE(focusedName(), QStringLiteral("ownerEdit"));
        QTest::keyClicks(focused(), QStringLiteral("kc-42"));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        alt('n');
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Budget));
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, budget"));
        alt('m');
        QCOMPARE(focusedName(), QStringLiteral("budgetSpin"));
        press(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("75"));
        alt('n');
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Review));
        QVERIFY(child<QLabel>(&wizard, "reviewSummary")->text().contains(QLatin1String("$75.00")));
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, review"));
        alt('c'); // Create
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Provisioning));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, provisioning"));
        alt('n');
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::ResultId));
        VERIFY_UNIQUE_MNEMONICS(&wizard, QStringLiteral("wizard, result"));
        alt('c'); // Copy
        QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("sk-")));
        alt('s'); // I have stored the key
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QSignalSpy finished(&wizard, &QDialog::finished);
        alt('f');
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestConsoleKeyboard)
#include "test_console_keyboard.moc"
