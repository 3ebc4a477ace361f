// orgctl member ...: add, list, show, change and remove the members of an organization.
#include "app/orgctl/Commands.h"
#include "app/orgctl/Orgctl.h"
#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/SafeText.h"
#include "models/Validation.h"
#include "services/provisioning/AddMember.h"
#include "services/provisioning/MemberOperations.h"
#include "services/provisioning/OrgOperations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OrgConsole {

namespace {
QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject memberJson(const Member &m, bool isOwner)
{
    return QJsonObject {{QStringLiteral("organization_id"), m.organizationId},
                        {QStringLiteral("user_id"), m.userId},
                        {QStringLiteral("is_owner"), isOwner},
                        {QStringLiteral("email"), m.email},
                        {QStringLiteral("role"), m.role},
                        {QStringLiteral("status"), memberStatusToString(m.status)},
                        {QStringLiteral("max_budget"), budgetJson(m.maxBudget)},
                        {QStringLiteral("budget_duration"), m.budgetDuration},
                        {QStringLiteral("budget_reset_at"), timeJson(m.budgetResetAt)},
                        {QStringLiteral("spend"), m.spend},
                        {QStringLiteral("remaining"), budgetJson(m.remaining())},
                        {QStringLiteral("models"), QJsonArray::fromStringList(m.models)},
                        {QStringLiteral("key_alias"), m.keyAlias},
                        {QStringLiteral("key_hash"), m.keyHash},
                        {QStringLiteral("key_name"), m.keyName},
                        {QStringLiteral("key_blocked"), m.keyBlocked},
                        {QStringLiteral("added_by"), m.addedBy},
                        {QStringLiteral("added_at"), timeJson(m.addedAt)},
                        {QStringLiteral("last_error"), m.lastError}};
}

// The member with the figures the proxy reported, where it reported them.
Member withProxyFigures(const MemberView &v)
{
    Member m = v.member;
    if (v.membership) {
        m.spend = v.membership->spend;
        m.maxBudget = v.membership->maxBudget;
        m.budgetDuration = v.membership->budgetDuration;
        m.budgetResetAt = v.membership->budgetResetAt;
    }
    if (v.key)
        m.keyBlocked = v.key->blocked;
    return m;
}

QJsonObject viewJson(const MemberView &v, bool proxyRead)
{
    QJsonObject j = memberJson(withProxyFigures(v), v.isOwner);
    j.insert(QStringLiteral("on_proxy"), proxyRead ? QJsonValue(v.onProxy) : QJsonValue());
    j.insert(QStringLiteral("key_expires"), v.key ? timeJson(v.key->expires) : QJsonValue());
    j.insert(QStringLiteral("last_active"), timeJson(v.lastActive));
    return j;
}

// No budget of their own and no period: the organization's budget and period apply.
QString periodText(const Member &m)
{
    if (m.budgetDuration.isEmpty())
        return m.maxBudget ? QStringLiteral("never resets") : QStringLiteral("-");
    return m.budgetDuration;
}

// `onProxy`: empty when the proxy was not read.
void printMember(Orgctl &ctl, const Organization &org, const Member &m, bool isOwner, const QString &onProxy = {},
                 const QString &rawKey = {})
{
    if (ctl.json()) {
        QJsonObject j = memberJson(m, isOwner);
        if (!rawKey.isEmpty())
            j.insert(QStringLiteral("api_key"), rawKey);
        ctl.out() << QJsonDocument(j).toJson(QJsonDocument::Indented);
        return;
    }
    auto row = [&ctl](const char *label, const QString &value) {
        ctl.out() << QString::fromLatin1(label).leftJustified(16) << printable(value) << "\n";
    };
    row("Member", m.userId + (isOwner ? QStringLiteral(" (owner)") : QString()));
    row("Organization", QStringLiteral("%1 (%2)").arg(org.name, org.id));
    row("Status",
        memberStatusToString(m.status)
            + (m.lastError.isEmpty() ? QString() : QStringLiteral(" (") + m.lastError + QLatin1Char(')')));
    if (!m.email.isEmpty())
        row("Email", m.email);
    row("Role", m.role);
    row("Max budget", m.maxBudget ? formatUsd(m.maxBudget) : QStringLiteral("none of their own (the organization's applies)"));
    row("Budget period", periodText(m));
    if (m.budgetResetAt.isValid())
        row("Next reset", m.budgetResetAt.toString(Qt::ISODate));
    row("Spend", formatUsd(m.spend));
    if (m.maxBudget)
        row("Remaining", formatUsd(m.remaining()));
    row("Models", m.models.isEmpty() ? QStringLiteral("all of the organization's") : m.models.join(QStringLiteral(", ")));
    row("Key", m.keyName + (m.keyBlocked ? QStringLiteral(" (blocked)") : QString()));
    row("Key alias", m.keyAlias);
    if (!onProxy.isEmpty())
        row("On the proxy", onProxy);
    row("Added", QStringLiteral("%1 by %2").arg(m.addedAt.toString(Qt::ISODate), m.addedBy));
    if (!rawKey.isEmpty())
        ctl.out() << "\nAPI key (shown once; store it now):\n" << rawKey << "\n";
}

void printTable(Orgctl &ctl, const MembersReport &report)
{
    const auto line = [&ctl](const QStringList &cells) {
        static const int widths[] = {24, 5, 12, 12, 14, 14, 12, 20, 11, 7};
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int w = widths[i];
            const bool number = i >= 3 && i <= 5;
            text += (number ? cells.at(i).rightJustified(w) : cells.at(i).left(w).leftJustified(w)) + QLatin1Char(' ');
        }
        ctl.out() << text.trimmed() << "\n";
    };
    line({QStringLiteral("USER"), QStringLiteral("OWNER"), QStringLiteral("STATUS"), QStringLiteral("SPEND"),
          QStringLiteral("BUDGET"), QStringLiteral("REMAINING"), QStringLiteral("PERIOD"), QStringLiteral("NEXT RESET"),
          QStringLiteral("KEY"), QStringLiteral("BLOCKED")});
    const bool proxyRead = !report.proxyError.isError();
    for (const MemberView &v : report.members) {
        const Member m = withProxyFigures(v);
        const QString status = memberStatusToString(m.status)
            + (proxyRead && !v.onProxy && m.status == MemberStatus::Active ? QStringLiteral("!") : QString());
        line({m.userId, v.isOwner ? QStringLiteral("*") : QString(), status, formatUsd(m.spend),
              m.maxBudget ? formatUsd(m.maxBudget) : QStringLiteral("-"),
              m.maxBudget ? formatUsd(m.remaining()) : QStringLiteral("-"), periodText(m),
              m.budgetResetAt.isValid() ? m.budgetResetAt.toString(Qt::ISODate) : QStringLiteral("-"), m.keyName,
              m.keyBlocked ? QStringLiteral("yes") : QStringLiteral("no")});
    }
}

