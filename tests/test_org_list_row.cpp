// The list holds compact rows (OrgListRow, issue 19): every cell the table shows is the same as
// the whole organization's, on random data with Unicode names; the fields only the detail pane
// shows are not kept by the list; a row with an operation under way keeps what the
// work-in-progress text reads.
#include "models/Money.h"
#include "models/Validation.h"
#include "ui/OrgTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace OrgConsole;

namespace {
const QStringList kWords = {QStringLiteral("Zoë"),     QStringLiteral("Ærø"),    QStringLiteral("東京"),
                            QStringLiteral("Ünïcode"), QStringLiteral("Straße"), QStringLiteral("ÇA"),
                            QStringLiteral("Ωmega"),   QStringLiteral("acme"),   QStringLiteral("😀 Co")};

Organization randomOrganization(QRandomGenerator &random, int i)
{
    const auto word = [&] { return kWords.at(random.bounded(int(kWords.size()))); };
    Organization o;
    o.id = QStringLiteral("%1-id-%2").arg(i, 5, 10, QLatin1Char('0')).arg(random.bounded(1000));
    o.name = QStringLiteral("%1 %2 %3").arg(word(), word()).arg(i);
    o.normalizedName = normalizeOrgName(o.name);
    o.status = OrgStatus(random.bounded(4));
    o.ownerUserId = QStringLiteral("kc-%1-%2").arg(word()).arg(i);
    o.contactName = word();
    o.contactEmail = QStringLiteral("ops%1@example.com").arg(i);
    o.keyName = QStringLiteral("sk-...%1").arg(random.bounded(10000));
    o.keyHash = QStringLiteral("hash-%1").arg(i);
    o.keyAlias = QStringLiteral("alias-%1").arg(i);
    if (random.bounded(4) != 0)
        o.maxBudget = random.bounded(100000) / 100.0;
    o.spend = random.bounded(120000) / 100.0;
    o.keyBlocked = random.bounded(5) == 0;
    o.models = {word(), word()};
    o.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + random.bounded(1000000000), Qt::UTC);
    o.budgetResetAt = o.createdAt.addDays(30);
    o.rowVersion = random.bounded(50);
    o.lastError = random.bounded(6) == 0 ? QStringLiteral("Fehler: %1").arg(word()) : QString();
    o.memberCount = random.bounded(6);
    QStringList members;
    for (int m = 0; m < o.memberCount; ++m)
        members.append(QStringLiteral("user-%1-%2").arg(word()).arg(m));
    o.setMemberUserIds(members);
    return o;
}

// What each cell said when the list held whole organizations (the model before issue 19).
QVariant expected(const Organization &o, int column, int role)
{
    const bool over = OrgTableModel::isOverBudget(o);
    if (role == Qt::ToolTipRole && column < OrgTableModel::Level)
        return o.lastError.isEmpty() ? QVariant() : QVariant(o.lastError);
    if (role == OrgTableModel::IdRole)
        return o.id;
    if (role == OrgTableModel::SortRole && column == OrgTableModel::Name)
        return o.normalizedName;
    if (role == OrgTableModel::SortRole && column == OrgTableModel::Created)
        return o.createdAt;
    switch (column) {
    case OrgTableModel::Name:
        return o.name;
    case OrgTableModel::Status:
        return OrgTableModel::statusText(o);
    case OrgTableModel::MaxBudget:
        return formatUsd(o.maxBudget);
    case OrgTableModel::Spend:
        return formatUsd(o.spend);
    case OrgTableModel::Remaining:
        return over ? QStringLiteral("over by %1").arg(formatUsd(o.spend - *o.maxBudget)) : formatUsd(o.remaining());
    case OrgTableModel::Key:
        return o.keyBlocked ? o.keyName + QStringLiteral(" (blocked)") : o.keyName;
    case OrgTableModel::Owner:
        return o.ownerUserId;
    case OrgTableModel::Members:
        return o.memberCount;
    case OrgTableModel::Created:
        return QLocale().toString(o.createdAt.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

void compareCells(const OrgTableModel &model, const QList<Organization> &all, const BudgetWatchFigures &watch)
{
    for (const Organization &o : all) {
        const int row = model.rowOf(o.id);
        QVERIFY(row >= 0);
        for (int column = 0; column < OrgTableModel::ColumnCount; ++column) {
            const QModelIndex cell = model.index(row, column);
            if (column == OrgTableModel::Level || column == OrgTableModel::RunsOut) {
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole), int(OrgTableModel::SortRole)})
                    QCOMPARE(cell.data(role),
                             budgetColumnData(o, watch, column == OrgTableModel::Level, role, OrgTableModel::SortRole));
                continue;
            }
            QCOMPARE(cell.data(Qt::DisplayRole), expected(o, column, Qt::DisplayRole));
            QCOMPARE(cell.data(Qt::ToolTipRole), expected(o, column, Qt::ToolTipRole));
            QCOMPARE(cell.data(OrgTableModel::IdRole), expected(o, column, OrgTableModel::IdRole));
        }
        QCOMPARE(model.index(row, OrgTableModel::Name).data(OrgTableModel::SortRole), o.normalizedName);
        QCOMPARE(model.index(row, OrgTableModel::Created).data(OrgTableModel::SortRole), QVariant(o.createdAt));
        QCOMPARE(model.find(o.id)->rowVersion, o.rowVersion);
        // The search text still has what the row does not keep: contact email and member ids.
        QVERIFY(model.listIndex().matches(row, OrgListIndex::foldFilter(o.contactEmail)));
        for (const QString &member : o.memberUserIds())
            QVERIFY(model.listIndex().matches(row, OrgListIndex::foldFilter(member)));
    }
}
} // namespace

