#include "ui/MemberTableModel.h"

#include "models/Money.h"
#include "services/core/LiveUpdates.h"
#include "ui/Colors.h"
#include "ui/DisplayNames.h"
#include "ui/OrgTableModel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace OrgConsole {

static_assert(int(MemberTableModel::FractionUsedRole) == int(OrgTableModel::FractionUsedRole),
              "the budget bar is drawn by the organization list's RemainingDelegate");

namespace {
QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User:
        return tr("User");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Spend:
        return tr("Spend");
    case Budget:
        return tr("Budget");
    case Remaining:
        return tr("Remaining");
    case Period:
        return tr("Period");
    case NextReset:
        return tr("Next reset");
    case Key:
        return tr("Key");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

MemberTableModel::Figures MemberTableModel::figures(const MemberView &v)
{
    Figures f;
    if (v.membership) {
        f.spend = v.membership->spend;
        f.maxBudget = v.membership->maxBudget;
        f.budgetDuration = v.membership->budgetDuration;
        f.budgetResetAt = v.membership->budgetResetAt;
    } else {
        f.spend = v.member.spend;
        f.maxBudget = v.member.maxBudget;
        f.budgetDuration = v.member.budgetDuration;
        f.budgetResetAt = v.member.budgetResetAt;
    }
    f.keyBlocked = v.key ? v.key->blocked : v.member.keyBlocked;
    return f;
}

bool MemberTableModel::isOverBudget(const MemberView &v)
{
    const Figures f = figures(v);
    return v.member.status == MemberStatus::Active && f.maxBudget && f.spend > *f.maxBudget;
}

QString MemberTableModel::statusText(const MemberView &v) const
{
    if (const WorkInProgress work = memberWorkInProgress(v.member); work.isActive())
        return work.text; // another desktop adds, removes or changes it right now
    if (v.member.status != MemberStatus::Active)
        return DisplayNames::memberStatus(v.member.status);
    if (m_proxyRead && !v.onProxy)
        return tr("not in the team on the proxy");
    const Figures f = figures(v);
    if (f.keyBlocked)
        return tr("key blocked");
    if (isOverBudget(v))
        return tr("over budget");
    if (f.maxBudget && f.spend >= *f.maxBudget)
        return tr("budget used up");
    return DisplayNames::memberStatus(v.member.status);
}

QVariant MemberTableModel::display(const Row &row, int column) const
{
    const MemberView &v = row.view;
    const Figures &f = row.figures;
    switch (column) {
    case User:
        return v.member.userId;
    case Role:
        return v.isOwner ? tr("★ owner") : (v.member.role == QLatin1String("admin") ? tr("admin") : tr("member"));
    case Status:
        return row.status;
    case Spend:
        return formatUsd(f.spend);
    case Budget:
        return f.maxBudget ? formatUsd(f.maxBudget) : tr("org's budget");
    case Remaining:
        if (!f.maxBudget)
            return QStringLiteral("—");
        return row.overBudget ? tr("over by %1").arg(formatUsd(f.spend - *f.maxBudget))
                              : formatUsd(std::max(0.0, *f.maxBudget - f.spend));
    case Period:
        return !f.budgetDuration.isEmpty() ? f.budgetDuration : (f.maxBudget ? tr("never resets") : QStringLiteral("—"));
    case NextReset:
        return shortTime(f.budgetResetAt);
    case Key:
        return f.keyBlocked ? v.member.keyName + tr(" (blocked)") : v.member.keyName;
    case Added:
        return v.member.addedBy.isEmpty() ? shortTime(v.member.addedAt)
                                          : tr("%1 by %2").arg(shortTime(v.member.addedAt), v.member.addedBy);
    }
    return {};
}

QVariant MemberTableModel::sortValue(const Row &row, int column) const
{
    const Figures &f = row.figures;
    switch (column) {
    case User:
        return row.view.member.userId;
    case Role:
        return row.view.isOwner ? 0 : 1;
    case Status:
        return row.status;
    case Spend:
        return f.spend;
    case Budget:
        return f.maxBudget.value_or(std::numeric_limits<double>::max());
    case Remaining:
        return f.maxBudget ? *f.maxBudget - f.spend : std::numeric_limits<double>::max();
    case NextReset:
        return f.budgetResetAt;
    case Added:
        return row.view.member.addedAt;
    default:
        return display(row, column);
    }
}

QVariant MemberTableModel::toolTip(const Row &row, int column) const
{
    const MemberView &v = row.view;
    if (column == Status && !v.member.lastError.isEmpty())
        return v.member.lastError;
    if (column == Status && m_proxyRead && !v.onProxy && v.member.status == MemberStatus::Active)
        return tr("The proxy's team does not list this member: Reconcile adds the membership again.");
    if (column == User)
        return v.member.email.isEmpty() ? v.member.userId : tr("%1 (%2)").arg(v.member.userId, v.member.email);
    if (column == Budget && !row.figures.maxBudget)
        return tr("No own budget: the organization's budget applies.");
    if (column == Key && v.key)
        return tr("Alias %1, key spend %2, expires %3")
            .arg(v.member.keyAlias, formatUsd(v.key->spend), v.key->expires.isValid() ? shortTime(v.key->expires) : tr("never"));
    if (column == Role && v.isOwner)
        return tr("The organization's owner: cannot be removed while the organization exists.");
    return {};
}

// Said in words first (Status, Remaining); red only underlines it.
QVariant MemberTableModel::foreground(const Row &row, int column) const
{
    if ((column == Status || column == Remaining) && row.overBudget)
        return Colors::problem();
    if (column != Status)
        return {};
    if (row.view.member.status == MemberStatus::Provisioning)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    if (row.status != DisplayNames::memberStatus(MemberStatus::Active))
        return Colors::problem();
    return {};
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case UserIdRole:
        return row.view.member.userId;
    case FractionUsedRole: {
        const Figures &f = row.figures;
        if (column != Remaining || !f.maxBudget)
            return {};
        return *f.maxBudget <= 0 ? 1.0 : std::min(1.0, f.spend / *f.maxBudget);
    }
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::FontRole:
        if (column == Role && row.view.isOwner) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Spend || column == Budget || column == Remaining)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return foreground(row, column);
    default:
        return {};
    }
}

void MemberTableModel::setMembers(QList<MemberView> members, bool proxyRead)
{
    m_proxyRead = proxyRead; // statusText() reads it
    QList<Row> rows;
    rows.reserve(members.size());
    for (MemberView &v : members) {
        Row row {std::move(v), {}, {}, false};
        row.figures = figures(row.view);
        row.overBudget = isOverBudget(row.view);
        row.status = statusText(row.view);
        rows.append(std::move(row));
    }
    // The same people in the same order (a live update, a refresh): the rows change in place, so
    // the view keeps its selection and scroll position.
    const bool samePeople = rows.size() == m_rows.size() && !rows.isEmpty()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                      [](const Row &a, const Row &b) { return a.view.member.userId == b.view.member.userId; });
    if (samePeople) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void MemberTableModel::clear()
{
    setMembers({}, false);
}

const MemberView *MemberTableModel::member(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).view : nullptr;
}

int MemberTableModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).view.member.userId == userId)
            return i;
    }
    return -1;
}

} // namespace OrgConsole
