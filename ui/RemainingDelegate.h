#pragma once

#include <QStyledItemDelegate>

namespace OrgConsole {

// The "Remaining" cell: the amount over a small bar of how much of the budget is used.
class RemainingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace OrgConsole
