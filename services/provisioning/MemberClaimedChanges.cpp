// Changes of an active member that own the member's row while they run (issue 21): its budget,
// its key rotation, blocking its key. The same mechanism as ChangeClaim.cpp for organizations:
// claim with a phase word (checks the version the user read, names the operator), a heartbeat,
// and the release at the end, whatever the result; recovery frees a claim whose owner died.
#include "services/core/WorkPhase.h"
#include "services/provisioning/ChangeClaim.h"
#include "services/provisioning/Heartbeat.h"
#include "services/provisioning/MemberOperations.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>

namespace OrgConsole {

namespace {
MemberResult refused(const OperationError &error)
{
    MemberResult r;
    r.error = error;
    return r;
}
} // namespace

void MemberOperations::claimChange(const Target &t, const QString &phase, std::function<void(MemberFinish)> body,
                                   MemberFinish done)
{
    OperationOwner owner = m_owner;
    owner.phase = phase;
    m_repository->run<bool>(
        [t, owner](OrgRepository &repo) {
            return repo.members().claimForChange(t.org.id, t.member.userId, t.member.rowVersion, owner);
        },
        this,
        [this, t, body, done](Stored<bool> claimed) {
            if (!claimed.ok())
                return done(refused(OperationError(claimed.error)));
            if (!*claimed.value)
                return refuseChange(t, done);
            auto *beat = new Heartbeat(m_repository, this);
            beat->startMember(t.org.id, t.member.userId);
            body([this, t, beat, done](MemberResult result) {
                beat->stop();
                beat->deleteLater();
                releaseMember(t, std::move(result), done);
            });
        });
}

// Another desktop holds the member, or changed it since it was read: who runs what since when.
void MemberOperations::refuseChange(const Target &t, MemberFinish done)
{
    m_repository->run<Member>([t](OrgRepository &repo) { return repo.members().find(t.org.id, t.member.userId); }, this,
                              [t, done](Stored<Member> now) {
                                  const OperationOwner owner = now.ok() ? now.value->owner : OperationOwner {};
                                  const QString who = owner.operatorName.isEmpty() ? owner.host : owner.operatorName;
                                  const QString running = owner.phase.isEmpty()
                                      ? QString()
                                      : QCoreApplication::translate("ChangeClaim", " It is %1.")
                                            .arg(WorkPhase::runningSince(owner.phase, who, owner.since));
                                  done(refused(OperationError::conflict(
                                      QCoreApplication::translate("MemberClaimedChanges",
                                                                  "%1 in \"%2\" changed or is being changed elsewhere; "
                                                                  "nothing was done.%3 Look again in a moment.")
                                          .arg(t.member.userId, t.org.name, running))));
                              });
}

// Frees the member's row and hands out the row as it is now; a release the database refused
// leaves it claimed until recovery frees it, and the result says so.
void MemberOperations::releaseMember(const Target &t, MemberResult result, MemberFinish done)
{
    const OperationOwner owner = m_owner;
    m_repository->run<Member>(
        [t, owner](OrgRepository &repo) { return repo.members().releaseChange(t.org.id, t.member.userId, owner); }, this,
        [result, done](Stored<Member> now) mutable {
            if (now.ok() && result.ok)
                result.member = *now.value;
            else if (!now.ok() && now.error.kind == StorageError::Kind::Database) {
                const QString note = QCoreApplication::translate(
                                         "ChangeClaim", "The member stays marked as being changed until recovery frees it (%1).")
                                         .arg(now.error.message);
                addResultNote(result, note);
            }
            done(std::move(result));
        });
}

} // namespace OrgConsole
