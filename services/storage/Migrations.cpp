#include "services/storage/Migrations.h"

#include "services/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace OrgConsole {

namespace {
// pg_advisory_xact_lock key that serializes OrgConsole's migrations (any fixed number of ours).
constexpr qint64 kMigrationLockId = 0x4f7267436f6e;

// Version 1: organizations and the append-only audit log.
QStringList schemaV1(bool pg, const QString &autoId)
{
    QStringList s {
        QStringLiteral("CREATE TABLE organizations ("
                       " id VARCHAR(36) PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " normalized_name TEXT NOT NULL,"
                       " status VARCHAR(16) NOT NULL CHECK (status IN ('provisioning','active','failed','deleting')),"
                       " owner_user_id TEXT NOT NULL,"
                       " contact_name TEXT NOT NULL DEFAULT '',"
                       " contact_email TEXT NOT NULL DEFAULT '',"
                       " team_id TEXT,"
                       " key_alias TEXT,"
                       " key_hash TEXT,"
                       " key_name TEXT,"
                       " max_budget DOUBLE PRECISION,"
                       " budget_duration TEXT NOT NULL DEFAULT '',"
                       " models TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " provisioned_at TEXT,"
                       " created_by TEXT NOT NULL DEFAULT '',"
                       " row_version BIGINT NOT NULL DEFAULT 1,"
                       " last_error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX organizations_normalized_name ON organizations (normalized_name)"),
        QStringLiteral("CREATE INDEX organizations_status ON organizations (status, updated_at)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id ")
            + autoId
            + QStringLiteral(","
                             " at TEXT NOT NULL,"
                             " operator TEXT NOT NULL,"
                             " action TEXT NOT NULL,"
                             " organization_id VARCHAR(36),"
                             " organization_name TEXT NOT NULL DEFAULT '',"
                             " details TEXT NOT NULL DEFAULT '{}',"
                             " outcome TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_organization ON audit_log (organization_id, at)"),
    };
    // The audit log is append-only, enforced by the database itself.
    if (pg) {
        s << QStringLiteral("CREATE FUNCTION orgconsole_audit_append_only() RETURNS trigger AS $$ BEGIN "
                            "RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql")
          << QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                            "FOR EACH ROW EXECUTE FUNCTION orgconsole_audit_append_only()");
    } else {
        s << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
          << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    }
    return s;
}

// Version 5: an organization's people. Each member has their own key and optionally a budget
// inside the organization's team; (organization, user id) is unique, so two desktops adding the same
// person race on the primary key and one wins. Every existing organization's owner and key become
// its first member here, without asking the proxy (reconcile adds a missing team membership).
QStringList schemaV5()
{
    return {
        QStringLiteral("CREATE TABLE members ("
                       " organization_id VARCHAR(36) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
                       " user_id TEXT NOT NULL,"
                       " email TEXT NOT NULL DEFAULT '',"
                       " role VARCHAR(16) NOT NULL DEFAULT 'user' CHECK (role IN ('user','admin')),"
                       " status VARCHAR(16) NOT NULL CHECK (status IN ('provisioning','active','removing','failed')),"
                       " max_budget DOUBLE PRECISION,"
                       " budget_duration TEXT NOT NULL DEFAULT '',"
                       " models TEXT NOT NULL DEFAULT '',"
                       " key_alias TEXT NOT NULL,"
                       " key_hash TEXT NOT NULL DEFAULT '',"
                       " key_name TEXT NOT NULL DEFAULT '',"
                       " key_blocked INTEGER NOT NULL DEFAULT 0,"
                       " spend DOUBLE PRECISION NOT NULL DEFAULT 0,"
                       " budget_reset_at TEXT,"
                       " added_by TEXT NOT NULL DEFAULT '',"
                       " added_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " row_version BIGINT NOT NULL DEFAULT 1,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " owner_host TEXT NOT NULL DEFAULT '',"
                       " owner_pid BIGINT NOT NULL DEFAULT 0,"
                       " owner_started BIGINT NOT NULL DEFAULT 0,"
                       " heartbeat_at TEXT,"
                       " PRIMARY KEY (organization_id, user_id))"),
        QStringLiteral("CREATE INDEX members_status ON members (status, updated_at)"),
        QStringLiteral("INSERT INTO members (organization_id, user_id, email, status, key_alias, key_hash, key_name, "
                       "key_blocked, added_by, added_at, updated_at)"
                       " SELECT id, owner_user_id, contact_email, 'active', COALESCE(key_alias, ''), COALESCE(key_hash, ''),"
                       " COALESCE(key_name, ''), key_blocked, created_by, COALESCE(provisioned_at, created_at), updated_at"
                       " FROM organizations WHERE status IN ('active', 'deleting') AND owner_user_id <> ''"),
    };
}

