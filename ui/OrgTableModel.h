#pragma once

#include "models/Organization.h"
#include "ui/BudgetColumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace OrgConsole {

// Organizations as table rows; updated precisely (insert / change / remove) from domain events.
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
    void upsert(const Organization &organization);
    void remove(const QString &id);
    const Organization *organization(int row) const;
    const Organization *find(const QString &id) const;
    int rowOf(const QString &id) const;
    // What another desktop is doing to the row ("being deleted on …, 12 s"), shown in the Status
    // column instead of the bare status; empty when nothing.
    void setWorkInProgress(const QString &id, const QString &text);
    // What the Status column says: the lifecycle state, or for an active organization the trouble
    // it is in (key blocked, over budget, budget used up).
    static QString statusText(const Organization &organization);
    static bool isOverBudget(const Organization &organization);
    // The budget watch's levels and forecasts (the Level and Runs out columns, the quick filter).
    void setBudgetWatch(BudgetWatchFigures figures);
    const BudgetWatchFigures &budgetWatch() const { return m_watch; }

private:
    BudgetWatchFigures m_watch;
    QList<Organization> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_workInProgress;
};

// Filter-as-you-type over name, owner, key, contact and id; sorting by the underlying values.
class OrgFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrgFilterProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quick; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
    QuickFilter m_quick = QuickFilter::All;
};

} // namespace OrgConsole
