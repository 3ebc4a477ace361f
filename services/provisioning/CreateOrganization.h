#pragma once

#include "models/Organization.h"
#include "services/core/OperationError.h"
#include "services/litellm/LiteLlmTypes.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace OrgConsole {

class Heartbeat;
class LiteLlmClient;
class RepositoryWorker;

// The six steps of "Create organization" (shared/design/PRODUCT.md, The main flow).
enum class CreateStep { Validate, Reserve, CreateTeam, GenerateKey, Save, ReadBack };
enum class StepState { Pending, Running, Done, Failed };
constexpr int kCreateStepCount = 6;
QString createStepName(CreateStep step);

struct StepProgress {
    CreateStep step;
    StepState state;
    QString message;
};

struct CreateResult {
    bool ok = false;
    Organization organization; // as saved (no raw key in it)
    QString rawKey; // shown once; never stored or logged
    TeamInfo team; // the budget as the proxy reports it
    std::optional<CreateStep> failedStep;
    OperationError error; // the original cause
    QStringList cleanedUp; // what compensation removed
    OperationError cleanupError; // when compensation itself failed (the row stays `failed`)
    QString warning; // e.g. read-back failed after a successful save
};

// Runs one creation as a compensated saga. Progress and the result arrive on the caller's thread.
// It starts only when the proxy does not say it has no database (its readiness, remembered for a
// few seconds by the client). A failure after the reservation deletes the key (by alias), then the
// team, then the reservation; 404 counts as done, and a team refused for want of a database was
// never made. If cleanup fails, the row stays `failed` with both errors.
class CreateOrganization : public QObject
{
    Q_OBJECT
public:
    CreateOrganization(LiteLlmClient *client, RepositoryWorker *repository, QString operatorName, QObject *parent = nullptr);

    // Bulk runs may take the budget from the team reply instead of reading it back.
    void setReadBack(bool readBack) { m_readBack = readBack; }

    void start(const NewOrganization &input, std::function<void(const StepProgress &)> progress,
               std::function<void(const CreateResult &)> done);

private:
    void report(CreateStep step, StepState state, const QString &message);
    void fail(CreateStep step, const OperationError &error);
    void checkProxyReady();
    void reserve();
    void createTeam();
    void generateKey(bool afterClearingAlias);
    void save();
    void readBack();
    void compensate();
    void deleteTeam();
    void releaseReservation();
    void finishFailure();

    LiteLlmClient *m_client;
    RepositoryWorker *m_repository;
    QString m_operator;
    NewOrganization m_input;
    std::function<void(const StepProgress &)> m_progress;
    std::function<void(const CreateResult &)> m_done;
    CreateResult m_result;
    TeamInfo m_createdTeam;
    GeneratedKey m_key;
    bool m_teamCreated = false;
    bool m_keyCreated = false;
    bool m_readBack = true;
    Heartbeat *m_heartbeat; // renews the reserved row's heartbeat until the row is saved or cleaned up
};

} // namespace OrgConsole
