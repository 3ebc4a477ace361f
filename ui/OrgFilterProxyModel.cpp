#include "ui/OrgFilterProxyModel.h"

#include "services/core/ParallelWork.h"
#include "ui/RowOrder.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace OrgConsole {

namespace {
// Rows sorted on one thread at least (fewer rows are sorted on the caller's thread alone).
constexpr qsizetype kRowsPerSortPart = 256;

std::optional<OrgListIndex::TextKey> textKey(int column)
{
    switch (column) {
    case OrgTableModel::Name:
        return OrgListIndex::NameKey;
    case OrgTableModel::Owner:
        return OrgListIndex::OwnerKey;
    case OrgTableModel::Key:
        return OrgListIndex::KeyNameKey;
    default:
        return std::nullopt;
    }
}

constexpr double kLast = std::numeric_limits<double>::max(); // unlimited budgets sort as the largest
} // namespace

OrgFilterProxyModel::OrgFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void OrgFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<OrgTableModel *>(model);
    Q_ASSERT(m_source || !model);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_source, &QAbstractItemModel::modelReset, this, &OrgFilterProxyModel::sourceReset);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &OrgFilterProxyModel::sourceRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &OrgFilterProxyModel::sourceRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &OrgFilterProxyModel::sourceRowsRemoved);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &OrgFilterProxyModel::sourceDataChanged);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

QModelIndex OrgFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= OrgTableModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex OrgFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int OrgFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrgFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : OrgTableModel::ColumnCount;
}

bool OrgFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex OrgFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_source->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex OrgFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source || sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

bool OrgFilterProxyModel::accepts(int sourceRow) const
{
    if (m_quick != QuickFilter::All) {
        const OrgListRow &o = *m_source->organization(sourceRow);
        if (!matchesQuickFilter(m_quick, o.status, o.keyBlocked, m_source->budgetWatch().reading(o)))
            return false;
    }
    return m_filter.isEmpty() || m_source->listIndex().matches(sourceRow, m_filter);
}

double OrgFilterProxyModel::numericKey(int sourceRow) const
{
    const OrgListRow &o = *m_source->organization(sourceRow);
    switch (m_sortColumn) {
    case OrgTableModel::Status:
        return int(o.status);
    case OrgTableModel::MaxBudget:
        return o.maxBudget.value_or(kLast);
    case OrgTableModel::Spend:
        return o.spend;
    case OrgTableModel::Remaining:
        return o.remaining().value_or(kLast);
    case OrgTableModel::Members:
        return o.memberCount;
    case OrgTableModel::Created:
        return double(o.createdAt.toMSecsSinceEpoch());
    case OrgTableModel::Level:
    case OrgTableModel::RunsOut:
        return budgetColumnData(o, m_source->budgetWatch(), m_sortColumn == OrgTableModel::Level, OrgTableModel::SortRole,
                                OrgTableModel::SortRole)
            .toDouble();
    default:
        return 0;
    }
}

int OrgFilterProxyModel::compareKeys(int a, int b) const
{
    if (m_sortColumn < 0)
        return 0;
    if (const auto key = textKey(m_sortColumn)) {
        const OrgListIndex &index = m_source->listIndex();
        if (m_rankKey == *key && m_rankGeneration == index.generation()) // ranksValid(), per comparison
            return m_rank[size_t(a)] < m_rank[size_t(b)] ? -1 : (m_rank[size_t(b)] < m_rank[size_t(a)] ? 1 : 0);
        return index.compareKeys(*key, a, b);
    }
    const double l = m_numbers[size_t(a)];
    const double r = m_numbers[size_t(b)];
    return l < r ? -1 : (r < l ? 1 : 0);
}

// Equal keys keep the source order in both directions (a stable sort).
bool OrgFilterProxyModel::before(int a, int b) const
{
    const int c = compareKeys(a, b);
    if (c != 0)
        return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    return a < b;
}

