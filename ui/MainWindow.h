#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;
class DetailPane;
class OrgFilterProxyModel;
class OrgTableModel;
struct Organization;

// The console's main window: organization table with filter-as-you-type, detail pane, status bar
// with the profile and the proxy's state, and the SANDBOX banner in sandbox mode.
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

public slots:
    void reload();
    void refreshFromProxy();
    void newOrganization();
    void openSettings();
    void openMaintenance();
    void openImport();
    void checkConnection();
    // Resolves operations a crash left unfinished: this host's at once when their process is gone,
    // other desktops' once their heartbeat is older than the lease; then keeps checking for the
    // latter every `intervalSeconds` (the console: 30). Says in the status bar when it did anything.
    void startRecovery(int intervalSeconds);

signals:
    void loaded(int count);

private:
    void updateCount();
    void buildTable();
    void buildStatusBar();
    void buildActions();
    void selectionChanged();
    void showMessage(const QString &text);

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    OrgTableModel *m_model;
    OrgFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    DetailPane *m_detail;
    QLabel *m_profileLabel;
    QLabel *m_connectionLabel;
    QLabel *m_countLabel;
};

} // namespace OrgConsole
