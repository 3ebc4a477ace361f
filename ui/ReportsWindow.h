#pragma once

#include "services/reports/SpendReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace OrgConsole {

class AppContext;
class ReportTableModel;
class ReportSortModel;
class SpendChartView;
class SpendReports;
struct ReportOutcome;

// Tools > Reports: spend over a range of days (this month, last month, the last 30 or 90 days, or
// custom), grouped by organization, member, model or day, for all organizations or one; a sortable
// table with its total, a chart (stacked bars per day by model, or the top organizations/members),
// export to CSV and PDF, and print. Long reports show progress and can be cancelled.
class ReportsWindow : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { ThisMonth, LastMonth, Last30Days, Last90Days, Custom };

    explicit ReportsWindow(AppContext *context, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    // The range of a preset, ending today at the latest.
    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate &today);
    const std::optional<SpendReport> &report() const { return m_report; }
    // Tests only: the next file names the save dialogs return (an empty one: cancelled).
    static void setNextSavePaths(const QStringList &paths);

public slots:
    void runReport();
    void cancelReport();
    void exportCsv();
    void exportPdf();
    void print();

private:
    void buildForm();
    QHBoxLayout *buildButtons();
    void presetChanged();
    void loadOrganizations();
    void finished(ReportOutcome outcome);
    void showReport(const SpendReport &report);
    void setRunning(bool running);
    void updateEmptyState(const QString &text);
    QString askSavePath(const QString &title, const QString &suggested, const QString &filter);

    AppContext *m_context;
    std::unique_ptr<SpendReports> m_reports;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    QComboBox *m_organization;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    ReportTableModel *m_model;
    ReportSortModel *m_sorted;
    SpendChartView *m_chart;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QPushButton *m_print;
    std::optional<SpendReport> m_report;
};

} // namespace OrgConsole
