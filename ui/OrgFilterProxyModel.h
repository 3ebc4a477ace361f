#pragma once

#include "services/core/BudgetLevels.h"
#include "ui/OrgTableModel.h"

#include <QAbstractProxyModel>

#include <vector>

namespace OrgConsole {

// Filter-as-you-type over name, owner, key, contact, member user ids and the id (its beginning),
// and sorting, for 100,000 rows and more: matched on the rows' casefolded search texts without
// regular expressions, sorted on keys built once (numbers as numbers, text by collation key).
// It keeps all rows in sort order and the accepted ones in that order; a filter text that extends
// the previous one tests only the rows that passed before (narrowing). Source rows appended, changed
// or removed are merged in at their place.
class OrgFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit OrgFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // an OrgTableModel
    void setFilterText(const QString &text);
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quick; }
    // How many rows the last filter change tested (all rows, or only those that passed before).
    int rowsTestedLastFilter() const { return m_lastTested; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool accepts(int sourceRow) const;
    // No text filter and the quick filter at All: every row is shown.
    bool showsEveryRow() const { return m_filter.isEmpty() && m_quick == QuickFilter::All; }
    int compareKeys(int a, int b) const;
    bool before(int a, int b) const;
    double numericKey(int sourceRow) const;
    void prepareKeys();
    bool ranksValid(OrgListIndex::TextKey key) const;
    void prepareRanks(OrgListIndex::TextKey key);
    void rebuild();
    void refilter(const std::vector<int> &candidates);
    std::vector<int> acceptedAmong(const std::vector<int> &candidates);
    struct FilterRuns {
        std::vector<std::pair<int, int>> removed; // first and last proxy row, ascending
        std::vector<std::pair<int, int>> inserted;
    };
    // Beyond this many runs a filter change is one layout change (each run costs the view a little).
    static constexpr int kMaxRuns = 64;
    void showFiltered(const std::vector<int> &candidates);
    FilterRuns filterRuns(const std::vector<int> &rows) const;
    bool removesPersistent(const std::vector<std::pair<int, int>> &removed) const;
    void removeProxyRows(int first, int last);
    void insertProxyRows(int first, std::vector<int>::const_iterator from, std::vector<int>::const_iterator to);
    void merge(std::vector<int> rows, bool alreadyListed);
    bool keepPlaces(const std::vector<int> &rows);
    void insertSorted(std::vector<int> &list, const std::vector<int> &rows) const;
    void updateProxyRows();
    template<typename Change> void changeLayout(Change change);

    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    OrgTableModel *m_source = nullptr;
    QByteArray m_filter; // casefolded, UTF-8 (OrgListIndex::foldFilter)
    QuickFilter m_quick = QuickFilter::All;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<int> m_all; // every source row, in sort order
    std::vector<int> m_rows; // the accepted source rows, in sort order: the proxy's rows
    std::vector<int> m_proxyRow; // per source row: its proxy row, or -1
    std::vector<double> m_numbers; // per source row: the sort column's value when it is a number
    // Per source row: its place in the order of a text column's collation keys (equal keys, equal
    // places), while the index is at m_rankGeneration: sorting again by that column (after another,
    // or the other way round) compares numbers, not collation keys.
    std::vector<int> m_rank;
    int m_rankKey = -1;
    quint64 m_rankGeneration = 0;
    int m_lastTested = 0;
    bool m_removingOne = false;
    QModelIndexList m_layoutFrom;
    std::vector<int> m_layoutSourceRows;
};

} // namespace OrgConsole
