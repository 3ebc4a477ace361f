#include "ui/BudgetWatchView.h"

#include "models/Money.h"
#include "services/core/AppContext.h"
#include "services/provisioning/BudgetWatch.h"
#include "ui/AlertLevelsDialog.h"
#include "ui/DetailPane.h"
#include "ui/Dialogs.h"
#include "ui/OrgFilterProxyModel.h"
#include "ui/OrgTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace OrgConsole {

TrayNotifier::TrayNotifier(QWidget *window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon(), window);
    m_tray->setToolTip(window->windowTitle());
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default; // the icon is the window's child

void TrayNotifier::notify(const QString &title, const QString &text, BudgetState state)
{
    if (!m_tray)
        return; // no tray: the summary line and the Level column say it
    m_tray->showMessage(title, text, state == BudgetState::OverBudget ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                        15000);
}

BudgetWatchView::BudgetWatchView(AppContext *context, OrgTableModel *model, OrgFilterProxyModel *proxy, DetailPane *detail,
                                 QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_model(model)
    , m_proxy(proxy)
    , m_detail(detail)
    , m_window(window)
{
    m_quickFilter = new QComboBox(window);
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setAccessibleName(tr("Show organizations"));
    for (QuickFilter f :
         {QuickFilter::All, QuickFilter::AtRisk, QuickFilter::OverBudget, QuickFilter::Blocked, QuickFilter::Failed})
        m_quickFilter->addItem(quickFilterText(f), int(f));
    connect(m_quickFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setQuickFilter(QuickFilter(m_quickFilter->currentData().toInt())); });
    m_summary = new QLabel(window);
    m_summary->setObjectName(QStringLiteral("budgetSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(m_timer, &QTimer::timeout, this, &BudgetWatchView::tick);
    m_notifier = std::make_unique<TrayNotifier>(window);

    BudgetWatch &watch = context->budgetWatch();
    m_figures.defaults = watch.defaultLevels();
    m_model->setBudgetWatch(m_figures);
    connect(&watch, &BudgetWatch::evaluated, this, &BudgetWatchView::evaluated);
    connect(&context->settings(), &Settings::budgetWatchChanged, this, &BudgetWatchView::applySettings);
    m_detail->setBudgetWatchDescriber([this](const Organization &o) -> QString {
        return budgetLevelDescription(o, m_figures) + QLatin1Char('\n') + budgetForecastDescription(o, m_figures);
    });
    connect(m_detail, &DetailPane::alertLevelsRequested, this, &BudgetWatchView::editLevels);
    applySettings();
}

BudgetWatchView::~BudgetWatchView() = default;

void BudgetWatchView::applySettings()
{
    const Settings &settings = m_context->settings();
    m_timer->setInterval(settings.autoRefreshMinutes() * 60 * 1000);
    if (m_context->hasProxy())
        m_timer->start(); // restarts the wait with the new interval
    if (m_figures.defaults != settings.alertLevels()) {
        m_figures.defaults = settings.alertLevels();
        m_model->setBudgetWatch(m_figures);
        m_context->budgetWatch().evaluate([](WatchReport) {}); // the new levels may be crossed already
    }
}

void BudgetWatchView::tick()
{
    if (!m_context->hasProxy())
        return;
    if (m_proxyReachable)
        emit refreshDue();
    else
        emit connectionCheckDue(); // paused: only ask whether the proxy answers again
}

void BudgetWatchView::refreshed(bool ok)
{
    m_proxyReachable = ok;
    if (m_context->hasProxy() && !m_timer->isActive())
        m_timer->start();
}

void BudgetWatchView::connectionChecked(bool ok)
{
    const bool wasPaused = !m_proxyReachable;
    m_proxyReachable = ok;
    if (ok && wasPaused)
        emit refreshDue(); // back: the figures are old, read them now
}

void BudgetWatchView::evaluated(const WatchReport &report)
{
    if (report.error.isError())
        return; // the last levels stay; the refresh already said what failed
    m_figures.defaults = report.defaults;
    m_figures.overrides = report.overrides;
    m_figures.today = m_context->budgetWatch().now().date();
    m_model->setBudgetWatch(m_figures);
    m_summary->setText(report.counts.summary());
    m_summary->setToolTip(tr("Budgets at or over their alert levels (default levels %1 %)").arg(levelsText(report.defaults)));
    notifyCrossings(report.newCrossings);
    m_detail->showBudgetWatch();
    startForecast(report);
}

// One message per budget: the highest level it crossed now.
void BudgetWatchView::notifyCrossings(const QList<BudgetCrossing> &crossings)
{
    QList<BudgetCrossing> highest;
    for (const BudgetCrossing &c : crossings) {
        auto same = std::find_if(highest.begin(), highest.end(), [&c](const BudgetCrossing &h) {
            return h.organizationId == c.organizationId && h.userId == c.userId;
        });
        if (same == highest.end())
            highest.append(c);
        else if (c.level > same->level)
            *same = c;
    }
    for (const BudgetCrossing &c : std::as_const(highest)) {
        const BudgetState state = c.level >= 100 ? BudgetState::OverBudget : BudgetState::AtRisk;
        const QString title = c.isAboutAMember() ? tr("%1 in %2: %3").arg(c.userId, c.organizationName, budgetStateText(state))
                                                 : tr("%1: %2").arg(c.organizationName, budgetStateText(state));
        const QString text
            = tr("Spend %1 of %2 crossed the %3 % level.").arg(formatUsd(c.spend), formatUsd(c.maxBudget)).arg(c.level);
        m_notifier->notify(title, text, state);
    }
}

void BudgetWatchView::startForecast(const WatchReport &report)
{
    QList<Organization> organizations;
    for (const Organization &o : report.organizations) {
        if (o.status == OrgStatus::Active) // the organizations' budgets judged
            organizations.append(o);
    }
    const quint64 generation = ++m_forecastGeneration;
    m_context->budgetWatch().forecast(
        organizations,
        [self = QPointer<BudgetWatchView>(this), this, generation](QHash<QString, BudgetForecast> forecasts, OperationError) {
            if (!self || generation != m_forecastGeneration)
                return; // a newer evaluation's forecast is on its way
            m_figures.forecasts = forecasts;
            m_model->setBudgetWatch(m_figures);
            m_detail->showBudgetWatch();
        });
}

void BudgetWatchView::editLevels(const QString &organizationId)
{
    // Asked from the detail pane, which holds the whole organization (the list's rows are compact).
    if (m_detail->organizationId() != organizationId || !m_model->find(organizationId))
        return;
    auto *dialog
        = new AlertLevelsDialog(&m_context->budgetWatch(), m_detail->organization(), m_context->operatorName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertLevelsDialog::saved, this, [this] { m_context->budgetWatch().evaluate([](WatchReport) {}); });
    dialog->open();
}

} // namespace OrgConsole
