#pragma once

#include "models/Member.h"
#include "models/Organization.h"
#include "services/core/OperationError.h"
#include "services/litellm/LiteLlmTypes.h"
#include "services/provisioning/CreateOrganization.h"

#include <QObject>

#include <functional>

namespace OrgConsole {

class Heartbeat;
class LiteLlmClient;
class RepositoryWorker;

// The six steps of "Add member", shown live like the creation's.
enum class MemberStep { Validate, Reserve, AddToTeam, GenerateKey, Save, ReadBack };
constexpr int kMemberStepCount = 6;
QString memberStepName(MemberStep step);

struct MemberProgress {
    MemberStep step;
    StepState state;
    QString message;
};

struct AddMemberResult {
    bool ok = false;
    Organization organization;
    Member member; // as saved (no raw key in it)
    QString rawKey; // shown once; never stored or logged
    std::optional<TeamMembership> membership; // the member's budget row as the proxy reports it
    std::optional<MemberStep> failedStep;
    OperationError error; // the original cause
    QStringList cleanedUp; // what compensation removed
    OperationError cleanupError; // when compensation itself failed (the row stays `failed`)
    QString warning; // e.g. read-back failed after a successful save
};

// Adds one member as a compensated saga: validate -> reserve the row -> /team/member_add ->
// /key/generate -> save -> read back from /team/info. A failure after the reservation deletes the
// key (by its alias), then the membership, then the row; "already in team" from an earlier attempt
// whose reply was lost counts as added. If cleanup fails, the row stays `failed` for recovery.
class AddMember : public QObject
{
    Q_OBJECT
public:
    AddMember(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent = nullptr);

    // Bulk runs take the budget from the member_add reply instead of reading it back.
    void setReadBack(bool readBack) { m_readBack = readBack; }

    void start(const NewMember &input, std::function<void(const MemberProgress &)> progress,
               std::function<void(const AddMemberResult &)> done);

private:
    void report(MemberStep step, StepState state, const QString &message);
    void fail(MemberStep step, const OperationError &error);
    void findOrganization();
    void checkOrganization(const Organization &org);
    void reserve();
    void addToTeam();
    void applyBudgetToExisting();
    void generateKey(bool afterClearingAlias);
    void save();
    void readBack();
    void finishSuccess();
    void compensate();
    void removeMembership();
    void releaseReservation();
    void finishFailure();

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    QString m_operator;
    NewMember m_input;
    std::function<void(const MemberProgress &)> m_progress;
    std::function<void(const AddMemberResult &)> m_done;
    AddMemberResult m_result;
    GeneratedKey m_key;
    bool m_readBack = true;
    Heartbeat *m_heartbeat;
};

} // namespace OrgConsole
