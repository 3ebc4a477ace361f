#pragma once

// The list at scale (issue 19), for bench_repository: members seeded beside the organizations, the
// keyset pages the console loads (first page, all pages, through the repository worker as the
// console gets them), the query plans that serve them, and orgctl org list --json as a child
// process (wall time and peak memory).
#include "services/core/OrgQueries.h"
#include "services/storage/OrgRows.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/bench/BenchUtil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <memory>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace OrgConsole::Bench {

// `perOrg` members for every organization, in one INSERT ... SELECT, and every organization made
// active, in one transaction; seconds.
inline double seedMembers(QSqlDatabase db, int perOrg)
{
    QStringList numbers;
    for (int k = 1; k <= perOrg; ++k)
        numbers.append(QStringLiteral("SELECT %1 AS k").arg(k));
    QElapsedTimer t;
    t.start();
    db.transaction();
    QSqlQuery q(db);
    const bool ok = q.exec(
        QStringLiteral("INSERT INTO members (organization_id, user_id, email, status, key_alias, added_by, added_at, updated_at)"
                       " SELECT o.id, 'user-' || n.k || '-' || o.owner_user_id, 'u' || n.k || '@example.com', 'active',"
                       " 'member-' || n.k || '-' || o.id, 'bench', o.created_at, o.updated_at"
                       " FROM organizations o CROSS JOIN (%1) n")
            .arg(numbers.join(QStringLiteral(" UNION ALL "))));
    // Onboarded, as a real list is (reserve() left them provisioning).
    QSqlQuery active(db);
    const bool activated = active.exec(QStringLiteral(
        "UPDATE organizations SET status = 'active', provisioned_at = created_at, key_name = 'sk-...' || substr(id, 1, 4)"));
    if (!ok || !activated || !db.commit())
        std::fprintf(stderr, "seeding members failed: %s\n", qPrintable(q.lastError().text()));
    return t.elapsed() / 1000.0;
}

// How each engine runs the page's two statements: an index walk, not a scan and a sort.
inline void printPlans(QSqlDatabase db, bool postgres)
{
    const QString explain = postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ");
    const QString select = QStringLiteral("SELECT ") + OrgRows::columnsCounting(QStringLiteral("0"))
        + QStringLiteral(" FROM organizations WHERE ");
    const QStringList statements
        = {select + QStringLiteral("id > '8' ORDER BY id LIMIT 500"),
           select + QStringLiteral("normalized_name > 'm' ORDER BY normalized_name LIMIT 500"),
           QStringLiteral("SELECT organization_id, user_id FROM members WHERE organization_id > '8' AND organization_id <= '9'"
                          " ORDER BY organization_id, user_id")};
    for (const QString &s : statements) {
        QSqlQuery q(db);
        if (postgres)
            q.exec(QStringLiteral("ANALYZE"));
        q.exec(explain + s);
        QStringList plan;
        while (q.next())
            plan.append(q.value(postgres ? 0 : 3).toString().trimmed());
        std::printf("plan: ...%s\n   -> %s\n", qPrintable(s.right(60)), qPrintable(plan.join(QStringLiteral(" | "))));
    }
}

// Through the worker as the console loads them: the time to the first page of `pageSize` (the rest
// then dropped), or to the end of all pages; milliseconds. `rows` gets the count the end reported.
// With `largest`, as the console's loader reads them: pages growing from `pageSize` to `largest`, read ahead.
inline double pagedLoadMs(OrgQueries &queries, RepositoryWorker &worker, int pageSize, bool firstOnly, int *rows = nullptr,
                          int largest = 0)
{
    auto receiver = std::make_unique<QObject>();
    bool finished = false;
    QElapsedTimer t;
    t.start();
    double ms = 0;
    const auto page = [&](QList<Organization>) {
        if (firstOnly && !finished) {
            ms = double(t.nsecsElapsed()) / 1e6;
            finished = true;
            receiver.reset(); // drops the rest
        }
    };
    const auto done = [&](Stored<int> total) {
        ms = double(t.nsecsElapsed()) / 1e6;
        finished = true;
        if (rows)
            *rows = total.value.value_or(-1);
    };
    if (largest > 0)
        queries.listPagedAhead(receiver.get(), pageSize, largest, page, done);
    else
        queries.listPaged(receiver.get(), pageSize, page, done);
    waitFor([&] { return finished; });
    bool idle = false; // the worker done with what the dropped list had queued
    QObject ctx;
    worker.run<bool>([](OrgRepository &) { return Stored<bool>::success(true); }, &ctx, [&](Stored<bool>) { idle = true; });
    waitFor([&] { return idle; });
    return ms;
}

// CPU time this process has used (all threads), milliseconds.
inline double cpuMsSelf()
{
    struct rusage u {
    };
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

struct ChildRun {
    double wallMs = 0;
    double maxRssMiB = 0;
    double cpuMs = 0; // user + system: what a shared machine's load does not inflate
    int exitCode = -1;
};

// Runs `program` with `args` under /usr/bin/time, its standard output to `stdoutPath`; wall time
// and peak memory. (Not the rusage of a child spawned from here: a vfork()ed child's peak includes
// this process's memory until its exec.)
inline ChildRun runChild(const QString &program, const QStringList &args, const QByteArray &stdoutPath)
{
    const QByteArray rssFile = stdoutPath == "/dev/null" ? QByteArray("/tmp/orgconsole-bench-rss.txt") : stdoutPath + ".rss";
    std::vector<QByteArray> storage {"/usr/bin/time", "-f", "%M %U %S", "-o", rssFile, program.toLocal8Bit()};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ChildRun run;
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        run.wallMs = double(t.nsecsElapsed()) / 1e6;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        QFile rss(QString::fromLocal8Bit(rssFile));
        const QList<QByteArray> figures
            = rss.open(QIODevice::ReadOnly) ? rss.readAll().trimmed().split('\n').constLast().split(' ') : QList<QByteArray> {};
        if (figures.size() == 3) {
            run.maxRssMiB = figures.at(0).toDouble() / 1024.0;
            run.cpuMs = (figures.at(1).toDouble() + figures.at(2).toDouble()) * 1000.0;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace OrgConsole::Bench