// Version 6: budget watch. An organization's own alert levels (the global defaults live in the
// settings), and every level crossing recorded once per budget period: the primary key decides,
// so of two desktops (or a restart) seeing the same crossing, the insert that wins alerts and the
// other one is ignored. `user_id` is '' for the organization's own budget, a member's id for
// theirs; `period_key` is the period's budget_reset_at, or 'no-period' for a budget that never
// resets.
QStringList schemaV6()
{
    return {
        QStringLiteral("CREATE TABLE budget_levels ("
                       " organization_id VARCHAR(36) PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,"
                       " levels TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE budget_crossings ("
                       " organization_id VARCHAR(36) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
                       " user_id TEXT NOT NULL DEFAULT '',"
                       " level_percent INTEGER NOT NULL,"
                       " period_key TEXT NOT NULL,"
                       " crossed_at TEXT NOT NULL,"
                       " spend DOUBLE PRECISION NOT NULL,"
                       " max_budget DOUBLE PRECISION,"
                       " PRIMARY KEY (organization_id, user_id, level_percent, period_key))"),
        QStringLiteral("CREATE INDEX budget_crossings_at ON budget_crossings (crossed_at)"),
    };
}

// Spend reports: the closed days (before today, UTC) fetched from /team/daily/activity, at the grain
// of organization x day x model x key, with the member the key belonged to when it was fetched
// (keys are rotated; the day's figures stay theirs). Amounts in millionths of a USD, so sums are exact.
// spend_days_fetched records which days of which organization are stored, also those with no spend.
QStringList schemaV7()
{
    return {
        QStringLiteral("CREATE TABLE spend_days ("
                       " organization_id VARCHAR(36) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
                       " day VARCHAR(10) NOT NULL,"
                       " model TEXT NOT NULL,"
                       " key_hash TEXT NOT NULL,"
                       " user_id TEXT NOT NULL DEFAULT '',"
                       " spend_micros BIGINT NOT NULL,"
                       " requests BIGINT NOT NULL DEFAULT 0,"
                       " tokens BIGINT NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (organization_id, day, model, key_hash))"),
        QStringLiteral("CREATE INDEX spend_days_day ON spend_days (day)"),
        QStringLiteral("CREATE TABLE spend_days_fetched ("
                       " organization_id VARCHAR(36) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
                       " first_day VARCHAR(10) NOT NULL,"
                       " last_day VARCHAR(10) NOT NULL,"
                       " fetched_at TEXT NOT NULL,"
                       " PRIMARY KEY (organization_id, first_day, last_day))"),
    };
}

// Version 8: who started an unfinished operation and when (issue 21): the other desktops show
// "being deleted by <operator>, 12 s", counted from the claim, not from when they first saw it.
QStringList schemaV8()
{
    QStringList s;
    for (const char *table : {"organizations", "members"})
        s << QStringLiteral("ALTER TABLE %1 ADD COLUMN owner_operator TEXT NOT NULL DEFAULT ''").arg(QLatin1String(table))
          << QStringLiteral("ALTER TABLE %1 ADD COLUMN owner_since TEXT").arg(QLatin1String(table));
    return s;
}

// Version 9: what a change of an active row is doing (a key rotation, a budget change): the
// other desktops show "key being rotated by <operator>, 3 s" and wait with their own changes.
QStringList schemaV9()
{
    return {QStringLiteral("ALTER TABLE organizations ADD COLUMN owner_phase TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE members ADD COLUMN owner_phase TEXT NOT NULL DEFAULT ''")};
}

