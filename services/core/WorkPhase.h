#pragma once

#include <QDateTime>
#include <QString>

// What a change of an active row is doing while it owns the row (schema version 9), and how the
// console says it: "key being rotated by ana.support, 3 s". One table for every phase, shared by
// the live view, the conflict report and the services that claim.
namespace OrgConsole::WorkPhase {

inline const QString kRotatingKey = QStringLiteral("rotating-key");
inline const QString kChangingBudget = QStringLiteral("changing-budget");
inline const QString kBlockingKey = QStringLiteral("blocking-key");
inline const QString kUnblockingKey = QStringLiteral("unblocking-key");

// "key being rotated by ana.support, 3 s"; `by` is "by ana.support" or where it runs.
QString progress(const QString &phase, const QString &by, qint64 seconds);
// "key being rotated by ana.support since 10:22:01"
QString runningSince(const QString &phase, const QString &who, const QDateTime &since);

} // namespace OrgConsole::WorkPhase
