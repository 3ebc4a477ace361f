#include "services/storage/OrgSnapshot.h"

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace OrgConsole {

namespace {
// One row of numbers; empty when the query fails.
QStringList numbers(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return {};
    QStringList out;
    for (int i = 0; i < q.record().count(); ++i)
        out.append(q.value(i).toString());
    return out;
}
} // namespace

QString orgFingerprint(OrgRepository &repo)
{
    QSqlDatabase db = repo.database();
    QStringList parts;
    if (isPostgres(db)) {
        // Every insert or update makes a row version with a new xmin (the writing transaction's
        // id), a delete lowers the count: the sum and count move with any change to a row.
        parts = numbers(db,
                        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CAST(CAST(xmin AS TEXT) AS BIGINT)), 0)"
                                       " FROM organizations"));
    } else {
        // SQLite: data_version moves when another connection committed anything, total_changes()
        // with every row this connection changed. Coarser than the table (any write counts), exact.
        const QStringList version = numbers(db, QStringLiteral("PRAGMA data_version"));
        const QStringList changes = numbers(db, QStringLiteral("SELECT total_changes()"));
        if (!version.isEmpty() && !changes.isEmpty())
            parts = version + changes;
    }
    return parts.isEmpty() ? QString() : db.driverName() + QLatin1Char(':') + parts.join(QLatin1Char(':'));
}

OrgSnapshot takeOrgSnapshot(OrgRepository &repo)
{
    OrgSnapshot s;
    const QString fingerprint = orgFingerprint(repo);
    if (fingerprint.isEmpty())
        return s;
    Stored<QList<Organization>> all = repo.listAll();
    if (!all.ok())
        return s;
    s.organizations = std::move(*all.value);
    s.fingerprint = fingerprint;
    return s;
}

Stored<QList<Organization>> organizationsNow(OrgRepository &repo, const OrgSnapshot &snapshot)
{
    if (!snapshot.fingerprint.isEmpty() && orgFingerprint(repo) == snapshot.fingerprint)
        return Stored<QList<Organization>>::success(snapshot.organizations);
    return repo.listAll();
}

} // namespace OrgConsole
