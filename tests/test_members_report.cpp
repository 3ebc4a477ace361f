// mergeMembers(): the database's member rows and one /team/info become the members view — figures
// and keys matched by user id and key hash, the owner marked, and the team's members the database
// does not know reported, but not the proxy's own admin identity that joins every team it creates.
#include "services/provisioning/MemberOperations.h"

#include <QTest>

using namespace OrgConsole;

namespace {
Member row(const QString &user, const QString &keyHash)
{
    Member m;
    m.organizationId = QStringLiteral("org-1");
    m.userId = user;
    m.status = MemberStatus::Active;
    m.keyHash = keyHash;
    return m;
}

TeamMembership onProxy(const QString &user, double spend)
{
    TeamMembership m;
    m.userId = user;
    m.spend = spend;
    return m;
}
} // namespace

class TestMembersReport : public QObject
{
    Q_OBJECT
private slots:
    void mergesRowsWithTheTeam()
    {
        Organization org;
        org.id = QStringLiteral("org-1");
        org.ownerUserId = QStringLiteral("kc-1");
        TeamDetail team;
        team.memberships = {onProxy(QStringLiteral("default_user_id"), 0), onProxy(QStringLiteral("kc-1"), 1.5),
                            onProxy(QStringLiteral("stranger"), 0)};
        KeyInfo key;
        key.token = QStringLiteral("hash-1");
        key.blocked = true;
        team.keys = {key};
        const MembersReport report
            = mergeMembers(org, {row(QStringLiteral("kc-1"), QStringLiteral("hash-1")), row(QStringLiteral("kc-2"), {})}, team);
        QCOMPARE(report.members.size(), 2);
        const MemberView &owner = report.members.at(0);
        QVERIFY(owner.isOwner && owner.onProxy);
        QCOMPARE(owner.membership->spend, 1.5);
        QVERIFY(owner.key && owner.key->blocked);
        const MemberView &other = report.members.at(1);
        QVERIFY(!other.isOwner && !other.onProxy && !other.membership && !other.key);
        QCOMPARE(report.unknownOnProxy, QStringList {QStringLiteral("stranger")});
    }

    // A customer whose user id happens to be the admin's name is still matched like anyone else.
    void aKnownMemberNamedLikeTheAdminIsMatched()
    {
        Organization org;
        org.id = QStringLiteral("org-1");
        TeamDetail team;
        team.memberships = {onProxy(QStringLiteral("default_user_id"), 2.0)};
        const MembersReport report = mergeMembers(org, {row(QStringLiteral("default_user_id"), {})}, team);
        QVERIFY(report.members.at(0).onProxy);
        QVERIFY(report.unknownOnProxy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMembersReport)
#include "test_members_report.moc"
