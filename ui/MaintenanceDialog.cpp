#include "ui/MaintenanceDialog.h"

#include "services/core/AppContext.h"
#include "services/core/AuditText.h"
#include "services/core/LiveUpdates.h"
#include "services/core/OrgQueries.h"
#include "ui/Colors.h"
#include "ui/Dialogs.h"
#include "ui/DisplayNames.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OrgConsole {

MaintenanceDialog::MaintenanceDialog(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("maintenanceDialog"));
    setWindowTitle(tr("Audit, reconcile and recover"));
    auto *tabs = new QTabWidget(this);

    auto *auditTab = new QWidget(tabs);
    m_auditFilter = new QLineEdit(auditTab);
    m_auditFilter->setObjectName(QStringLiteral("auditFilter"));
    m_auditFilter->setPlaceholderText(tr("Filter by organization, operator, action or outcome"));
    m_auditFilter->setAccessibleName(tr("Filter the audit log"));
    m_auditFilter->setClearButtonEnabled(true);
    m_audit = new QTreeWidget(auditTab);
    m_audit->setObjectName(QStringLiteral("auditLog"));
    m_audit->setAccessibleName(tr("Audit log"));
    m_audit->setHeaderLabels({tr("When"), tr("Operator"), tr("What"), tr("Organization"), tr("Outcome")});
    m_audit->setRootIsDecorated(false);
    m_audit->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_audit->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_audit->header()->setStretchLastSection(false);
    auto *auditLayout = new QVBoxLayout(auditTab);
    auditLayout->addWidget(m_auditFilter);
    auditLayout->addWidget(m_audit);
    tabs->addTab(auditTab, tr("Audit log"));

    tabs->addTab(buildReconcileTab(tabs), tr("Reconcile"));
    tabs->addTab(buildRecoverTab(tabs), tr("Recover"));
    m_tabs = tabs;
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2 && m_candidates.isEmpty())
            listCandidates(); // what Recover would act on, before it acts
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(900, 520);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_auditFilter, &QLineEdit::textChanged, this, &MaintenanceDialog::filterAudit);
    loadAudit();
    followAudit();
}

// New audit entries, from any desktop or orgctl, appear within a second while the dialog is open;
// a burst of them is read once.
void MaintenanceDialog::followAudit()
{
    auto *gather = new QTimer(this);
    gather->setSingleShot(true);
    gather->setInterval(50);
    connect(gather, &QTimer::timeout, this, &MaintenanceDialog::loadAudit);
    connect(&m_context->live(), &LiveUpdates::organizationChanged, gather, [gather](const OrgChange &change) {
        if (change.kind == OrgChange::Kind::Audit && !gather->isActive())
            gather->start();
    });
    // Entries added between the first read and the start of listening are announced to nobody.
    connect(&m_context->live(), &LiveUpdates::listening, gather, qOverload<>(&QTimer::start));
}

QWidget *MaintenanceDialog::buildReconcileTab(QWidget *tabs)
{
    auto *reconcileTab = new QWidget(tabs);
    m_drift = new QTreeWidget(reconcileTab);
    m_drift->setObjectName(QStringLiteral("driftList"));
    m_drift->setAccessibleName(tr("Differences between the database and the proxy"));
    m_drift->setHeaderLabels({tr("Drift"), tr("Organization / team"), tr("Description")});
    m_drift->setRootIsDecorated(false);
    m_drift->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_drift->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_driftStatus = new QLabel(reconcileTab);
    m_driftStatus->setWordWrap(true);
    auto *compare = new QPushButton(tr("&Compare with the proxy"), reconcileTab);
    compare->setObjectName(QStringLiteral("compareButton"));
    m_fixButton = new QPushButton(tr("&Fix selected"), reconcileTab);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setEnabled(false);
    auto *reconcileButtons = new QHBoxLayout;
    reconcileButtons->addWidget(compare);
    reconcileButtons->addStretch();
    reconcileButtons->addWidget(m_fixButton);
    auto *reconcileLayout = new QVBoxLayout(reconcileTab);
    auto *fixes = new QLabel(tr("Fixes: a budget changed outside the console is adopted from the proxy; a missing key is "
                                "re-issued; a missing team marks the organization failed for Recover; a team or key that "
                                "this database created but no organization holds is deleted once you type the phrase asked. "
                                "Teams of unknown origin are left for you to decide."),
                             reconcileTab);
    fixes->setWordWrap(true); // one long line made the dialog wider than the screen
    reconcileLayout->addWidget(fixes);
    reconcileLayout->addWidget(m_drift);
    reconcileLayout->addWidget(m_driftStatus);
    reconcileLayout->addLayout(reconcileButtons);

    connect(compare, &QPushButton::clicked, this, &MaintenanceDialog::runReconcile);
    connect(m_fixButton, &QPushButton::clicked, this, &MaintenanceDialog::fixSelected);
    compare->setEnabled(m_context->hasProxy());
    return reconcileTab;
}