// Version 10: every organization's member user ids in one column (separated by the unit separator,
// U+001F, which no user id holds), kept by the database itself on every change to members: the list
// of 100,000 organizations reads them with its rows instead of 500,000 member rows (issue 19).
// A member added appends its id (an import of 1,000 members into one organization reads no ids
// again); a member removed, renamed or moved reads the organization's ids again. On PostgreSQL an
// append waiting for another desktop's change to the row appends to that change's result; a
// reading again locks the organization first (FOR NO KEY UPDATE: not against the key-share lock an
// insert takes on it), so that the ids it then reads, a statement of its own with a new snapshot,
// include those of an addition committed meanwhile.
QStringList schemaV10(bool pg)
{
    QStringList s {QStringLiteral("ALTER TABLE organizations ADD COLUMN member_ids TEXT NOT NULL DEFAULT ''")};
    const QString separator = pg ? QStringLiteral("chr(31)") : QStringLiteral("char(31)");
    const QString ids = pg ? QStringLiteral("COALESCE((SELECT string_agg(m.user_id, chr(31) ORDER BY m.user_id) FROM members m"
                                            " WHERE m.organization_id = %1), '')")
                           : QStringLiteral("COALESCE((SELECT group_concat(m.user_id, char(31)) FROM"
                                            " (SELECT user_id FROM members WHERE organization_id = %1 ORDER BY user_id) m), '')");
    const QString append = QStringLiteral("UPDATE organizations SET member_ids = CASE WHEN member_ids = '' THEN NEW.user_id"
                                          " ELSE member_ids || %1 || NEW.user_id END WHERE id = NEW.organization_id;")
                               .arg(separator);
    const QString reread = QStringLiteral("UPDATE organizations SET member_ids = %1 WHERE id = %2;");
    s << QStringLiteral("UPDATE organizations SET member_ids = %1").arg(ids.arg(QStringLiteral("organizations.id")));
    if (pg) {
        s << QStringLiteral("CREATE FUNCTION orgconsole_member_ids() RETURNS trigger AS $$ DECLARE org VARCHAR(36); BEGIN "
                            "IF TG_OP = 'INSERT' THEN %1 RETURN NULL; END IF; "
                            "FOREACH org IN ARRAY ARRAY[CASE WHEN TG_OP = 'UPDATE' THEN NEW.organization_id END,"
                            " OLD.organization_id] LOOP "
                            "CONTINUE WHEN org IS NULL; "
                            "PERFORM 1 FROM organizations WHERE id = org FOR NO KEY UPDATE; %2 "
                            "END LOOP; RETURN NULL; END; $$ LANGUAGE plpgsql")
                 .arg(append, reread.arg(ids.arg(QStringLiteral("org")), QStringLiteral("org")))
          << QStringLiteral("CREATE TRIGGER members_ids AFTER INSERT OR DELETE OR UPDATE OF organization_id, user_id ON members "
                            "FOR EACH ROW EXECUTE FUNCTION orgconsole_member_ids()");
        return s;
    }
    s << QStringLiteral("CREATE TRIGGER members_ids_insert AFTER INSERT ON members BEGIN %1 END").arg(append)
      << QStringLiteral("CREATE TRIGGER members_ids_delete AFTER DELETE ON members BEGIN %1 END")
             .arg(reread.arg(ids.arg(QStringLiteral("OLD.organization_id")), QStringLiteral("OLD.organization_id")))
      << QStringLiteral("CREATE TRIGGER members_ids_update AFTER UPDATE OF organization_id, user_id ON members BEGIN %1 %2 END")
             .arg(reread.arg(ids.arg(QStringLiteral("OLD.organization_id")), QStringLiteral("OLD.organization_id")),
                  reread.arg(ids.arg(QStringLiteral("NEW.organization_id")), QStringLiteral("NEW.organization_id")));
    return s;
}

