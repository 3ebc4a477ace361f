#pragma once

#include "models/Organization.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/storage/OrgRepository.h"

namespace OrgConsole {

// The marker OrgConsole puts in the metadata of every team and key it creates: reconcile finds
// its own teams by it, and a retried /team/new recognises its own earlier success by it.
QJsonObject orgConsoleMetadata(const QString &organizationId);

// The /team/new request for an organization (team id = organization id, alias = its name).
NewTeamRequest teamRequestFor(const Organization &organization, const QString &operatorName);

// The /key/generate request binding a key to the owner and the team, under `alias`.
GenerateKeyRequest keyRequestFor(const Organization &organization, const QString &alias);

// What the repository records once the team and the key exist.
ProvisionedSettings provisionedSettings(const Organization &organization, const TeamInfo &team, const GeneratedKey &key);

} // namespace OrgConsole
