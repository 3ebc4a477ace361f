#pragma once

// The words the console shows for the core's states and steps. The core names them in English for
// the database, the audit trail and orgctl (orgStatusToString(), createStepName(), ...); the
// console shows them in the user's language.
#include "models/Member.h"
#include "models/Organization.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/CreateOrganization.h"

#include <QCoreApplication>
#include <QString>

namespace OrgConsole {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString orgStatus(OrgStatus status);
    static QString memberStatus(MemberStatus status);
    static QString createStep(CreateStep step);
    static QString memberStep(MemberStep step);
};

} // namespace OrgConsole