// The sort column's keys for every source row: collation keys are built once and then kept by the
// source model; numbers are read into m_numbers.
void OrgFilterProxyModel::prepareKeys()
{
    m_numbers.clear();
    if (m_sortColumn < 0)
        return;
    if (const auto key = textKey(m_sortColumn)) {
        m_source->buildSortKeys(*key);
        return prepareRanks(*key);
    }
    const int count = m_source->rowCount();
    m_numbers.resize(size_t(count));
    for (int r = 0; r < count; ++r)
        m_numbers[size_t(r)] = numericKey(r);
}

bool OrgFilterProxyModel::ranksValid(OrgListIndex::TextKey key) const
{
    return m_rankKey == key && m_rankGeneration == m_source->listIndex().generation()
        && m_rank.size() == size_t(m_source->rowCount());
}

// The rows' places in the order of the column's collation keys: one sort by the keys while the
// rows stay as they are, however often the list is sorted by this column and others meanwhile.
void OrgFilterProxyModel::prepareRanks(OrgListIndex::TextKey key)
{
    if (ranksValid(key))
        return;
    const OrgListIndex &index = m_source->listIndex();
    std::vector<int> order(size_t(m_source->rowCount()));
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&index, key](int a, int b) { return index.compareKeys(key, a, b) < 0; };
    // A long list is sorted in two halves at once, then merged (100,000 rows: ~7 ms on one core,
    // most of a sort by name after a row changed). Equal keys get one rank: their order is moot.
    const auto middle = order.begin() + qsizetype(order.size() / 2);
    if (workParts(qsizetype(order.size()), kRowsPerSortPart) > 1) {
        runParts(2, [&](int part) { part == 0 ? std::sort(order.begin(), middle, less) : std::sort(middle, order.end(), less); });
        std::inplace_merge(order.begin(), middle, order.end(), less);
    } else {
        std::sort(order.begin(), order.end(), less);
    }
    m_rank.assign(order.size(), 0);
    for (size_t i = 1; i < order.size(); ++i) {
        const bool same = index.compareKeys(key, order[i - 1], order[i]) == 0;
        m_rank[size_t(order[i])] = same ? m_rank[size_t(order[i - 1])] : int(i);
    }
    m_rankKey = key;
    m_rankGeneration = index.generation();
}

void OrgFilterProxyModel::rebuild()
{
    if (m_source)
        prepareKeys();
    if (m_source && m_sortColumn >= 0) {
        m_all = textKey(m_sortColumn) ? orderByRank(m_rank, m_order) : orderByNumber(m_numbers, m_order);
    } else {
        m_all.resize(size_t(m_source ? m_source->rowCount() : 0));
        std::iota(m_all.begin(), m_all.end(), 0);
    }
    refilter(m_all);
}

void OrgFilterProxyModel::refilter(const std::vector<int> &candidates)
{
    m_rows = acceptedAmong(candidates);
    updateProxyRows();
}

// The candidates (in sort order) that pass the filters, in that order. They are tested in source
// order: the rows' search texts lie one after the other in that order, so the test reads memory
// front to back instead of jumping through 40 MB of texts in sort order (a cache miss per row,
// which cost three quarters of a keystroke on 100,000 rows).
std::vector<int> OrgFilterProxyModel::acceptedAmong(const std::vector<int> &candidates)
{
    m_lastTested = int(candidates.size());
    if (showsEveryRow())
        return candidates;
    std::vector<char> passes(m_source ? size_t(m_source->rowCount()) : 0, 0);
    for (int r : candidates)
        passes[size_t(r)] = 1;
    for (size_t r = 0; r < passes.size(); ++r) {
        if (passes[r] != 0)
            passes[r] = accepts(int(r)) ? 1 : 0;
    }
    std::vector<int> rows;
    rows.reserve(candidates.size());
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(rows),
                 [&passes](int r) { return passes[size_t(r)] != 0; });
    return rows;
}

void OrgFilterProxyModel::updateProxyRows()
{
    m_proxyRow.assign(m_source ? size_t(m_source->rowCount()) : 0, -1);
    for (size_t p = 0; p < m_rows.size(); ++p)
        m_proxyRow[size_t(m_rows[p])] = int(p);
}

