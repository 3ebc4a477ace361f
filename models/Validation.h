#pragma once

#include <QString>

#include <optional>

namespace OrgConsole {

// The normalized form two names are compared by: trimmed, case-folded, inner whitespace collapsed.
QString normalizeOrgName(const QString &name);

// Each validator returns an empty string when the input is valid, otherwise a sentence for the user.
QString validateOrgName(const QString &name);
QString validateOwnerId(const QString &ownerId);
QString validateEmail(const QString &email); // empty email is valid (optional)
QString validateBudget(std::optional<double> budget);
QString validateModelName(const QString &model);
// The name the audit trail and the proxy's `litellm-changed-by` header carry.
constexpr qsizetype kMaxOperatorNameChars = 100;
QString validateOperatorName(const QString &name);
// The contact person's name (free text, optional): at most 200 characters, no control or invisible
// characters, since it is stored, sent to the proxy's metadata and printed by orgctl.
QString validateContactName(const QString &contactName);

// Parses a budget typed by a person ("500", "1,000.50", "$20"); nullopt with a message when invalid.
struct BudgetParse {
    std::optional<double> value;
    QString error;
};
BudgetParse parseBudgetText(const QString &text);

} // namespace OrgConsole
