// The main window's menus, toolbar, context menu, Help, the operator's name at the first start,
// and the layout kept across starts.
#include "models/Validation.h"
#include "orgconsole/version.h"
#include "services/core/AppContext.h"
#include "services/core/Settings.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/OrgTableModel.h"
#include "ui/ReportsWindow.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
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
    tools->addAction(reports);
    tools->addAction(settings);
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
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("organizationContextMenu"));
    m_contextMenu->addActions(actions);
    m_contextMenu->addSeparator();
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return true;
    }
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
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About OrgConsole"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About OrgConsole"),
        tr("<h3>OrgConsole %1</h3>"
           "<p>Onboards customer organizations onto a LiteLLM proxy and looks after their budgets "
           "and keys.</p>"
           "<p>Profile: %2<br>Database: %3<br>Settings: %4</p>"
           "<p>Built with Qt %5 (running on Qt %6). MIT License.</p>")
            .arg(QString::fromLatin1(kVersion), m_context->hasProxy() ? m_context->profile().name.toHtmlEscaped() : tr("none"),
                 m_context->databaseLocation().displayUrl().toHtmlEscaped(), m_context->settings().fileName().toHtmlEscaped(),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

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
            rows.append({a->shortcut().toString(QKeySequence::NativeText), QString(a->text()).remove(QLatin1Char('&'))});
    }
    rows.append({tr("Esc (in the filter)"), tr("Show all organizations again")});
    rows.append({tr("Tab, Shift+Tab"), tr("Move between the filter, the list and the detail pane")});
    rows.append({tr("Up, Down, Page Up, Page Down"), tr("Choose an organization in the list")});
    rows.append({tr("Menu key, Shift+F10"), tr("The selected organization's actions")});
    rows.append({tr("Alt + underlined letter"), tr("The button or field with that letter")});
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
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

} // namespace OrgConsole
