// Every control a screen reader can land on has a name: the main window (empty, and with an
// organization selected), each dialog and each of its tabs, and each page of the Create
// organization wizard. The name is what Qt's accessibility layer reports (QAccessible::Name): an
// explicit accessible name, a button's or check box's own text, or the buddy label of a field.
#include "models/Member.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/AboutDialog.h"
#include "ui/AddMemberDialog.h"
#include "ui/BudgetDoctorDialog.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/MaintenanceDialog.h"
#include "ui/MemberBudgetDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/UserGuide.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>

using namespace OrgConsole;

namespace {
bool interactive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTabBar *>(w) || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || (qobject_cast<const QAbstractSlider *>(w) && !qobject_cast<const QScrollBar *>(w));
}

// Qt's own parts of a control (a spin box's or combo box's line edit, a view's header and
// scroll bars, a line edit's clear button) are named through the control they belong to.
bool partOfAnother(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() != w)
        return true; // a view's header and corner button
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) || qobject_cast<const QLineEdit *>(p)
            || p->objectName().startsWith(QLatin1String("qt_scrollarea_")))
            return true;
    }
    return false;
}

// The shown interactive controls under `root` without an accessible name, as "class objectName".
QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || !interactive(w) || partOfAnother(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            out.append(QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return out;
}
} // namespace

// Collects rather than stops, so that one run lists every unnamed control (checked in cleanup()).
#define VERIFY_NAMED(widget, where)                                                                                              \
    do {                                                                                                                         \
        const QStringList unnamed = unnamedControls(widget);                                                                     \
        if (!unnamed.isEmpty())                                                                                                  \
            m_unnamed.append(QStringLiteral("%1: %2").arg(where, unnamed.join(QStringLiteral(", "))));                           \
    } while (false)

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private:
    Test::ConsoleFixture f;
    QStringList m_unnamed;

    void everyTab(QWidget *dialog, const QString &name)
    {
        dialog->show();
        const auto tabs = dialog->findChildren<QTabWidget *>();
        VERIFY_NAMED(dialog, name);
        for (QTabWidget *t : tabs) {
            for (int i = 0; i < t->count(); ++i) {
                t->setCurrentIndex(i);
                VERIFY_NAMED(dialog, QStringLiteral("%1, tab %2").arg(name, t->tabText(i)));
            }
        }
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        takeShownErrors();
        f.stop();
        const QStringList unnamed = std::exchange(m_unnamed, {});
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void mainWindow()
    {
        MainWindow window(f.context.get(), f.clipboard.get());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.reload();
        QVERIFY(loaded.wait(10000));
        VERIFY_NAMED(&window, QStringLiteral("main window, empty"));
        f.createDirectly(QStringLiteral("Acme Corp"));
        window.reload();
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!window.detailPane()->organizationId().isEmpty());
        QTest::qWait(200); // the members and the key arrive
        VERIFY_NAMED(&window, QStringLiteral("main window, Acme Corp selected"));
        window.showShortcuts();
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"))));
        VERIFY_NAMED(shortcuts, QStringLiteral("shortcuts"));
    }

    void dialogs()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        BudgetDialog budget(acme);
        everyTab(&budget, QStringLiteral("budget"));
        ConfirmDeleteDialog remove(acme.name, 1);
        everyTab(&remove, QStringLiteral("delete"));
        ShowKeyDialog one(acme, QStringLiteral("sk-one-key-for-the-test"), f.clipboard.get());
        everyTab(&one, QStringLiteral("key"));
        ShowKeyDialog several(QStringLiteral("two"),
                              {{QStringLiteral("A"), QStringLiteral("sk-a")}, {QStringLiteral("B"), QStringLiteral("sk-b")}},
                              f.clipboard.get());
        everyTab(&several, QStringLiteral("keys"));
        SettingsDialog settings(f.context.get());
        everyTab(&settings, QStringLiteral("settings"));
        MaintenanceDialog maintenance(f.context.get(), f.clipboard.get());
        everyTab(&maintenance, QStringLiteral("maintenance"));
        ImportDialog import(f.context.get(), f.clipboard.get());
        everyTab(&import, QStringLiteral("import"));
        AboutDialog about(f.context.get());
        everyTab(&about, QStringLiteral("about"));
        UserGuideDialog guide;
        everyTab(&guide, QStringLiteral("user guide"));
        AddMemberDialog add(f.context.get(), f.clipboard.get(), acme, {});
        everyTab(&add, QStringLiteral("add member"));
        Member member;
        member.organizationId = acme.id;
        member.userId = QStringLiteral("kc-1");
        MemberBudgetDialog memberBudget(acme, member, 0.0);
        everyTab(&memberBudget, QStringLiteral("member budget"));
        BudgetDoctorDialog doctor(f.context.get(), f.clipboard.get());
        everyTab(&doctor, QStringLiteral("budget doctor, checking"));
        QTRY_VERIFY_WITH_TIMEOUT(!Test::childNamed<QWidget>(&doctor, "doctorProgress")->isVisible(), 10000);
        VERIFY_NAMED(&doctor, QStringLiteral("budget doctor, checked"));
    }

    void wizardPages()
    {
        CreateOrgWizard wizard(f.context.get(), f.clipboard.get());
        wizard.show();
        VERIFY_NAMED(&wizard, QStringLiteral("wizard, details"));
        Test::childNamed<QLineEdit>(&wizard, "nameEdit")->setText(QStringLiteral("Named Co"));
        Test::childNamed<QLineEdit>(&wizard, "ownerEdit")->setText(QStringLiteral("kc-7"));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        VERIFY_NAMED(&wizard, QStringLiteral("wizard, budget"));
        wizard.next();
        VERIFY_NAMED(&wizard, QStringLiteral("wizard, review"));
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 15000);
        VERIFY_NAMED(&wizard, QStringLiteral("wizard, provisioning"));
        wizard.next();
        VERIFY_NAMED(&wizard, QStringLiteral("wizard, result"));
        Test::childNamed<QAbstractButton>(&wizard, "keyStoredCheck")->click();
        wizard.accept();
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "test_accessible_names.moc"