QWidget *MaintenanceDialog::buildRecoverTab(QWidget *tabs)
{
    auto *recoverTab = new QWidget(tabs);
    m_recovered = new QTreeWidget(recoverTab);
    m_recovered->setObjectName(QStringLiteral("recoverList"));
    m_recovered->setAccessibleName(tr("Unfinished organizations"));
    m_recovered->setHeaderLabels({tr("Organization"), tr("Status"), tr("What Recover does")});
    m_recovered->setRootIsDecorated(false);
    m_recovered->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recovered->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_recovered->header()->setStretchLastSection(false);
    m_reissue
        = new QCheckBox(tr("Finish interrupted creations by issuing a &new key (instead of rolling them back)"), recoverTab);
    m_reissue->setObjectName(QStringLiteral("reissueCheck"));
    m_recoverStatus = new QLabel(recoverTab);
    m_recoverStatus->setObjectName(QStringLiteral("recoverStatus"));
    m_recoverStatus->setWordWrap(true);
    auto *look = new QPushButton(tr("&Look again"), recoverTab);
    look->setObjectName(QStringLiteral("lookAgainButton"));
    m_recoverButton = new QPushButton(tr("&Recover the listed organizations"), recoverTab);
    m_recoverButton->setObjectName(QStringLiteral("recoverButton"));
    m_recoverButton->setEnabled(false);
    auto *explanation = new QLabel(
        tr("Organizations left provisioning, deleting or failed by an operation that is no longer running (e.g. after a "
           "crash or a failed cleanup). They are listed first with what Recover would do; nothing happens until you press "
           "Recover. A live operation is left alone; one on another desktop counts as ended 30 seconds after its last sign of "
           "life."),
        recoverTab);
    explanation->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(look);
    buttons->addStretch();
    buttons->addWidget(m_recoverButton);
    auto *recoverLayout = new QVBoxLayout(recoverTab);
    recoverLayout->addWidget(explanation);
    recoverLayout->addWidget(m_reissue);
    recoverLayout->addWidget(m_recovered);
    recoverLayout->addWidget(m_recoverStatus);
    recoverLayout->addLayout(buttons);

    connect(look, &QPushButton::clicked, this, &MaintenanceDialog::listCandidates);
    connect(m_reissue, &QCheckBox::toggled, this, &MaintenanceDialog::listCandidates);
    connect(m_recoverButton, &QPushButton::clicked, this, &MaintenanceDialog::runRecover);
    look->setEnabled(m_context->hasProxy());
    return recoverTab;
}

void MaintenanceDialog::showRecoverTab()
{
    m_tabs->setCurrentIndex(2);
}

void MaintenanceDialog::listCandidates()
{
    if (!m_context->hasProxy())
        return;
    m_recoverStatus->setText(tr("Looking for unfinished operations…"));
    m_context->operations().recoveryCandidates(
        RecoveryRules {}, m_reissue->isChecked(), [this](QList<RecoveryCandidate> candidates, OperationError error) {
            m_recovered->clear();
            m_candidates = candidates;
            if (error.isError()) {
                m_recoverStatus->setText(error.message);
                return m_recoverButton->setEnabled(false);
            }
            int takeable = 0;
            for (const RecoveryCandidate &c : std::as_const(candidates)) {
                auto *item = new QTreeWidgetItem(m_recovered,
                                                 {c.organization.name, DisplayNames::orgStatus(c.organization.status), c.plan});
                item->setToolTip(2, c.plan);
                if (!c.takeable)
                    item->setForeground(2, palette().color(QPalette::PlaceholderText));
                takeable += c.takeable ? 1 : 0;
            }
            m_recoverStatus->setText(
                candidates.isEmpty() ? tr("Nothing to recover: no organization is left unfinished.")
                                     : tr("%n organization(s) Recover would act on now.", nullptr, takeable)
                        + (takeable < candidates.size()
                               ? tr(" %n more still running elsewhere (left alone).", nullptr, int(candidates.size() - takeable))
                               : QString()));
            m_recoverButton->setEnabled(takeable > 0);
        });
}

