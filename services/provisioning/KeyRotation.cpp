// Rotating an organization's key: OrgOperations::rotateKey and its steps.
#include "services/core/WorkPhase.h"
#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/CrashPoint.h"
#include "services/provisioning/OrgOperations.h"
#include "services/provisioning/OrgRequests.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>

namespace OrgConsole {

// Works on open-source LiteLLM: generate the new key under a temporary alias, save it, delete the
// old one, then give the new key the organization's alias back. The old key is deleted only once
// the new one is saved: a database that fails meanwhile leaves the customer's key working (the new
// one is withdrawn), never an organization without a key. Each step is a function below.
struct OrgOperations::Rotation {
    Organization org;
    GenerateKeyRequest request;
    GeneratedKey fresh;
    Organization saved;
    QString note;
    std::function<void(OperationResult)> done;
    QJsonObject details() const; // for the audit entry
};

void OrgOperations::rotateKey(const QString &orgId, std::function<void(OperationResult)> done)
{
    withOrganization(
        orgId,
        [this, done](Organization org) {
            if (org.status != OrgStatus::Active)
                return done(failure(OperationError::conflict(
                    QCoreApplication::translate("KeyRotation", "\"%1\" is not active; its key cannot be rotated.")
                        .arg(org.name))));
            // The rotation owns the row while it runs: the other desktops show it and wait.
            claimChange(
                org, WorkPhase::kRotatingKey, [this, org](Finish finish) { rotationBegin(org, finish); }, done);
        },
        done);
}

void OrgOperations::rotationBegin(const Organization &org, std::function<void(OperationResult)> done)
{
    auto r = std::make_shared<Rotation>();
    r->org = org;
    r->request = keyRequestFor(org, org.keyAlias + QStringLiteral("-rotating"));
    r->done = done;
    // A leftover temporary key from an interrupted rotation is removed first.
    m_client->deleteKeysByAlias({r->request.keyAlias}, [this, r](Result<Done>) { rotationGenerate(r); });
}

QJsonObject OrgOperations::Rotation::details() const
{
    return {{QStringLiteral("old_key"), org.keyName}, {QStringLiteral("new_key"), fresh.keyName}};
}

void OrgOperations::rotationGenerate(std::shared_ptr<Rotation> r)
{
    m_client->generateKey(r->request, [this, r](Result<GeneratedKey> g) {
        if (g.ok()) {
            r->fresh = *g.value;
            crashPoint("rotate-after-generate");
            return rotationSave(r);
        }
        // The proxy may have made the key and lost the reply: delete it by its temporary alias.
        m_client->deleteKeysByAlias({r->request.keyAlias}, [this, r, g](Result<Done>) {
            audit(r->org, QStringLiteral("rotate-key"), AuditOutcome::Failed, {{QStringLiteral("error"), g.error.message}},
                  [r, g] {
                      r->done(failure(OperationError(g.error).withContext(
                          QCoreApplication::translate("KeyRotation", "Generating the new key failed: "))));
                  });
        });
    });
}

// Saved only while the organization is still active: a delete that started meanwhile (here or on
// another desktop) wins, and the new key is withdrawn rather than left alive without its team.
void OrgOperations::rotationSave(std::shared_ptr<Rotation> r)
{
    m_repository->run<Organization>(
        [r](OrgRepository &repo) { return repo.replaceActiveKey(r->org.id, r->fresh.token, r->fresh.keyName); }, this,
        [this, r](Stored<Organization> s) {
            if (s.ok()) {
                r->saved = *s.value;
                return rotationDeleteOld(r);
            }
            const OperationError error(s.error);
            m_client->deleteKeys({r->fresh.token}, [this, r, error](Result<Done> withdrawn) {
                const QString outcome = withdrawn.ok() || withdrawn.error.category == ErrorCategory::NotFound
                    ? QCoreApplication::translate("KeyRotation", " The new key was withdrawn; the old key still works.")
                    : QCoreApplication::translate("KeyRotation", " Withdrawing the new key failed too (%1); run Reconcile.")
                          .arg(withdrawn.error.message);
                audit(r->org, QStringLiteral("rotate-key"), AuditOutcome::Failed, r->details(), [r, error, outcome] {
                    r->done(failure(
                        error.withContext(QCoreApplication::translate("KeyRotation", "Saving the new key failed: "), outcome)));
                });
            });
        });
}

void OrgOperations::rotationDeleteOld(std::shared_ptr<Rotation> r)
{
    if (r->org.keyHash.isEmpty())
        return rotationRestoreAlias(r);
    m_client->deleteKeys({r->org.keyHash}, [this, r](Result<Done> d) {
        if (d.ok() || d.error.category == ErrorCategory::NotFound)
            return rotationRestoreAlias(r);
        // The proxy may have deleted it and lost the reply: ask before undoing the rotation, which
        // would otherwise withdraw the only key left.
        m_client->keyInfo(r->org.keyHash, [this, r, d](Result<KeyInfo> old) {
            if (!old.ok() && old.error.category == ErrorCategory::NotFound)
                return rotationRestoreAlias(r);
            if (old.ok())
                return rotationUndo(r,
                                    OperationError(d.error).withContext(QCoreApplication::translate(
                                        "KeyRotation", "Deleting the old key failed, so the rotation was undone: ")));
            r->note = QCoreApplication::translate(
                          "KeyRotation",
                          "The new key is saved, but whether the old key %1 was deleted is unknown (%2); look it "
                          "up on the proxy.")
                          .arg(r->org.keyName, d.error.message);
            rotationRestoreAlias(r);
        });
    });
}

// Keeps the old key working: the new one is withdrawn and the old one recorded again.
void OrgOperations::rotationUndo(std::shared_ptr<Rotation> r, const OperationError &error)
{
    m_client->deleteKeys({r->fresh.token}, [this, r, error](Result<Done>) {
        m_repository->run<Organization>(
            [r](OrgRepository &repo) { return repo.replaceActiveKey(r->org.id, r->org.keyHash, r->org.keyName); }, this,
            [this, r, error](Stored<Organization>) {
                audit(r->org, QStringLiteral("rotate-key"), AuditOutcome::Failed, r->details(),
                      [r, error] { r->done(failure(error)); });
            });
    });
}

void OrgOperations::rotationRestoreAlias(std::shared_ptr<Rotation> r)
{
    m_client->updateKey(r->fresh.token, {{QStringLiteral("key_alias"), r->org.keyAlias}}, [this, r](Result<Done> u) {
        if (!u.ok())
            r->note = QCoreApplication::translate("KeyRotation", "The new key kept the temporary alias: ") + u.error.message;
        audit(r->org, QStringLiteral("rotate-key"), AuditOutcome::Ok, r->details(), [r] {
            OperationResult out;
            out.ok = true;
            out.organization = r->saved;
            out.rawKey = r->fresh.rawKey;
            out.note = r->note;
            r->done(out);
        });
    });
}

} // namespace OrgConsole
