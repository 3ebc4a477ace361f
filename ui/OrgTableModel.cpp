#include "ui/OrgTableModel.h"

#include "models/Money.h"
#include "models/Validation.h"
#include "ui/Colors.h"
#include "ui/DisplayNames.h"

#include <QColor>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

namespace OrgConsole {

OrgTableModel::OrgTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int OrgTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrgTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrgTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case MaxBudget:
        return tr("Max budget");
    case Spend:
        return tr("Spend");
    case Remaining:
        return tr("Remaining");
    case Key:
        return tr("Key");
    case Owner:
        return tr("Owner");
    case Members:
        return tr("Members");
    case Created:
        return tr("Created");
    case Level:
        return tr("Level");
    case RunsOut:
        return tr("Runs out");
    default:
        return {};
    }
}

bool OrgTableModel::isOverBudget(const Organization &o)
{
    return o.status == OrgStatus::Active && o.maxBudget && o.spend > *o.maxBudget;
}

QString OrgTableModel::statusText(const Organization &o)
{
    return statusText(OrgListRow::from(o));
}

QString OrgTableModel::statusText(const OrgListRow &o)
{
    if (o.status != OrgStatus::Active)
        return DisplayNames::orgStatus(o.status);
    if (o.keyBlocked)
        return tr("key blocked");
    if (o.isOverBudget())
        return tr("over budget");
    if (o.maxBudget && o.spend >= *o.maxBudget)
        return tr("budget used up");
    return DisplayNames::orgStatus(o.status);
}

namespace {
// Rows read one at a time (after a change) carry no member user ids; the row keeps the ones it
// had while its member count is the same, so a filter by member does not lose it.
bool keepsMemberIds(const Organization &incoming, const OrgListRow &previous)
{
    return incoming.memberIdsUtf8.isEmpty() && incoming.memberCount == previous.memberCount;
}

// The member user ids and the other fields the list does not show live in the search text only.
OrgListRow listRow(Organization &&o)
{
    return OrgListRow::from(std::move(o));
}

// The Name column's badges, loaded once (not an SVG parsed per painted cell) and let go with the
// application.
QIcon *s_badges = nullptr;
const QIcon &badge(bool failed)
{
    if (!s_badges) {
        s_badges
            = new QIcon[2] {QIcon(QStringLiteral(":/icons/step-running.svg")), QIcon(QStringLiteral(":/icons/step-failed.svg"))};
        qAddPostRoutine([] {
            delete[] s_badges;
            s_badges = nullptr;
        });
    }
    return s_badges[failed ? 1 : 0];
}

// What a column sorts by: the value, not its text.
QVariant sortValue(const OrgListRow &o, int column)
{
    switch (column) {
    case OrgTableModel::Name:
        return normalizeOrgName(o.name);
    case OrgTableModel::Status:
        return int(o.status);
    case OrgTableModel::MaxBudget:
        return o.maxBudget.value_or(std::numeric_limits<double>::max());
    case OrgTableModel::Spend:
        return o.spend;
    case OrgTableModel::Remaining:
        return o.remaining().value_or(std::numeric_limits<double>::max());
    case OrgTableModel::Key:
        return o.keyName;
    case OrgTableModel::Owner:
        return o.ownerUserId;
    case OrgTableModel::Members:
        return o.memberCount;
    case OrgTableModel::Created:
        return o.createdAt;
    }
    return {};
}
} // namespace