// Where the figures came from, and what the proxy has that this database does not know.
void printListNotes(Orgctl &ctl, const MembersReport &report)
{
    ctl.err() << report.members.size() << " member(s) of \"" << report.organization.name << "\"";
    if (report.proxyError.isError())
        ctl.err() << "; the proxy could not be read, so the figures are the stored ones: " << report.proxyError.message;
    ctl.err() << "\n";
    bool missing = false;
    for (const MemberView &v : report.members)
        missing |= !report.proxyError.isError() && !v.onProxy && v.member.status == MemberStatus::Active;
    if (missing)
        ctl.err() << "!: an active member the proxy's team does not list (orgctl reconcile)\n";
    if (!report.unknownOnProxy.isEmpty())
        ctl.err() << "In the proxy's team but not in this database: " << report.unknownOnProxy.join(QStringLiteral(", ")) << "\n";
}

void printReportJson(Orgctl &ctl, const MembersReport &report)
{
    QJsonArray members;
    for (const MemberView &v : report.members)
        members.append(viewJson(v, !report.proxyError.isError()));
    const QJsonObject j {
        {QStringLiteral("organization_id"), report.organization.id},
        {QStringLiteral("organization"), report.organization.name},
        {QStringLiteral("members"), members},
        {QStringLiteral("unknown_on_proxy"), QJsonArray::fromStringList(report.unknownOnProxy)},
        {QStringLiteral("as_of"), timeJson(report.asOf)},
        {QStringLiteral("proxy_error"), report.proxyError.isError() ? QJsonValue(report.proxyError.message) : QJsonValue()}};
    ctl.out() << QJsonDocument(j).toJson(QJsonDocument::Indented);
}

