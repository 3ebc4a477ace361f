// orgctl watch: the budget watch as a long-running command. Refreshes on an interval, prints each
// level crossed (a line, or a JSON object per line), and stops cleanly on SIGINT or SIGTERM.
#include "app/orgctl/BudgetCommand.h"
#include "app/orgctl/Orgctl.h"
#include "app/orgctl/StopSignals.h"
#include "services/provisioning/BudgetWatch.h"

#include <QJsonDocument>
#include <QTimer>

namespace OrgConsole {

namespace {
constexpr int kDefaultIntervalSeconds = 60;
constexpr int kMaxIntervalSeconds = 86400;

// One watch run: a refresh, the crossings printed, the next refresh after the interval. A refresh
// the proxy does not answer is said on stderr and tried again at the next tick.
class WatchLoop : public QObject
{
public:
    WatchLoop(Orgctl &ctl, int intervalSeconds)
        : QObject(&ctl)
        , m_ctl(ctl)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(intervalSeconds * 1000);
        connect(&m_timer, &QTimer::timeout, this, &WatchLoop::tick);
        connect(&m_stop, &StopSignals::stopRequested, this, &WatchLoop::stop);
    }
    void start()
    {
        m_ctl.err() << "Watching the budgets every " << m_timer.interval() / 1000 << " s; Ctrl+C (or SIGTERM) stops.\n";
        m_ctl.err().flush();
        tick();
    }

private:
    void tick()
    {
        if (m_stopped)
            return;
        AppContext &context = m_ctl.context();
        context.budgetWatch().refresh(context.operations(), [this](RefreshSummary, WatchReport report) { print(report); });
    }
    void print(const WatchReport &report)
    {
        if (m_stopped)
            return;
        if (report.error.isError()) {
            m_ctl.err() << "orgctl watch: " << report.error.message << " (trying again in " << m_timer.interval() / 1000
                        << " s)\n";
            m_ctl.err().flush();
        }
        for (const BudgetCrossing &c : report.newCrossings) {
            if (m_ctl.json())
                m_ctl.out() << QJsonDocument(budgetCrossingJson(c)).toJson(QJsonDocument::Compact) << "\n";
            else
                m_ctl.out() << budgetCrossingLine(c) << "\n";
        }
        m_ctl.out().flush();
        m_timer.start();
    }
    void stop(int)
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_timer.stop();
        m_ctl.err() << "Stopped watching.\n";
        m_ctl.finish(ExitOk);
    }

    Orgctl &m_ctl;
    QTimer m_timer;
    StopSignals m_stop;
    bool m_stopped = false;
};
} // namespace

WatchCommand::WatchCommand()
    : Command(QStringLiteral("watch"), QStringLiteral("Refresh on an interval and print each budget level crossed"))
{
    addUsage(QStringLiteral("watch [--interval SECONDS]      (until Ctrl+C or SIGTERM; exit 0)"));
    addOption(QStringLiteral("interval"),
              QStringLiteral("Seconds between refreshes, 1-86400 (default %1).").arg(kDefaultIntervalSeconds),
              QStringLiteral("SECONDS"));
}

void WatchCommand::run(Orgctl &ctl, const QStringList &args)
{
    if (!args.isEmpty())
        return ctl.fail(OperationError::badInput(
            QStringLiteral("watch takes no arguments (\"%1\"); see orgctl help watch.").arg(args.first())));
    int interval = kDefaultIntervalSeconds;
    if (ctl.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        const QString text = ctl.value(QStringLiteral("interval")).trimmed();
        interval = text.toInt(&ok);
        if (!ok || interval < 1 || interval > kMaxIntervalSeconds)
            return ctl.fail(
                OperationError::badInput(QStringLiteral("--interval \"%1\" is not a whole number of seconds from 1 to %2.")
                                             .arg(text)
                                             .arg(kMaxIntervalSeconds)));
    }
    // The signals are caught before anything else happens, so a stop during the start is clean too.
    auto *loop = new WatchLoop(ctl, interval);
    ctl.withContext(true, [loop] { loop->start(); });
}

} // namespace OrgConsole
