// The member user ids the database keeps with each organization (schema version 10, issue 19): the
// console's list reads them with its rows instead of 500,000 member rows, so every change to members
// must keep them right: adding, removing, renaming and moving a member, an organization deleted with
// its members, two desktops adding members to one organization at once, and a database from before
// version 10 filled when migrated. And the count of changes to each organization's members that the
// change feed compares (schema version 11). On SQLite and on a real PostgreSQL server
// (ORGCONSOLE_TEST_ENGINE).
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/support/TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace OrgConsole;
using OrgConsole::Test::TestDatabase;

class TestMemberIds : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_testDb;
    DatabaseLocation m_location;
    QString m_connection;
    int m_counter = 0;

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    void openNew(int schemaVersion)
    {
        if (!m_connection.isEmpty())
            closeConnection();
        m_connection = QStringLiteral("member_ids_%1").arg(++m_counter);
        QString error = m_testDb.create(m_connection, &m_location);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openDatabase(m_location, m_connection);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSqlDatabase d = db();
        QCOMPARE(migrate(d, schemaVersion), QString());
    }
    void closeConnection()
    {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
    QString addOrganization(const QString &name)
    {
        OrgRepository repo(db());
        NewOrganization n;
        n.name = name;
        n.ownerUserId = QStringLiteral("kc-owner");
        const Stored<Organization> o = repo.reserve(n, QStringLiteral("test"));
        return o.ok() ? o.value->id : QString();
    }
    static bool addMember(QSqlDatabase connection, const QString &orgId, const QString &userId)
    {
        OrgRepository repo(connection);
        Member m;
        m.organizationId = orgId;
        m.userId = userId;
        m.email = QStringLiteral("someone@example.com");
        return repo.members().reserve(m, {}).ok();
    }
    void exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    qint64 memberChanges(const QString &orgId)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT changes FROM member_changes WHERE organization_id = ?"));
        q.addBindValue(orgId);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return -1;
        }
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    // What the list reads of every organization (its member ids and count) is what members holds.
    void listedAsStored(int organizations)
    {
        OrgRepository repo(db());
        const auto page
            = repo.listAfter(OrgRepository::PageKey::NormalizedName, {}, 1000, true, OrgRepository::PageColumns::List);
        QVERIFY2(page.ok(), qPrintable(page.error.message));
        QCOMPARE(page.value->size(), organizations);
        for (const Organization &o : *page.value) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("SELECT user_id FROM members WHERE organization_id = ?"));
            q.addBindValue(o.id);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList stored;
            while (q.next())
                stored.append(q.value(0).toString());
            QStringList listed = o.memberUserIds();
            stored.sort();
            listed.sort();
            QCOMPARE(listed, stored);
            QCOMPARE(o.memberCount, int(stored.size()));
            // A whole row (findById, listAll, ...) counts them from the same ids.
            const Stored<Organization> whole = repo.findById(o.id);
            QVERIFY2(whole.ok(), qPrintable(whole.error.message));
            QCOMPARE(whole.value->memberCount, int(stored.size()));
        }
    }