// Version 11: how many times each organization's members changed, counted by the database itself
// on every change to a member row that the list or a figure shows. The change feed compares it
// instead of adding up 500,000 member rows on every look (on PostgreSQL that sum took ~0.7 s of the
// server's cores while the list loaded; on SQLite ~0.5 s of CPU on every commit). Kept in a table of
// its own, not on the organization's row: a member's change never locks its organization, so a
// desktop refreshing members and another refreshing organizations cannot deadlock on each other.
QStringList schemaV11(bool pg)
{
    QStringList s {QStringLiteral("CREATE TABLE member_changes ("
                                  " organization_id VARCHAR(36) PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,"
                                  " changes BIGINT NOT NULL)"),
                   // Every organization with members starts counted, as one whose members were added since.
                   QStringLiteral("INSERT INTO member_changes (organization_id, changes) SELECT organization_id, COUNT(*) "
                                  "FROM members GROUP BY organization_id")};
    const QString bump = QStringLiteral("INSERT INTO member_changes (organization_id, changes) VALUES (%1, 1) ON CONFLICT "
                                        "(organization_id) DO UPDATE SET changes = member_changes.changes + 1;");
    // What a member row shows and what its figures are: a change of anything else (a heartbeat, a
    // claim's time) is no change to the member.
    const QString shown = QStringLiteral(
        "OLD.row_version %1 NEW.row_version OR OLD.spend %1 NEW.spend OR OLD.max_budget %1 NEW.max_budget"
        " OR OLD.key_blocked %1 NEW.key_blocked OR OLD.user_id %1 NEW.user_id OR OLD.organization_id %1 NEW.organization_id");
    if (pg) {
        s << QStringLiteral("CREATE FUNCTION orgconsole_member_changes() RETURNS trigger AS $$ BEGIN "
                            "IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM organizations WHERE id = NEW.organization_id)"
                            " THEN %1 END IF; "
                            "IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.organization_id <> NEW.organization_id)"
                            " AND EXISTS (SELECT 1 FROM organizations WHERE id = OLD.organization_id) THEN %2 END IF; "
                            "RETURN NULL; END; $$ LANGUAGE plpgsql")
                 .arg(bump.arg(QStringLiteral("NEW.organization_id")), bump.arg(QStringLiteral("OLD.organization_id")))
          << QStringLiteral("CREATE TRIGGER members_changes_insert_delete AFTER INSERT OR DELETE ON members "
                            "FOR EACH ROW EXECUTE FUNCTION orgconsole_member_changes()")
          << QStringLiteral("CREATE TRIGGER members_changes_update AFTER UPDATE ON members FOR EACH ROW WHEN (%1) "
                            "EXECUTE FUNCTION orgconsole_member_changes()")
                 .arg(shown.arg(QStringLiteral("IS DISTINCT FROM")));
        return s;
    }
    // SQLite: an organization deleted takes its members with it (the cascade) after its own row is
    // gone; their deletion then bumps nothing (the count went with the organization).
    const QString exists = QStringLiteral("INSERT INTO member_changes (organization_id, changes) SELECT id, 1 FROM organizations "
                                          "WHERE id = %1 ON CONFLICT (organization_id) DO UPDATE SET changes = "
                                          "member_changes.changes + 1;");
    const QString moved = QStringLiteral("OLD.organization_id AND OLD.organization_id <> NEW.organization_id");
    s << QStringLiteral("CREATE TRIGGER members_changes_insert AFTER INSERT ON members BEGIN %1 END")
             .arg(exists.arg(QStringLiteral("NEW.organization_id")))
      << QStringLiteral("CREATE TRIGGER members_changes_delete AFTER DELETE ON members BEGIN %1 END")
             .arg(exists.arg(QStringLiteral("OLD.organization_id")))
      << QStringLiteral("CREATE TRIGGER members_changes_update AFTER UPDATE ON members WHEN %1 BEGIN %2 %3 END")
             .arg(shown.arg(QStringLiteral("IS NOT")), exists.arg(QStringLiteral("NEW.organization_id")), exists.arg(moved));
    return s;
}

