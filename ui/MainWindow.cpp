#include "ui/MainWindow.h"

#include "models/Money.h"
#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "services/provisioning/OrgOperations.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgTableModel.h"
#include "ui/RemainingDelegate.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace OrgConsole {

void MainWindow::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("organizationTable"));
    m_table->setAccessibleName(tr("Organizations"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrgTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {16, 7, 8, 7, 8, 8, 8, 6, 10};
    static_assert(std::size(widths) == OrgTableModel::ColumnCount);
    for (int c = 0; c < OrgTableModel::ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c] * em);
    m_table->setItemDelegateForColumn(OrgTableModel::Remaining, new RemainingDelegate(m_table));
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectionChanged);
}

MainWindow::MainWindow(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(context->isSandbox() ? tr("OrgConsole — SANDBOX") : tr("OrgConsole"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/orgconsole.svg")));
    m_model = new OrgTableModel(this);
    m_proxy = new OrgFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter organizations"));
    m_filter->setPlaceholderText(tr("Filter by name, owner, key or email (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &OrgFilterProxyModel::setFilterText);
    auto *clearFilter = new QShortcut(QKeySequence(Qt::Key_Escape), m_filter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(clearFilter, &QShortcut::activated, m_filter, &QLineEdit::clear); // Esc empties the filter

    buildTable();

    m_detail = new DetailPane(context, clipboard, this);
    connect(m_detail, &DetailPane::organizationChanged, this, [this](const Organization &o) {
        m_model->upsert(o);
        m_detail->showOrganization(m_model->find(o.id));
    });
    connect(m_detail, &DetailPane::organizationDeleted, this, [this](const QString &id) {
        const int row = m_table->currentIndex().row();
        m_model->remove(id);
        // The table and the pane agree: the row now at that place (or the last one) is shown.
        m_table->clearSelection();
        m_detail->showOrganization(nullptr);
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(std::clamp(row, 0, m_proxy->rowCount() - 1));
        selectionChanged(); // the current row number may not have changed, only what it shows
    });
    connect(m_detail, &DetailPane::message, this, &MainWindow::showMessage);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 520});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (context->isSandbox()) {
        auto *banner
            = new QLabel(tr("SANDBOX — a simulated LiteLLM proxy and a separate database. Nothing real is touched."), central);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #ffd54a; color: #3a2c00; font-weight: bold; padding: 6px; border-radius: 4px; }"));
        layout->addWidget(banner);
    }
    layout->addWidget(splitter);
    setCentralWidget(central);

    buildStatusBar();
    buildActions();
    resize(1280, 800);
}

void MainWindow::buildStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    // The count follows the model: creates, deletes and imports change it without a reload.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

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
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(maintenance);
    tools->addAction(settings);
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(newOrg);
    bar->addAction(refresh);
    bar->addAction(find);
    bar->addAction(maintenance);
    bar->addAction(settings);
}

void MainWindow::updateCount()
{
    m_countLabel->setText(tr("%n organization(s)", nullptr, m_model->rowCount()));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::reload()
{
    m_countLabel->setText(tr("Loading…"));
    m_context->queries().listAll(this, [this](Stored<QList<Organization>> r) {
        if (!r.ok()) {
            m_countLabel->setText(tr("Database error"));
            return showError(this, tr("Loading organizations failed"), r.error.message);
        }
        const QString selected = m_detail->organizationId();
        m_model->setOrganizations(*r.value);
        updateCount();
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        else if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        emit loaded(int(r.value->size()));
    });
    m_profileLabel->setText(m_context->hasProxy()
                                ? tr("Profile: %1 (%2)").arg(m_context->profile().name, m_context->profile().baseUrl.toString())
                                : tr("No proxy configured"));
}

void MainWindow::checkConnection()
{
    if (!m_context->hasProxy()) {
        m_connectionLabel->setText(tr("● offline"));
        return;
    }
    m_connectionLabel->setText(tr("● checking…"));
    m_context->queries().proxyStatus([this](Result<ConnectionReport> r) {
        const bool ok = r.ok() && r.value->adminKey && r.value->databaseConnected;
        m_connectionLabel->setText(ok ? tr("<span style='color:#2e9d4f'>●</span> connected")
                                      : tr("<span style='color:#c62828'>●</span> not connected"));
        m_connectionLabel->setToolTip(r.ok() ? r.value->summary : r.error.message);
    });
}

void MainWindow::refreshFromProxy()
{
    if (!m_context->hasProxy())
        return reload();
    showMessage(tr("Refreshing budgets and spend from the proxy…"));
    m_context->operations().refreshAll([this](RefreshSummary s) {
        if (s.error.isError())
            showError(this, tr("Refresh failed"), s.error.message);
        else
            showMessage(tr("Refreshed %1 organization(s) in %2 request(s).").arg(s.organizationsUpdated).arg(s.requests));
        reload();
        checkConnection();
    });
}

void MainWindow::selectionChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_detail->showOrganization(current.isValid() ? m_model->organization(current.row()) : nullptr);
}

void MainWindow::newOrganization()
{
    if (!m_context->hasProxy())
        return showError(this, tr("No proxy"), tr("Configure a proxy profile in Settings first (or start with --sandbox)."));
    auto *wizard = new CreateOrgWizard(m_context, m_clipboard, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateOrgWizard::organizationCreated, this, [this](const Organization &o) {
        m_model->upsert(o);
        const int row = m_model->rowOf(o.id);
        m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    });
    wizard->open();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_context->hasProxy())
        return showMessage(tr("Settings saved. A changed profile or database applies at the next start."));
    // No proxy yet: connect to the profile just configured.
    m_context->connectProxy([this](OperationError error) {
        if (error.isError())
            return showError(this, tr("Not connected"), error.message);
        showMessage(tr("Connected to the profile \"%1\".").arg(m_context->profile().name));
        reload();
        checkConnection();
    });
}

void MainWindow::openMaintenance()
{
    auto *dialog = new MaintenanceDialog(m_context, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceDialog::changed, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::openImport()
{
    if (!m_context->hasProxy())
        return showError(this, tr("No proxy"), tr("Configure a proxy profile in Settings first (or start with --sandbox)."));
    auto *dialog = new ImportDialog(m_context, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reload);
    dialog->open();
}

} // namespace OrgConsole
