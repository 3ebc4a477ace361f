#pragma once

#include "models/OrgChange.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace OrgConsole {

// The PostgreSQL channel every OrgConsole and orgctl announce their changes on.
inline constexpr char kChangeChannel[] = "orgconsole_changes";

// Announces a change to organization `orgId` with the row version it has now. On PostgreSQL a
// NOTIFY (pg_notify) on the same connection: inside a transaction it is delivered when, and only
// if, the transaction commits, so nobody hears of a change that was rolled back. On SQLite
// nothing is sent: the other connections notice the commit through PRAGMA data_version.
// Never fails the caller's work: an announcement that cannot be sent is caught up by the
// listeners' "what changed since" comparison after their next reconnect.
void announceChange(const QSqlDatabase &db, OrgChange::Kind kind, const QString &orgId);

// announceChange() for many organizations in one statement (those that exist). Inside a
// transaction on PostgreSQL a statement that fails ends the transaction, so this one returns the
// error when it could not be sent (none when it was, or on SQLite).
QSqlError announceChanges(const QSqlDatabase &db, OrgChange::Kind kind, const QStringList &orgIds);

// The payload as sent ("o <id> <version>") and read back; nullopt for one not of ours.
QString changePayload(OrgChange::Kind kind, const QString &orgId, qint64 rowVersion);
// With a Figures change's spend and budget.
QString changePayload(const OrgChange &change);
std::optional<OrgChange> parseChangePayload(const QString &payload);

} // namespace OrgConsole
