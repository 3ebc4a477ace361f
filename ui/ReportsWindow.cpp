#include "ui/ReportsWindow.h"

#include "services/core/AppContext.h"
#include "services/core/OrgQueries.h"
#include "services/reports/ReportFormat.h"
#include "services/reports/SpendReports.h"
#include "ui/Dialogs.h"
#include "ui/ReportExport.h"
#include "ui/ReportTableModel.h"
#include "ui/SpendChartView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace OrgConsole {

namespace {
QStringList &nextSavePaths()
{
    static QStringList paths;
    return paths;
}
} // namespace

void ReportsWindow::setNextSavePaths(const QStringList &paths)
{
    nextSavePaths() = paths;
}

std::pair<QDate, QDate> ReportsWindow::presetRange(Preset preset, const QDate &today)
{
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::ThisMonth:
        return {firstOfMonth, today};
    case Preset::LastMonth:
        return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case Preset::Last30Days:
        return {today.addDays(-29), today};
    case Preset::Last90Days:
    case Preset::Custom:
        break;
    }
    return {today.addDays(-89), today};
}

ReportsWindow::ReportsWindow(AppContext *context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_reports(context->newReports())
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Spend reports"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 700);
    buildForm();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new ReportTableModel(this);
    m_sorted = new ReportSortModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_empty = new QLabel(tr("No report yet. Choose a range and what to group by, then press Run report (Ctrl+R)."), this);
    m_empty->setObjectName(QStringLiteral("reportEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    m_chart = new SpendChartView(this);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setMinimumHeight(220);
    m_chart->setFocusPolicy(Qt::NoFocus);
    m_chart->chart()->setBackgroundVisible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_chart);
    QHBoxLayout *buttons = buildButtons();
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    connect(m_reports.get(), &SpendReports::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Reading the daily spend: %1 of %2 requests…").arg(done).arg(total));
    });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, &ReportsWindow::runReport);
    new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (m_reports->isRunning())
            cancelReport();
        else
            close();
    });
    setRunning(false);
    presetChanged();
    loadOrganizations();
}

ReportsWindow::~ReportsWindow() = default;

