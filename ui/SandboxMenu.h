#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QMenuBar;
class QProgressDialog;
class QTimer;
class QWidget;

namespace OrgConsole {

class AppContext;
class DemoData;

// The console's Sandbox menu (only in the sandbox): load and remove the demo organizations, with
// progress and cancel, and turn simulated usage on or off. The actions have object names
// (loadDemoAction, resetDemoAction, simulatedUsageAction) so other parts of the window, e.g. an
// empty list's "Load demo data" button, can trigger them.
class SandboxMenu : public QObject
{
    Q_OBJECT
public:
    // Simulated seconds per real second while simulated usage is on: a real second is an hour.
    static constexpr int kUsageFactor = 3600;
    // How often the window refreshes its figures while simulated usage is on.
    static constexpr int kUsageRefreshMs = 5000;

    SandboxMenu(AppContext *context, QWidget *window, QMenuBar *menuBar);
    ~SandboxMenu() override;

    QAction *loadDemoAction() const { return m_load; }
    QAction *resetDemoAction() const { return m_reset; }
    QAction *simulatedUsageAction() const { return m_usage; }

public slots:
    void loadDemo();
    void resetDemo();
    void setSimulatedUsage(bool on);
    // Shows whether the sandbox runs simulated usage (the simulator keeps it, and its clock, across
    // restarts): the box checked and the figures refreshing when it does. Nothing is sent to change it.
    void showSavedUsage();

signals:
    // The organizations or their figures changed: the window reloads and refreshes.
    void dataChanged();
    // A load or reset ended (ok false: failed or cancelled).
    void demoFinished(bool ok);
    void usageChanged(bool on);

private:
    void run(bool load);
    void finished(bool load, const QString &error, bool cancelled);

    AppContext *m_context;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_load;
    QAction *m_reset;
    QAction *m_usage;
    QTimer *m_usageRefresh;
    int m_usageAsked = 0; // turned on or off here: a saved state read before then is stale
    std::unique_ptr<DemoData> m_demo;
    QProgressDialog *m_progress = nullptr;
};

} // namespace OrgConsole
