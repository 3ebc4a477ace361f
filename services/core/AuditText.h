#pragma once

#include "services/storage/OrgRepository.h"

#include <QString>

namespace OrgConsole {

// The audit action that records a budget a refresh found changed on the proxy (and adopted,
// since the proxy's figure is the one enforced); its details hold "from" and "to".
inline constexpr char kBudgetChangedOutsideAction[] = "budget-changed-outside";

// What an audit entry says, in words, for people: "Budget $250.00 → $500.00" rather than the
// stored JSON details. Unknown actions fall back to their name and their details as "key: value".
QString describeAuditEntry(const AuditEntry &entry);
// "Budget $250.00 → $500.00" (and the period when it changed) from a from/to details object.
QString describeBudgetChange(const QJsonObject &details);
// The outcome in words: "done", "failed", "failed, cleaned up", "rolled back", ...
QString auditOutcomeText(AuditOutcome outcome);

} // namespace OrgConsole