QStringList migrationStatements(int version, bool pg)
{
    const QString autoId = pg ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    switch (version) {
    case 1:
        return schemaV1(pg, autoId);
    case 2:
        return {
            QStringLiteral("ALTER TABLE organizations ADD COLUMN spend DOUBLE PRECISION NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN key_blocked INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN budget_reset_at TEXT"),
            QStringLiteral("CREATE TABLE spend_snapshots ("
                           " id ")
                + autoId
                + QStringLiteral(","
                                 " organization_id VARCHAR(36) NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,"
                                 " at TEXT NOT NULL,"
                                 " spend DOUBLE PRECISION NOT NULL,"
                                 " max_budget DOUBLE PRECISION)"),
            QStringLiteral("CREATE INDEX spend_snapshots_organization ON spend_snapshots (organization_id, at)"),
        };
    case 3:
        // Which database created a team: written into the metadata of every team and key, so that
        // reconcile never deletes what another OrgConsole database (or a desktop whose database
        // is empty) created. One random id per database, set once.
        return {
            QStringLiteral("CREATE TABLE database_identity (id VARCHAR(36) PRIMARY KEY, created_at TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO database_identity (id, created_at) VALUES ('%1', '%2')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
        };
    case 4:
        // Who runs an unfinished operation and when it last said so: recovery takes a row over at
        // once when its process is gone from this host, after a lease when it ran elsewhere.
        // Unfinished rows from before keep their last change as heartbeat (judged by the lease);
        // failed rows have no operation running and are free to recover at once.
        return {
            QStringLiteral("ALTER TABLE organizations ADD COLUMN owner_host TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN owner_pid BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN owner_started BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN heartbeat_at TEXT"),
            QStringLiteral("UPDATE organizations SET heartbeat_at = updated_at WHERE status IN ('provisioning', 'deleting')"),
        };
    case 5:
        return schemaV5();
    case 6:
        return schemaV6();
    case 7:
        return schemaV7();
    case 8:
        return schemaV8();
    case 9:
        return schemaV9();
    case 10:
        return schemaV10(pg);
    case 11:
        return schemaV11(pg);
    default:
        return {};
    }
}
} // namespace

int currentSchemaVersion(QSqlDatabase &db, QString *error)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        *error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QString migrate(QSqlDatabase &db, int target)
{
    QString error;
    int version = currentSchemaVersion(db, &error);
    if (version < 0)
        return QCoreApplication::translate("Migrations", "Cannot read the schema version: %1").arg(error);
    if (version > kSchemaVersion)
        return QCoreApplication::translate("Migrations",
                                           "The database has schema version %1, but this OrgConsole knows only up to version %2. "
                                           "It was written by a newer OrgConsole; update this one. The database was not changed.")
            .arg(version)
            .arg(kSchemaVersion);
    const bool pg = isPostgres(db);
    while (version < target) {
        const int next = version + 1;
        // SQLite: take the write lock up front so two desktops migrating at once queue (busy
        // timeout) instead of failing with "database is locked".
        QSqlQuery begin(db);
        const bool started = pg ? db.transaction() : begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!started)
            return QCoreApplication::translate("Migrations", "Cannot start the migration to schema version %1: %2")
                .arg(next)
                .arg(pg ? db.lastError().text() : begin.lastError().text());
        // PostgreSQL: a transaction does not lock tables it is about to create, so two desktops
        // migrating a fresh database at once would both create schema_version and one would fail.
        // A transaction-scoped advisory lock makes the second wait and then see the first's work.
        if (pg && !begin.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockId))) {
            const QString message = begin.lastError().text();
            db.rollback();
            return QCoreApplication::translate("Migrations",
                                               "Cannot lock the database for the migration to schema version %1: %2")
                .arg(next)
                .arg(message);
        }
        // Another desktop may have migrated meanwhile: re-read inside the transaction.
        const int now = currentSchemaVersion(db, &error);
        if (now >= next) {
            db.rollback();
            version = now;
            continue;
        }
        QSqlQuery q(db);
        QStringList statements = migrationStatements(next, pg);
        if (next == 1)
            statements.prepend(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                const QString message = q.lastError().text();
                db.rollback();
                return QCoreApplication::translate("Migrations", "Migration to schema version %1 failed and was rolled back: %2")
                    .arg(next)
                    .arg(message);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(next);
        if (!q.exec() || !db.commit()) {
            const QString message = q.lastError().text();
            db.rollback();
            return QCoreApplication::translate("Migrations", "Migration to schema version %1 failed and was rolled back: %2")
                .arg(next)
                .arg(message);
        }
        version = next;
    }
    return {};
}

} // namespace OrgConsole