// Adds the entries not shown yet at the top (newest first), so that the list can follow the other
// desktops live (issue 21) without losing the selected entry or the place scrolled to.
void MaintenanceDialog::loadAudit()
{
    m_context->queries().auditAll(5000, this, [this](Stored<QList<AuditEntry>> r) {
        if (!r.ok()) {
            if (m_auditShown.isEmpty()) // a live reload that fails (the database away) keeps what is listed
                showError(this, tr("Audit log"), r.error.message);
            return;
        }
        QList<QTreeWidgetItem *> added;
        for (const AuditEntry &e : std::as_const(*r.value)) {
            if (m_auditShown.contains(e.id))
                continue;
            m_auditShown.insert(e.id);
            auto *item = new QTreeWidgetItem({QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.operatorName,
                                              describeAuditEntry(e), e.organizationName, auditOutcomeText(e.outcome)});
            item->setToolTip(2, item->text(2));
            if (e.outcome != AuditOutcome::Ok)
                item->setForeground(4, Colors::problem());
            added.append(item);
        }
        QTreeWidgetItem *top = m_audit->verticalScrollBar()->value() > 0 ? m_audit->itemAt(0, 0) : nullptr;
        m_audit->insertTopLevelItems(0, added);
        if (top) // scrolled down: the rows read stay where they were
            m_audit->scrollToItem(top, QAbstractItemView::PositionAtTop);
        filterAudit(m_auditFilter->text());
    });
}

