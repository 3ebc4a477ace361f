#pragma once

#include "services/core/BudgetLevels.h"
#include "ui/BudgetColumns.h"

#include <QObject>
#include <QString>

#include <memory>

class QComboBox;
class QLabel;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace OrgConsole {

class AppContext;
class DetailPane;
class OrgFilterProxyModel;
class OrgTableModel;
struct BudgetCrossing;
struct WatchReport;

// Where the console says that a budget crossed a level. Behind an interface so that a test sees
// the call where no desktop tray exists (offscreen).
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier() = default;
    virtual void notify(const QString &title, const QString &text, BudgetState state) = 0;
};

// The system tray's message; the tray icon exists only where the desktop has a tray.
class TrayNotifier : public DesktopNotifier
{
public:
    explicit TrayNotifier(QWidget *window);
    ~TrayNotifier() override;
    void notify(const QString &title, const QString &text, BudgetState state) override;
    bool hasTray() const { return m_tray != nullptr; }

private:
    QSystemTrayIcon *m_tray = nullptr;
};

// The budget watch in the main window: the quick filter and the one-line summary next to the
// text filter, the Level and Runs out columns fed from each evaluation, the forecast after it,
// a notification per new crossing, and the automatic refresh (Settings' interval; while the
// proxy cannot be reached only the connection is checked, and a refresh follows once it answers).
class BudgetWatchView : public QObject
{
    Q_OBJECT
public:
    BudgetWatchView(AppContext *context, OrgTableModel *model, OrgFilterProxyModel *proxy, DetailPane *detail, QWidget *window);
    ~BudgetWatchView() override;

    QComboBox *quickFilter() const { return m_quickFilter; }
    QLabel *summary() const { return m_summary; }
    QTimer *autoRefreshTimer() const { return m_timer; }
    void setNotifier(std::unique_ptr<DesktopNotifier> notifier) { m_notifier = std::move(notifier); }
    // After a refresh (ok or not) and a connection check: the automatic refresh pauses while the
    // proxy cannot be reached.
    void refreshed(bool ok);
    void connectionChecked(bool ok);
    // Opens the selected organization's alert levels.
    void editLevels(const QString &organizationId);

signals:
    // Time for the automatic refresh, or (the proxy unreachable) for a connection check.
    void refreshDue();
    void connectionCheckDue();

private:
    void evaluated(const WatchReport &report);
    void notifyCrossings(const QList<BudgetCrossing> &crossings);
    void startForecast(const WatchReport &report);
    void tick();
    void applySettings();
    void updateDetail();

    AppContext *m_context;
    OrgTableModel *m_model;
    OrgFilterProxyModel *m_proxy;
    DetailPane *m_detail;
    QWidget *m_window;
    QComboBox *m_quickFilter;
    QLabel *m_summary;
    QTimer *m_timer;
    std::unique_ptr<DesktopNotifier> m_notifier;
    BudgetWatchFigures m_figures;
    bool m_proxyReachable = true;
    quint64 m_forecastGeneration = 0;
};

} // namespace OrgConsole