// Puts `rows` (new source rows, or changed ones when `alreadyListed`) at their place in sort order,
// and among the proxy's rows when accepted; one pass over the lists, not a sort of all rows.
void OrgFilterProxyModel::merge(std::vector<int> rows, bool alreadyListed)
{
    if (alreadyListed) {
        std::vector<char> moving(m_proxyRow.size(), 0);
        for (int r : rows)
            moving[size_t(r)] = 1;
        const auto isMoving = [&moving](int r) { return moving[size_t(r)] != 0; };
        m_all.erase(std::remove_if(m_all.begin(), m_all.end(), isMoving), m_all.end());
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), isMoving), m_rows.end());
    }
    if (m_sortColumn >= 0 && !textKey(m_sortColumn)) {
        for (int r : rows)
            m_numbers[size_t(r)] = numericKey(r);
    }
    const auto isBefore = [this](int a, int b) { return before(a, b); };
    if (!std::is_sorted(rows.begin(), rows.end(), isBefore)) // a page read in name order often is
        std::sort(rows.begin(), rows.end(), isBefore);
    insertSorted(m_all, rows);
    if (showsEveryRow()) {
        m_rows = m_all; // every row shown: the same places, no second search
    } else {
        rows.erase(std::remove_if(rows.begin(), rows.end(), [this](int r) { return !accepts(r); }), rows.end());
        insertSorted(m_rows, rows);
    }
    updateProxyRows();
}

// Whether changed rows stay where they are: their keys still fall between their neighbours' and the
// filters take (or leave) them as before. A reload of unchanged rows changes only such rows, and
// then the view needs no layout change per page.
bool OrgFilterProxyModel::keepPlaces(const std::vector<int> &rows)
{
    if (m_sortColumn >= 0 && !textKey(m_sortColumn)) {
        for (int r : rows)
            m_numbers[size_t(r)] = numericKey(r);
    }
    std::vector<int> position(m_proxyRow.size(), -1);
    for (size_t p = 0; p < m_all.size(); ++p)
        position[size_t(m_all[p])] = int(p);
    const int count = int(m_all.size());
    for (int r : rows) {
        const int p = position[size_t(r)];
        if (p < 0 || accepts(r) != (m_proxyRow[size_t(r)] >= 0))
            return false;
        if ((p > 0 && !before(m_all[size_t(p - 1)], r)) || (p + 1 < count && !before(r, m_all[size_t(p + 1)])))
            return false;
    }
    return true;
}

// Merges sorted `rows` into sorted `list`: a search per row from where the row before it went, the
// rows between copied as they are. The search gallops (1, 2, 4, ... places ahead, then a binary
// search within the last step): rows arriving in name order land next to each other, each found in
// a few comparisons instead of 17 for 100,000 rows, and rows spread out still cost no more than twice
// a binary search.
void OrgFilterProxyModel::insertSorted(std::vector<int> &list, const std::vector<int> &rows) const
{
    if (rows.empty())
        return;
    const auto isBefore = [this](int a, int b) { return before(a, b); };
    std::vector<int> merged;
    merged.reserve(list.size() + rows.size());
    auto from = list.cbegin();
    for (const int r : rows) {
        auto low = from;
        auto high = from;
        for (qsizetype step = 1; high != list.cend() && !before(r, *high); step *= 2) {
            low = high + 1;
            high = list.cend() - high > step ? high + step : list.cend();
        }
        const auto at = std::upper_bound(low, high, r, isBefore);
        merged.insert(merged.end(), from, at);
        merged.push_back(r);
        from = at;
    }
    merged.insert(merged.end(), from, list.cend());
    list = std::move(merged);
}

