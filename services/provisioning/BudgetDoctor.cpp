#include "services/provisioning/BudgetDoctor.h"

#include "services/litellm/LiteLlmClient.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"
#include "services/storage/RepositoryWorker.h"

#include <QCoreApplication>
#include <QPointer>

namespace OrgConsole {

int DoctorReport::count(FindingSeverity severity) const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [severity](const DoctorFinding &f) { return f.severity == severity; }));
}

// One check: the organizations to read, how far it got, and what it found.
struct BudgetDoctor::Run {
    QList<Organization> organizations;
    qsizetype next = 0;
    int inFlight = 0;
    int finished = 0;
    bool cancelled = false;
    DoctorReport report;
    std::function<void(int, int)> progress;
    std::function<void(DoctorReport)> done;
};

BudgetDoctor::BudgetDoctor(LiteLlmClient *client, RepositoryWorker *repository, OrgOperations *operations, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(repository)
    , m_operations(operations)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

BudgetDoctor::~BudgetDoctor() = default;

void BudgetDoctor::check(const QString &organization, std::function<void(int, int)> progress,
                         std::function<void(DoctorReport)> done)
{
    auto run = std::make_shared<Run>();
    run->progress = progress ? std::move(progress) : [](int, int) {};
    run->done = std::move(done);
    m_running = run;
    const QString wanted = organization.trimmed();
    m_repository->run<QList<Organization>>(
        [wanted](OrgRepository &repo) -> Stored<QList<Organization>> {
            if (wanted.isEmpty())
                return repo.listAll();
            const auto one = repo.findByIdOrName(wanted);
            if (!one.ok())
                return Stored<QList<Organization>>::failure(one.error.kind, one.error.message);
            return Stored<QList<Organization>>::success({*one.value});
        },
        this,
        [this, run, wanted](Stored<QList<Organization>> r) {
            if (!r.ok()) {
                run->report.error = OperationError(r.error);
                return run->done(run->report);
            }
            if (!wanted.isEmpty() && r.value->first().status != OrgStatus::Active) {
                const Organization &org = r.value->first();
                run->report.error = OperationError::conflict(
                    QCoreApplication::translate("BudgetDoctor", "\"%1\" is %2; only active organizations have budgets to check.")
                        .arg(org.name, orgStatusToString(org.status)));
                return run->done(run->report);
            }
            start(run, *r.value);
        });
}

void BudgetDoctor::start(std::shared_ptr<Run> run, QList<Organization> organizations)
{
    organizations.removeIf([](const Organization &o) { return o.status != OrgStatus::Active; });
    run->organizations = std::move(organizations);
    if (run->organizations.isEmpty())
        return run->done(run->report);
    for (int i = 0; i < kParallel; ++i)
        checkNext(run);
}

void BudgetDoctor::cancel()
{
    if (m_running)
        m_running->cancelled = true;
}

void BudgetDoctor::checkNext(std::shared_ptr<Run> run)
{
    if (run->cancelled || run->next >= run->organizations.size()) {
        if (run->inFlight == 0 && run->done) {
            run->report.cancelled = run->cancelled && run->finished < run->organizations.size();
            run->report.organizationsChecked = run->finished;
            auto done = std::move(run->done);
            run->done = nullptr;
            if (m_running == run)
                m_running.reset();
            done(run->report);
        }
        return;
    }
    auto c = std::make_shared<Checking>();
    c->input.organization = run->organizations.at(run->next++);
    ++run->inFlight;
    readMembers(run, c);
}

void BudgetDoctor::readMembers(std::shared_ptr<Run> run, std::shared_ptr<Checking> c)
{
    const QString id = c->input.organization.id;
    m_repository->run<QList<Member>>([id](OrgRepository &repo) { return repo.members().list(id); }, this,
                                     [this, run, c](Stored<QList<Member>> r) {
                                         if (!r.ok())
                                             return finishOne(run, c, OperationError(r.error));
                                         c->input.members = *r.value;
                                         readTeam(run, c);
                                     });
}

void BudgetDoctor::readTeam(std::shared_ptr<Run> run, std::shared_ptr<Checking> c)
{
    // The client outlives the doctor (a dialog closed while it checks): its answers then go nowhere.
    m_client->teamInfo(c->input.organization.teamIdOnProxy(), [self = QPointer(this), run, c](Result<TeamDetail> r) {
        if (!self)
            return;
        if (!r.ok())
            return self->finishOne(run, c, OperationError(r.error));
        c->input.team = *r.value;
        self->readKeys(run, c);
    });
}

// Every key of the team, expired ones too (/team/info leaves those out), page by page.
void BudgetDoctor::readKeys(std::shared_ptr<Run> run, std::shared_ptr<Checking> c)
{
    const QString team = c->input.organization.teamIdOnProxy();
    m_client->listKeys(team, c->keyPage, kKeyPageSize, [self = QPointer(this), run, c](Result<KeyPage> r) {
        if (!self)
            return;
        if (!r.ok())
            return self->finishOne(run, c, OperationError(r.error));
        c->input.keys.append(r.value->keys);
        if (c->keyPage < r.value->totalPages && !r.value->keys.isEmpty()) {
            ++c->keyPage;
            return self->readKeys(run, c);
        }
        self->finishOne(run, c, {});
    });
}

void BudgetDoctor::finishOne(std::shared_ptr<Run> run, std::shared_ptr<Checking> c, const OperationError &error)
{
    const Organization &org = c->input.organization;
    if (error.isError())
        run->report.unreadable.append({org.id, org.name, error});
    else
        run->report.findings.append(diagnose(c->input, m_clock()));
    --run->inFlight;
    ++run->finished;
    run->progress(run->finished, int(run->organizations.size()));
    checkNext(run);
}

namespace {
FixOutcome fromOperation(const OperationResult &r)
{
    return {r.ok, r.error, r.rawKey};
}
FixOutcome fromMember(const MemberResult &r)
{
    return {r.ok, r.error, r.rawKey};
}
} // namespace

void BudgetDoctor::applyFix(const DoctorFinding &finding, std::function<void(FixOutcome)> done)
{
    const DoctorFix &fix = finding.fix;
    const QString org = finding.organizationId;
    auto viaOrg = [done](OperationResult r) { done(fromOperation(r)); };
    auto viaMember = [done](MemberResult r) { done(fromMember(r)); };
    MemberOperations &members = m_operations->members();
    switch (fix.kind) {
    case DoctorFix::Kind::SetMemberPeriod:
        return members.setBudget(org, fix.userId, fix.memberCap, fix.budgetDuration, viaMember);
    case DoctorFix::Kind::AlignKeyCap:
        return m_operations->setKeyBudget(org, fix.keyHash, fix.cap, viaOrg);
    case DoctorFix::Kind::UnblockTeam:
        return m_operations->setTeamBlocked(org, false, viaOrg);
    case DoctorFix::Kind::UnblockOrgKey:
        return m_operations->setKeyBlocked(org, false, viaOrg);
    case DoctorFix::Kind::UnblockMemberKey:
        return members.setKeyBlocked(org, fix.userId, false, viaMember);
    case DoctorFix::Kind::RotateOrgKey:
        return m_operations->rotateKey(org, viaOrg);
    case DoctorFix::Kind::RotateMemberKey:
        return members.rotateKey(org, fix.userId, viaMember);
    case DoctorFix::Kind::None:
        break;
    }
    done({false,
          OperationError::badInput(
              QCoreApplication::translate("BudgetDoctor", "The finding %1 has no fix to apply.").arg(finding.code)),
          {}});
}

} // namespace OrgConsole
