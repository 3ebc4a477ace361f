#pragma once

#include "services/core/OperationError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMainWindow>

#include <functional>

class QAction;
class QKeyEvent;
class QLabel;
class QModelIndex;
class QPoint;
class QLineEdit;
class QMenu;
class QSplitter;
class QTimer;
class QTableView;

namespace OrgConsole {

class AppContext;
class BudgetWatchView;
class ClipboardGuard;
class DetailPane;
class EmptyState;
class LiveRefresher;
class OrgFilterProxyModel;
class OrgListLoader;
class PaintThrottle;
class OrgTableModel;
struct Organization;

// The console's main window: organization table with filter-as-you-type, detail pane, status bar
// with the profile, the proxy's state and the age of the figures, and the SANDBOX banner in
// sandbox mode. Window geometry, splitter and the table's columns and sort are kept across starts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `clipboard` clears the keys shown once from the clipboard; it outlives every dialog.
    MainWindow(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    OrgTableModel *model() const { return m_model; }
    OrgFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    BudgetWatchView *budgetWatchView() const { return m_watchView; }
    LiveRefresher *liveRefresher() const { return m_live; }
    // When the figures were last read from the proxy (invalid: not since the start), and whether
    // the proxy could not be reached since.
    QDateTime figuresAsOf() const { return m_figuresAsOf; }
    bool figuresStale() const { return m_figuresStale; }

public slots:
    // After AppContext::initialize: says what went wrong, asks for the operator's name once, lists
    // the organizations, refreshes their figures from the proxy and resolves unfinished operations.
    void start(const OrgConsole::OperationError &error);
    void reload();
    void refreshFromProxy();
    void newOrganization();
    void openSettings();
    void openMaintenance();
    void openRecover();
    void openImport();
    // The budget doctor for every organization, or (an id) one (MainWindowMenus.cpp).
    void openBudgetDoctor(const QString &organizationId = {}, const QString &organizationName = {});
    void checkConnection();
    // Resolves operations a crash left unfinished: this host's at once when their process is gone,
    // other desktops' once their heartbeat is older than the lease; then keeps checking for the
    // latter every `intervalSeconds` (the console: 30). Says in the status bar when it did anything.
    void startRecovery(int intervalSeconds);
    void showAbout();
    void showShortcuts();
    void showUserGuide();
    // The empty sandbox's "Load demo data": triggers the action named "loadDemoAction" (the demo
    // data's, in the sandbox) when there is one; nothing otherwise.
    void loadDemoData();

signals:
    void loaded(int count);
    void refreshed(bool ok);
    void connectionChecked(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool filterKey(const QKeyEvent *key);
    void clearFilters();

private:
    enum class ProxyState { Unknown, Connected, NotConnected };
    void updateCount();
    void listPageArrived(int rowsRead);
    void listLoaded(int total);
    void updateEmptyHint();
    QAction *demoDataAction() const;
    void updateFigures();
    void buildList();
    void buildCentral();
    void buildTable();
    void connectDetailPane();
    void connectBudgetWatch();
    void buildStatusBar();
    void buildActions();
    void buildOrganizationMenu();
    void buildHelpMenu();
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void restoreLayout();
    void saveLayout();
    void askOperatorNameOnce();
    void selectionChanged();
    void followCurrentRow();
    void removeRow(const QString &id);
    void showMessage(const QString &text);
    void refresh(bool quiet);
    void refreshTick();
    // Runs `then` when the proxy answers now; otherwise says why nothing can be created.
    void whenProxyAnswers(const QString &what, std::function<void()> then);
    void setProxyState(bool ok, const QString &detail);

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    OrgTableModel *m_model;
    OrgFilterProxyModel *m_proxy;
    OrgListLoader *m_loader;
    PaintThrottle *m_paintThrottle = nullptr;
    QTableView *m_table;
    QLineEdit *m_filter;
    EmptyState *m_emptyState;
    DetailPane *m_detail;
    LiveRefresher *m_live;
    BudgetWatchView *m_watchView;
    QSplitter *m_splitter;
    QLabel *m_profileLabel;
    QLabel *m_connectionLabel;
    QLabel *m_figuresLabel;
    QLabel *m_countLabel;
    QMenu *m_contextMenu = nullptr;
    ProxyState m_proxyState = ProxyState::Unknown;
    QString m_proxyDetail;
    QDateTime m_figuresAsOf;
    bool m_figuresStale = false;
    bool m_refreshing = false;
    QElapsedTimer m_refreshClock;
    QTimer *m_refreshTicker;
    static constexpr int kSlowProxySeconds = 15;
};

} // namespace OrgConsole
