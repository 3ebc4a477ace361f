#include "ui/RemainingDelegate.h"

#include "ui/OrgTableModel.h"

#include <QPainter>

namespace OrgConsole {

void RemainingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant fraction = index.data(OrgTableModel::FractionUsedRole);
    if (!fraction.isValid())
        return;
    const double used = std::clamp(fraction.toDouble(), 0.0, 1.0);
    const QRect bar(option.rect.left() + 4, option.rect.bottom() - 4, option.rect.width() - 8, 3);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRect(bar);
    painter->setBrush(used >= 0.9 ? QColor(0xc6, 0x28, 0x28)
                                  : (used >= 0.7 ? QColor(0xf0, 0x9a, 0x00) : QColor(0x2e, 0x9d, 0x4f)));
    painter->drawRect(QRect(bar.left(), bar.top(), int(bar.width() * used), bar.height()));
    painter->restore();
}

} // namespace OrgConsole