void ReportsWindow::buildForm()
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("reportPreset"));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("reportGrouping"));
    for (ReportGrouping g : {ReportGrouping::Organization, ReportGrouping::Member, ReportGrouping::Model, ReportGrouping::Day})
        m_grouping->addItem(groupingTitle(g), int(g));
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("reportOrganization"));
    m_organization->addItem(tr("All organizations"), QString());
    auto *range = new QHBoxLayout;
    range->addWidget(m_preset);
    range->addWidget(new QLabel(tr("from"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Rang&e (UTC days):"), range);
    form->addRow(tr("&Group by:"), m_grouping);
    form->addRow(tr("&Organization:"), m_organization);
    qobject_cast<QLabel *>(form->labelForField(range))->setBuddy(m_preset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsWindow::presetChanged);
}

QHBoxLayout *ReportsWindow::buildButtons()
{
    m_run = new QPushButton(tr("&Run report"), this);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_print = new QPushButton(tr("Pr&int…"), this);
    m_print->setObjectName(QStringLiteral("printReport"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_print);
    connect(m_run, &QPushButton::clicked, this, &ReportsWindow::runReport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsWindow::cancelReport);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsWindow::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsWindow::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsWindow::print);
    return buttons;
}

void ReportsWindow::presetChanged()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    const QDate today = m_reports->today();
    m_from->setMaximumDate(today);
    m_to->setMaximumDate(today);
    if (custom)
        return;
    const auto [from, to] = presetRange(preset, today);
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReportsWindow::loadOrganizations()
{
    m_context->queries().listAll(this, [this](Stored<QList<Organization>> orgs) {
        if (!orgs.ok())
            return;
        QList<Organization> sorted = *orgs.value;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Organization &a, const Organization &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Organization &o : std::as_const(sorted)) {
            if (o.status == OrgStatus::Active)
                m_organization->addItem(o.name, o.id);
        }
    });
}

void ReportsWindow::runReport()
{
    if (m_reports->isRunning())
        return;
    ReportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.by = ReportGrouping(m_grouping->currentData().toInt());
    request.organization = m_organization->currentData().toString();
    setRunning(true);
    m_status->setText(tr("Running the report…"));
    m_reports->run(request, [this](ReportOutcome outcome) { finished(std::move(outcome)); });
}

void ReportsWindow::cancelReport()
{
    m_reports->cancel();
}

void ReportsWindow::finished(ReportOutcome outcome)
{
    setRunning(false);
    if (outcome.error.isError()) {
        m_status->setText(outcome.error.kind == OperationError::Kind::Cancelled ? tr("Cancelled; nothing changed.")
                                                                                : outcome.error.message);
        return;
    }
    showReport(*outcome.report);
}

void ReportsWindow::showReport(const SpendReport &report)
{
    m_report = report;
    m_model->setReport(report);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the report's order: largest first, days in order
    m_status->setText(tr("%1, %2: total $%3. %4 requests to the proxy, %5 organization-days from the database.")
                          .arg(reportTitle(report), reportRangeText(report.request), centsShown(report.total.cents()))
                          .arg(report.requestsMade)
                          .arg(report.storedDays));
    m_chart->chart()->setTitle(reportTitle(report));
    const bool perDay = report.request.by == ReportGrouping::Day || report.request.by == ReportGrouping::Model;
    if (perDay)
        m_chart->showDays(report.request.from, report.request.to, report.facts, true);
    else
        m_chart->showTop(report.lines);
    if (report.facts.isEmpty())
        updateEmptyState(tr("No spend in %1. Choose a longer range or another organization, then run the report again.")
                             .arg(reportRangeText(report.request)));
    else
        m_stack->setCurrentWidget(m_table);
    setRunning(false);
}

void ReportsWindow::updateEmptyState(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void ReportsWindow::setRunning(bool running)
{
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    const bool haveReport = !running && m_report.has_value();
    m_exportCsv->setEnabled(haveReport);
    m_exportPdf->setEnabled(haveReport);
    m_print->setEnabled(haveReport);
}

QString ReportsWindow::askSavePath(const QString &title, const QString &suggested, const QString &filter)
{
    if (!nextSavePaths().isEmpty())
        return nextSavePaths().takeFirst();
    return QFileDialog::getSaveFileName(this, title, saveFolder() + QLatin1Char('/') + suggested, filter);
}

void ReportsWindow::exportCsv()
{
    if (!m_report)
        return;
    const QString suggested = QStringLiteral("spend-by-%1-%2-%3.csv")
                                  .arg(groupingKey(m_report->request.by), m_report->request.from.toString(Qt::ISODate),
                                       m_report->request.to.toString(Qt::ISODate));
    const QString path = askSavePath(tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportReportCsv(path, *m_report);
    if (!error.isEmpty())
        return showError(this, tr("Export CSV"), error + tr(" Nothing was written."));
    m_status->setText(tr("Wrote %1.").arg(path));
}

void ReportsWindow::exportPdf()
{
    if (!m_report)
        return;
    const QString suggested = QStringLiteral("spend-by-%1-%2-%3.pdf")
                                  .arg(groupingKey(m_report->request.by), m_report->request.from.toString(Qt::ISODate),
                                       m_report->request.to.toString(Qt::ISODate));
    const QString path = askSavePath(tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportReportPdf(path, *m_report, m_chart);
    if (!error.isEmpty())
        return showError(this, tr("Export PDF"), error + tr(" Nothing was written."));
    m_status->setText(tr("Wrote %1.").arg(path));
}

void ReportsWindow::print()
{
    if (!m_report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(reportTitle(*m_report));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    if (painter.isActive())
        paintReport(painter, printer, *m_report, m_chart);
}

} // namespace OrgConsole