// Wraps a change of the proxy's rows (order, filter, rows merged in) in layout signals, the
// selection and current row following their source rows.
template<typename Change> void OrgFilterProxyModel::changeLayout(Change change)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(from.size()));
    for (const QModelIndex &i : from)
        sourceRows.push_back(i.row() < int(m_rows.size()) ? m_rows[size_t(i.row())] : -1);
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sourceRows[size_t(i)] >= 0 ? m_proxyRow[size_t(sourceRows[size_t(i)])] : -1;
        to.append(row >= 0 ? index(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

void OrgFilterProxyModel::setFilterText(const QString &text)
{
    const QByteArray filter = OrgListIndex::foldFilter(text);
    if (filter == m_filter)
        return;
    // Narrowing: a row that did not hold the shorter text cannot hold the longer one.
    const bool narrowing = filter.startsWith(m_filter);
    m_filter = filter;
    showFiltered(narrowing ? m_rows : m_all);
}

void OrgFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quick)
        return;
    m_quick = filter;
    showFiltered(m_all);
}

// A filter change keeps the order, so the rows that go and come form runs: when they are few (a
// typed name narrows to a few runs in name order), the view hears of each run removed or inserted,
// which costs it next to nothing; a layout change would make it re-map all rows. Nothing is said
// when the same rows pass.
void OrgFilterProxyModel::showFiltered(const std::vector<int> &candidates)
{
    std::vector<int> rows = acceptedAmong(candidates);
    if (rows == m_rows)
        return;
    const FilterRuns runs = filterRuns(rows);
    if (int(runs.removed.size() + runs.inserted.size()) > kMaxRuns || removesPersistent(runs.removed))
        return changeLayout([this, &rows] {
            m_rows = std::move(rows);
            updateProxyRows();
        });
    for (auto run = runs.removed.rbegin(); run != runs.removed.rend(); ++run)
        removeProxyRows(run->first, run->second);
    for (const auto &[first, last] : runs.inserted)
        insertProxyRows(first, rows.begin() + first, rows.begin() + last + 1);
}

// The runs of proxy rows that a change to `rows` removes (in today's rows) and inserts (in `rows`).
OrgFilterProxyModel::FilterRuns OrgFilterProxyModel::filterRuns(const std::vector<int> &rows) const
{
    std::vector<char> staying(m_proxyRow.size(), 0);
    for (int r : rows)
        staying[size_t(r)] = 1;
    const auto runsOf = [](const std::vector<int> &list, auto isRun) {
        std::vector<std::pair<int, int>> runs;
        for (int p = 0; p < int(list.size()); ++p) {
            if (!isRun(list[size_t(p)]))
                continue;
            if (!runs.empty() && runs.back().second == p - 1)
                runs.back().second = p;
            else
                runs.emplace_back(p, p);
        }
        return runs;
    };
    return {runsOf(m_rows, [&staying](int r) { return !staying[size_t(r)]; }),
            runsOf(rows, [this](int r) { return m_proxyRow[size_t(r)] < 0; })};
}

// Whether a run removed holds the current or a selected row: removing it would move the view's
// current row to a neighbour, where a layout change leaves none (as it always has).
bool OrgFilterProxyModel::removesPersistent(const std::vector<std::pair<int, int>> &removed) const
{
    const QModelIndexList persistent = persistentIndexList();
    return std::any_of(persistent.begin(), persistent.end(), [&removed](const QModelIndex &i) {
        const auto run = std::lower_bound(removed.begin(), removed.end(), std::make_pair(i.row() + 1, 0));
        return run != removed.begin() && std::prev(run)->second >= i.row();
    });
}

void OrgFilterProxyModel::removeProxyRows(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int p = first; p <= last; ++p)
        m_proxyRow[size_t(m_rows[size_t(p)])] = -1;
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    for (int p = first; p < int(m_rows.size()); ++p)
        m_proxyRow[size_t(m_rows[size_t(p)])] = p;
    endRemoveRows();
}

void OrgFilterProxyModel::insertProxyRows(int first, std::vector<int>::const_iterator from, std::vector<int>::const_iterator to)
{
    beginInsertRows({}, first, first + int(to - from) - 1);
    m_rows.insert(m_rows.begin() + first, from, to);
    for (int p = first; p < int(m_rows.size()); ++p)
        m_proxyRow[size_t(m_rows[size_t(p)])] = p;
    endInsertRows();
}

void OrgFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source)
        return;
    changeLayout([this, column, order] {
        m_sortColumn = column >= 0 && column < OrgTableModel::ColumnCount ? column : -1;
        m_order = order;
        rebuild();
    });
}

void OrgFilterProxyModel::sourceReset()
{
    rebuild();
    endResetModel();
}

void OrgFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int added = last - first + 1;
    for (int &r : m_all)
        r += r >= first ? added : 0;
    for (int &r : m_rows)
        r += r >= first ? added : 0;
    if (!m_numbers.empty() || (m_sortColumn >= 0 && !textKey(m_sortColumn)))
        m_numbers.insert(m_numbers.begin() + first, size_t(added), 0.0);
    updateProxyRows();
    std::vector<int> rows(static_cast<size_t>(added));
    std::iota(rows.begin(), rows.end(), first);
    changeLayout([this, &rows] { merge(std::move(rows), false); });
}

void OrgFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> shown;
    for (int r = first; r <= last; ++r) {
        if (m_proxyRow[size_t(r)] >= 0)
            shown.push_back(m_proxyRow[size_t(r)]);
    }
    m_removingOne = shown.size() <= 1;
    if (shown.size() == 1)
        beginRemoveRows({}, shown.front(), shown.front());
    if (m_removingOne)
        return;
    emit layoutAboutToBeChanged();
    m_layoutFrom = persistentIndexList();
    m_layoutSourceRows.clear();
    for (const QModelIndex &i : std::as_const(m_layoutFrom))
        m_layoutSourceRows.push_back(m_rows[size_t(i.row())]);
}

void OrgFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int removed = last - first + 1;
    const auto gone = [first, last](int r) { return r >= first && r <= last; };
    const auto shift = [first, removed](int &r) { r -= r > first ? removed : 0; };
    m_all.erase(std::remove_if(m_all.begin(), m_all.end(), gone), m_all.end());
    const bool wasShown = std::any_of(m_rows.begin(), m_rows.end(), gone);
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), gone), m_rows.end());
    std::for_each(m_all.begin(), m_all.end(), shift);
    std::for_each(m_rows.begin(), m_rows.end(), shift);
    if (!m_numbers.empty())
        m_numbers.erase(m_numbers.begin() + first, m_numbers.begin() + last + 1);
    updateProxyRows();
    if (m_removingOne) {
        if (wasShown)
            endRemoveRows();
        return;
    }
    QModelIndexList to;
    for (qsizetype i = 0; i < m_layoutFrom.size(); ++i) {
        int r = m_layoutSourceRows[size_t(i)];
        const int row = gone(r) ? -1 : m_proxyRow[size_t(r - (r > last ? removed : 0))];
        to.append(row >= 0 ? index(row, m_layoutFrom.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    emit layoutChanged();
}

void OrgFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const bool wholeRows = topLeft.column() == 0; // rows replaced: texts, keys, figures
    const bool budget = bottomRight.column() >= OrgTableModel::Level && topLeft.column() <= OrgTableModel::RunsOut;
    const bool sortedByBudget = m_sortColumn == OrgTableModel::Level || m_sortColumn == OrgTableModel::RunsOut;
    if (wholeRows || (budget && (m_quick != QuickFilter::All || sortedByBudget))) {
        std::vector<int> rows(size_t(last - first + 1));
        std::iota(rows.begin(), rows.end(), first);
        if (!keepPlaces(rows))
            changeLayout([this, &rows] { merge(std::move(rows), true); });
    }
    int top = std::numeric_limits<int>::max();
    int bottom = -1;
    for (int r = first; r <= last; ++r) {
        const int p = m_proxyRow[size_t(r)];
        if (p >= 0) {
            top = std::min(top, p);
            bottom = std::max(bottom, p);
        }
    }
    if (bottom >= 0)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

} // namespace OrgConsole