// One member of the report, with the proxy's figures when it could be read.
void showOne(Orgctl &ctl, const MembersReport &report, const QString &user)
{
    const auto v = std::find_if(report.members.cbegin(), report.members.cend(),
                                [&user](const MemberView &m) { return m.member.userId == user; });
    if (v == report.members.cend()) // removed meanwhile
        return ctl.fail(report.proxyError.isError()
                            ? report.proxyError
                            : OperationError::notFound(QStringLiteral("\"%1\" is no longer a member.").arg(user)));
    const bool proxyRead = !report.proxyError.isError();
    if (ctl.json())
        ctl.out() << QJsonDocument(viewJson(*v, proxyRead)).toJson(QJsonDocument::Indented);
    else
        printMember(ctl, report.organization, withProxyFigures(*v), v->isOwner,
                    !proxyRead       ? QStringLiteral("not read: ") + report.proxyError.message
                        : v->onProxy ? QStringLiteral("yes")
                                     : QStringLiteral("NO: the team does not list them (orgctl reconcile)"));
    ctl.finish(ExitOk);
}

// A change's outcome: the member as saved, or the error. `r.organization` is as it was before.
void reportChange(Orgctl &ctl, const MemberResult &r, bool ownerNow = false)
{
    if (!r.ok)
        return ctl.fail(r.error);
    printMember(ctl, r.organization, r.member, ownerNow || r.member.userId == r.organization.ownerUserId, {}, r.rawKey);
    if (!r.note.isEmpty())
        ctl.err() << "orgctl: note: " << r.note << "\n";
    ctl.finish(ExitOk);
}

void reportAddition(Orgctl &ctl, const AddMemberResult &r)
{
    if (!r.ok) {
        QString after;
        if (!r.cleanedUp.isEmpty())
            after += QStringLiteral("\nCleaned up: %1.").arg(r.cleanedUp.join(QStringLiteral(", ")));
        if (r.cleanupError.isError())
            after += QStringLiteral("\nCleanup failed too (the member is marked failed; run orgctl recover): %1")
                         .arg(r.cleanupError.message);
        return ctl.fail(r.error.withContext(
            QStringLiteral("adding the member failed at \"%1\": ").arg(memberStepName(*r.failedStep)), after));
    }
    Member m = r.member;
    if (r.membership) {
        m.spend = r.membership->spend;
        m.maxBudget = r.membership->maxBudget;
        m.budgetDuration = r.membership->budgetDuration;
        m.budgetResetAt = r.membership->budgetResetAt;
    }
    printMember(ctl, r.organization, m, false, {}, r.rawKey);
    if (!r.warning.isEmpty())
        ctl.err() << "orgctl: warning: " << r.warning << "\n";
    ctl.finish(ExitOk);
}

// --budget USD or --unlimited (at most one; `required`: exactly one). False when refused.
bool readBudget(Orgctl &ctl, bool required, std::optional<double> &budget)
{
    const bool given = ctl.isSet(QStringLiteral("budget"));
    const bool unlimited = ctl.isSet(QStringLiteral("unlimited"));
    if (given && unlimited) {
        ctl.fail(OperationError::badInput(QStringLiteral("give either --budget or --unlimited, not both.")));
        return false;
    }
    if (required && !given && !unlimited) {
        ctl.fail(OperationError::badInput(QStringLiteral("give exactly one of --budget USD or --unlimited.")));
        return false;
    }
    if (!given)
        return true;
    const BudgetParse p = parseBudgetText(ctl.value(QStringLiteral("budget")));
    if (!p.value) {
        ctl.fail(OperationError::badInput(p.error));
        return false;
    }
    budget = p.value;
    return true;
}
} // namespace

