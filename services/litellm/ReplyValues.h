#pragma once

#include <QJsonDocument>
#include <QString>

namespace OrgConsole {

// What a proxy may send us, bounded: amounts (budgets, spend) finite and between 0 and 10^12
// USD, a key's display name short and printable, identifiers and aliases of sane length. Empty
// when the reply is acceptable, otherwise which field and why (printable).
QString checkReplyValues(const QJsonDocument &reply);

} // namespace OrgConsole
