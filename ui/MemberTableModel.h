#pragma once

#include "services/provisioning/MemberOperations.h"

#include <QAbstractTableModel>
#include <QList>

namespace OrgConsole {

// An organization's members as table rows, from one MembersReport (the database's rows merged
// with one /team/info). Figures are the proxy's when it answered, the stored ones otherwise.
// Trouble is said in words (Status, "over by $X") and only then coloured.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { User, Role, Status, Spend, Budget, Remaining, Period, NextReset, Key, Added, ColumnCount };
    // FractionUsedRole (on Remaining) has the organization list's number, so its RemainingDelegate
    // draws the same bar under the same column.
    enum Role { SortRole = Qt::UserRole + 1, UserIdRole, FractionUsedRole };

    // What the table shows for one member.
    struct Figures {
        double spend = 0.0;
        std::optional<double> maxBudget; // nullopt: no own budget, the organization's applies
        QString budgetDuration;
        QDateTime budgetResetAt;
        bool keyBlocked = false;
    };

    explicit MemberTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `proxyRead`: the report's figures came from the proxy (a member it does not list is trouble).
    void setMembers(QList<MemberView> members, bool proxyRead);
    void clear();
    const MemberView *member(int row) const;
    int rowOf(const QString &userId) const;

    static Figures figures(const MemberView &view);

private:
    static bool isOverBudget(const MemberView &view);
    QString statusText(const MemberView &view) const;
    // A member with what the table shows worked out once, not at every paint or comparison.
    struct Row {
        MemberView view;
        Figures figures;
        QString status;
        bool overBudget = false;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant foreground(const Row &row, int column) const;

    QList<Row> m_rows;
    bool m_proxyRead = false;
};

} // namespace OrgConsole
