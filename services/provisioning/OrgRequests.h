#pragma once

#include "models/Member.h"
#include "models/Organization.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/storage/OrgRepository.h"

namespace OrgConsole {

// The marker OrgConsole puts in the metadata of every team and key it creates: reconcile finds
// its own teams by it, and a retried /team/new recognises its own earlier success by it.
// With the creating database's identity (`orgconsole_db_id`) once the database has one.
QJsonObject orgConsoleMetadata(const Organization &organization);
inline const QString kDatabaseIdField = QStringLiteral("orgconsole_db_id");

// Who made a team or key, by its metadata: only what this database made may be deleted by
// reconcile; OrgConsole teams from before database identities, or from another database, are
// left for a person to decide.
enum class TeamOrigin { NotOrgConsole, ThisDatabase, OtherDatabase, UnknownDatabase };
TeamOrigin teamOrigin(const QJsonObject &metadata, const QString &ourDatabaseId);

// The /team/new request for an organization (team id = organization id, alias = its name).
NewTeamRequest teamRequestFor(const Organization &organization, const QString &operatorName);

// The /key/generate request binding a key to the owner and the team, under `alias`.
GenerateKeyRequest keyRequestFor(const Organization &organization, const QString &alias);

// The member a key was made for, in its metadata (with the organization's marker).
inline const QString kMemberField = QStringLiteral("orgconsole_member");
// The /key/generate request binding a key to a member and the organization's team.
GenerateKeyRequest keyRequestForMember(const Organization &organization, const Member &member, const QString &alias);
// The /team/member_add request for a member: budget fields only when set.
TeamMemberRequest memberRequestFor(const Organization &organization, const Member &member);

// What the repository records once the team and the key exist.
ProvisionedSettings provisionedSettings(const Organization &organization, const TeamInfo &team, const GeneratedKey &key);

} // namespace OrgConsole
