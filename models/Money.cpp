#include "models/Money.h"

#include <QLocale>

namespace OrgConsole {

QString formatUsd(std::optional<double> amount)
{
    if (!amount)
        return QStringLiteral("unlimited");
    return QStringLiteral("$") + QLocale(QLocale::English, QLocale::UnitedStates).toString(*amount, 'f', 2);
}

} // namespace OrgConsole
