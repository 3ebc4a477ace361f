#include "ui/DisplayNames.h"

namespace OrgConsole {

QString DisplayNames::orgStatus(OrgStatus status)
{
    switch (status) {
    case OrgStatus::Provisioning:
        return tr("provisioning");
    case OrgStatus::Active:
        return tr("active");
    case OrgStatus::Failed:
        return tr("failed");
    case OrgStatus::Deleting:
        return tr("deleting");
    }
    return tr("failed");
}

QString DisplayNames::memberStatus(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Provisioning:
        return tr("provisioning");
    case MemberStatus::Active:
        return tr("active");
    case MemberStatus::Removing:
        return tr("removing");
    case MemberStatus::Failed:
        return tr("failed");
    }
    return tr("failed");
}

QString DisplayNames::createStep(CreateStep step)
{
    switch (step) {
    case CreateStep::Validate:
        return tr("Validate");
    case CreateStep::Reserve:
        return tr("Reserve");
    case CreateStep::CreateTeam:
        return tr("Create team");
    case CreateStep::GenerateKey:
        return tr("Generate key");
    case CreateStep::Save:
        return tr("Save");
    case CreateStep::ReadBack:
        return tr("Read back");
    }
    return {};
}

QString DisplayNames::memberStep(MemberStep step)
{
    switch (step) {
    case MemberStep::Validate:
        return tr("Validate");
    case MemberStep::Reserve:
        return tr("Reserve");
    case MemberStep::AddToTeam:
        return tr("Add to team");
    case MemberStep::GenerateKey:
        return tr("Generate key");
    case MemberStep::Save:
        return tr("Save");
    case MemberStep::ReadBack:
        return tr("Read back");
    }
    return {};
}

} // namespace OrgConsole
