// The main window's menus, toolbar, context menu, Help, the operator's name at the first start,
// and the layout kept across starts.
#include "models/Validation.h"
#include "orgconsole/version.h"
#include "services/core/AppContext.h"
#include "services/core/Settings.h"
#include "ui/AboutDialog.h"
#include "ui/BudgetDoctorDialog.h"
#include "ui/BudgetWatchView.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"
#include "ui/ReportsWindow.h"
#include "ui/SandboxMenu.h"
#include "ui/UserGuide.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace OrgConsole {

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key, auto slot, const char *name) {
        auto *a = new QAction(QIcon(icon), text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction *newOrg = make(tr("&New organization…"), QStringLiteral(":/icons/new.svg"), QKeySequence::New,
                           &MainWindow::newOrganization, "newAction");
    QAction *refresh = make(tr("&Refresh"), QStringLiteral(":/icons/refresh.svg"), QKeySequence::Refresh,
                            &MainWindow::refreshFromProxy, "refreshAction");
    QAction *find = make(
        tr("&Find"), QStringLiteral(":/icons/find.svg"), QKeySequence::Find,
        [this] {
            m_filter->setFocus();
            m_filter->selectAll();
        },
        "findAction");
    QAction *settings = make(tr("&Settings…"), QStringLiteral(":/icons/settings.svg"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                             &MainWindow::openSettings, "settingsAction");
    QAction *maintenance = make(tr("&Audit, reconcile and recover…"), QStringLiteral(":/icons/tools.svg"),
                                QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::openMaintenance, "maintenanceAction");
    QAction *reports = make(
        tr("Spend &reports…"), QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        [this] { (new ReportsWindow(m_context, this))->show(); }, "reportsAction");
    QAction *import
        = make(tr("&Bulk import…"), QString(), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::openImport, "importAction");
    QAction *doctor = make(
        tr("Budget &doctor…"), QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { openBudgetDoctor(); },
        "budgetDoctorAction");
    QAction *quit = make(tr("&Quit"), QString(), QKeySequence::Quit, &QWidget::close, "quitAction");
    quit->setMenuRole(QAction::QuitRole);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newOrg);
    file->addAction(import);
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(find);
    view->addAction(refresh);
    buildOrganizationMenu();
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(maintenance);
    tools->addAction(doctor);
    tools->addAction(reports);
    tools->addAction(settings);
    if (m_context->isSandbox()) { // demo data and simulated usage
        auto *sandbox = new SandboxMenu(m_context, this, menuBar());
        connect(sandbox, &SandboxMenu::dataChanged, this, &MainWindow::refreshFromProxy);
        connect(this, &MainWindow::connectionChecked, sandbox, &SandboxMenu::showSavedUsage); // kept across restarts
    }
    buildHelpMenu();
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newOrg);
    bar->addAction(refresh);
    bar->addAction(find);
    bar->addAction(maintenance);
    bar->addAction(settings);
}

// The selected organization's actions, in the menu bar and on the list's context menu (right
// click, the Menu key or Shift+F10); Delete deletes the selected one when the list has the focus.
void MainWindow::buildOrganizationMenu()
{
    const QList<QAction *> actions = m_detail->organizationActions();
    QMenu *menu = menuBar()->addMenu(tr("&Organization"));
    menu->setObjectName(QStringLiteral("organizationMenu"));
    menu->addActions(actions);
    m_table->addActions(actions); // Delete's shortcut works where the list has the focus
    auto *copyName = new QAction(tr("Copy &name"), this);
    connect(copyName, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.siblingAtColumn(OrgTableModel::Name).data().toString());
    });
    auto *copyId = new QAction(tr("Copy organization &id"), this);
    connect(copyId, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(current.data(OrgTableModel::IdRole).toString());
    });
    auto *doctor = new QAction(tr("Budget d&octor for this organization…"), this);
    doctor->setObjectName(QStringLiteral("orgBudgetDoctorAction"));
    connect(doctor, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openBudgetDoctor(current.data(OrgTableModel::IdRole).toString(),
                             current.siblingAtColumn(OrgTableModel::Name).data().toString());
    });
    menu->addSeparator();
    menu->addAction(doctor);
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("organizationContextMenu"));
    m_contextMenu->addActions(actions);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(doctor);
    m_contextMenu->addAction(copyName);
    m_contextMenu->addAction(copyId);
    // Right click (on the rows), the Menu key and Shift+F10 (on the list): see eventFilter().
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    auto *shiftF10 = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(shiftF10, &QShortcut::activated, this, [this] { showContextMenu(m_table->currentIndex(), {}); });
}

void MainWindow::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const QPoint at = !globalPos.isNull() ? globalPos : m_table->viewport()->mapToGlobal(m_table->visualRect(index).center());
    m_contextMenu->popup(at);
}

// Both filters back to everything: the text filter emptied, the quick filter on "All".
void MainWindow::clearFilters()
{
    m_filter->clear();
    m_watchView->quickFilter()->setCurrentIndex(0);
}

