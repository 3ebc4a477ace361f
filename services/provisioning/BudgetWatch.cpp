#include "services/provisioning/BudgetWatch.h"

#include "services/core/Settings.h"
#include "services/provisioning/TeamPages.h"
#include "services/storage/RepositoryWorker.h"

namespace OrgConsole {

namespace {
const char kLevelsSetAction[] = "set-alert-levels";

WatchedBudget watched(const Organization &org, const QString &userId, double spend, std::optional<double> maxBudget,
                      const QDateTime &resetAt, const BudgetLevels &levels)
{
    WatchedBudget b;
    b.organizationId = org.id;
    b.organizationName = org.name;
    b.userId = userId;
    b.spend = spend;
    b.maxBudget = maxBudget;
    b.budgetResetAt = resetAt;
    b.levels = levels;
    b.reading = evaluateLevel(spend, maxBudget, levels);
    return b;
}

// The pure part: every active organization's budget and every member's own, with their levels.
void judgeBudgets(WatchReport &report, const QList<Organization> &orgs, const QList<MemberBudget> &members,
                  const WatchOptions &options)
{
    report.organizations = orgs;
    report.budgets.reserve(orgs.size() + members.size());
    for (const Organization &o : orgs) {
        if (o.status != OrgStatus::Active)
            continue;
        const BudgetLevels levels = options.levels.value_or(report.levelsFor(o.id));
        report.budgets.append(watched(o, {}, o.spend, o.maxBudget, o.budgetResetAt, levels));
        report.counts.add(report.budgets.last().reading.state);
    }
    if (members.isEmpty())
        return;
    QHash<QString, const Organization *> active;
    for (const Organization &o : orgs) {
        if (o.status == OrgStatus::Active)
            active.insert(o.id, &o);
    }
    for (const MemberBudget &m : members) {
        const Organization *org = active.value(m.organizationId);
        if (!org)
            continue;
        const BudgetLevels levels = options.levels.value_or(report.levelsFor(org->id));
        report.budgets.append(watched(*org, m.userId, m.spend, m.maxBudget, m.budgetResetAt, levels));
    }
}

// Every level reached is offered to the database; the crossings whose insert won are new.
Stored<bool> recordCrossings(BudgetWatchStore &store, WatchReport &report, const QDateTime &now)
{
    QList<BudgetCrossing> offered;
    for (const WatchedBudget &b : std::as_const(report.budgets)) {
        for (int level : b.reading.reached)
            offered.append(BudgetCrossing {b.organizationId, b.organizationName, b.userId, level, periodKey(b.budgetResetAt), now,
                                           b.spend, b.maxBudget});
    }
    const Stored<QList<BudgetCrossing>> won = store.recordCrossings(offered);
    if (!won.ok())
        return {std::nullopt, won.error};
    report.newCrossings = *won.value;
    return Stored<bool>::success(true);
}
} // namespace

Stored<WatchReport> evaluateBudgets(OrgRepository &repo, const BudgetLevels &defaults, const WatchOptions &options,
                                    const QDateTime &now)
{
    const Stored<QList<Organization>> orgs = repo.listAll();
    if (!orgs.ok())
        return {std::nullopt, orgs.error};
    const Stored<QList<MemberBudget>> members = BudgetWatchStore(repo.database()).memberBudgets();
    if (!members.ok())
        return {std::nullopt, members.error};
    return evaluateBudgets(repo, *orgs.value, *members.value, defaults, options, now);
}

Stored<WatchReport> evaluateBudgets(OrgRepository &repo, const QList<Organization> &orgs, const QList<MemberBudget> &members,
                                    const BudgetLevels &defaults, const WatchOptions &options, const QDateTime &now)
{
    BudgetWatchStore store(repo.database());
    const Stored<QHash<QString, BudgetLevels>> overrides = store.levelOverrides();
    if (!overrides.ok())
        return {std::nullopt, overrides.error};
    WatchReport report;
    report.defaults = defaults;
    report.overrides = *overrides.value;
    judgeBudgets(report, orgs, members, options);
    if (!options.record)
        return Stored<WatchReport>::success(report);
    // One transaction: the crossings recorded are the ones alerted, or none (then the next
    // evaluation offers them again).
    return repo.inTransaction<WatchReport>([&]() -> Stored<WatchReport> {
        const Stored<bool> recorded = recordCrossings(store, report, now);
        if (!recorded.ok())
            return {std::nullopt, recorded.error};
        return Stored<WatchReport>::success(report);
    });
}

BudgetWatch::BudgetWatch(RepositoryWorker *repository, Settings *settings, QObject *parent)
    : BudgetWatch([repository] { return repository; }, settings, parent)
{
}

BudgetWatch::BudgetWatch(std::function<RepositoryWorker *()> repository, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(repository))
    , m_settings(settings)
{
    qRegisterMetaType<BudgetCrossing>();
    qRegisterMetaType<WatchReport>();
}

BudgetLevels BudgetWatch::defaultLevels() const
{
    return m_settings ? m_settings->alertLevels() : kDefaultLevels;
}

// A refresh, step by step: the organizations' figures, then the members' of the organizations
// where someone has a budget of their own (one /team/info each), then the evaluation.
struct BudgetWatch::Refresh {
    OrgOperations *operations = nullptr;
    WatchOptions options;
    RefreshSummary summary;
    QStringList memberOrgs; // organizations whose members' figures are read
    qsizetype nextOrg = 0;
    int reading = 0; // member lists in flight
    bool evaluating = false;
    std::function<void(RefreshSummary, WatchReport)> done;
};

// What the repository's thread did right after storing the figures: with no member budget to read
// from the proxy first, the whole evaluation (on the organizations the refresh just read and
// stored); otherwise the members' budgets, whose organizations' members are read next.
struct BudgetWatch::JudgedOnWorker {
    std::optional<Stored<WatchReport>> report;
    std::optional<QList<MemberBudget>> members;
};

namespace {
// The organizations whose members' figures a refresh reads, each once, in the order found.
void addMemberOrgs(QStringList &orgs, const QList<MemberBudget> &members)
{
    QSet<QString> seen(orgs.cbegin(), orgs.cend());
    for (const MemberBudget &m : members) {
        if (!seen.contains(m.organizationId)) {
            seen.insert(m.organizationId);
            orgs.append(m.organizationId);
        }
    }
}

void judgeAfterRefresh(OrgRepository &repo, const QList<Organization> &orgs, const BudgetLevels &defaults,
                       const WatchOptions &options, const QDateTime &at, std::optional<Stored<WatchReport>> &report,
                       std::optional<QList<MemberBudget>> &withBudgets)
{
    const Stored<QList<MemberBudget>> members = BudgetWatchStore(repo.database()).memberBudgets();
    if (!members.ok())
        return; // the caller reads them again, then evaluates as usual
    if (members.value->isEmpty())
        report = evaluateBudgets(repo, orgs, {}, defaults, options, at);
    else
        withBudgets = *members.value;
}
} // namespace

void BudgetWatch::refresh(OrgOperations &operations, std::function<void(RefreshSummary, WatchReport)> done,
                          const WatchOptions &options)
{
    auto r = std::make_shared<Refresh>();
    r->operations = &operations;
    r->options = options;
    r->done = std::move(done);
    // Written on the repository's thread, read here once refreshAll's answer arrives (queued after it).
    auto judged = std::make_shared<JudgedOnWorker>();
    const BudgetLevels defaults = defaultLevels();
    operations.refreshAll(
        [this, r, judged](RefreshSummary summary) {
            r->summary = summary;
            refreshed(r, *judged);
        },
        [judged, defaults, options, at = now()](OrgRepository &repo, const QList<Organization> &orgs) {
            judgeAfterRefresh(repo, orgs, defaults, options, at, judged->report, judged->members);
        });
}

void BudgetWatch::refreshed(std::shared_ptr<Refresh> r, const JudgedOnWorker &judged)
{
    if (r->summary.error.isError()) {
        WatchReport failed;
        failed.defaults = defaultLevels();
        failed.error = r->summary.error;
        return r->done(r->summary, failed);
    }
    if (judged.report) {
        r->evaluating = true;
        return deliver(*judged.report, defaultLevels(), [r](WatchReport report) { r->done(r->summary, report); });
    }
    if (!judged.members)
        return findMemberBudgets(r);
    addMemberOrgs(r->memberOrgs, *judged.members);
    readNextMembers(r);
}

void BudgetWatch::findMemberBudgets(std::shared_ptr<Refresh> r)
{
    onRepository<QList<MemberBudget>>([](OrgRepository &repo) { return BudgetWatchStore(repo.database()).memberBudgets(); },
                                      [this, r](Stored<QList<MemberBudget>> members) {
                                          // Without them the organizations are still judged; the members by their last
                                          // figures.
                                          addMemberOrgs(r->memberOrgs, members.value.value_or(QList<MemberBudget> {}));
                                          readNextMembers(r);
                                      });
}

// Up to kTeamPagesInFlight organizations' members read at a time (one /team/info each), like the
// teams' pages: one at a time, 1,000 organizations with member budgets cost 1,000 latencies. The
// evaluation waits for the last of them.
void BudgetWatch::readNextMembers(std::shared_ptr<Refresh> r)
{
    while (r->reading < kTeamPagesInFlight && r->nextOrg < r->memberOrgs.size()) {
        const QString orgId = r->memberOrgs.at(r->nextOrg++);
        ++r->reading;
        // list() stores the figures the proxy reported, queued before the evaluation on the worker.
        r->operations->members().list(orgId, [this, r](MembersReport) {
            --r->reading;
            readNextMembers(r);
        });
    }
    if (r->reading > 0 || r->nextOrg < r->memberOrgs.size() || r->evaluating)
        return;
    r->evaluating = true;
    evaluate([r](WatchReport report) { r->done(r->summary, report); }, r->options);
}

void BudgetWatch::evaluate(std::function<void(WatchReport)> done, const WatchOptions &options)
{
    const BudgetLevels defaults = defaultLevels();
    const QDateTime at = now();
    onRepository<WatchReport>(
        [defaults, options, at](OrgRepository &repo) { return evaluateBudgets(repo, defaults, options, at); },
        [this, done, defaults](Stored<WatchReport> r) { deliver(r, defaults, done); });
}

void BudgetWatch::deliver(const Stored<WatchReport> &r, const BudgetLevels &defaults,
                          const std::function<void(WatchReport)> &done)
{
    WatchReport report = r.ok() ? *r.value : WatchReport {};
    if (!r.ok()) {
        report.defaults = defaults;
        report.error = OperationError(r.error);
    }
    for (const BudgetCrossing &c : std::as_const(report.newCrossings))
        emit crossed(c);
    emit evaluated(report);
    done(report);
}

void BudgetWatch::levelOverride(const QString &orgId, std::function<void(BudgetLevels, OperationError)> done)
{
    onRepository<BudgetLevels>(
        [orgId](OrgRepository &repo) { return BudgetWatchStore(repo.database()).levelOverride(orgId); },
        [done](Stored<BudgetLevels> r) { done(r.value.value_or(BudgetLevels {}), OperationError(r.error)); });
}

void BudgetWatch::setLevelOverride(const QString &orgId, const BudgetLevels &levels, const QString &operatorName,
                                   std::function<void(OperationError)> done)
{
    for (int level : levels) {
        if (level < kMinLevel || level > kMaxLevel)
            return done(
                OperationError::badInput(tr("The level %1 is outside %2 to %3 percent of the max budget; nothing was changed.")
                                             .arg(level)
                                             .arg(kMinLevel)
                                             .arg(kMaxLevel)));
    }
    const BudgetLevels normalized = normalizedLevels(levels);
    onRepository<bool>(
        [orgId, normalized, operatorName](OrgRepository &repo) {
            return repo.inTransaction<bool>([&]() -> Stored<bool> {
                const Stored<Organization> org = repo.findById(orgId);
                if (!org.ok())
                    return {std::nullopt, org.error};
                BudgetWatchStore store(repo.database());
                const Stored<BudgetLevels> before = store.levelOverride(orgId);
                if (!before.ok())
                    return {std::nullopt, before.error};
                const Stored<bool> saved = store.setLevelOverride(orgId, normalized, operatorName);
                if (!saved.ok())
                    return saved;
                AuditEntry e;
                e.operatorName = operatorName;
                e.action = QString::fromLatin1(kLevelsSetAction);
                e.organizationId = org.value->id;
                e.organizationName = org.value->name;
                e.details = {{QStringLiteral("from"), levelsText(*before.value)}, {QStringLiteral("to"), levelsText(normalized)}};
                const Stored<qint64> audited = repo.appendAudit(e);
                return audited.ok() ? Stored<bool>::success(true) : Stored<bool> {std::nullopt, audited.error};
            });
        },
        [done](Stored<bool> r) { done(OperationError(r.error)); });
}

} // namespace OrgConsole
