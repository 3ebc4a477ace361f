#include "models/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace OrgConsole {

QString formatUsd(std::optional<double> amount)
{
    if (!amount)
        return QCoreApplication::translate("OrgConsole::Money", "unlimited"); // German in the console (orgctl has no translator)
    return QStringLiteral("$") + QLocale(QLocale::English, QLocale::UnitedStates).toString(*amount, 'f', 2);
}

} // namespace OrgConsole
