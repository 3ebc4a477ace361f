#pragma once

#include "models/Organization.h"
#include "ui/BudgetColumns.h"
#include "ui/OrgListIndex.h"
#include "ui/OrgListRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <span>

namespace OrgConsole {

// Organizations as table rows; updated precisely (insert / change / remove) from domain events.
// Each row is held compact (OrgListRow: what the columns, filters and sort read); the search text
// of a row (OrgListIndex) is built from the whole organization as it arrives.
class OrgTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Status, MaxBudget, Spend, Remaining, Key, Owner, Members, Created, Level, RunsOut, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, FractionUsedRole };

    explicit OrgTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOrganizations(QList<Organization> organizations);
    // One page of a load: rows already there are replaced, the others appended (one insert).
    void addPage(QList<Organization> page);
    // The same for rows still in the loader's page, moved out of it (not copied into a page first).
    void addRows(std::span<Organization> rows);
    // Room for `rows` rows in all (a load that knows how many are coming).
    void reserve(int rows);
    void upsert(const Organization &organization);
    void remove(const QString &id);
    const OrgListRow *organization(int row) const;
    const OrgListRow *find(const QString &id) const;
    int rowOf(const QString &id) const;
    // What another desktop is doing to the row ("being deleted on …, 12 s"), shown in the Status
    // column instead of the bare status; empty when nothing.
    void setWorkInProgress(const QString &id, const QString &text);
    bool showsWorkInProgress() const { return !m_workInProgress.isEmpty(); }
    // What the Status column says: the lifecycle state, or for an active organization the trouble
    // it is in (key blocked, over budget, budget used up).
    static QString statusText(const OrgListRow &organization);
    static QString statusText(const Organization &organization);
    static bool isOverBudget(const Organization &organization);
    // The budget watch's levels and forecasts (the Level and Runs out columns, the quick filter).
    void setBudgetWatch(BudgetWatchFigures figures);
    const BudgetWatchFigures &budgetWatch() const { return m_watch; }
    // The search texts and sort keys of the rows (OrgFilterProxyModel filters and sorts by them).
    const OrgListIndex &listIndex() const { return m_index; }
    void buildSortKeys(OrgListIndex::TextKey which);

private:
    BudgetWatchFigures m_watch;
    QList<OrgListRow> m_rows;
    OrgListIndex m_index;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_workInProgress;
};

} // namespace OrgConsole

// The proxy that filters and sorts these rows comes with the model (its users include this header).
#include "ui/OrgFilterProxyModel.h" // IWYU pragma: export