private slots:
    void init() { openNew(kSchemaVersion); }
    void cleanup() { closeConnection(); }

    void everyChangeToMembersKeepsTheIds()
    {
        const QString acme = addOrganization(QStringLiteral("Acme"));
        const QString zeta = addOrganization(QStringLiteral("Zeta"));
        QVERIFY(!acme.isEmpty() && !zeta.isEmpty());
        listedAsStored(2);
        for (const QString &user : {QStringLiteral("ann"), QStringLiteral("jürgen"), QStringLiteral("李")})
            QVERIFY(addMember(db(), acme, user));
        QVERIFY(addMember(db(), zeta, QStringLiteral("zoe")));
        listedAsStored(2);
        OrgRepository repo(db());
        QVERIFY(repo.members().remove(acme, QStringLiteral("ann")).ok());
        listedAsStored(2);
        exec(QStringLiteral("UPDATE members SET user_id = ? WHERE organization_id = ? AND user_id = ?"),
             {QStringLiteral("jürgen.neu"), acme, QStringLiteral("jürgen")});
        listedAsStored(2);
        exec(QStringLiteral("UPDATE members SET organization_id = ? WHERE organization_id = ? AND user_id = ?"),
             {zeta, acme, QStringLiteral("李")});
        listedAsStored(2);
        QVERIFY(repo.remove(acme).ok()); // with its members
        listedAsStored(1);
        QVERIFY(repo.members().remove(zeta, QStringLiteral("zoe")).ok());
        listedAsStored(1);
    }

    // Schema version 11: the change feed compares how many times the database counted a change to
    // an organization's members instead of adding up every member row. Every change the console
    // shows is counted (added, figures, blocked, renamed, moved: both organizations, removed); a
    // change it does not show (a heartbeat) is not; an organization deleted with its members goes
    // with its count.
    void everyShownChangeToAMemberIsCounted()
    {
        const QString acme = addOrganization(QStringLiteral("Acme"));
        const QString zeta = addOrganization(QStringLiteral("Zeta"));
        QVERIFY(!acme.isEmpty() && !zeta.isEmpty());
        QCOMPARE(memberChanges(acme), 0);
        qint64 acmeBefore = 0;
        qint64 zetaBefore = 0;
        const auto counted = [&](const QString &change, bool acmeMoves, bool zetaMoves) {
            const qint64 acmeNow = memberChanges(acme);
            const qint64 zetaNow = memberChanges(zeta);
            if ((acmeNow > acmeBefore) != acmeMoves || (zetaNow > zetaBefore) != zetaMoves || acmeNow < acmeBefore
                || zetaNow < zetaBefore)
                return QStringLiteral("%1: Acme %2 -> %3, Zeta %4 -> %5")
                    .arg(change)
                    .arg(acmeBefore)
                    .arg(acmeNow)
                    .arg(zetaBefore)
                    .arg(zetaNow);
            acmeBefore = acmeNow;
            zetaBefore = zetaNow;
            return QString();
        };
        QVERIFY(addMember(db(), acme, QStringLiteral("ann")));
        QCOMPARE(counted(QStringLiteral("added"), true, false), QString());
        const QString where = QStringLiteral(" WHERE organization_id = ? AND user_id = ?");
        const struct {
            const char *set;
            QVariant value;
            bool shown;
        } updates[] = {{"heartbeat_at", QStringLiteral("2026-01-01T00:00:00.000Z"), false},
                       {"spend", 1.25, true},
                       {"max_budget", 20.0, true},
                       {"max_budget", QVariant(QMetaType(QMetaType::Double)), true},
                       {"key_blocked", 1, true},
                       {"row_version", 9, true},
                       {"updated_at", QStringLiteral("2026-01-02T00:00:00.000Z"), false},
                       {"user_id", QStringLiteral("ann.neu"), true}};
        QString user = QStringLiteral("ann");
        for (const auto &u : updates) {
            exec(QStringLiteral("UPDATE members SET %1 = ?").arg(QLatin1String(u.set)) + where, {u.value, acme, user});
            if (QLatin1String(u.set) == QLatin1String("user_id"))
                user = u.value.toString();
            QCOMPARE(counted(QLatin1String(u.set), u.shown, false), QString());
        }
        exec(QStringLiteral("UPDATE members SET organization_id = ?") + where, {zeta, acme, user});
        QCOMPARE(counted(QStringLiteral("moved"), true, true), QString());
        OrgRepository repo(db());
        QVERIFY(repo.members().remove(zeta, user).ok());
        QCOMPARE(counted(QStringLiteral("removed"), false, true), QString());
        QVERIFY(addMember(db(), zeta, QStringLiteral("zoe")));
        QVERIFY(repo.remove(zeta).ok()); // with its member
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT organization_id FROM member_changes")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), acme);
        QVERIFY(!q.next());
    }

    // The first desktop's addition is not committed yet when the second adds or removes a member of
    // the same organization; once both committed, the ids listed are the members stored (on
    // PostgreSQL the second's reading of the ids waits for the first's commit instead of reading
    // them from before it).
    void twoDesktopsAtOnce_data()
    {
        QTest::addColumn<bool>("secondRemoves");
        QTest::newRow("both add") << false;
        QTest::newRow("one adds, the other removes") << true;
    }
    void twoDesktopsAtOnce()
    {
        QFETCH(bool, secondRemoves);
        const QString orgId = addOrganization(QStringLiteral("Acme"));
        QVERIFY(!orgId.isEmpty());
        QVERIFY(addMember(db(), orgId, QStringLiteral("old")));
        QSqlDatabase first = db();
        QVERIFY(first.transaction());
        QVERIFY(addMember(first, orgId, QStringLiteral("first")));
        bool secondDone = false;
        const DatabaseLocation location = m_location;
        std::thread second([&secondDone, location, orgId, secondRemoves] {
            const QString name = QStringLiteral("member_ids_second");
            if (openDatabase(location, name).isEmpty()) {
                QSqlDatabase connection = QSqlDatabase::database(name);
                secondDone = secondRemoves ? OrgRepository(connection).members().remove(orgId, QStringLiteral("old")).ok()
                                           : addMember(connection, orgId, QStringLiteral("second"));
            }
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        });
        QTest::qWait(300); // the second waits for the first (a row lock, or SQLite's write lock)
        QVERIFY(first.commit());
        second.join();
        QVERIFY(secondDone);
        listedAsStored(1);
        OrgRepository repo(db());
        const auto page = repo.listAfter(OrgRepository::PageKey::Id, {}, 10, true, OrgRepository::PageColumns::List);
        QVERIFY(page.ok());
        const QStringList ids = page.value->first().memberUserIds();
        QVERIFY(ids.contains(QStringLiteral("first")));
        QCOMPARE(ids.contains(QStringLiteral("old")), !secondRemoves);
        QCOMPARE(ids.contains(QStringLiteral("second")), !secondRemoves);
    }

    void migrationFillsTheIdsOfEarlierMembers()
    {
        openNew(9);
        const QString at = QStringLiteral("2026-01-01T00:00:00.000Z");
        const QString orgId = QStringLiteral("11111111-1111-4111-8111-111111111111");
        exec(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, created_at, updated_at)"
                            " VALUES (?, 'Old Co', 'old co', 'active', 'kc-1', ?, ?)"),
             {orgId, at, at});
        exec(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, status, owner_user_id, created_at, updated_at)"
                            " VALUES ('22222222-2222-4222-8222-222222222222', 'Empty Co', 'empty co', 'active', 'kc-2', ?, ?)"),
             {at, at});
        for (const QString &user : {QStringLiteral("kc-1"), QStringLiteral("zoë")})
            exec(QStringLiteral("INSERT INTO members (organization_id, user_id, email, status, key_alias, added_at, updated_at)"
                                " VALUES (?, ?, '', 'active', ?, ?, ?)"),
                 {orgId, user, QString(QStringLiteral("alias-") + user), at, at});
        QSqlDatabase d = db();
        QCOMPARE(migrate(d), QString());
        listedAsStored(2);
        QCOMPARE(memberChanges(orgId), 2); // schema version 11: counted as added
        QCOMPARE(memberChanges(QStringLiteral("22222222-2222-4222-8222-222222222222")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberIds)
#include "test_member_ids.moc"
