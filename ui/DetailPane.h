#pragma once

#include "models/Organization.h"
#include "services/litellm/LiteLlmTypes.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace OrgConsole {

class AppContext;
class ClipboardGuard;
class MembersPanel;
class SpendChartView;
struct WorkInProgress;
class SpendReports;
struct ReportOutcome;
struct OperationResult;

// Everything about the selected organization: budget gauge, spend over time, key, owner,
// contact, audit history, and the actions on it.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    DetailPane(AppContext *context, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~DetailPane() override;
    void showOrganization(const Organization *organization);
    // Shows the organization with this id (none when empty), read whole on demand (the list holds
    // compact rows): until it has arrived the pane shows nothing, so no action can act on the
    // organization shown before; loaded() says when it is there.
    void load(const QString &id);
    // The id the pane shows or is loading.
    QString wantedId() const { return m_loading.isEmpty() ? m_org.id : m_loading; }
    bool isLoading() const { return !m_loading.isEmpty(); }
    const Organization &organization() const { return m_org; }
    // The organization shown changed elsewhere: its figures, status, key and audit history are
    // shown anew (its members too when `membersChanged`), the chart and the selection stay.
    void updateOrganization(const Organization &organization, bool membersChanged);
    // Another desktop runs an operation on the organization shown: said in the status line, and
    // every action is disabled with that reason until it ends.
    void setWorkInProgress(const WorkInProgress &work);
    QString organizationId() const { return m_org.id; }
    // Budget, rotate, block, recover and delete as actions, for the Organization menu and the
    // list's context menu; enabled exactly when the pane's buttons are.
    QList<QAction *> organizationActions() const;
    // When the figures (spend, budget) were last read from the proxy; `stale` when the proxy
    // could not be reached since, so they are shown as old.
    void setFiguresAsOf(const QDateTime &asOf, bool stale);
    // The budget watch's words for the shown organization (its level and forecast), asked again
    // by showBudgetWatch() whenever they may have changed.
    void setBudgetWatchDescriber(std::function<QString(const Organization &)> describe);
    void showBudgetWatch();

signals:
    void loaded(const QString &id);
    void organizationChanged(const OrgConsole::Organization &organization);
    void organizationDeleted(const QString &id);
    void message(const QString &text);
    // The selected organization failed or was interrupted: Recover should look at it.
    void recoverRequested();
    // "Alert levels…" was clicked for the shown organization.
    void alertLevelsRequested(const QString &organizationId);

private:
    void buildActions();
    void buildLayout();
    void loadAudit();
    void loadKey();
    void loadChart(); // DetailPaneChart.cpp
    void showChart(const ReportOutcome &outcome, int days);
    void setSectionsVisible(bool visible);
    QLabel *nothingSelectedHint();
    void changeBudget();
    const OperationResult *finishChange(const std::optional<OperationResult> &result, const QString &failure);
    void rotateKey();
    void toggleBlocked();
    void deleteOrganization();
    void setBusy(bool busy);
    void showSummary();
    void showFigures();

    AppContext *m_context;
    ClipboardGuard *m_clipboard;
    Organization m_org;
    QString m_loading; // the id load() is reading
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_gauge;
    QLabel *m_budgetText;
    QLabel *m_keyText;
    QLabel *m_people;
    QComboBox *m_range;
    QCheckBox *m_byModel; // the chart's bars stacked by model
    std::unique_ptr<SpendReports> m_reports; // the chart's days (DetailPaneChart.cpp)
    SpendChartView *m_chart;
    QTreeWidget *m_audit;
    QPushButton *m_budgetButton;
    QPushButton *m_rotateButton;
    QPushButton *m_blockButton;
    QPushButton *m_deleteButton;
    MembersPanel *m_members;
    QPushButton *m_recoverButton;
    QList<QAction *> m_actions; // budget, rotate, block, recover, delete
    QDateTime m_figuresAsOf;
    bool m_figuresStale = false;
    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_workElsewhere; // what another desktop is doing to it; empty when nothing
    QStringList m_defaultTips; // the buttons' own tooltips, given back when that ends
    QLabel *m_watchText;
    QPushButton *m_levelsButton;
    std::function<QString(const Organization &)> m_describeWatch;
};

} // namespace OrgConsole
