#include "services/storage/ChangeAnnounce.h"

#include "services/storage/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace OrgConsole {

namespace {
QChar kindLetter(OrgChange::Kind kind)
{
    switch (kind) {
    case OrgChange::Kind::Organization:
        return QLatin1Char('o');
    case OrgChange::Kind::Figures:
        return QLatin1Char('f');
    case OrgChange::Kind::Member:
        return QLatin1Char('m');
    case OrgChange::Kind::Audit:
        return QLatin1Char('a');
    case OrgChange::Kind::Removed:
        return QLatin1Char('d');
    }
    return QLatin1Char('o');
}
} // namespace

void announceChange(const QSqlDatabase &db, OrgChange::Kind kind, const QString &orgId)
{
    if (orgId.isEmpty() || !isPostgres(db))
        return;
    QSqlQuery q(db);
    // The version is read in the same statement, so it is the one this transaction wrote.
    q.prepare(QStringLiteral("SELECT pg_notify(CAST(? AS TEXT), CAST(? AS TEXT) || COALESCE((SELECT row_version FROM "
                             "organizations WHERE id = CAST(? AS TEXT)), 0))"));
    q.addBindValue(QString::fromLatin1(kChangeChannel));
    q.addBindValue(QStringLiteral("%1 %2 ").arg(kindLetter(kind)).arg(orgId));
    q.addBindValue(orgId);
    q.exec();
}

QSqlError announceChanges(const QSqlDatabase &db, OrgChange::Kind kind, const QStringList &orgIds)
{
    if (orgIds.isEmpty() || !isPostgres(db))
        return {};
    QSqlQuery q(db);
    // The payload as changePayload() makes it, the version as this transaction wrote it.
    QStringList marks(orgIds.size(), QStringLiteral("?"));
    // Figures carry the spend and budget as stored (float8's text: the shortest that reads back exactly).
    const QString figures
        = kind == OrgChange::Kind::Figures ? QStringLiteral(" || ' ' || spend || ' ' || COALESCE(max_budget, -1)") : QString();
    q.prepare(QStringLiteral("SELECT pg_notify(CAST(? AS TEXT), CAST(? AS TEXT) || id || ' ' || row_version%1) FROM "
                             "organizations WHERE id IN (")
                  .arg(figures)
              + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    q.addBindValue(QString::fromLatin1(kChangeChannel));
    q.addBindValue(QStringLiteral("%1 ").arg(kindLetter(kind)));
    for (const QString &id : orgIds)
        q.addBindValue(id);
    return q.exec() ? QSqlError() : q.lastError();
}

QString changePayload(OrgChange::Kind kind, const QString &orgId, qint64 rowVersion)
{
    return QStringLiteral("%1 %2 %3").arg(kindLetter(kind)).arg(orgId).arg(rowVersion);
}

QString changePayload(const OrgChange &change)
{
    QString payload = changePayload(change.kind, change.organizationId, change.rowVersion);
    if (change.kind == OrgChange::Kind::Figures)
        payload += QStringLiteral(" %1 %2").arg(change.spend, 0, 'g', 17).arg(change.maxBudget, 0, 'g', 17);
    return payload;
}

std::optional<OrgChange> parseChangePayload(const QString &payload)
{
    const QStringList parts = payload.split(QLatin1Char(' '));
    const bool figures = payload.startsWith(QLatin1Char('f'));
    if (parts.size() != (figures ? 5 : 3) || parts.at(0).size() != 1 || parts.at(1).isEmpty() || parts.at(1).size() > 64)
        return std::nullopt;
    bool ok = false;
    const qint64 version = parts.at(2).toLongLong(&ok);
    if (!ok || version < 0)
        return std::nullopt;
    OrgChange change;
    if (figures) {
        bool spendOk = false;
        change.spend = parts.at(3).toDouble(&spendOk);
        change.maxBudget = parts.at(4).toDouble(&ok);
        if (!spendOk || !ok)
            return std::nullopt;
    }
    change.organizationId = parts.at(1);
    change.rowVersion = version;
    switch (parts.at(0).at(0).toLatin1()) {
    case 'o':
        change.kind = OrgChange::Kind::Organization;
        break;
    case 'f':
        change.kind = OrgChange::Kind::Figures;
        break;
    case 'm':
        change.kind = OrgChange::Kind::Member;
        break;
    case 'a':
        change.kind = OrgChange::Kind::Audit;
        break;
    case 'd':
        change.kind = OrgChange::Kind::Removed;
        break;
    default:
        return std::nullopt;
    }
    return change;
}

} // namespace OrgConsole