void MaintenanceDialog::filterAudit(const QString &text)
{
    for (int i = 0; i < m_audit->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_audit->topLevelItem(i);
        bool match = text.isEmpty();
        for (int c = 1; c < 5 && !match; ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void MaintenanceDialog::runReconcile()
{
    m_driftStatus->setText(tr("Comparing…"));
    m_context->operations().reconcile([this](QList<Drift> drift, OperationError error) {
        m_drift->clear();
        m_drifts = drift;
        if (error.isError()) {
            m_driftStatus->setText(error.message);
            return;
        }
        for (int i = 0; i < drift.size(); ++i) {
            const Drift &d = drift.at(i);
            auto *item = new QTreeWidgetItem(
                m_drift,
                {QCoreApplication::translate("Reconcile", driftKindName(d.kind).toLatin1().constData()), d.name, d.description});
            item->setData(0, Qt::UserRole, i);
            if (!d.fixable())
                item->setToolTip(2, tr("OrgConsole cannot prove this database made it; decide by hand."));
        }
        m_driftStatus->setText(drift.isEmpty() ? tr("The database and the proxy agree.")
                                               : tr("%n difference(s).", nullptr, int(drift.size())));
        m_fixButton->setEnabled(!drift.isEmpty());
        listAdoptedChanges();
    });
}

// Budgets a refresh found changed on the proxy were adopted at once (the proxy enforces them), so
// they no longer differ; they are listed here with both figures, from the audit trail, so the
// drift stays visible where drift is looked for. Nothing to fix: the audit entry is the record.
void MaintenanceDialog::listAdoptedChanges()
{
    m_context->queries().auditAll(5000, this, [this](Stored<QList<AuditEntry>> r) {
        if (!r.ok())
            return;
        const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kAdoptedChangeDays);
        int adopted = 0;
        for (const AuditEntry &e : std::as_const(*r.value)) {
            if (e.action != QLatin1String(kBudgetChangedOutsideAction) || e.at < since)
                continue;
            auto *item = new QTreeWidgetItem(
                m_drift,
                {tr("budget changed outside (adopted)"), e.organizationName,
                 tr("%1; adopted by a refresh on %2.")
                     .arg(describeBudgetChange(e.details), QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat))});
            item->setData(0, Qt::UserRole, -1);
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            item->setToolTip(2, tr("Already adopted from the proxy and recorded in the audit log; nothing to fix."));
            ++adopted;
        }
        if (adopted > 0)
            m_driftStatus->setText(
                m_driftStatus->text()
                + tr(" %n budget change(s) made outside the console in the last %1 days were adopted.", nullptr, adopted)
                      .arg(kAdoptedChangeDays));
    });
}

// Fixes that delete something on the proxy are listed and need a phrase typed; the others a
// plain confirmation. Teams of unknown origin are never fixed here.
bool MaintenanceDialog::confirmFixes(QList<Drift> &chosen)
{
    QStringList deletions;
    qsizetype unfixable = 0;
    for (qsizetype i = chosen.size() - 1; i >= 0; --i) {
        if (!chosen.at(i).fixable()) {
            chosen.removeAt(i);
            ++unfixable;
        } else if (chosen.at(i).needsConfirmation()) {
            deletions.prepend(QStringLiteral("<li>%1</li>").arg(chosen.at(i).description.toHtmlEscaped()));
        }
    }
    if (unfixable > 0)
        showError(this, tr("Fix drift"),
                  tr("%n selected team(s) of unknown origin are left for you to decide; OrgConsole deletes only what this "
                     "database created.",
                     nullptr, int(unfixable)));
    if (chosen.isEmpty())
        return false;
    if (deletions.isEmpty())
        return confirm(this, tr("Fix drift"), tr("Apply the fix for %n difference(s)?", nullptr, int(chosen.size())));
    const QString phrase = tr("delete %1").arg(deletions.size());
    ConfirmDeleteDialog dialog(tr("Delete on the proxy"),
                               tr("These fixes <b>delete</b> on the proxy, with their keys:<ul>%1</ul>Type <b>%2</b> to "
                                  "confirm:")
                                   .arg(deletions.join(QString()), phrase.toHtmlEscaped()),
                               phrase, this);
    return dialog.exec() == QDialog::Accepted;
}

void MaintenanceDialog::fixSelected()
{
    QList<Drift> chosen;
    for (int i = 0; i < m_drift->topLevelItemCount(); ++i) {
        const int index = m_drift->topLevelItem(i)->data(0, Qt::UserRole).toInt();
        if (m_drift->topLevelItem(i)->isSelected() && index >= 0 && index < m_drifts.size())
            chosen.append(m_drifts.at(index));
    }
    if (chosen.isEmpty() || !confirmFixes(chosen))
        return;
    m_fixButton->setEnabled(false);
    auto queue = std::make_shared<QList<Drift>>(chosen);
    auto errors = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, queue, errors, next]() {
        if (queue->isEmpty()) {
            QTimer::singleShot(0, this, [next] { *next = nullptr; });
            emit changed();
            if (!errors->isEmpty())
                showError(this, tr("Some fixes failed"), errors->join(QLatin1Char('\n')));
            return runReconcile();
        }
        const Drift d = queue->takeFirst();
        m_context->operations().fixDrift(d, [this, errors, next, d](OperationResult r) {
            if (!r.ok)
                errors->append(d.description + QStringLiteral(": ") + r.error.message);
            if (!r.rawKey.isEmpty()) { // a re-issued key, shown once
                ShowKeyDialog dialog(r.organization, r.rawKey, m_clipboard, this);
                dialog.exec();
            }
            (*next)();
        });
    };
    (*next)();
}

void MaintenanceDialog::runRecover()
{
    const auto takeable
        = std::count_if(m_candidates.cbegin(), m_candidates.cend(), [](const RecoveryCandidate &c) { return c.takeable; });
    if (!confirm(this, tr("Recover"),
                 tr("Recover %n organization(s) as listed? What each one gets is in the list.", nullptr, int(takeable))))
        return;
    m_recoverButton->setEnabled(false);
    m_recoverStatus->setText(tr("Recovering…"));
    m_context->operations().recover(RecoveryRules {}, m_reissue->isChecked(), [this](QList<RecoveryOutcome> outcomes) {
        m_recovered->clear();
        m_candidates.clear();
        QList<NamedKey> keys;
        for (const RecoveryOutcome &o : std::as_const(outcomes)) {
            new QTreeWidgetItem(
                m_recovered,
                {o.name, QCoreApplication::translate("OrgOperations", recoveryActionName(o.action).toLatin1().constData()),
                 o.description()});
            if (!o.rawKey.isEmpty())
                keys.append({o.name, o.rawKey});
        }
        m_recoverStatus->setText(outcomes.isEmpty() ? tr("Nothing was left to recover.")
                                                    : tr("%n organization(s) handled:", nullptr, int(outcomes.size())));
        if (!keys.isEmpty()) {
            ShowKeyDialog dialog(tr("recovered organizations"), keys, m_clipboard, this);
            dialog.exec();
        }
        emit changed();
        loadAudit();
    });
}

} // namespace OrgConsole
