#include "ui/DetailPane.h"

#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Validation.h"
#include "services/core/AppContext.h"
#include "services/core/AuditText.h"
#include "services/core/LiveUpdates.h"
#include "services/core/OrgQueries.h"
#include "services/provisioning/OrgOperations.h"
#include "services/reports/SpendReports.h"
#include "ui/BudgetChange.h"
#include "ui/Colors.h"
#include "ui/Dialogs.h"
#include "ui/DisplayNames.h"
#include "ui/GuardedChange.h"
#include "ui/MembersPanel.h"
#include "ui/OrgTableModel.h"
#include "ui/SpendChartView.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrgConsole {

DetailPane::DetailPane(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("detailPane"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_gauge = new QProgressBar(this);
    m_gauge->setObjectName(QStringLiteral("budgetGauge"));
    m_gauge->setAccessibleName(tr("Budget used"));
    m_gauge->setRange(0, 1000);
    m_budgetText = new QLabel(this);
    m_budgetText->setObjectName(QStringLiteral("budgetText"));
    m_budgetText->setWordWrap(true);
    m_watchText = new QLabel(this);
    m_watchText->setObjectName(QStringLiteral("budgetWatchText"));
    m_watchText->setWordWrap(true);
    m_levelsButton = new QPushButton(tr("Al&ert levels…"), this);
    m_levelsButton->setObjectName(QStringLiteral("alertLevelsButton"));
    connect(m_levelsButton, &QPushButton::clicked, this, [this] { emit alertLevelsRequested(m_org.id); });
    m_keyText = new QLabel(this);
    m_keyText->setObjectName(QStringLiteral("keyText"));
    m_keyText->setWordWrap(true);
    m_keyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_people = new QLabel(this);
    m_people->setWordWrap(true);
    m_people->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Chart range"));
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->setCurrentIndex(1);
    m_byModel = new QCheckBox(tr("S&plit by model"), this);
    m_byModel->setObjectName(QStringLiteral("chartByModel"));
    m_reports = m_context->newReports();
    m_chart = new SpendChartView(this); // fewer date labels when narrow, so none is cut
    m_chart->setObjectName(QStringLiteral("spendChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    // The chart's own colours follow the palette: its light theme's grey labels vanish on a dark window.
    m_chart->chart()->setTheme(Colors::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->chart()->legend()->hide();
    m_chart->chart()->setBackgroundVisible(false);
    m_chart->setFocusPolicy(Qt::NoFocus); // nothing to do there by keyboard: Tab passes it by

    m_audit = new QTreeWidget(this);
    m_audit->setObjectName(QStringLiteral("auditList"));
    m_audit->setAccessibleName(tr("Audit history"));
    m_audit->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Outcome")});
    m_audit->setRootIsDecorated(false);
    m_audit->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_audit->header()->setSectionResizeMode(2, QHeaderView::Stretch); // "What", with its full text as a tooltip
    m_audit->header()->setStretchLastSection(false);

    m_members = new MembersPanel(context, clipboard, this);
    connect(m_members, &MembersPanel::organizationChanged, this, &DetailPane::organizationChanged);
    connect(m_members, &MembersPanel::message, this, &DetailPane::message);
    buildActions();
    buildLayout();
    showOrganization(nullptr);
}

DetailPane::~DetailPane() = default;

void DetailPane::buildActions()
{
    m_budgetButton = new QPushButton(tr("Change &budget…"), this);
    m_budgetButton->setObjectName(QStringLiteral("changeBudgetButton"));
    m_rotateButton = new QPushButton(tr("&Rotate key…"), this);
    m_rotateButton->setObjectName(QStringLiteral("rotateKeyButton"));
    m_blockButton = new QPushButton(tr("B&lock key"), this);
    m_blockButton->setObjectName(QStringLiteral("blockKeyButton"));
    m_deleteButton = new QPushButton(tr("&Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_recoverButton = new QPushButton(tr("Re&cover…"), this);
    m_recoverButton->setObjectName(QStringLiteral("recoverOrgButton"));
    m_recoverButton->setToolTip(tr("Lists what Recover would do with this and other unfinished organizations, then does it"));
    // Each button has its action (Organization menu, context menu); both are enabled together.
    const std::pair<QPushButton *, void (DetailPane::*)()> pairs[] = {{m_budgetButton, &DetailPane::changeBudget},
                                                                      {m_rotateButton, &DetailPane::rotateKey},
                                                                      {m_blockButton, &DetailPane::toggleBlocked},
                                                                      {m_recoverButton, &DetailPane::recoverRequested},
                                                                      {m_deleteButton, &DetailPane::deleteOrganization}};
    for (const auto &[button, slot] : pairs) {
        auto *action = new QAction(button->text(), this);
        action->setObjectName(button->objectName().replace(QLatin1String("Button"), QLatin1String("Action")));
        connect(button, &QPushButton::clicked, this, slot);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        m_defaultTips.append(button->toolTip());
    }
    m_actions.last()->setShortcut(QKeySequence::Delete);
    m_actions.last()->setShortcutContext(Qt::WidgetWithChildrenShortcut); // only where it is added: the list
    connect(m_range, &QComboBox::currentIndexChanged, this, &DetailPane::loadChart);
    connect(m_byModel, &QCheckBox::toggled, this, &DetailPane::loadChart);
}

void DetailPane::buildLayout()
{
    auto *budgetBox = new QGroupBox(tr("Budget"), this);
    auto *budgetLayout = new QVBoxLayout(budgetBox);
    budgetLayout->addWidget(m_gauge);
    budgetLayout->addWidget(m_budgetText);
    auto *watchRow = new QHBoxLayout;
    watchRow->addWidget(m_watchText, 1);
    watchRow->addWidget(m_levelsButton, 0, Qt::AlignTop);
    budgetLayout->addLayout(watchRow);
    auto *chartBox = new QGroupBox(tr("Spend over time"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    auto *chartOptions = new QHBoxLayout;
    chartOptions->addStretch(1);
    chartOptions->addWidget(m_byModel);
    chartOptions->addWidget(m_range);
    chartLayout->addLayout(chartOptions);
    chartLayout->addWidget(m_chart);
    auto *keyBox = new QGroupBox(tr("Key, owner and contact"), this);
    auto *keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_keyText);
    keyLayout->addWidget(m_people);
    auto *auditBox = new QGroupBox(tr("Audit history"), this);
    auto *auditLayout = new QVBoxLayout(auditBox);
    auditLayout->addWidget(m_audit);
    auto *actionsRow = new QWidget(this); // hidden with the sections while nothing is selected
    actionsRow->setObjectName(QStringLiteral("detailActions"));
    auto *buttons = new QHBoxLayout(actionsRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_budgetButton);
    buttons->addWidget(m_rotateButton);
    buttons->addWidget(m_blockButton);
    buttons->addWidget(m_recoverButton);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(nothingSelectedHint());
    layout->addWidget(actionsRow); // near the top: in view on a small screen, where the pane scrolls
    layout->addWidget(budgetBox);
    layout->addWidget(chartBox, 2);
    layout->addWidget(keyBox);
    layout->addWidget(m_members, 2);
    layout->addWidget(auditBox, 1);
    layout->addStretch(0); // takes the room only while the sections are hidden (nothing selected)
}

void DetailPane::setBusy(bool busy)
{
    m_busy = busy;
    busy = busy || !m_workElsewhere.isEmpty(); // another desktop's operation: nothing to do here meanwhile
    const bool active = !m_org.id.isEmpty() && m_org.status == OrgStatus::Active && !busy;
    m_budgetButton->setEnabled(active && m_context->hasProxy());
    m_rotateButton->setEnabled(active && m_context->hasProxy());
    m_blockButton->setEnabled(active && m_context->hasProxy());
    m_deleteButton->setEnabled(!m_org.id.isEmpty() && !busy && m_context->hasProxy());
    m_recoverButton->setVisible(!m_org.id.isEmpty() && m_org.status != OrgStatus::Active);
    m_recoverButton->setEnabled(!busy && m_context->hasProxy());
    m_members->setEnabled(m_workElsewhere.isEmpty()); // its Add and Remove wait too
    const QString reason = m_workElsewhere.isEmpty()
        ? QString()
        : tr("Not now: \"%1\" is %2. This becomes possible again when that ends.").arg(m_org.name, m_workElsewhere);
    QPushButton *buttons[] = {m_budgetButton, m_rotateButton, m_blockButton, m_recoverButton, m_deleteButton};
    for (int i = 0; i < m_actions.size(); ++i) {
        buttons[i]->setToolTip(reason.isEmpty() ? m_defaultTips.at(i) : reason);
        m_actions.at(i)->setText(buttons[i]->text());
        m_actions.at(i)->setEnabled(buttons[i]->isEnabled());
        m_actions.at(i)->setToolTip(buttons[i]->toolTip());
        m_actions.at(i)->setStatusTip(reason);
        m_actions.at(i)->setVisible(!buttons[i]->isHidden()); // Recover only where it applies
    }
}

void DetailPane::setWorkInProgress(const WorkInProgress &work)
{
    const QString text = work.elsewhere ? work.text : QString();
    if (text == m_workElsewhere)
        return;
    m_workElsewhere = text;
    showSummary();
    setBusy(m_busy);
}

void DetailPane::updateOrganization(const Organization &organization, bool membersChanged)
{
    if (organization.id != m_org.id)
        return;
    const bool budgetMoved = organization.maxBudget != m_org.maxBudget || organization.budgetDuration != m_org.budgetDuration;
    m_org = organization;
    if (membersChanged)
        m_members->showOrganization(&m_org);
    showSummary();
    setBusy(m_busy);
    loadAudit();
    if (budgetMoved)
        loadChart(); // its line is the budget's daily pace
}

QList<QAction *> DetailPane::organizationActions() const
{
    return m_actions;
}

void DetailPane::setFiguresAsOf(const QDateTime &asOf, bool stale)
{
    m_figuresAsOf = asOf;
    m_figuresStale = stale;
    showFigures();
}

// The gauge and the budget line, with when the figures were read; red when the budget is used up,
// greyed with the reason when the proxy could not be reached since.
void DetailPane::showFigures()
{
    const Organization &o = m_org;
    m_gauge->setEnabled(!m_figuresStale);
    m_gauge->setPalette(QPalette());
    if (o.id.isEmpty()) {
        m_gauge->setValue(0);
        m_gauge->setFormat(QString());
        m_budgetText->clear();
        showBudgetWatch();
        return;
    }
    const QString asOf = m_figuresAsOf.isValid() ? clockTime(m_figuresAsOf) : QString();
    QString figure = tr("%1 spent — unlimited").arg(formatUsd(o.spend));
    m_gauge->setValue(0);
    if (o.maxBudget) {
        const double used = *o.maxBudget > 0 ? std::min(1.0, o.spend / *o.maxBudget) : 1.0;
        m_gauge->setValue(int(used * 1000));
        figure = OrgTableModel::isOverBudget(o)
            ? tr("%1 of %2 — over by %3").arg(formatUsd(o.spend), formatUsd(o.maxBudget), formatUsd(o.spend - *o.maxBudget))
            : tr("%1 of %2 (%3%)").arg(formatUsd(o.spend), formatUsd(o.maxBudget)).arg(qRound(used * 100));
        if (o.spend >= *o.maxBudget) { // red while live; greyed like the rest when stale
            QPalette red = m_gauge->palette();
            for (auto group : {QPalette::Active, QPalette::Inactive})
                red.setColor(group, QPalette::Highlight, Colors::problemFill());
            m_gauge->setPalette(red);
        }
    }
    m_gauge->setFormat(asOf.isEmpty() ? figure : tr("%1 — as of %2").arg(figure, asOf));
    QString text = tr("Remaining: %1. Period: %2. Next reset: %3.")
                       .arg(OrgTableModel::isOverBudget(o) ? tr("none, over by %1").arg(formatUsd(o.spend - *o.maxBudget))
                                                           : formatUsd(o.remaining()),
                            o.budgetDuration.isEmpty() ? tr("never resets") : o.budgetDuration,
                            o.budgetResetAt.isValid() ? QLocale().toString(o.budgetResetAt.toLocalTime(), QLocale::ShortFormat)
                                                      : tr("none"));
    if (m_figuresStale)
        text += QLatin1Char('\n')
            + (asOf.isEmpty() ? tr("The proxy cannot be reached: these are the last figures this database knows.")
                              : tr("The proxy cannot be reached: these figures are from %1.").arg(asOf));
    m_budgetText->setText(text);
    showBudgetWatch();
}

void DetailPane::setBudgetWatchDescriber(std::function<QString(const Organization &)> describe)
{
    m_describeWatch = std::move(describe);
    showBudgetWatch();
}

void DetailPane::showBudgetWatch()
{
    const bool shown = !m_org.id.isEmpty() && m_org.status == OrgStatus::Active;
    m_watchText->setText(shown && m_describeWatch ? m_describeWatch(m_org) : QString());
    m_levelsButton->setVisible(shown && m_describeWatch);
}

void DetailPane::showOrganization(const Organization *organization)
{
    if (organization && organization->id != m_loading)
        m_loading.clear(); // shown directly: a load under way is not wanted any more
    ++m_generation;
    m_org = organization ? *organization : Organization {};
    m_workElsewhere.clear(); // the live view says it again for this one (LiveRefresher::showWork)
    m_members->showOrganization(organization);
    m_audit->clear();
    m_chart->clear();
    if (!organization) {
        m_title->setText(tr("No organization selected"));
        setSectionsVisible(false); // no empty gauge and chart that look like data
        m_status->clear();
        showFigures();
        m_keyText->clear();
        m_people->clear();
        setBusy(false);
        return;
    }
    setSectionsVisible(true);
    showSummary();
    setBusy(false);
    loadAudit();
    loadKey();
    loadChart();
}

void DetailPane::load(const QString &id)
{
    if (!m_loading.isEmpty() && id == m_loading)
        return; // already on its way
    m_loading = id;
    if (id != m_org.id)
        showOrganization(nullptr);
    if (id.isEmpty())
        return;
    m_context->queries().findByIdOrName(id, this, [this, id](Stored<Organization> read) {
        if (id != m_loading)
            return; // another row was selected meanwhile
        m_loading.clear();
        const bool found = read.ok() && read.value->id == id; // an id that is also a name: not this one
        if (!read.ok() && read.error.kind != StorageError::Kind::NotFound) {
            emit message(read.error.message);
            if (id == m_org.id)
                return; // the database is away: the organization stays as last read, to read on
        }
        showOrganization(found ? &*read.value : nullptr);
        emit loaded(found ? id : QString());
    });
}

// Title, status, figures, key and people of the organization shown.
void DetailPane::showSummary()
{
    const Organization &o = m_org;
    m_title->setText(o.name);
    const QString trouble = OrgTableModel::statusText(o);
    const bool troubled = o.status == OrgStatus::Failed || trouble != DisplayNames::orgStatus(o.status);
    QPalette palette;
    if (troubled)
        palette.setColor(QPalette::WindowText, Colors::problem());
    m_status->setPalette(palette);
    if (!m_workElsewhere.isEmpty())
        m_status->setText(tr("Now %1: its actions wait until that ends, and this pane updates by itself.").arg(m_workElsewhere));
    else if (o.status == OrgStatus::Active)
        m_status->setText(tr("Active since %1%2")
                              .arg(QLocale().toString(o.provisionedAt.toLocalTime(), QLocale::ShortFormat),
                                   troubled ? tr(" — %1").arg(trouble) : QString()));
    else
        m_status->setText(
            tr("Status: %1%2. Recover looks at it once its operation has ended.")
                .arg(DisplayNames::orgStatus(o.status), o.lastError.isEmpty() ? QString() : tr(" — ") + o.lastError));
    showFigures();
    m_keyText->setText(tr("Key %1%2, alias %3").arg(o.keyName, o.keyBlocked ? tr(" (blocked)") : QString(), o.keyAlias));
    m_blockButton->setText(o.keyBlocked ? tr("&Unblock key") : tr("B&lock key"));
    const QString contact = QStringLiteral("%1 %2").arg(o.contactName, o.contactEmail).trimmed();
    m_people->setText(tr("Owner: %1\nContact: %2\nCreated %3 by %4")
                          .arg(o.ownerUserId, contact.isEmpty() ? tr("none") : contact,
                               QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat), o.createdBy));
}

void DetailPane::loadAudit()
{
    const quint64 generation = m_generation;
    m_context->queries().audit(m_org.id, 200, this, [this, generation](Stored<QList<AuditEntry>> r) {
        if (generation != m_generation || !r.ok())
            return;
        m_audit->clear();
        for (const AuditEntry &e : std::as_const(*r.value)) {
            auto *item = new QTreeWidgetItem(m_audit,
                                             {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.operatorName,
                                              describeAuditEntry(e), auditOutcomeText(e.outcome)});
            item->setToolTip(2, item->text(2));
            if (e.outcome != AuditOutcome::Ok)
                item->setForeground(3, Colors::problem());
        }
    });
}

void DetailPane::loadKey()
{
    if (!m_context->hasProxy() || m_org.keyHash.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_context->queries().keyDetails(m_org.keyHash, this, [this, generation](Result<KeyInfo> r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_keyText->setText(m_keyText->text() + tr("\nThe proxy could not describe the key: %1").arg(r.error.message));
            return;
        }
        const KeyInfo &k = *r.value;
        m_keyText->setText(
            tr("Key %1, alias %2\nKey spend %3, key budget %4, expires %5%6")
                .arg(k.keyName.isEmpty() ? m_org.keyName : k.keyName, k.alias, formatUsd(k.spend), formatUsd(k.maxBudget),
                     k.expires.isValid() ? QLocale().toString(k.expires.toLocalTime(), QLocale::ShortFormat) : tr("never"),
                     k.blocked ? tr(" — BLOCKED") : QString()));
    });
}

void DetailPane::setSectionsVisible(bool visible)
{
    const auto sections = findChildren<QGroupBox *>(Qt::FindDirectChildrenOnly);
    for (QGroupBox *section : sections)
        section->setVisible(visible);
    findChild<QWidget *>(QStringLiteral("detailActions"))->setVisible(visible);
    findChild<QWidget *>(QStringLiteral("nothingSelectedHint"))->setVisible(!visible);
}

// Said instead of an empty gauge, chart and boxes while no organization is selected.
QLabel *DetailPane::nothingSelectedHint()
{
    auto *hint = new QLabel(tr("Select an organization to see its budget, spend, key and members.\n\n"
                               "Up and Down choose one in the list, Ctrl+F filters it, Ctrl+N creates an organization, "
                               "F1 opens the user guide."),
                            this);
    hint->setObjectName(QStringLiteral("nothingSelectedHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

// The end of a change: the pane usable again; nothing when the user kept the other desktop's
// change or the change failed (then said, and the history reloaded: the failure is in it too).
const OperationResult *DetailPane::finishChange(const std::optional<OperationResult> &result, const QString &failure)
{
    setBusy(false);
    if (!result || !result->ok)
        loadAudit();
    if (result && !result->ok)
        showError(this, failure, result->error.message);
    return result && result->ok ? &*result : nullptr;
}

void DetailPane::changeBudget()
{
    const Organization asRead = m_org; // the pane may update live while the dialog is open
    BudgetDialog dialog(m_org, this);
    dialog.setMemberBudgets(m_members->ownBudgets());
    if (dialog.exec() != QDialog::Accepted || m_org.id != asRead.id)
        return;
    setBusy(true);
    auto *change = new BudgetChange(m_context, this, [this](std::optional<OperationResult> result) {
        const OperationResult *done = finishChange(result, tr("Changing the budget failed"));
        if (!done)
            return;
        const OperationResult &r = *done;
        emit organizationChanged(r.organization);
        emit message(tr("Budget of \"%1\" set to %2.").arg(r.organization.name, formatUsd(r.organization.maxBudget)));
    });
    change->start(asRead, m_org, dialog.maxBudget(), dialog.budgetDuration());
}

void DetailPane::rotateKey()
{
    if (!confirm(this, tr("Rotate key"),
                 tr("Generate a new key for \"%1\" and delete the current one (%2)? Applications using the old key stop working.")
                     .arg(m_org.name, m_org.keyName)))
        return;
    setBusy(true);
    auto *change
        = GuardedChange::forOrganization(m_context, this, m_org, tr("Your change: a new key for \"%1\".").arg(m_org.name),
                                         tr("Reload it and rotate its key as it is now?"));
    runGuarded<OperationResult>(
        change, [this, id = m_org.id](auto done) { m_context->operations().rotateKey(id, done); },
        [this](std::optional<OperationResult> result) {
            const OperationResult *done = finishChange(result, tr("Rotating the key failed"));
            if (!done)
                return;
            const OperationResult &r = *done;
            emit organizationChanged(r.organization);
            ShowKeyDialog dialog(r.organization, r.rawKey, m_clipboard, this);
            dialog.exec();
        });
}

void DetailPane::toggleBlocked()
{
    const bool block = !m_org.keyBlocked;
    // Blocking stops the customer's every request at once: asked, like Rotate and Delete.
    if (block
        && !confirm(
            this, tr("Block key"),
            tr("Block the key %1 of \"%2\"? Every request with it fails until it is unblocked.").arg(m_org.keyName, m_org.name)))
        return;
    setBusy(true);
    auto *change = GuardedChange::forOrganization(
        m_context, this, m_org, block ? tr("Your change: block its key.") : tr("Your change: unblock its key."),
        block ? tr("Reload it and block its key as it is now?") : tr("Reload it and unblock its key as it is now?"));
    runGuarded<OperationResult>(
        change, [this, id = m_org.id, block](auto done) { m_context->operations().setKeyBlocked(id, block, done); },
        [this, block](std::optional<OperationResult> result) {
            const OperationResult *done
                = finishChange(result, block ? tr("Blocking the key failed") : tr("Unblocking the key failed"));
            if (!done)
                return;
            const OperationResult &r = *done;
            emit organizationChanged(r.organization);
            emit message(block ? tr("Key of \"%1\" blocked.").arg(r.organization.name)
                               : tr("Key of \"%1\" unblocked.").arg(r.organization.name));
        });
}

void DetailPane::deleteOrganization()
{
    const Organization asRead = m_org; // the pane may update live while the dialog is open
    ConfirmDeleteDialog dialog(m_org.name, m_org.memberCount, this);
    if (dialog.exec() != QDialog::Accepted || m_org.id != asRead.id)
        return;
    setBusy(true);
    const QString id = m_org.id;
    auto *change = GuardedChange::forOrganization(m_context, this, asRead, tr("Your change: delete \"%1\".").arg(asRead.name),
                                                  tr("Delete it as it is now?"));
    runGuarded<OperationResult>(
        change, [this, id](auto done) { m_context->operations().deleteOrganization(id, done); },
        [this, id](std::optional<OperationResult> result) {
            const OperationResult *done = finishChange(result, tr("Deleting the organization failed"));
            if (!done)
                return;
            const OperationResult &r = *done;
            emit organizationDeleted(id);
            emit message(tr("\"%1\" was deleted.").arg(r.organization.name));
        });
}

} // namespace OrgConsole
