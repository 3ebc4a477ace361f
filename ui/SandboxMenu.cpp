#include "ui/SandboxMenu.h"

#include "services/core/AppContext.h"
#include "services/provisioning/DemoData.h"
#include "ui/Dialogs.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QTimer>

namespace OrgConsole {

SandboxMenu::SandboxMenu(AppContext *context, QWidget *window, QMenuBar *menuBar)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_menu = menuBar->addMenu(tr("&Sandbox"));
    m_menu->setObjectName(QStringLiteral("sandboxMenu"));
    m_load = m_menu->addAction(tr("&Load demo organizations"), this, &SandboxMenu::loadDemo);
    m_load->setObjectName(QStringLiteral("loadDemoAction"));
    m_load->setStatusTip(tr("25 made-up organizations with members, budgets, 90 days of spend and a few problems to find"));
    m_reset = m_menu->addAction(tr("&Remove demo organizations"), this, &SandboxMenu::resetDemo);
    m_reset->setObjectName(QStringLiteral("resetDemoAction"));
    m_menu->addSeparator();
    m_usage = m_menu->addAction(tr("&Simulated usage (1 s = 1 hour)"));
    m_usage->setObjectName(QStringLiteral("simulatedUsageAction"));
    m_usage->setCheckable(true);
    m_usage->setStatusTip(tr("Spend accrues on the sandbox's keys while the simulated clock runs an hour a second"));
    connect(m_usage, &QAction::toggled, this, &SandboxMenu::setSimulatedUsage);
    m_usageRefresh = new QTimer(this);
    m_usageRefresh->setInterval(kUsageRefreshMs);
    connect(m_usageRefresh, &QTimer::timeout, this, &SandboxMenu::dataChanged);
}

SandboxMenu::~SandboxMenu() = default;

void SandboxMenu::loadDemo()
{
    run(true);
}

void SandboxMenu::resetDemo()
{
    run(false);
}

void SandboxMenu::run(bool load)
{
    if (m_demo)
        return; // one at a time: the actions are disabled meanwhile
    m_demo = m_context->newDemoData();
    m_load->setEnabled(false);
    m_reset->setEnabled(false);
    m_progress = new QProgressDialog(load ? tr("Loading the demo organizations…") : tr("Removing the demo organizations…"),
                                     tr("Stop"), 0, 1, m_window);
    m_progress->setObjectName(QStringLiteral("demoProgress"));
    m_progress->setWindowTitle(load ? tr("Demo data") : tr("Remove demo data"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_demo)
            m_demo->cancel();
    });
    auto progress = [this](const DemoData::Progress &p) {
        if (!m_progress)
            return;
        m_progress->setMaximum(std::max(1, p.total));
        m_progress->setValue(p.done);
        m_progress->setLabelText(p.text);
    };
    auto done = [this, load](OperationError e) {
        finished(load, e.isError() ? e.message : QString(), e.kind == OperationError::Kind::Cancelled);
    };
    if (load)
        m_demo->load(progress, done);
    else
        m_demo->reset(progress, done);
}

void SandboxMenu::finished(bool load, const QString &error, bool cancelled)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (m_demo)
        m_demo.release()->deleteLater(); // this runs inside one of its callbacks
    m_load->setEnabled(true);
    m_reset->setEnabled(true);
    emit dataChanged(); // whatever was made before a failure or a stop shows
    if (!error.isEmpty() && !cancelled)
        showError(m_window, load ? tr("Loading the demo data failed") : tr("Removing the demo data failed"), error);
    emit demoFinished(error.isEmpty());
}

void SandboxMenu::setSimulatedUsage(bool on)
{
    ++m_usageAsked;
    auto demo = std::shared_ptr<DemoData>(m_context->newDemoData());
    demo->setSimulatedUsage(on, kUsageFactor, [this, demo, on](OperationError e) {
        if (e.isError()) {
            const QSignalBlocker block(m_usage);
            m_usage->setChecked(!on);
            showError(m_window, tr("Simulated usage"), e.message);
            return;
        }
        if (on)
            m_usageRefresh->start();
        else
            m_usageRefresh->stop();
        emit usageChanged(on);
        emit dataChanged();
    });
}

void SandboxMenu::showSavedUsage()
{
    auto demo = std::shared_ptr<DemoData>(m_context->newDemoData());
    demo->readSimulatedUsage([this, demo, asked = m_usageAsked](std::optional<bool> on) {
        // Turned on or off here while this was read: what was read is no longer so.
        if (!on || *on == m_usage->isChecked() || asked != m_usageAsked)
            return;
        const QSignalBlocker block(m_usage);
        m_usage->setChecked(*on);
        if (*on)
            m_usageRefresh->start();
        else
            m_usageRefresh->stop();
        emit usageChanged(*on);
    });
}

} // namespace OrgConsole