// Keys in the filter: Esc empties it, and once it is empty puts the quick filter back on "All";
// Down, Enter and Return go to the list, on the first match when the selected organization is not
// among the matches.
bool MainWindow::filterKey(const QKeyEvent *key)
{
    if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
    if (key->key() == Qt::Key_Escape && m_watchView->quickFilter()->currentIndex() > 0) {
        clearFilters();
        return true;
    }
    if (key->key() != Qt::Key_Down && key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if (m_proxy->rowCount() == 0)
        return key->key() == Qt::Key_Down;
    if (!m_table->currentIndex().isValid() || !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    m_table->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress && filterKey(static_cast<QKeyEvent *>(event)))
        return true;
    if (event->type() != QEvent::ContextMenu || (watched != m_table && watched != m_table->viewport()))
        return QMainWindow::eventFilter(watched, event);
    auto *menu = static_cast<QContextMenuEvent *>(event);
    // By mouse: the row under it. By keyboard: the selected row, wherever the mouse is.
    if (menu->reason() == QContextMenuEvent::Mouse && watched == m_table->viewport())
        showContextMenu(m_table->indexAt(menu->pos()), menu->globalPos());
    else
        showContextMenu(m_table->currentIndex(), {});
    return true;
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About OrgConsole"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUserGuide()
{
    // One guide window, brought to the front again by F1; not modal, so the console stays usable.
    if (auto *open = findChild<UserGuideDialog *>(QStringLiteral("userGuideDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new UserGuideDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QAction *MainWindow::demoDataAction() const
{
    return findChild<QAction *>(QStringLiteral("loadDemoAction"));
}

void MainWindow::loadDemoData()
{
    if (QAction *load = demoDataAction(); load && load->isEnabled())
        load->trigger();
}

namespace {
// An action's keys as the shortcuts list shows them, with where they work when that is one part of
// the window only ("Del (in Members)" removes a member, "Del (in Organizations)" deletes one).
QString shortcutKeys(const QAction *a)
{
    const QString keys = a->shortcut().toString(QKeySequence::NativeText);
    if (a->shortcutContext() != Qt::WidgetShortcut && a->shortcutContext() != Qt::WidgetWithChildrenShortcut)
        return keys;
    const QList<QObject *> where = a->associatedObjects();
    for (const QObject *o : where) {
        const auto *w = qobject_cast<const QWidget *>(o);
        if (w && !qobject_cast<const QMenu *>(w) && !w->accessibleName().isEmpty())
            return MainWindow::tr("%1 (in %2)").arg(keys, w->accessibleName());
    }
    return keys;
}
} // namespace

// Built from the actions themselves, so the list cannot drift from what the keys do.
void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<QPair<QString, QString>> rows;
    const auto actions = findChildren<QAction *>();
    for (const QAction *a : actions) {
        if (!a->shortcut().isEmpty())
            rows.append({shortcutKeys(a), QString(a->text()).remove(QLatin1Char('&'))});
    }
    rows.append({tr("Esc (in the filter)"), tr("Show all organizations again")});
    rows.append({tr("Tab, Shift+Tab"), tr("Move between the filter, the list and the detail pane")});
    rows.append({tr("Up, Down, Page Up, Page Down"), tr("Choose an organization in the list")});
    rows.append({tr("Menu key, Shift+F10"), tr("The selected organization's actions")});
    rows.append({tr("Alt + underlined letter"), tr("The button or field with that letter")});
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(600, 520);
    dialog->open();
}

// The audit trail names whoever acts. The login name is a guess (and `root` says nothing), so
// the first start asks once; Settings changes it later.
void MainWindow::askOperatorNameOnce()
{
    Settings &settings = m_context->settings();
    if (settings.hasOperatorName() || m_context->operatorName() != osUserName())
        return; // chosen before, or given with --operator
    const QString login = osUserName();
    const bool root = login == QLatin1String("root");
    const QString prompt = root ? tr("You are logged in as root, which says nothing about who you are.\n"
                                     "Which name should the audit trail record for your changes?")
                                : tr("Which name should the audit trail record for your changes?\n"
                                     "(Tools > Settings > Defaults changes it later.)");
    const std::optional<QString> name = askText(this, tr("Your name"), prompt, root ? QString() : login);
    if (!name || name->trimmed().isEmpty()) {
        if (root)
            showMessage(tr("The audit trail names you \"root\" until you set your name in Tools > Settings > Defaults."));
        return;
    }
    if (const QString e = validateOperatorName(name->trimmed()); !e.isEmpty())
        return showError(this, tr("Your name"), e + tr(" Set it in Tools > Settings > Defaults."));
    settings.setOperatorName(name->trimmed());
    m_context->setOperatorName(name->trimmed());
}

void MainWindow::restoreLayout()
{
    Settings &settings = m_context->settings();
    restoreGeometry(settings.uiState(QStringLiteral("main/geometry")));
    restoreState(settings.uiState(QStringLiteral("main/state")));
    m_splitter->restoreState(settings.uiState(QStringLiteral("main/splitter")));
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(settings.uiState(QStringLiteral("main/columns"))))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::saveLayout()
{
    Settings &settings = m_context->settings();
    settings.setUiState(QStringLiteral("main/geometry"), saveGeometry());
    settings.setUiState(QStringLiteral("main/state"), saveState());
    settings.setUiState(QStringLiteral("main/splitter"), m_splitter->saveState());
    settings.setUiState(QStringLiteral("main/columns"), m_table->horizontalHeader()->saveState());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::openBudgetDoctor(const QString &organizationId, const QString &organizationName)
{
    whenProxyAnswers(tr("The budget doctor"), [this, organizationId, organizationName] {
        auto *dialog = new BudgetDoctorDialog(m_context, m_clipboard, organizationId, organizationName, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BudgetDoctorDialog::changed, this, &MainWindow::reload);
        dialog->open();
    });
}

} // namespace OrgConsole