MemberCommand::MemberCommand()
    : Command(QStringLiteral("member"), QStringLiteral("Add, list, show, change and remove the members of an organization"))
{
    addVerbs({QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("set-budget"),
              QStringLiteral("rotate-key"), QStringLiteral("block-key"), QStringLiteral("unblock-key"), QStringLiteral("remove"),
              QStringLiteral("make-owner"), QStringLiteral("import")});
    addUsage(QStringLiteral("member add ORG --user ID [--email E] [--budget USD | --unlimited] [--duration D] [--models a,b]"));
    addUsage(QStringLiteral("member list ORG"));
    addUsage(QStringLiteral("member show ORG USER"));
    addUsage(QStringLiteral("member set-budget ORG USER (--budget USD | --unlimited) [--duration D]"));
    addUsage(QStringLiteral("member rotate-key | block-key | unblock-key | make-owner ORG USER"));
    addUsage(QStringLiteral("member remove ORG USER [--yes]      (asks you to type the user id unless --yes)"));
    addUsage(QStringLiteral("member import FILE.csv [-j N] [--dry-run] [--results FILE]"));
    addArgument(QStringLiteral("VERB"), verbs().join(QStringLiteral(", ")));
    addArgument(QStringLiteral("ORG"), QStringLiteral("The organization's id or name."));
    addArgument(QStringLiteral("USER"), QStringLiteral("The member's user id, exactly as the proxy has it."));
    addArgument(QStringLiteral("FILE.csv"),
                QStringLiteral("import: a header with organization,user_id and optionally email, budget, duration, models."));
    addOption(QStringLiteral("user"), QStringLiteral("The new member's user id (add)."), QStringLiteral("ID"));
    addOption(QStringLiteral("email"), QStringLiteral("The new member's email (add)."), QStringLiteral("EMAIL"));
    addOption(QStringLiteral("budget"), QStringLiteral("The member's max budget in the team, USD (add, set-budget)."),
              QStringLiteral("USD"));
    addOption(QStringLiteral("unlimited"),
              QStringLiteral("No budget of their own; the organization's applies (add, set-budget)."));
    addOption(QStringLiteral("duration"), QStringLiteral("Budget period, e.g. 30d, 1mo (empty: never resets)."),
              QStringLiteral("D"));
    addOption(QStringLiteral("models"), QStringLiteral("Models the member may use, comma separated (add; empty: all)."),
              QStringLiteral("LIST"));
    addOption(QStringLiteral("yes|y"), QStringLiteral("Do not ask for confirmation (remove)."));
    addOption(QStringLiteral("j"), QStringLiteral("Members added at once (import; default 4, max 32)."), QStringLiteral("N"));
    addOption(QStringLiteral("dry-run"), QStringLiteral("Validate and show what would happen (import)."));
    addOption(QStringLiteral("results"), QStringLiteral("Per-row result file (import; default: FILE.csv.results.csv)."),
              QStringLiteral("FILE"));
    const QStringList budget {QStringLiteral("budget"), QStringLiteral("unlimited"), QStringLiteral("duration")};
    verbTakes(QStringLiteral("add"),
              budget + QStringList {QStringLiteral("user"), QStringLiteral("email"), QStringLiteral("models")});
    verbTakes(QStringLiteral("set-budget"), budget);
    verbTakes(QStringLiteral("remove"), {QStringLiteral("yes")});
    verbTakes(QStringLiteral("import"), {QStringLiteral("j"), QStringLiteral("dry-run"), QStringLiteral("results")});
    for (const char *verb : {"list", "show", "rotate-key", "block-key", "unblock-key", "make-owner"})
        verbTakes(QLatin1String(verb), {});
}

