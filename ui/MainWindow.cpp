#include "ui/MainWindow.h"

#include "models/Money.h"
#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "services/provisioning/BudgetWatch.h"
#include "services/provisioning/OrgOperations.h"
#include "ui/BudgetWatchView.h"
#include "ui/Colors.h"
#include "ui/CreateOrgWizard.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/EmptyState.h"
#include "ui/ImportDialog.h"
#include "ui/LiveRefresher.h"
#include "ui/MaintenanceDialog.h"
#include "ui/OrgFilterProxyModel.h"
#include "ui/OrgListLoader.h"
#include "ui/OrgTableModel.h"
#include "ui/PaintThrottle.h"
#include "ui/RemainingDelegate.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace OrgConsole {

namespace {
// How often the console looks for operations other desktops left unfinished.
constexpr int kBackgroundRecoverySeconds = 30;
// While the list loads, it repaints at most this often (PaintThrottle): ten times a second shows
// the rows arriving; each repaint of the view costs ~7 ms of the same thread that adds the rows.
constexpr int kLoadingRepaintMs = 100;
} // namespace

void MainWindow::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("organizationTable"));
    m_table->setAccessibleName(tr("Organizations"));
    m_table->setModel(m_proxy);
    m_paintThrottle = new PaintThrottle(m_table->viewport(), kLoadingRepaintMs, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OrgTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; the arrow keys move in it
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the trouble words and "over by …" (the Status column says "key blocked", so
    // the Key column's hint may be cut) and for the header, in the user's language (German words
    // are longer; '|' separates the words of one column); a restored layout wins.
    const char *samples[] = {"Acme Corp Ltd",   "budget used up|key blocked|over budget",
                             "Max budget",      "$10,000.00",
                             "over by $100.00", "sk-...abcd",
                             "kc-1234",         "Members",
                             "30 Nov 2026",     "Over budget (100%)",
                             "not before reset"};
    static_assert(std::size(samples) == OrgTableModel::ColumnCount);
    for (int c = 0; c < OrgTableModel::ColumnCount; ++c) {
        int width = m_table->horizontalHeader()->sectionSizeHint(c);
        for (const QString &word : QString::fromUtf8(samples[c]).split(QLatin1Char('|'))) {
            const QString sample = QCoreApplication::translate("OrgConsole::OrgTableModel", word.toUtf8().constData());
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(sample) + 12);
        }
        m_table->horizontalHeader()->resizeSection(c, width);
    }
    auto *header = m_table->horizontalHeader(); // the level's icon besides its words
    header->resizeSection(OrgTableModel::Level,
                          header->sectionSize(OrgTableModel::Level) + style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
    // The budget watch's columns come last in the model; they are shown next to what they are about.
    header->moveSection(OrgTableModel::Level, OrgTableModel::Status + 1);
    header->moveSection(OrgTableModel::RunsOut, OrgTableModel::Remaining + 2);
    m_table->setItemDelegateForColumn(OrgTableModel::Remaining, new RemainingDelegate(m_table));
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectionChanged);

    // Said in the list itself when it is empty: why, and the button that does what to do.
    m_emptyState = new EmptyState(m_table->viewport());
    auto *hintLayout = new QVBoxLayout(m_table->viewport());
    hintLayout->addWidget(m_emptyState);
    m_emptyState->hide();
    connect(m_emptyState, &EmptyState::createRequested, this, &MainWindow::newOrganization);
    connect(m_emptyState, &EmptyState::demoDataRequested, this, &MainWindow::loadDemoData);
    connect(m_emptyState, &EmptyState::clearFilterRequested, this, [this] {
        clearFilters();
        m_table->setFocus();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::followCurrentRow);
}

// The list: the organizations, the filter over them, and the loader that fills them in pages.
void MainWindow::buildList()
{
    m_model = new OrgTableModel(this);
    m_proxy = new OrgFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_loader = new OrgListLoader(m_context, m_model, this);
    connect(m_loader, &OrgListLoader::pageArrived, this, &MainWindow::listPageArrived);
    connect(m_loader, &OrgListLoader::finished, this, &MainWindow::listLoaded);
    connect(m_loader, &OrgListLoader::failed, this, [this](const QString &message) {
        m_paintThrottle->release();
        m_countLabel->setText(tr("Database error"));
        showError(this, tr("Loading organizations failed"), message);
    });

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter organizations"));
    m_filter->setPlaceholderText(tr("Filter by name, owner, key or email (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &OrgFilterProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::updateEmptyHint);
    m_filter->installEventFilter(this); // Esc empties the filter (eventFilter)
}

// The list and its filters on the left, the detail pane on the right, the sandbox banner above.
void MainWindow::buildCentral()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout; // the text filter, the quick filter and the budgets' summary
    filterRow->addWidget(m_watchView->quickFilter());
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_watchView->summary());
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table);
    // The pane scrolls rather than forcing the window taller than a 1366x768 or 1280x720 screen.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setFocusPolicy(Qt::NoFocus);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 500});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (m_context->isSandbox()) {
        auto *banner
            = new QLabel(tr("SANDBOX — a simulated LiteLLM proxy and a separate database. Nothing real is touched."), central);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral(
            "QLabel { background: #ffd54a; color: #3a2c00; font-weight: bold; padding: 6px; border-radius: 4px; }"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_splitter, 1); // the banner keeps its own height
    setCentralWidget(central);
}

