#include "ui/MembersPanel.h"

#include "models/Money.h"
#include "services/core/AppContext.h"
#include "services/core/LiveUpdates.h"
#include "services/core/OrgQueries.h"
#include "ui/AddMemberDialog.h"
#include "ui/Colors.h"
#include "ui/Dialogs.h"
#include "ui/DisplayNames.h"
#include "ui/GuardedChange.h"
#include "ui/MemberBudgetDialog.h"
#include "ui/MemberTableModel.h"
#include "ui/RemainingDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace OrgConsole {

namespace {
// A button that is the face of an action: same text (and mnemonic), enabled state and tooltip, so
// the buttons and the context menu never disagree.
QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName().replace(QLatin1String("Action"), QLatin1String("Button")));
    button->setAccessibleDescription(action->statusTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    return button;
}

// The organization as ShowKeyDialog names a key: "kc-7 in Acme Corp" with the member's key name.
Organization keyOwner(const Organization &org, const Member &member)
{
    Organization named = org;
    named.name = MembersPanel::tr("%1 in %2").arg(member.userId, org.name);
    named.keyName = member.keyName;
    return named;
}
} // namespace

MembersPanel::MembersPanel(AppContext *context, ClipboardGuard *clipboard, QWidget *parent)
    : QGroupBox(tr("Members"), parent)
    , m_context(context)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("membersPanel"));
    m_model = new MemberTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(MemberTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberTableModel::Role, Qt::AscendingOrder); // the owner first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrow keys move in the table
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {9, 8, 9, 7, 9, 10, 5, 15, 7, 17}; // Role: "★ Inhaber" in bold
    static_assert(std::size(widths) == MemberTableModel::ColumnCount);
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c] * em);
    m_table->setItemDelegateForColumn(MemberTableModel::Remaining, new RemainingDelegate(m_table));
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("membersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("membersHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    buildActions();
    buildLayout();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPanel::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_budget->isEnabled())
            changeBudget();
    });
    showOrganization(nullptr);
}

void MembersPanel::buildActions()
{
    const auto make = [this](const QString &text, const char *name, const QString &tip, void (MembersPanel::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setStatusTip(tip);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // Mnemonics unique in the main window: the organization's buttons use b, r, l, c and d.
    m_add = make(tr("&Add member…"), "addMemberAction",
                 tr("Add a person to this organization with their own key and, if wanted, a budget"), &MembersPanel::addMember);
    m_budget = make(tr("Chan&ge budget…"), "memberBudgetAction", tr("Change the selected member's budget inside the team"),
                    &MembersPanel::changeBudget);
    m_rotate = make(tr("Rotate &key…"), "memberRotateAction", tr("Give the selected member a new key and delete the old one"),
                    &MembersPanel::rotateKey);
    m_block = make(tr("Block ke&y"), "memberBlockAction", tr("Stop or allow every request with the selected member's key"),
                   &MembersPanel::toggleBlocked);
    m_remove = make(tr("Re&move…"), "memberRemoveAction", tr("Delete the selected member's keys, their membership and their row"),
                    &MembersPanel::removeMember);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut); // the Delete key in the members table only
    m_makeOwner = make(tr("Make o&wner…"), "makeOwnerAction", tr("Make the selected member the organization's owner"),
                       &MembersPanel::makeOwner);
    // The context menu in the buttons' groups: add; change the selected member; remove them.
    const auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_add, separator(), m_budget, m_rotate, m_block, m_makeOwner, separator(), m_remove});
}

QList<QPair<QString, double>> MembersPanel::ownBudgets() const
{
    QList<QPair<QString, double>> budgets;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const MemberView *view = m_model->member(row);
        if (view && view->member.maxBudget)
            budgets.append({view->member.userId, *view->member.maxBudget});
    }
    return budgets;
}

QList<QAction *> MembersPanel::memberActions() const
{
    return {m_add, m_budget, m_rotate, m_block, m_remove, m_makeOwner};
}

void MembersPanel::buildLayout()
{
    // Who joins and who leaves at the top, what changes a member under the table: each row fits
    // the pane at its narrowest without a horizontal scroll bar.
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(buttonFor(m_add, this), 0, Qt::AlignTop);
    top->addWidget(buttonFor(m_remove, this), 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {m_budget, m_rotate, m_block, m_makeOwner})
        buttons->addWidget(buttonFor(a, this));
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
}