void MemberCommand::run(Orgctl &ctl, const QStringList &args)
{
    const QString verb = args.value(0);
    if (!verbs().contains(verb))
        return ctl.fail(OperationError::badInput(
            verb.isEmpty() ? QStringLiteral("which member command? See orgctl help member.")
                           : QStringLiteral("unknown command \"member %1\"; see orgctl help member.").arg(verb)));
    // ORG (or FILE), and USER for the verbs that act on one member; nothing more.
    const bool oneMember = verb != QLatin1String("add") && verb != QLatin1String("list") && verb != QLatin1String("import");
    const qsizetype expected = oneMember ? 3 : 2;
    const QString org = args.value(1).trimmed();
    const QString user = args.value(2).trimmed();
    if (org.isEmpty())
        return ctl.fail(OperationError::badInput(verb == QLatin1String("import")
                                                     ? QStringLiteral("member import: give the CSV file.")
                                                     : QStringLiteral("which organization? Give its id or name.")));
    if (oneMember && user.isEmpty())
        return ctl.fail(OperationError::badInput(QStringLiteral("which member? Give their user id after the organization.")));
    if (args.size() > expected)
        return ctl.fail(
            OperationError::badInput(QStringLiteral("member %1 takes %2 argument(s), not \"%3\"; see orgctl help member.")
                                         .arg(verb)
                                         .arg(expected - 1)
                                         .arg(printable(args.mid(expected).join(QLatin1Char(' ')), 80))));
    if (verb == QLatin1String("add"))
        return add(ctl, org);
    if (verb == QLatin1String("list"))
        return list(ctl, org);
    if (verb == QLatin1String("import"))
        return import(ctl, args.value(1));
    if (verb == QLatin1String("show"))
        return show(ctl, org, user);
    if (verb == QLatin1String("set-budget"))
        return setBudget(ctl, org, user);
    if (verb == QLatin1String("rotate-key"))
        return rotateKey(ctl, org, user);
    if (verb == QLatin1String("block-key") || verb == QLatin1String("unblock-key"))
        return setKeyBlocked(ctl, org, user, verb == QLatin1String("block-key"));
    if (verb == QLatin1String("remove"))
        return remove(ctl, org, user);
    makeOwner(ctl, org, user);
}

