// Changes of an active organization that own the row while they run (issue 21): the key
// rotation, the budget change, blocking and unblocking the key. One mechanism for all: the claim
// (with a phase word, WorkPhase.h) checks the version the user read and names the operator, a
// heartbeat keeps it alive, and the release at the end (success or failure) frees the row and
// reads it back. A crash leaves a claim that recovery releases once its owner is dead.
#include "services/provisioning/ChangeClaim.h"

#include "services/core/WorkPhase.h"
#include "services/provisioning/OrgOperations.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>

namespace OrgConsole {

void OrgOperations::claimChange(const Organization &org, const QString &phase, std::function<void(Finish)> body, Finish done)
{
    OperationOwner owner = m_owner;
    owner.phase = phase;
    m_repository->run<bool>([org, owner](OrgRepository &repo) { return repo.claimForChange(org.id, org.rowVersion, owner); },
                            this,
                            [this, org, body, done](Stored<bool> claimed) {
                                if (!claimed.ok())
                                    return done(failure(OperationError(claimed.error)));
                                if (!*claimed.value)
                                    return refuseChange(org, done);
                                body(withHeartbeat(org.id, releasing(org, done)));
                            });
}

// Another desktop (or window) holds the row, or changed it since it was read: a conflict in words
// that say who runs what since when, when the row says so.
void OrgOperations::refuseChange(const Organization &org, Finish done)
{
    m_repository->run<Organization>(
        [id = org.id](OrgRepository &repo) { return repo.findById(id); }, this,
        [org, done](Stored<Organization> now) {
            const OperationOwner owner = now.ok() ? now.value->owner : OperationOwner {};
            const QString who = owner.operatorName.isEmpty() ? owner.host : owner.operatorName;
            const QString running = owner.phase.isEmpty() ? QString()
                                                          : QCoreApplication::translate("ChangeClaim", " It is %1.")
                                                                .arg(WorkPhase::runningSince(owner.phase, who, owner.since));
            done(failure(OperationError::conflict(QCoreApplication::translate("ChangeClaim",
                                                                              "\"%1\" changed or is being changed elsewhere "
                                                                              "(another window, desktop or orgctl); nothing was "
                                                                              "done.%2 Look again in a moment.")
                                                      .arg(org.name, running))));
        });
}

// Frees the row once the change ended, whatever its result, and hands out the row as it is now
// (the release moved its version on). A release the database refused leaves the row claimed
// until recovery frees it: the result says so. A row deleted or freed meanwhile needs nothing.
OrgOperations::Finish OrgOperations::releasing(const Organization &org, Finish done)
{
    return [this, org, done](OperationResult result) {
        const OperationOwner owner = m_owner;
        m_repository->run<Organization>(
            [id = org.id, owner](OrgRepository &repo) { return repo.releaseChange(id, owner); }, this,
            [result, done](Stored<Organization> now) mutable {
                if (now.ok() && result.ok)
                    result.organization = *now.value;
                else if (!now.ok() && now.error.kind == StorageError::Kind::Database) {
                    const QString note
                        = QCoreApplication::translate("ChangeClaim",
                                                      "The organization stays marked as being changed until recovery frees it "
                                                      "(%1).")
                              .arg(now.error.message);
                    addResultNote(result, note);
                }
                done(std::move(result));
            });
    };
}

// Recovery of a change whose owner died (a crash mid-rotation; OrgOperations::recoverNext frees
// the row): nothing is undone on the proxy (the new key may be saved or not, the old one deleted
// or not: Reconcile shows a key left over, the next rotation removes a temporary one).
QString interruptedChangeText(const QString &phase)
{
    return phase == WorkPhase::kRotatingKey
        ? QCoreApplication::translate("ChangeClaim",
                                      "interrupted key rotation: the organization is freed; run Reconcile for a key "
                                      "left on the proxy")
        : QCoreApplication::translate("ChangeClaim",
                                      "interrupted change: the organization is freed; run Reconcile to compare it with "
                                      "the proxy");
}

} // namespace OrgConsole
