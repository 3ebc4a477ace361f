#pragma once

#include "models/Member.h"
#include "models/Organization.h"
#include "services/core/ConflictReport.h"
#include "services/core/OperationError.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace OrgConsole {

class AppContext;

// One change the user asked for on an organization or one of its members, guarded against what
// the other desktops (and orgctl) did meanwhile (issue 21). Before it runs, the row is compared
// with the version the user read; after it ran, an optimistic-lock failure (OperationError::Kind::
// Conflict) is explained the same way: what changed, by whom and when (ConflictReport, from the
// audit log), and the user may reload and make their change again on the current version, once.
// While another desktop's operation runs on the row the words say who and since when, and nothing
// is re-applied. A conflict that is a rule, with nothing changed meanwhile, is delivered as it is.
// Deletes itself when done.
class GuardedChange : public QObject
{
    Q_OBJECT
public:
    // What the change says when it ran: its error (Kind::None when it worked) and how to hand its
    // result to the caller.
    using Report = std::function<void(const OperationError &error, std::function<void()> deliver)>;
    using Attempt = std::function<void(Report report)>;
    // The user kept the other change, or it cannot be made while another desktop works on the row.
    using Dropped = std::function<void()>;

    // `yours` says the user's change in words ("Your change: delete "Acme"."), `question` offers
    // to make it again ("Reload it and delete it as it is now?").
    static GuardedChange *forOrganization(AppContext *context, QWidget *parent, const Organization &asRead, QString yours,
                                          QString question);
    static GuardedChange *forMember(AppContext *context, QWidget *parent, const QString &organizationId, const Member &asRead,
                                    QString yours, QString question);

    void start(Attempt attempt, Dropped dropped);

private:
    GuardedChange(AppContext *context, QWidget *parent, QString yours, QString question);
    void attempt();
    void explain(const OperationError &failure, std::function<void()> deliver);
    void decide(const ConflictReport &report, const OperationError &failure, std::function<void()> deliver);
    void finish(const std::function<void()> &then);

    AppContext *m_context;
    QPointer<QWidget> m_parent;
    QString m_yours;
    QString m_question;
    Organization m_org;
    std::optional<Member> m_member;
    Attempt m_attempt;
    Dropped m_dropped;
    bool m_retried = false;
};

// Runs `run` (one operation with a result carrying `ok` and `error`: OperationResult,
// MemberResult) guarded by `change`; `done` gets its result, or nullopt when it was dropped.
template<typename R>
void runGuarded(GuardedChange *change, std::function<void(std::function<void(R)>)> run,
                std::function<void(std::optional<R>)> done)
{
    change->start(
        [run, done](GuardedChange::Report report) {
            run([report, done](R r) { report(r.ok ? OperationError() : r.error, [done, r] { done(r); }); });
        },
        [done] { done(std::nullopt); });
}

} // namespace OrgConsole