void MembersPanel::showOrganization(const Organization *organization)
{
    ++m_generation;
    const bool sameOrganization = organization && organization->id == m_org.id;
    m_org = organization ? *organization : Organization {};
    if (!sameOrganization) { // the same one keeps its rows and summary until the new ones arrive
        m_loaded = false;
        m_select.clear();
        m_model->clear();
        m_summary->clear();
        m_summary->setStyleSheet(QString());
    }
    if (organization && m_context->hasProxy()) {
        if (!m_loaded)
            m_summary->setText(tr("Loading members…"));
        load();
    }
    updateActions();
}

// The user ids are what people look for: as wide as the ones shown need (up to 24 em), at a new
// organization only, so a width the user set stays while the rows update.
void MembersPanel::fitUserColumn()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->resizeColumnToContents(MemberTableModel::User);
    const int wanted = std::clamp(m_table->columnWidth(MemberTableModel::User), 9 * em, 24 * em);
    m_table->horizontalHeader()->resizeSection(MemberTableModel::User, wanted);
}

void MembersPanel::load()
{
    const quint64 generation = m_generation;
    const QPointer<MembersPanel> self(this);
    m_context->members().list(m_org.id, [self, generation](MembersReport report) {
        if (self && generation == self->m_generation)
            self->showReport(report);
    });
}

void MembersPanel::showReport(const MembersReport &report)
{
    const MemberView *before = current();
    const QString selected = !m_select.isEmpty() ? std::exchange(m_select, QString())
        : before                                 ? before->member.userId
                                                 : QString();
    const bool proxyRead = !report.proxyError.isError();
    if (report.organization.id.isEmpty()) { // the database could not be read
        m_model->clear();
        m_summary->setText(tr("The members could not be read: %1").arg(report.proxyError.message));
        m_summary->setStyleSheet(QStringLiteral("color: %1").arg(Colors::problem().name()));
        m_loaded = false;
        updateActions();
        return;
    }
    const int scrolled = m_table->verticalScrollBar()->value(); // a live update keeps the place
    m_model->setMembers(report.members, proxyRead);
    m_table->verticalScrollBar()->setValue(scrolled);
    if (!m_loaded)
        fitUserColumn();
    m_loaded = true;
    const int count = int(report.members.size());
    // Two forms, as English and German have; the English text stays "1 member" without a plural .ts.
    QString summary = count == 1 ? tr("1 member") : tr("%1 members").arg(count);
    if (proxyRead)
        summary += tr(" — as of %1").arg(report.asOf.toLocalTime().toString(QStringLiteral("HH:mm")));
    else
        summary
            += tr(" — the proxy could not be read (%1); the figures shown are the stored ones.").arg(report.proxyError.message);
    if (!report.unknownOnProxy.isEmpty())
        summary += tr(" The proxy's team also lists %1, unknown to this database (see Reconcile).")
                       .arg(report.unknownOnProxy.join(QStringLiteral(", ")));
    m_summary->setText(summary);
    m_summary->setStyleSheet(proxyRead ? QString() : QStringLiteral("color: %1").arg(Colors::problem().name()));
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(m_sorted->mapFromSource(m_model->index(row, 0)).row());
    updateActions();
    emit membersShown(int(report.members.size()));
}

const MemberView *MembersPanel::current() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->member(m_sorted->mapToSource(rows.first()).row());
}

void MembersPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void MembersPanel::updateActions()
{
    const MemberView *v = current();
    // Another desktop works on the selected member: its actions wait, and say why.
    const QString elsewhere = v ? memberWorkInProgress(v->member).text : QString();
    const bool online = m_context->hasProxy() && !m_busy;
    const bool orgActive = !m_org.id.isEmpty() && m_org.status == OrgStatus::Active;
    const bool active = v && v->member.status == MemberStatus::Active && orgActive && online && elsewhere.isEmpty();
    const bool blocked = v && MemberTableModel::figures(*v).keyBlocked;
    m_add->setEnabled(orgActive && online && m_loaded);
    m_budget->setEnabled(active);
    m_rotate->setEnabled(active);
    m_block->setEnabled(active && !v->member.keyHash.isEmpty());
    m_block->setText(blocked ? tr("Unblock ke&y") : tr("Block ke&y"));
    m_makeOwner->setEnabled(active && !v->isOwner);
    const bool removable = v && !v->isOwner && v->member.status != MemberStatus::Provisioning;
    m_remove->setEnabled(removable && online && !m_org.id.isEmpty() && elsewhere.isEmpty());
    m_remove->setToolTip(v && v->isOwner ? tr("%1 owns the organization and cannot be removed; make another member the owner "
                                              "first (Make owner…).")
                                               .arg(v->member.userId)
                                         : m_remove->statusTip());
    const QString reason = elsewhere.isEmpty() ? QString() : tr("Not now: %1 is %2.").arg(v->member.userId, elsewhere);
    for (QAction *action : {m_budget, m_rotate, m_block, m_makeOwner, m_remove}) {
        if (!reason.isEmpty())
            action->setToolTip(reason);
        else if (action != m_remove)
            action->setToolTip(action->statusTip());
    }
    updateHint();
}

