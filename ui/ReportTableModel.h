#pragma once

#include "services/reports/SpendReport.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace OrgConsole {

// A spend report's lines and, last, its total: the group's columns, then spend, requests, tokens.
// Qt::UserRole is the value to sort by (numbers as numbers).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int TotalRole = Qt::UserRole + 1; // true on the totals row

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const SpendReport &report);
    void clear();
    bool isEmpty() const { return m_lines.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant cell(const ReportLine &line, int column, int role) const;

    QStringList m_keyColumns;
    QList<ReportLine> m_lines;
    ReportLine m_total;
};

// Sorts the lines by any column and keeps the totals row last in either order.
class ReportSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace OrgConsole
