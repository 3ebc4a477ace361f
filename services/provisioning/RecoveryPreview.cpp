// What Recover would do, shown before it does it (the console lists the candidates first).
#include "services/provisioning/OrgOperations.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>

namespace OrgConsole {

namespace {
QString planFor(const Organization &org, bool reissueKeys)
{
    switch (org.status) {
    case OrgStatus::Provisioning:
        return reissueKeys
            ? QCoreApplication::translate("RecoveryPreview", "interrupted creation: finished with a new key (shown once)")
            : QCoreApplication::translate("RecoveryPreview",
                                          "interrupted creation: rolled back (its team, key and row are removed)");
    case OrgStatus::Deleting:
        return QCoreApplication::translate("RecoveryPreview", "interrupted delete: finished (its team, key and row are removed)");
    case OrgStatus::Failed:
        return QCoreApplication::translate("RecoveryPreview", "failed: rolled back (its team, key and row are removed)")
            + (org.lastError.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("RecoveryPreview", " — it failed with: %1").arg(org.lastError));
    case OrgStatus::Active:
        return interruptedChangeText(org.owner.phase);
    }
    return {};
}

QString whyLeftAlone(const Organization &org, const OwnerProbe &probe, const QDateTime &now, const RecoveryRules &rules)
{
    if (!org.owner.isEmpty() && org.owner.host == probe.thisHost)
        return QCoreApplication::translate("RecoveryPreview", "still running in process %1 on this computer; left alone")
            .arg(org.owner.pid);
    const qint64 quiet = org.heartbeatAt.isValid() ? org.heartbeatAt.secsTo(now) : 0;
    return QCoreApplication::translate("RecoveryPreview",
                                       "still running on %1 (last sign of life %2 s ago); taken over after %3 s without one")
        .arg(org.owner.host.isEmpty() ? QCoreApplication::translate("RecoveryPreview", "another desktop") : org.owner.host)
        .arg(quiet)
        .arg(rules.leaseSeconds);
}
} // namespace

void OrgOperations::recoveryCandidates(const RecoveryRules &rules, bool reissueKeys,
                                       std::function<void(QList<RecoveryCandidate>, OperationError)> done)
{
    m_repository->run<QList<Organization>>([](OrgRepository &repo) { return repo.unfinished(); }, this,
                                           [this, rules, reissueKeys, done](Stored<QList<Organization>> rows) {
                                               if (!rows.ok())
                                                   return done({}, OperationError(rows.error));
                                               const QDateTime now = QDateTime::currentDateTimeUtc();
                                               QList<RecoveryCandidate> out;
                                               for (const Organization &org : std::as_const(*rows.value)) {
                                                   RecoveryCandidate c;
                                                   c.organization = org;
                                                   c.takeable = ownerIsDead(org.owner, org.heartbeatAt, now, rules, m_probe);
                                                   c.plan = c.takeable ? planFor(org, reissueKeys)
                                                                       : whyLeftAlone(org, m_probe, now, rules);
                                                   out.append(c);
                                               }
                                               done(out, {});
                                           });
}

} // namespace OrgConsole