// The empty state says what to do; with a member selected, why an action is off.
void MembersPanel::updateHint()
{
    const MemberView *v = current();
    QString hint;
    if (m_org.id.isEmpty())
        hint = tr("Select an organization to see its members.");
    else if (!m_context->hasProxy())
        hint = tr("Members are read from the proxy: configure a proxy profile in Settings (or start with --sandbox).");
    else if (m_org.status != OrgStatus::Active)
        hint = tr("Members can be added once the organization is active (it is %1).").arg(DisplayNames::orgStatus(m_org.status));
    else if (v && v->isOwner)
        hint = m_remove->toolTip();
    else if (m_loaded && m_model->rowCount() == 0)
        hint = tr("No members yet. Press Add member… (Alt+A) to give a person their own key and budget.");
    else if (m_loaded && m_model->rowCount() == 1)
        hint = tr("Only the owner so far. Press Add member… (Alt+A) to give another person their own key and, if wanted, "
                  "a budget inside the organization's.");
    else if (m_loaded && !v)
        hint = tr("Select a member to change their budget, rotate or block their key, or remove them.");
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void MembersPanel::finishChange(const MemberResult &result, const QString &failure, const QString &success)
{
    setBusy(false);
    if (!result.ok)
        showError(this, failure, result.error.message);
    else
        emit message(success);
    refreshOrganization();
}

void MembersPanel::guarded(const Member &asRead, const QString &yours, const QString &question,
                           std::function<void(std::function<void(MemberResult)>)> run, std::function<void(MemberResult)> then)
{
    auto *change = GuardedChange::forMember(m_context, this, m_org.id, asRead, yours, question);
    const QPointer<MembersPanel> self(this);
    runGuarded<MemberResult>(change, std::move(run), [self, then](std::optional<MemberResult> result) {
        if (!self)
            return;
        if (result)
            return then(*result);
        self->setBusy(false); // the user kept the other change: shown as it is now
        self->refreshOrganization();
    });
}

// Reads the organization again (its member count, its owner) and has it shown again; when nobody
// shows it again in answer, the panel reloads the members itself.
void MembersPanel::refreshOrganization()
{
    const QPointer<MembersPanel> self(this);
    m_context->queries().findByIdOrName(m_org.id, this, [self](Stored<Organization> org) {
        if (!self)
            return;
        const quint64 generation = self->m_generation;
        if (org.ok()) {
            emit self->organizationChanged(*org.value);
            if (self && generation != self->m_generation)
                return; // shown again, and so reloaded
            self->m_org = *org.value;
        }
        if (self)
            self->load();
    });
}

void MembersPanel::addMember()
{
    QStringList existing;
    for (int i = 0; i < m_model->rowCount(); ++i)
        existing.append(m_model->member(i)->member.userId);
    auto *dialog = new AddMemberDialog(m_context, m_clipboard, m_org, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddMemberDialog::memberAdded, this, [this](const Member &m) {
        m_select = m.userId; // the new member is selected once the list shows them
        emit message(tr("%1 was added to \"%2\".").arg(m.userId, m_org.name));
        refreshOrganization();
    });
    dialog->open();
}

void MembersPanel::changeBudget()
{
    const MemberView *v = current();
    if (!v)
        return;
    const Member asRead = v->member; // the rows may update live while the dialog is open
    MemberBudgetDialog dialog(m_org, v->member, MemberTableModel::figures(*v).spend, this);
    if (dialog.exec() != QDialog::Accepted || m_org.id != asRead.organizationId)
        return;
    setBusy(true);
    const QString user = asRead.userId;
    const QPointer<MembersPanel> self(this);
    const auto budget = dialog.maxBudget();
    guarded(
        asRead, tr("Your change: budget %1 for %2.").arg(budget ? formatUsd(budget) : tr("the organization's"), user),
        tr("Reload and set this budget on the current version?"),
        [this, user, budget, duration = dialog.budgetDuration()](auto done) {
            m_context->members().setBudget(m_org.id, user, budget, duration, done);
        },
        [self, user](MemberResult r) {
            if (self)
                self->finishChange(r, tr("Changing the member's budget failed"),
                                   tr("Budget of %1 set to %2.")
                                       .arg(user, r.member.maxBudget ? formatUsd(r.member.maxBudget) : tr("the organization's")));
        });
}

void MembersPanel::rotateKey()
{
    const MemberView *v = current();
    if (!v
        || !confirm(this, tr("Rotate key"),
                    tr("Generate a new key for %1 in \"%2\" and delete the current one (%3)? Applications using the old key "
                       "stop working.")
                        .arg(v->member.userId, m_org.name, v->member.keyName)))
        return;
    setBusy(true);
    const QPointer<MembersPanel> self(this);
    guarded(
        v->member, tr("Your change: a new key for %1.").arg(v->member.userId), tr("Reload and rotate the key now?"),
        [this, user = v->member.userId](auto done) { m_context->members().rotateKey(m_org.id, user, done); },
        [self](MemberResult r) {
            if (!self)
                return;
            self->finishChange(r, tr("Rotating the member's key failed"), tr("Key of %1 rotated.").arg(r.member.userId));
            if (!r.ok)
                return;
            ShowKeyDialog dialog(keyOwner(r.organization, r.member), r.rawKey, self->m_clipboard, self);
            dialog.exec();
        });
}

void MembersPanel::toggleBlocked()
{
    const MemberView *v = current();
    if (!v)
        return;
    const bool block = !MemberTableModel::figures(*v).keyBlocked;
    // Blocking stops every request of the member at once: asked, like the organization's Block.
    if (block
        && !confirm(this, tr("Block key"),
                    tr("Block the key %1 of %2 in \"%3\"? Every request with it fails until it is unblocked.")
                        .arg(v->member.keyName, v->member.userId, m_org.name)))
        return;
    setBusy(true);
    const QPointer<MembersPanel> self(this);
    guarded(
        v->member,
        block ? tr("Your change: block the key of %1.").arg(v->member.userId)
              : tr("Your change: unblock the key of %1.").arg(v->member.userId),
        block ? tr("Reload and block the key now?") : tr("Reload and unblock the key now?"),
        [this, user = v->member.userId, block](auto done) { m_context->members().setKeyBlocked(m_org.id, user, block, done); },
        [self, block](MemberResult r) {
            if (self)
                self->finishChange(r, block ? tr("Blocking the member's key failed") : tr("Unblocking the member's key failed"),
                                   block ? tr("Key of %1 blocked.").arg(r.member.userId)
                                         : tr("Key of %1 unblocked.").arg(r.member.userId));
        });
}

void MembersPanel::removeMember()
{
    const MemberView *v = current();
    if (!v || v->isOwner || !m_remove->isEnabled())
        return;
    const QString user = v->member.userId;
    const Member asRead = v->member; // the rows may update live while the dialog is open
    ConfirmDeleteDialog dialog(tr("Remove %1").arg(user),
                               tr("This deletes <b>%1</b>'s keys on the proxy (%2), then their membership of the team of "
                                  "<b>%3</b>, then their row. The audit trail is kept.<br>Type the user id to confirm:")
                                   .arg(user.toHtmlEscaped(), v->member.keyName.toHtmlEscaped(), m_org.name.toHtmlEscaped()),
                               user, this);
    dialog.setMinimumWidth(440);
    if (dialog.exec() != QDialog::Accepted || m_org.id != asRead.organizationId)
        return;
    setBusy(true);
    const QPointer<MembersPanel> self(this);
    guarded(
        asRead, tr("Your change: remove %1.").arg(user), tr("Reload and remove them now?"),
        [this, user](auto done) { m_context->members().remove(m_org.id, user, done); },
        [self, user](MemberResult r) {
            if (self)
                self->finishChange(r, tr("Removing the member failed"), tr("%1 was removed with their keys.").arg(user));
        });
}

void MembersPanel::makeOwner()
{
    const MemberView *v = current();
    if (!v || v->isOwner)
        return;
    const QString user = v->member.userId;
    if (!confirm(this, tr("Make owner"),
                 tr("Make %1 the owner of \"%2\"?\n\nOwner now: %3\nOwner after: %1\n\n%3 stays a member and can then be "
                    "removed; the owner cannot be.")
                     .arg(user, m_org.name, m_org.ownerUserId)))
        return;
    setBusy(true);
    const QPointer<MembersPanel> self(this);
    const QString previous = m_org.ownerUserId;
    guarded(
        v->member, tr("Your change: make %1 the owner.").arg(user), tr("Reload and make them the owner now?"),
        [this, user](auto done) { m_context->members().makeOwner(m_org.id, user, done); },
        [self, user, previous](MemberResult r) {
            if (self)
                self->finishChange(r, tr("Changing the owner failed"), tr("%1 is now the owner (was %2).").arg(user, previous));
        });
}

} // namespace OrgConsole