class TestOrgListRow : public QObject
{
    Q_OBJECT
private slots:
    void theCompactRowsShowTheSameCellsAsTheOrganizations()
    {
        QRandomGenerator random(19);
        QList<Organization> all;
        for (int i = 0; i < 300; ++i)
            all.append(randomOrganization(random, i));
        BudgetWatchFigures watch;
        watch.forecasts.insert(all.at(3).id, BudgetForecast {BudgetForecast::Kind::NotBeforeReset, {}, 12.5});
        OrgTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBudgetWatch(watch);
        model.addPage(all.mid(0, 100)); // as a load brings them
        model.addPage(all.mid(100));
        compareCells(model, all, watch);
        // Changed one at a time (a live update), and a reload over them.
        for (int i = 0; i < all.size(); i += 7) {
            Organization changed = randomOrganization(random, i);
            changed.id = all.at(i).id;
            all[i] = changed;
            model.upsert(changed);
        }
        compareCells(model, all, watch);
        model.setOrganizations(all);
        compareCells(model, all, watch);
    }

    void theFieldsOnlyTheDetailPaneShowsAreNotKeptByTheList()
    {
        QRandomGenerator random(7);
        Organization o = randomOrganization(random, 1);
        // Strings of their own (a literal's data is never detached).
        o.keyHash = QString::fromUtf8("a key hash of some length, read by the detail pane only");
        o.contactName = QString::fromUtf8("Zoë Ünïcode, contact");
        o.models = {QString::fromUtf8("gpt-4o"), QString::fromUtf8("claude")};
        o.keyAlias = QString::fromUtf8("org-alias-of-some-length");
        o.name = QString::fromUtf8("Ærø Straße 東京");
        const QString name = o.name;
        OrgTableModel model;
        model.addPage({o});
        model.upsert(o);
        // Nothing else holds these strings: the list did not keep a copy.
        QVERIFY(o.keyHash.isDetached());
        QVERIFY(o.contactName.isDetached());
        QVERIFY(o.keyAlias.isDetached());
        QVERIFY(o.models.isDetached());
        QVERIFY(o.memberIdsUtf8.isEmpty() || o.memberIdsUtf8.isDetached());
        QVERIFY(!o.name.isDetached()); // the name is a column: shared with the row, not copied
        QCOMPARE(model.find(o.id)->name, name);
    }

    void aRowWithAnOperationUnderWayKeepsWhatTheWorkTextReads()
    {
        QRandomGenerator random(3);
        Organization o = randomOrganization(random, 2);
        o.status = OrgStatus::Deleting;
        o.owner = OperationOwner {QStringLiteral("desk-7"), 4711, 99, QStringLiteral("bob"), o.createdAt.addSecs(5)};
        o.heartbeatAt = o.createdAt.addSecs(9);
        o.createdBy = QStringLiteral("alice");
        OrgTableModel model;
        model.addPage({o});
        const Organization work = model.find(o.id)->workView();
        QCOMPARE(work.owner.host, o.owner.host);
        QCOMPARE(work.owner.pid, o.owner.pid);
        QCOMPARE(work.owner.started, o.owner.started);
        QCOMPARE(work.owner.operatorName, o.owner.operatorName);
        QCOMPARE(work.owner.since, o.owner.since);
        QCOMPARE(work.heartbeatAt, o.heartbeatAt);
        QCOMPARE(work.createdBy, o.createdBy);
        QCOMPARE(work.status, OrgStatus::Deleting);
        // Once it has ended (no owner), the row no longer holds the whole organization.
        o.owner = {};
        o.status = OrgStatus::Active;
        model.upsert(o);
        QVERIFY(!model.find(o.id)->unfinished);
        QCOMPARE(model.find(o.id)->workView().status, OrgStatus::Active);
        QVERIFY(model.find(o.id)->workView().owner.isEmpty());
    }
};

QTEST_MAIN(TestOrgListRow)
#include "test_org_list_row.moc"