MainWindow::MainWindow(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(context->isSandbox() ? tr("OrgConsole — SANDBOX") : tr("OrgConsole"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/orgconsole.svg")));
    buildList();
    buildTable();

    m_detail = new DetailPane(context, clipboard, this);
    connectDetailPane();
    connectBudgetWatch();

    buildCentral();

    buildStatusBar();
    buildActions();
    m_refreshTicker = new QTimer(this);
    m_refreshTicker->setInterval(1000);
    connect(m_refreshTicker, &QTimer::timeout, this, &MainWindow::refreshTick);
    setTabOrder(m_watchView->quickFilter(), m_filter);
    setTabOrder(m_filter, m_table);
    // A first start fits the screen (1366x768 and 1280x720 included); later starts restore.
    const QRect screen
        = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(std::min(1280, screen.width() - 40), std::min(800, screen.height() - 60));
    restoreLayout();
    updateEmptyHint();
}

// The budget watch's quick filter, summary, columns and automatic refresh (BudgetWatchView).
void MainWindow::connectBudgetWatch()
{
    m_watchView = new BudgetWatchView(m_context, m_model, m_proxy, m_detail, this);
    connect(m_watchView, &BudgetWatchView::refreshDue, this, [this] { refresh(true); });
    connect(m_watchView, &BudgetWatchView::connectionCheckDue, this, &MainWindow::checkConnection);
    connect(this, &MainWindow::refreshed, m_watchView, &BudgetWatchView::refreshed);
    connect(this, &MainWindow::connectionChecked, m_watchView, &BudgetWatchView::connectionChecked);
}

void MainWindow::connectDetailPane()
{
    connect(m_detail, &DetailPane::organizationChanged, this, [this](const Organization &o) {
        const OrgListRow *before = m_model->find(o.id);
        const bool budgetMoved = !before || before->maxBudget != o.maxBudget || before->status != o.status;
        m_model->upsert(o);
        m_detail->showOrganization(&o);
        if (budgetMoved) // the summary, the crossings and the forecast as the new budget makes them
            m_context->budgetWatch().evaluate([](WatchReport) {});
    });
    connect(m_detail, &DetailPane::organizationDeleted, this, &MainWindow::removeRow);
    m_live = new LiveRefresher(m_context, m_model, m_detail, this); // what the other desktops change
    connect(m_live, &LiveRefresher::organizationRemoved, this, &MainWindow::removeRow);
    connect(m_live, &LiveRefresher::reloadNeeded, this, &MainWindow::reload);
    connect(m_live, &LiveRefresher::figuresStoredElsewhere, this, [this] {
        m_figuresAsOf = QDateTime::currentDateTimeUtc(); // another desktop's refresh, just now
        updateFigures();
    });
    connect(m_loader, &OrgListLoader::finished, m_live, &LiveRefresher::listReadEnded);
    connect(m_loader, &OrgListLoader::failed, m_live, &LiveRefresher::listReadEnded);
    connect(m_detail, &DetailPane::message, this, &MainWindow::showMessage);
    connect(m_detail, &DetailPane::recoverRequested, this, &MainWindow::openRecover);
    connect(m_detail, &DetailPane::loaded, this, [this](const QString &id) { // what another desktop does to it
        if (const OrgListRow *row = m_model->find(id))
            m_live->showWork(row->workView());
    });
}

void MainWindow::removeRow(const QString &id)
{
    const bool shown = m_detail->wantedId() == id;
    const int row = m_table->currentIndex().row();
    m_model->remove(id);
    if (!shown)
        return; // another row was selected: it stays
    // The table and the pane agree: the row now at that place (or the last one) is shown.
    m_table->clearSelection();
    m_detail->showOrganization(nullptr);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(std::clamp(row, 0, m_proxy->rowCount() - 1));
    selectionChanged(); // the current row number may not have changed, only what it shows
}

void MainWindow::buildStatusBar()
{
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_figuresLabel = new QLabel(this);
    m_figuresLabel->setObjectName(QStringLiteral("figuresLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    // The count follows the model: creates, deletes and imports change it without a reload.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    statusBar()->addPermanentWidget(m_figuresLabel);
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_live->statusLabel());
}

void MainWindow::updateCount()
{
    const int all = m_model->rowCount();
    if (m_loader->isLoading())
        m_countLabel->setText(tr("Loading… %Ln organization(s)", nullptr, all));
    else if (m_proxy->rowCount() != all) // a filter hides some: how many of how many
        m_countLabel->setText(tr("%1 of %Ln organization(s)", nullptr, all).arg(QLocale().toString(m_proxy->rowCount())));
    else
        m_countLabel->setText(tr("%Ln organization(s)", nullptr, all));
}

// A page of the list: shown at once; the first row is selected when none is (the selection and the
// filter stay as they are while the rest arrives).
void MainWindow::listPageArrived(int rowsRead)
{
    if (rowsRead > OrgListLoader::kFirstSliceRows) // the first screenful shows at once
        m_paintThrottle->hold();
    updateCount();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateEmptyHint();
}

void MainWindow::listLoaded(int total)
{
    m_paintThrottle->release();
    updateCount();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    selectionChanged(); // the pane shows the row as just read
    updateEmptyHint();
    emit loaded(total);
}

void MainWindow::updateEmptyHint()
{
    // "No organizations" only once the list has been read, not while it is loading.
    const bool empty = m_proxy->rowCount() == 0 && (m_loader->hasLoaded() || m_model->rowCount() > 0);
    m_emptyState->setVisible(empty);
    if (!empty)
        return;
    const QComboBox *quick = m_watchView->quickFilter();
    if (m_model->rowCount() > 0)
        m_emptyState->showNoMatch(m_filter->text().trimmed(), quick->currentIndex() > 0 ? quick->currentText() : QString());
    else
        m_emptyState->showNoOrganizations(m_context->isSandbox(), m_context->isSandbox() && demoDataAction());
}

// The status bar says how old the figures are; the pane shows them greyed when they are stale.
void MainWindow::updateFigures()
{
    const QString time = clockTime(m_figuresAsOf);
    QString text;
    if (m_refreshing)
        text = tr("Refreshing figures…");
    else if (!m_context->hasProxy())
        text.clear();
    else if (m_figuresStale)
        text = m_figuresAsOf.isValid()
            ? tr("<span style='color:#c62828'>Figures as of %1 — the proxy cannot be reached</span>").arg(time)
            : tr("<span style='color:#c62828'>Last known figures — the proxy cannot be reached</span>");
    else if (m_figuresAsOf.isValid())
        text = tr("Figures as of %1").arg(time);
    m_figuresLabel->setText(Colors::themed(text));
    m_figuresLabel->setToolTip(m_figuresStale ? m_proxyDetail : QString());
    m_detail->setFiguresAsOf(m_figuresAsOf, m_figuresStale);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::start(const OperationError &error)
{
    if (error.isError())
        showError(this, tr("OrgConsole"), error.message);
    for (const QString &warning : m_context->warnings())
        showError(this, tr("OrgConsole"), warning);
    reload(); // read-only: the list shows behind the question below
    if (m_context->hasDatabase()) // with or without a proxy
        m_live->start(); // from now on the other desktops' changes show as they happen
    checkConnection();
    askOperatorNameOnce(); // before anything that writes to the audit trail
    if (!m_context->hasProxy())
        return;
    refresh(true); // the figures of the last run are old: read them again at once
    startRecovery(kBackgroundRecoverySeconds);
}

void MainWindow::reload()
{
    m_live->listReadStarted(); // the figures a refresh stored show in what is read now
    m_loader->start(); // pages arrive in listPageArrived, the end in listLoaded
    updateCount();
    updateEmptyHint();
    m_profileLabel->setText(!m_context->hasProxy()       ? tr("No proxy connected")
                                : m_context->isSandbox() ? tr("Profile: <b>sandbox</b>")
                                                         : tr("Profile: <b>%1</b> (%2)")
                                                               .arg(m_context->profile().name.toHtmlEscaped(),
                                                                    m_context->profile().baseUrl.host().toHtmlEscaped()));
    m_profileLabel->setToolTip(m_context->hasProxy() ? m_context->profile().baseUrl.toString() : QString());
}

void MainWindow::setProxyState(bool ok, const QString &detail)
{
    m_proxyState = ok ? ProxyState::Connected : ProxyState::NotConnected;
    m_proxyDetail = detail;
    m_connectionLabel->setText(Colors::themed(ok ? tr("<span style='color:#2e9d4f'>●</span> connected")
                                                 : tr("<span style='color:#c62828'>●</span> not connected")));
    m_connectionLabel->setToolTip(detail);
}

void MainWindow::startRecovery(int intervalSeconds)
{
    const auto report = [this](QList<RecoveryOutcome> outcomes) {
        if (outcomes.isEmpty())
            return;
        statusBar()->showMessage(
            tr("Recovered %n unfinished operation(s); see Tools > Audit, reconcile and recover.", nullptr, int(outcomes.size())));
        reload();
    };
    m_context->operations().recover(RecoveryRules {}, false, report);
    m_context->operations().startBackgroundRecovery(intervalSeconds, report);
}

void MainWindow::checkConnection()
{
    if (!m_context->hasProxy()) {
        m_proxyState = ProxyState::NotConnected;
        m_connectionLabel->setText(tr("● offline"));
        m_connectionLabel->setToolTip(tr("No proxy profile is connected: add one in Tools > Settings."));
        return;
    }
    m_connectionLabel->setText(tr("● checking…"));
    m_context->queries().proxyStatus([this](Result<ConnectionReport> r) {
        const bool ok = r.ok() && r.value->adminKey && r.value->databaseConnected;
        setProxyState(ok, r.ok() ? r.value->summary : r.error.message);
        emit connectionChecked(ok);
    });
}

void MainWindow::whenProxyAnswers(const QString &what, std::function<void()> then)
{
    if (!m_context->hasProxy())
        return showError(this, tr("No proxy"),
                         tr("%1 needs a proxy. Add a proxy profile in Tools > Settings, or start in the sandbox.").arg(what));
    if (m_proxyState == ProxyState::Connected)
        return then();
    showMessage(tr("Checking the proxy…"));
    m_context->queries().proxyStatus([this, what, then](Result<ConnectionReport> r) {
        const bool ok = r.ok() && r.value->adminKey && r.value->databaseConnected;
        setProxyState(ok, r.ok() ? r.value->summary : r.error.message);
        if (ok)
            return then();
        showError(this, tr("Proxy not connected"),
                  tr("%1 is not possible now: the proxy at %2 does not answer as it must.\n\n%3\n\nNothing was created. "
                     "Tools > Settings > Test connection checks it again.")
                      .arg(what, m_context->profile().baseUrl.toString(), m_proxyDetail));
    });
}

void MainWindow::refreshFromProxy()
{
    refresh(false);
}

void MainWindow::refresh(bool quiet)
{
    if (!m_context->hasProxy())
        return reload();
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_live->ownRefreshStarted(); // the list read after it shows what it stored
    m_refreshClock.start();
    m_refreshTicker->start();
    updateFigures();
    // The budget watch evaluates the new figures (levels, crossings, forecast) after the refresh.
    m_context->budgetWatch().refresh(m_context->operations(), [this, quiet](RefreshSummary s, WatchReport) {
        m_refreshing = false;
        m_refreshTicker->stop();
        const bool ok = !s.error.isError();
        m_figuresStale = !ok;
        if (ok)
            m_figuresAsOf = QDateTime::currentDateTimeUtc();
        else if (s.error.kind == OperationError::Kind::Proxy)
            setProxyState(false, s.error.message);
        updateFigures(); // before any message box: the window already shows how things are
        reload();
        if (ok) {
            checkConnection();
            showMessage(s.budgetsChangedOutside > 0
                            ? tr("%n budget(s) had been changed on the proxy, outside the console: adopted and recorded in the "
                                 "audit log.",
                                 nullptr, s.budgetsChangedOutside)
                            : tr("Refreshed %1 in %2.")
                                  .arg(tr("%Ln organization(s)", nullptr, s.organizationsUpdated),
                                       tr("%n request(s)", nullptr, s.requests)));
        } else if (quiet) {
            showMessage(tr("The figures could not be refreshed: %1").arg(s.error.message));
        }
        emit refreshed(ok);
        if (!ok && !quiet)
            showError(this, tr("Refresh failed"), s.error.message);
    });
}

// A refresh the proxy does not answer says so while it waits, and after a while the figures
// shown count as old: nothing looks live that is not.
void MainWindow::refreshTick()
{
    const qint64 seconds = m_refreshClock.elapsed() / 1000;
    if (seconds >= kSlowProxySeconds && !m_figuresStale) {
        m_figuresStale = true;
        setProxyState(false, tr("The proxy has not answered for %n second(s).", nullptr, int(seconds)));
        m_detail->setFiguresAsOf(m_figuresAsOf, true);
    }
    if (seconds >= kSlowProxySeconds / 3)
        m_figuresLabel->setText(Colors::themed(
            tr("<span style='color:#c62828'>Refreshing figures… no answer for %n s</span>", nullptr, int(seconds))));
}

// A filter or sort that took the current row out of the list leaves nothing current: the pane follows.
void MainWindow::followCurrentRow()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const OrgListRow *shown = current.isValid() ? m_model->organization(current.row()) : nullptr;
    if ((shown ? shown->id : QString()) != m_detail->wantedId())
        selectionChanged();
}

// The list holds compact rows: the pane reads the selected organization whole (DetailPane::load).
void MainWindow::selectionChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_detail->load(current.isValid() ? m_model->organization(current.row())->id : QString());
}

void MainWindow::newOrganization()
{
    whenProxyAnswers(tr("Creating an organization"), [this] {
        auto *wizard = new CreateOrgWizard(m_context, m_clipboard, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &CreateOrgWizard::organizationCreated, this, [this](const Organization &o) {
            m_model->upsert(o);
            const int row = m_model->rowOf(o.id);
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        });
        // A failure whose cleanup did not finish leaves a failed row: it is listed, for Recover.
        connect(wizard, &CreateOrgWizard::creationFailed, this, &MainWindow::reload);
        wizard->open();
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_context->hasProxy())
        return showMessage(dialog.startChangeNote());
    // No proxy yet: connect to the profile just configured.
    m_context->connectProxy([this](OperationError error) {
        if (error.isError())
            return showError(this, tr("Not connected"), error.message);
        showMessage(tr("Connected to the profile \"%1\".").arg(m_context->profile().name));
        reload();
        checkConnection();
        refresh(true);
    });
}

void MainWindow::openMaintenance()
{
    auto *dialog = new MaintenanceDialog(m_context, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceDialog::changed, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::openRecover()
{
    auto *dialog = new MaintenanceDialog(m_context, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceDialog::changed, this, &MainWindow::reload);
    dialog->showRecoverTab();
    dialog->open();
}

void MainWindow::openImport()
{
    whenProxyAnswers(tr("Importing organizations"), [this] {
        auto *dialog = new ImportDialog(m_context, m_clipboard, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportDialog::imported, this, &MainWindow::reload);
        dialog->open();
    });
}

} // namespace OrgConsole