// Everything the command line says is checked before the database or the proxy is touched.
void MemberCommand::add(Orgctl &ctl, const QString &org)
{
    NewMember n;
    n.organization = org;
    n.userId = ctl.value(QStringLiteral("user"));
    n.email = ctl.value(QStringLiteral("email"));
    n.budgetDuration = ctl.value(QStringLiteral("duration"));
    for (const QString &m : ctl.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        n.models.append(m.trimmed());
    if (!ctl.isSet(QStringLiteral("user")))
        return ctl.fail(OperationError::badInput(QStringLiteral("give the new member's user id with --user ID.")));
    if (!readBudget(ctl, false, n.maxBudget))
        return;
    if (const QStringList problems = memberInputProblems(n); !problems.isEmpty())
        return ctl.fail(OperationError::badInput(problems.join(QLatin1Char(' '))));
    ctl.withContext(true, [&ctl, n] {
        auto *saga = ctl.context().newMemberAddition(&ctl).release(); // a child of ctl, which owns it
        saga->start(
            n,
            [&ctl](const MemberProgress &p) {
                ctl.printStep(int(p.step), kMemberStepCount, memberStepName(p.step), p.state, p.message);
            },
            [&ctl, saga](const AddMemberResult &r) {
                saga->deleteLater();
                reportAddition(ctl, r);
            });
    });
}

void MemberCommand::list(Orgctl &ctl, const QString &org)
{
    ctl.withContext(true, [&ctl, org] {
        ctl.context().members().list(org, [&ctl](MembersReport report) {
            if (report.organization.id.isEmpty()) // the database could not say which organization
                return ctl.fail(report.proxyError);
            if (ctl.json())
                printReportJson(ctl, report);
            else
                printTable(ctl, report);
            printListNotes(ctl, report);
            ctl.finish(ExitOk);
        });
    });
}

// The member is looked up in the database first: an unknown one costs no request to the proxy.
void MemberCommand::show(Orgctl &ctl, const QString &org, const QString &user)
{
    ctl.withContext(true, [&ctl, org, user] {
        ctl.context().members().find(org, user, [&ctl, user](MemberResult found) {
            if (!found.ok)
                return ctl.fail(found.error);
            ctl.context().members().list(found.organization.id,
                                         [&ctl, user](MembersReport report) { showOne(ctl, report, user); });
        });
    });
}

void MemberCommand::setBudget(Orgctl &ctl, const QString &org, const QString &user)
{
    std::optional<double> budget;
    if (!readBudget(ctl, true, budget))
        return;
    if (const QString e = validateBudgetDuration(ctl.value(QStringLiteral("duration"))); !e.isEmpty())
        return ctl.fail(OperationError::badInput(e));
    ctl.withContext(true, [&ctl, org, user, budget] {
        // Without --duration the member keeps their period.
        ctl.context().members().find(org, user, [&ctl, user, budget](MemberResult found) {
            if (!found.ok)
                return ctl.fail(found.error);
            const QString duration
                = ctl.isSet(QStringLiteral("duration")) ? ctl.value(QStringLiteral("duration")) : found.member.budgetDuration;
            ctl.context().members().setBudget(found.organization.id, user, budget, duration,
                                              [&ctl](MemberResult r) { reportChange(ctl, r); });
        });
    });
}

void MemberCommand::rotateKey(Orgctl &ctl, const QString &org, const QString &user)
{
    ctl.withContext(true, [&ctl, org, user] {
        ctl.err() << "Rotating the key of " << user << " in \"" << org << "\"...\n";
        ctl.context().members().rotateKey(org, user, [&ctl](MemberResult r) { reportChange(ctl, r); });
    });
}

void MemberCommand::setKeyBlocked(Orgctl &ctl, const QString &org, const QString &user, bool blocked)
{
    ctl.withContext(true, [&ctl, org, user, blocked] {
        ctl.context().members().setKeyBlocked(org, user, blocked, [&ctl](MemberResult r) { reportChange(ctl, r); });
    });
}

namespace {
void printRemoval(Orgctl &ctl, const MemberResult &r)
{
    if (!r.ok)
        return ctl.fail(r.error);
    if (ctl.json())
        ctl.out() << QJsonDocument(QJsonObject {{QStringLiteral("removed"), r.member.userId},
                                                {QStringLiteral("organization_id"), r.organization.id}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
    else
        ctl.out() << "Removed " << r.member.userId << " from \"" << r.organization.name
                  << "\": their keys, membership and row.\n";
    ctl.finish(ExitOk);
}
} // namespace

// Without --yes a person types the user id; without a person to ask (and no --yes) nothing is
// removed. An unknown member is refused before the question.
void MemberCommand::remove(Orgctl &ctl, const QString &org, const QString &user)
{
    const bool confirmed = ctl.isSet(QStringLiteral("yes"));
    if (!confirmed && !stdinIsTerminal())
        return ctl.fail(OperationError::cancelled(
            QStringLiteral("removing a member needs confirmation: type the user id on a terminal, or give --yes; nothing was "
                           "removed.")));
    ctl.withContext(true, [&ctl, org, user, confirmed] {
        ctl.context().members().find(org, user, [&ctl, user, confirmed](MemberResult found) {
            if (!found.ok)
                return ctl.fail(found.error);
            const bool owner = found.member.userId == found.organization.ownerUserId; // refused below, nothing to confirm
            if (!confirmed && !owner) {
                ctl.err() << "This removes " << user << " from \"" << found.organization.name
                          << "\": their keys on the proxy, their membership of the team and their row. Type the user id to "
                             "confirm: "
                          << Qt::flush;
                if (readLineFromStdin() != user)
                    return ctl.fail(OperationError::cancelled(QStringLiteral("the user id did not match; nothing was removed.")));
            }
            ctl.context().members().remove(found.organization.id, user, [&ctl](MemberResult r) { printRemoval(ctl, r); });
        });
    });
}

void MemberCommand::makeOwner(Orgctl &ctl, const QString &org, const QString &user)
{
    ctl.withContext(false, [&ctl, org, user] {
        ctl.context().members().makeOwner(org, user, [&ctl](MemberResult r) { reportChange(ctl, r, true); });
    });
}

} // namespace OrgConsole