QVariant OrgTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const OrgListRow &o = m_rows.at(index.row());
    if (index.column() == Level || index.column() == RunsOut)
        return budgetColumnData(o, m_watch, index.column() == Level, role, SortRole);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return o.name;
        case Status:
            return m_workInProgress.value(o.id, statusText(o));
        case MaxBudget:
            return formatUsd(o.maxBudget);
        case Spend:
            return formatUsd(o.spend);
        case Remaining:
            return o.isOverBudget() ? tr("over by %1").arg(formatUsd(o.spend - *o.maxBudget)) : formatUsd(o.remaining());
        case Key:
            return o.keyBlocked ? o.keyName + tr(" (blocked)") : o.keyName;
        case Owner:
            return o.ownerUserId;
        case Members:
            return o.memberCount;
        case Created:
            return QLocale().toString(o.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        }
        return {};
    case SortRole:
        return sortValue(o, index.column());
    case Qt::DecorationRole:
        // A badge besides the words: a failed or unfinished organization stands out in the list.
        if (index.column() == Name && o.status == OrgStatus::Failed)
            return badge(true);
        if (index.column() == Name && o.status != OrgStatus::Active)
            return badge(false);
        return {};
    case IdRole:
        return o.id;
    case FractionUsedRole:
        if (!o.maxBudget)
            return QVariant();
        return *o.maxBudget <= 0 ? 1.0 : std::min(1.0, o.spend / *o.maxBudget);
    case Qt::TextAlignmentRole:
        if (index.column() == MaxBudget || index.column() == Spend || index.column() == Remaining || index.column() == Members)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && m_workInProgress.contains(o.id))
            return m_workInProgress.value(o.id);
        if (!o.lastError.isEmpty())
            return o.lastError;
        return {};
    case Qt::ForegroundRole:
        // Trouble is said in words (the Status text) and shown in red, never by colour alone.
        if ((index.column() == Status || index.column() == Remaining) && o.isOverBudget())
            return Colors::problem();
        if (index.column() == Status && (o.status == OrgStatus::Failed || o.keyBlocked))
            return Colors::problem();
        if (index.column() == Status && o.status != OrgStatus::Active)
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

void OrgTableModel::setOrganizations(QList<Organization> organizations)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(organizations.size());
    m_rowById.clear();
    m_rowById.reserve(organizations.size());
    m_index.clear();
    for (Organization &o : organizations) {
        m_rowById.insert(o.id, int(m_rows.size()));
        m_index.append(o);
        m_rows.append(listRow(std::move(o)));
    }
    endResetModel();
}

void OrgTableModel::setBudgetWatch(BudgetWatchFigures figures)
{
    m_watch = std::move(figures);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Level), index(int(m_rows.size()) - 1, RunsOut));
}

void OrgTableModel::upsert(const Organization &organization)
{
    const auto it = m_rowById.constFind(organization.id);
    if (it != m_rowById.cend()) {
        m_index.replace(*it, organization, keepsMemberIds(organization, m_rows.at(*it)));
        m_rows[*it] = OrgListRow::from(organization);
        emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(OrgListRow::from(organization));
    m_rowById.insert(organization.id, row);
    m_index.append(organization);
    endInsertRows();
}

void OrgTableModel::remove(const QString &id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return;
    const int row = *it;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    m_index.remove(row);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById[m_rows.at(i).id] = i;
    endRemoveRows();
}

void OrgTableModel::addPage(QList<Organization> page)
{
    addRows(std::span<Organization>(page.data(), size_t(page.size())));
}

void OrgTableModel::addRows(std::span<Organization> rows)
{
    std::vector<size_t> added; // of `rows`, those not listed yet
    int firstChanged = int(m_rows.size());
    int lastChanged = -1;
    for (size_t i = 0; i < rows.size(); ++i) {
        Organization &o = rows[i];
        const auto it = m_rowById.constFind(o.id);
        if (it == m_rowById.cend()) {
            added.push_back(i);
            continue;
        }
        m_index.replace(*it, o, keepsMemberIds(o, m_rows.at(*it)));
        m_rows[*it] = listRow(std::move(o));
        firstChanged = std::min(firstChanged, *it);
        lastChanged = std::max(lastChanged, *it);
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const size_t i : added) {
        Organization &o = rows[i];
        m_rowById.insert(o.id, int(m_rows.size()));
        m_index.append(o);
        m_rows.append(listRow(std::move(o)));
    }
    endInsertRows();
}

void OrgTableModel::reserve(int rows)
{
    if (rows <= m_rows.size())
        return;
    m_rows.reserve(rows);
    m_rowById.reserve(rows);
    m_index.reserve(rows);
}

void OrgTableModel::buildSortKeys(OrgListIndex::TextKey which)
{
    if (!m_index.hasKeys(which))
        m_index.buildKeys(which, m_rows);
}

const OrgListRow *OrgTableModel::organization(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const OrgListRow *OrgTableModel::find(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    return it != m_rowById.cend() ? &m_rows.at(*it) : nullptr;
}

int OrgTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void OrgTableModel::setWorkInProgress(const QString &id, const QString &text)
{
    if (m_workInProgress.value(id) == text)
        return;
    if (text.isEmpty())
        m_workInProgress.remove(id);
    else
        m_workInProgress.insert(id, text);
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row, Status), index(row, Status));
}

} // namespace OrgConsole
