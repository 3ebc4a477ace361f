#include "ui/ReportTableModel.h"

#include <QFont>

namespace OrgConsole {

void ReportTableModel::setReport(const SpendReport &report)
{
    beginResetModel();
    m_keyColumns = groupColumns(report.request.by);
    m_lines = report.lines;
    m_total = report.total;
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_keyColumns.clear();
    m_total = {};
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_keyColumns.isEmpty() ? 0 : int(m_lines.size()) + 1;
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keyColumns.size()) + 3;
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section < m_keyColumns.size())
        return m_keyColumns.at(section);
    const QStringList figures {tr("Spend (USD)"), tr("Requests"), tr("Tokens")};
    return figures.value(section - int(m_keyColumns.size()));
}

QVariant ReportTableModel::cell(const ReportLine &line, int column, int role) const
{
    const int figure = column - int(m_keyColumns.size());
    if (figure < 0)
        return line.keys.value(column);
    const qint64 values[] = {line.cents(), line.requests, line.tokens};
    if (role == SortRole)
        return values[figure];
    return figure == 0 ? centsShown(line.cents()) : QLocale().toString(values[figure]);
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = index.row() == m_lines.size();
    const ReportLine &line = total ? m_total : m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return cell(line, index.column(), role);
    case TotalRole:
        return total;
    case Qt::FontRole: {
        QFont f;
        f.setBold(total);
        return total ? QVariant(f) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return index.column() >= m_keyColumns.size() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

bool ReportSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(ReportTableModel::TotalRole).toBool();
    const bool rightTotal = right.data(ReportTableModel::TotalRole).toBool();
    if (leftTotal || rightTotal) // the total sorts last whichever way
        return sortOrder() == Qt::AscendingOrder ? rightTotal && !leftTotal : leftTotal && !rightTotal;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace OrgConsole
