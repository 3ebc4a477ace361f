// Keys shown once and the clipboard, driven offscreen against an in-process simulator: a copied key
// is cleared after the (shortened) interval even when the wizard or dialog closed at once, a text
// copied after it is left alone, and a guard still holding a key clears it at quit.
#include "services/core/AppContext.h"
#include "services/sandbox/LiteLlmSimulator.h"
#include "tests/support/GuiTestHelpers.h"
#include "ui/ClipboardGuard.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OneTimeKeyWidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace OrgConsole;
using namespace OrgConsole::Sandbox;
using namespace std::chrono_literals;

namespace {
const QString kMaster = QStringLiteral("sk-master-key-clipboard-test");
constexpr std::chrono::milliseconds kInterval = 500ms;

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

// Long enough for the guard's timer to have fired, for the checks that nothing was cleared.
void waitPastInterval()
{
    QTest::qWait(int(kInterval.count()) * 4);
}
} // namespace

class TestKeyClipboard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LiteLlmSimulator> m_sim;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ClipboardGuard> m_clipboard;

    template<typename T> T *child(QObject *parent, const char *name) { return Test::childNamed<T>(parent, name); }
    void whenModal(const char *name, std::function<void(QWidget *)> act) { Test::whenModal(this, name, std::move(act)); }
    // Creates `name` through the wizard and stops on the result page.
    void reachResultPage(CreateOrgWizard &wizard, const QString &name)
    {
        reachCreated(wizard, name);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::ResultId));
    }
    // Creates `name` through the wizard and stays on the provisioning page, all steps done.
    void reachCreated(CreateOrgWizard &wizard, const QString &name)
    {
        wizard.show();
        QTest::keyClicks(child<QLineEdit>(&wizard, "nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>(&wizard, "ownerEdit"), QStringLiteral("kc-123"));
        QTRY_VERIFY(child<QLabel>(&wizard, "nameStatus")->text().contains(QLatin1String("Available")));
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
    }
    // Copies the key on the wizard's result page (optionally copies `later` after it), ticks,
    // finishes, destroys the wizard and returns the key.
    QString finishWizardAfterCopy(const QString &name, const QString &later = {})
    {
        auto wizard = std::make_unique<CreateOrgWizard>(m_context.get(), m_clipboard.get());
        reachResultPage(*wizard, name);
        const QString key = child<QLineEdit>(wizard.get(), "keyEdit")->text();
        child<QPushButton>(wizard.get(), "copyKeyButton")->click();
        [&] { QCOMPARE(clipboardText(), key); }();
        if (!later.isEmpty())
            QGuiApplication::clipboard()->setText(later);
        child<QCheckBox>(wizard.get(), "keyStoredCheck")->setChecked(true);
        wizard->button(QWizard::FinishButton)->click();
        [&] { QVERIFY(!wizard->isVisible()); }();
        wizard.reset(); // closed and gone: the pending clear must survive it
        return key;
    }
    // Rotates the key from the detail pane; in the dialog copies it (then `later`), ticks and closes.
    // Returns the key and what the clipboard held right after the dialog closed. `window` is the
    // caller's: the detail pane reloads after the rotation and must outlive those replies.
    std::pair<QString, QString> rotateAfterCopy(MainWindow &window, const QString &later = {})
    {
        std::optional<CreateResult> created;
        auto saga = m_context->newCreation();
        NewOrganization n;
        n.name = QStringLiteral("Rotate Co");
        n.ownerUserId = QStringLiteral("kc-1");
        saga->start(n, {}, [&](const CreateResult &r) { created = r; });
        [&] { QTRY_VERIFY(created.has_value() && created->ok); }();
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        [&] { QVERIFY(loaded.wait(10000)); }();
        window.table()->selectRow(0);
        [&] { QTRY_VERIFY(child<QPushButton>(&window, "rotateKeyButton")->isEnabled()); }();
        setNextConfirmAnswers({true});
        std::optional<std::pair<QString, QString>> seen;
        whenModal("showKeyDialog", [this, &seen, later](QWidget *d) {
            const QString key = child<QLineEdit>(d, "keyEdit")->text();
            child<QPushButton>(d, "copyKeyButton")->click();
            if (!later.isEmpty())
                QGuiApplication::clipboard()->setText(later);
            child<QCheckBox>(d, "keyStoredCheck")->setChecked(true);
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
            seen = {key, clipboardText()};
        });
        child<QPushButton>(&window, "rotateKeyButton")->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(seen.has_value() && !QApplication::activeModalWidget(), 15000); }();
        return seen.value_or(std::pair<QString, QString> {});
    }

private slots:
    void init()
    {
        qputenv("ORGCONSOLE_UI_TEST", "1");
        QGuiApplication::clipboard()->clear();
        m_dir = std::make_unique<QTemporaryDir>();
        SimConfig config;
        config.masterKey = kMaster;
        m_sim = std::make_unique<LiteLlmSimulator>(config);
        QVERIFY(m_sim->listen());
        ContextOptions o;
        o.configDir = m_dir->path();
        o.proxyUrl = m_sim->baseUrl();
        o.masterKey = kMaster;
        o.operatorName = QStringLiteral("clipboard-tester");
        m_context = std::make_unique<AppContext>(o);
        std::optional<QString> error;
        m_context->initialize(true, [&](OperationError e) { error = e.message; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_clipboard->setInterval(kInterval);
    }
    void cleanup()
    {
        m_clipboard.reset();
        m_context.reset();
        m_sim.reset();
        m_dir.reset();
    }

    // Everything below relies on the offscreen platform keeping a clipboard of its own.
    void offscreenClipboardWorks()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("probe"));
        QCOMPARE(clipboardText(), QStringLiteral("probe"));
        QGuiApplication::clipboard()->clear();
        QCOMPARE(clipboardText(), QString());
    }

    void wizardKeyIsClearedAfterTheIntervalOnceTheWizardIsGone()
    {
        const QString key = finishWizardAfterCopy(QStringLiteral("Clear Co"));
        QVERIFY(key.startsWith(QLatin1String("sk-")));
        QCOMPARE(clipboardText(), key); // finishing does not take it away before it can be pasted
        QTRY_COMPARE(clipboardText(), QString());
    }

    void wizardLeavesATextCopiedAfterTheKeyAlone()
    {
        const QString later = QStringLiteral("meeting notes");
        finishWizardAfterCopy(QStringLiteral("Later Co"), later);
        waitPastInterval();
        QCOMPARE(clipboardText(), later);
    }

    void rotatedKeyIsClearedAfterTheIntervalOnceTheDialogIsGone()
    {
        MainWindow window(m_context.get(), m_clipboard.get());
        const auto [key, afterClose] = rotateAfterCopy(window);
        QVERIFY(key.startsWith(QLatin1String("sk-")));
        QCOMPARE(afterClose, key);
        QTRY_COMPARE(clipboardText(), QString());
    }

    void rotateDialogLeavesATextCopiedAfterTheKeyAlone()
    {
        const QString later = QStringLiteral("ticket #4711");
        MainWindow window(m_context.get(), m_clipboard.get());
        const auto [key, afterClose] = rotateAfterCopy(window, later);
        QVERIFY(key.startsWith(QLatin1String("sk-")));
        QCOMPARE(afterClose, later);
        waitPastInterval();
        QCOMPARE(clipboardText(), later);
    }

    // Ctrl+C on the field is a copy too, and goes through the guard like the button.
    void ctrlCOnTheFieldCopiesThroughTheGuard()
    {
        Organization o;
        o.name = QStringLiteral("Keyboard Co");
        ShowKeyDialog dialog(o, QStringLiteral("sk-keyboard-copy"), m_clipboard.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = child<QLineEdit>(&dialog, "keyEdit");
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), QStringLiteral("sk-keyboard-copy"));
        QVERIFY(m_clipboard->holdsSecret());
        QTRY_COMPARE(clipboardText(), QString());
    }

    // On X11, selecting text puts it in the primary selection (middle-click pastes it), which no
    // timer clears: a key selected with the mouse is taken out of it at once. Needs a platform with
    // a selection (xcb: run under xvfb-run with QT_QPA_PLATFORM=xcb); skipped offscreen.
    void aKeySelectedWithTheMouseLeavesNoPrimarySelection()
    {
        if (!QGuiApplication::clipboard()->supportsSelection()) {
            // The ctest entry made to run it (test_key_clipboard_x11) must not pass by skipping.
            if (qEnvironmentVariableIsSet("ORGCONSOLE_REQUIRE_SELECTION"))
                QFAIL("ORGCONSOLE_REQUIRE_SELECTION is set, but this platform has no primary selection");
            QSKIP("this platform has no primary selection (test_key_clipboard_x11 runs it under Xvfb)");
        }
        Organization o;
        o.name = QStringLiteral("Mouse Co");
        ShowKeyDialog dialog(o, QStringLiteral("sk-selected-with-the-mouse"), m_clipboard.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = child<QLineEdit>(&dialog, "keyEdit");
        QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(field->width() / 2, field->height() / 2));
        QTest::mouseRelease(field, Qt::LeftButton, {}, QPoint(field->width() / 2, field->height() / 2));
        QVERIFY(field->hasSelectedText());
        QTest::qWait(200);
        const QString primary = QGuiApplication::clipboard()->text(QClipboard::Selection);
        QVERIFY2(primary.isEmpty() || !QStringLiteral("sk-selected-with-the-mouse").contains(primary), qPrintable(primary));
    }

    // Recovery and import hand out several keys: one row each, the selected one is copied.
    void severalKeysAreShownOneRowEach()
    {
        ShowKeyDialog dialog(
            QStringLiteral("2 imported organizations"),
            {{QStringLiteral("Alpha"), QStringLiteral("sk-alpha")}, {QStringLiteral("Beta"), QStringLiteral("sk-beta")}},
            m_clipboard.get());
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, "keyTable");
        QVERIFY(table->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "keyEdit")->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Alpha"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("sk-beta"));
        table->setCurrentCell(1, 0);
        child<QPushButton>(&dialog, "copyKeyButton")->click();
        QCOMPARE(clipboardText(), QStringLiteral("sk-beta"));
    }

    // Escape or the window's close button without the tick asks first; the key is not shown again.
    void closingWithoutTheTickAsksFirst()
    {
        Organization o;
        o.name = QStringLiteral("Hasty Co");
        ShowKeyDialog dialog(o, QStringLiteral("sk-hasty"), m_clipboard.get());
        dialog.show();
        auto *close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
        QVERIFY(!close->isEnabled());
        setNextConfirmAnswers({false});
        dialog.reject();
        QVERIFY(dialog.isVisible());
        setNextConfirmAnswers({true});
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QVERIFY(child<QLineEdit>(&dialog, "keyEdit")->text().isEmpty());
    }

    // Created, but the key not shown yet: Cancel is off, and Escape asks before the key is lost.
    void leavingRightAfterTheCreateAsksFirst()
    {
        CreateOrgWizard wizard(m_context.get(), m_clipboard.get());
        reachCreated(wizard, QStringLiteral("Unseen Co"));
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Provisioning));
        QVERIFY(!wizard.button(QWizard::CancelButton)->isEnabled());
        setNextConfirmAnswers({false}); // "Close without having stored it?" -> No
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(CreateOrgWizard::Provisioning));
        wizard.button(QWizard::NextButton)->click();
        QVERIFY(child<QLineEdit>(&wizard, "keyEdit")->text().startsWith(QLatin1String("sk-")));
    }

    void guardClearsAKeyItStillHoldsWhenDestroyed()
    {
        auto guard = std::make_unique<ClipboardGuard>(); // default interval: only the quit clears it
        guard->copySecret(QStringLiteral("sk-at-quit"));
        QCOMPARE(clipboardText(), QStringLiteral("sk-at-quit"));
        guard.reset();
        QCOMPARE(clipboardText(), QString());
        // A guard whose key was replaced by another text leaves that text.
        guard = std::make_unique<ClipboardGuard>();
        guard->copySecret(QStringLiteral("sk-replaced"));
        QGuiApplication::clipboard()->setText(QStringLiteral("not a key"));
        guard.reset();
        QCOMPARE(clipboardText(), QStringLiteral("not a key"));
    }

    void guardClearsAKeyItStillHoldsAtAboutToQuit()
    {
        ClipboardGuard guard;
        guard.copySecret(QStringLiteral("sk-about-to-quit"));
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        // aboutToQuit is a private signal; the meta-object system is the way to raise it in a test.
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit"));
        QCOMPARE(clipboardText(), QString());
        QCOMPARE(cleared.size(), 1);
    }
};

QTEST_MAIN(TestKeyClipboard)
#include "test_key_clipboard.moc"
