// The organization list's filter and sort (search texts, narrowing, collation and number keys,
// rows merged in as they arrive or change) give exactly the rows and order that the plain way
// gives: every row filtered by casefolded substring, then a stable sort by the column's value.
// Random data (seeded) with Unicode names: combining marks, Turkish dotted I, CJK, emoji.
#include "ui/OrgFilterProxyModel.h"
#include "ui/OrgTableModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace OrgConsole;

namespace {
const QStringList kWords = {
    QStringLiteral("Acme"),
    QStringLiteral("Café"),
    QStringLiteral("e\u0301cole"),
    QStringLiteral("\u0130stanbul"),
    QStringLiteral("D\u0131YARBAKIR"),
    QStringLiteral("istanbul"),
    QStringLiteral("東京"),
    QStringLiteral("北京大学"),
    QStringLiteral("\U0001F680 Rocket"),
    QStringLiteral("Straße"),
    QStringLiteral("STRASSE"),
    QStringLiteral("ΣΊΣΥΦΟΣ"),
    QStringLiteral("σίσυφος"),
    QStringLiteral("Zoë"),
    QStringLiteral("zoe"),
    QStringLiteral("Ǆemal"),
    QStringLiteral("Organization"),
    QStringLiteral("org"),
    QStringLiteral("Ａｃｍｅ"),
    QStringLiteral("naïve"),
    QStringLiteral("NAI\u0308VE"),
};

const QList<int> kTextColumns = {OrgTableModel::Name, OrgTableModel::Owner, OrgTableModel::Key};

class Data
{
public:
    explicit Data(quint32 seed)
        : m_random(seed)
    {
    }
    int bounded(int n) { return int(m_random.bounded(n)); }
    QString hex(int digits)
    {
        QString s;
        for (int i = 0; i < digits; ++i)
            s += QString::number(bounded(16), 16);
        return s;
    }
    QString word() { return kWords.at(bounded(int(kWords.size()))); }
    Organization organization()
    {
        Organization o;
        o.id = QStringLiteral("%1-%2-%3-%4-%5").arg(hex(8), hex(4), hex(4), hex(4), hex(12));
        o.name = word() + QLatin1Char(' ') + (bounded(2) ? word() + QLatin1Char(' ') : QString()) + QString::number(bounded(200));
        o.normalizedName = o.name.toLower();
        o.status = OrgStatus(bounded(4));
        o.ownerUserId = QStringLiteral("kc-") + word().left(4) + QString::number(bounded(50));
        o.keyName = QStringLiteral("sk-...") + hex(4);
        o.contactEmail = bounded(3) ? word().toLower().left(5) + QStringLiteral("@example.org") : QString();
        o.maxBudget = bounded(5) ? std::optional<double>(10.0 * bounded(30)) : std::nullopt;
        o.spend = bounded(400) * 0.75;
        o.keyBlocked = bounded(10) == 0;
        o.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000LL + qint64(bounded(1000)) * 60000, Qt::UTC);
        QStringList members;
        for (int m = bounded(3) == 0 ? 1 + bounded(3) : 0; m > 0; --m) // some with members
            members.append(QStringLiteral("kc-") + word().right(3) + QString::number(bounded(90)));
        o.setMemberUserIds(members);
        o.memberCount = int(members.size());
        return o;
    }
    // A filter someone would type: part of a field of a row, in another case at times.
    QString filterFrom(const Organization &o)
    {
        const QStringList fields = QStringList {o.name, o.ownerUserId, o.keyName, o.contactEmail, o.id} + o.memberUserIds();
        QString field = fields.at(bounded(int(fields.size())));
        const int start = field == o.id ? 0 : bounded(int(std::max<qsizetype>(1, field.size() - 1)));
        field = field.mid(start, 1 + bounded(8));
        return bounded(3) == 0 ? field.toUpper() : field;
    }

private:
    QRandomGenerator m_random;
};

// The plain way, written independently of the model.
QString fold(const QString &s)
{
    return s.toCaseFolded();
}

bool plainMatch(const Organization &o, const QString &filter, QuickFilter quick, const BudgetWatchFigures &watch)
{
    if (!matchesQuickFilter(quick, o, watch.reading(o)))
        return false;
    const QString f = fold(filter.trimmed());
    if (f.isEmpty())
        return true;
    for (const QString &field : QStringList {o.name, o.ownerUserId, o.keyName, o.contactEmail} + o.memberUserIds()) {
        if (fold(field).contains(f))
            return true;
    }
    return fold(o.id).startsWith(f);
}

double plainNumber(const Organization &o, int column, const BudgetWatchFigures &watch)
{
    const double none = std::numeric_limits<double>::max();
    switch (column) {
    case OrgTableModel::Status:
        return int(o.status);
    case OrgTableModel::MaxBudget:
        return o.maxBudget.value_or(none);
    case OrgTableModel::Spend:
        return o.spend;
    case OrgTableModel::Remaining:
        return o.remaining().value_or(none);
    case OrgTableModel::Members:
        return o.memberCount;
    case OrgTableModel::Created:
        return double(o.createdAt.toMSecsSinceEpoch());
    default:
        return budgetColumnData(o, watch, column == OrgTableModel::Level, OrgTableModel::SortRole, OrgTableModel::SortRole)
            .toDouble();
    }
}

QStringList plainList(const QList<Organization> &rows, const QString &filter, QuickFilter quick, int column, Qt::SortOrder order,
                      const BudgetWatchFigures &watch)
{
    QList<Organization> shown;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(shown),
                 [&](const Organization &o) { return plainMatch(o, filter, quick, watch); });
    QCollator collator(OrgListIndex::collationLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto compare = [&](const Organization &a, const Organization &b) {
        switch (column) {
        case OrgTableModel::Name:
            return collator.compare(a.name, b.name);
        case OrgTableModel::Owner:
            return collator.compare(a.ownerUserId, b.ownerUserId);
        case OrgTableModel::Key:
            return collator.compare(a.keyName, b.keyName);
        default:
            const double l = plainNumber(a, column, watch);
            const double r = plainNumber(b, column, watch);
            return l < r ? -1 : (r < l ? 1 : 0);
        }
    };
    std::stable_sort(shown.begin(), shown.end(), [&](const Organization &a, const Organization &b) {
        return order == Qt::AscendingOrder ? compare(a, b) < 0 : compare(a, b) > 0;
    });
    QStringList ids;
    for (const Organization &o : std::as_const(shown))
        ids.append(o.id);
    return ids;
}

QStringList shownIds(const OrgFilterProxyModel &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(OrgTableModel::IdRole).toString());
    return ids;
}

const QList<QuickFilter> kQuick = {QuickFilter::All,        QuickFilter::All,     QuickFilter::AtRisk,
                                   QuickFilter::OverBudget, QuickFilter::Blocked, QuickFilter::Failed};
} // namespace

class TestOrgListScale : public QObject
{
    Q_OBJECT

    // The list as the model keeps it (its source order), the filter and sort the proxy is at.
    QList<Organization> m_rows;
    QString m_filter;
    QuickFilter m_quick = QuickFilter::All;
    int m_column = OrgTableModel::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;

    bool sameAsPlain(const OrgTableModel &model, const OrgFilterProxyModel &proxy, const char *step)
    {
        const QStringList expected = plainList(m_rows, m_filter, m_quick, m_column, m_order, model.budgetWatch());
        const QStringList actual = shownIds(proxy);
        if (expected == actual)
            return true;
        qWarning("%s: filter '%s', quick %d, column %d, order %d: %lld rows expected, %lld shown", step, qPrintable(m_filter),
                 int(m_quick), m_column, int(m_order), qlonglong(expected.size()), qlonglong(actual.size()));
        return false;
    }

    void sortBy(OrgFilterProxyModel &proxy, int column, Qt::SortOrder order)
    {
        m_column = column;
        m_order = order;
        proxy.sort(column, order);
    }

private slots:
    void init()
    {
        m_rows.clear();
        m_filter.clear();
        m_quick = QuickFilter::All;
        m_column = OrgTableModel::Name;
        m_order = Qt::AscendingOrder;
    }

    void typingAndErasingGiveThePlainResult();
    void liveChangesGiveThePlainResult();
    void pagesArrivingGiveThePlainResult();
    void viewKeepsSelectionThroughFilterRuns();
    void sortingAgainAfterChangesGivesThePlainResult();
};

// Every sortable column in both orders, with random typed and erased filters and quick filters.
void TestOrgListScale::typingAndErasingGiveThePlainResult()
{
    Data data(19);
    for (int i = 0; i < 600; ++i)
        m_rows.append(data.organization());
    OrgTableModel model;
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setOrganizations(m_rows);
    int narrowed = 0;
    for (int column = 0; column < OrgTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_quick = kQuick.at(data.bounded(int(kQuick.size())));
            proxy.setQuickFilter(m_quick);
            sortBy(proxy, column, order);
            QVERIFY(sameAsPlain(model, proxy, "sorted"));
            const QString target = data.filterFrom(m_rows.at(data.bounded(int(m_rows.size()))));
            for (qsizetype typed = 1; typed <= target.size(); ++typed) { // typing, one character at a time
                const int before = proxy.rowCount();
                m_filter = target.left(typed);
                proxy.setFilterText(m_filter);
                QVERIFY(sameAsPlain(model, proxy, "typed"));
                const QString previous = target.left(typed - 1).trimmed();
                if (!previous.isEmpty() && previous != m_filter.trimmed()) {
                    QCOMPARE(proxy.rowsTestedLastFilter(), before); // only the rows that passed before
                    ++narrowed;
                }
            }
            for (int erased = 0; erased < 3 && !m_filter.isEmpty(); ++erased) { // erasing widens again
                m_filter.chop(1);
                proxy.setFilterText(m_filter);
                QVERIFY(sameAsPlain(model, proxy, "erased"));
            }
            m_filter += data.word().left(2); // and typing on after erasing
            proxy.setFilterText(m_filter);
            QVERIFY(sameAsPlain(model, proxy, "retyped"));
        }
    }
    QVERIFY(narrowed > 20);
}

// Upserts (changed names, figures, status; new rows) and removes while a filter and sort are on;
// the selected row stays selected wherever it moves.
void TestOrgListScale::liveChangesGiveThePlainResult()
{
    Data data(4711);
    for (int i = 0; i < 400; ++i)
        m_rows.append(data.organization());
    OrgTableModel model;
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganizations(m_rows);
    for (int round = 0; round < 120; ++round) {
        if (round % 20 == 0) {
            sortBy(proxy, data.bounded(OrgTableModel::ColumnCount), data.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            m_filter = data.bounded(3) ? data.filterFrom(m_rows.at(data.bounded(int(m_rows.size())))).left(2) : QString();
            proxy.setFilterText(m_filter);
        }
        const int what = data.bounded(3);
        const int row = data.bounded(int(m_rows.size()));
        if (what == 0) { // a change made elsewhere: new name, figures, status
            Organization changed = data.organization();
            changed.id = m_rows.at(row).id;
            m_rows[row] = changed;
            model.upsert(changed);
        } else if (what == 1) {
            m_rows.append(data.organization());
            model.upsert(m_rows.last());
        } else {
            model.remove(m_rows.takeAt(row).id);
        }
        QVERIFY(sameAsPlain(model, proxy, "live change"));
    }
    // A row read alone (a live change) comes without member ids: with the same member count it is
    // still found by them; with another count, no longer.
    const auto withMembers
        = std::find_if(m_rows.begin(), m_rows.end(), [](const Organization &o) { return !o.memberIdsUtf8.isEmpty(); });
    QVERIFY(withMembers != m_rows.end());
    Organization alone = *withMembers;
    alone.memberIdsUtf8.clear();
    model.upsert(alone);
    m_filter = withMembers->memberUserIds().first();
    proxy.setFilterText(m_filter);
    QVERIFY(shownIds(proxy).contains(alone.id));
    QVERIFY(sameAsPlain(model, proxy, "member ids kept"));
    alone.memberCount += 1;
    model.upsert(alone);
    *withMembers = alone;
    proxy.setFilterText(QString());
    proxy.setFilterText(m_filter);
    QVERIFY(!shownIds(proxy).contains(alone.id) || alone.name.toCaseFolded().contains(m_filter.toCaseFolded()));
    QVERIFY(sameAsPlain(model, proxy, "member ids gone"));
    // A selection follows its row through a re-sort and a narrowing filter.
    const QPersistentModelIndex selected = proxy.index(proxy.rowCount() / 2, OrgTableModel::Name);
    const QString id = selected.data(OrgTableModel::IdRole).toString();
    sortBy(proxy, OrgTableModel::Spend, Qt::DescendingOrder);
    QCOMPARE(selected.data(OrgTableModel::IdRole).toString(), id);
    proxy.setFilterText(QString());
    proxy.setFilterText(id.left(3)); // the id's beginning: the row stays
    QCOMPARE(selected.data(OrgTableModel::IdRole).toString(), id);
}

// Rows arriving page by page (a load) while a filter, a quick filter and a sort are on; a second
// load over the first (a refresh) replaces rows instead of adding them twice.
void TestOrgListScale::pagesArrivingGiveThePlainResult()
{
    Data data(2026);
    QList<Organization> all;
    for (int i = 0; i < 700; ++i)
        all.append(data.organization());
    OrgTableModel model;
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setModel(&proxy);
    view.resize(600, 400);
    view.show();
    for (int load = 0; load < 2; ++load) {
        sortBy(proxy, load == 0 ? OrgTableModel::Name : OrgTableModel::Remaining, Qt::DescendingOrder);
        m_filter = load == 0 ? QStringLiteral("a") : QStringLiteral("o");
        m_quick = load == 0 ? QuickFilter::All : QuickFilter::AtRisk;
        proxy.setFilterText(m_filter);
        proxy.setQuickFilter(m_quick);
        for (qsizetype at = 0; at < all.size();) {
            QList<Organization> page = all.mid(at, 1 + data.bounded(150));
            at += page.size();
            if (load == 1) { // the second load reads changed figures
                for (Organization &o : page)
                    o.spend = data.bounded(400) * 0.75;
            }
            for (const Organization &o : std::as_const(page)) {
                const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Organization &r) { return r.id == o.id; });
                if (it != m_rows.end())
                    *it = o;
                else
                    m_rows.append(o);
            }
            model.addPage(page);
            QVERIFY(sameAsPlain(model, proxy, "page"));
            QCOMPARE(view.verticalHeader()->count(), proxy.rowCount());
        }
        QCOMPARE(model.rowCount(), all.size()); // never twice
    }
}

// A filter change that removes or inserts a few runs of rows tells the view of those runs, not of a
// new layout of all rows (which costs a view over 100,000 rows a frame); the current and selected row
// stay with their organization; a reload of unchanged rows moves nothing.
void TestOrgListScale::viewKeepsSelectionThroughFilterRuns()
{
    Data data(47);
    for (int i = 0; i < 300; ++i) {
        Organization o = data.organization();
        o.name = QStringLiteral("Team %1").arg(i);
        o.normalizedName = o.name.toLower();
        o.ownerUserId = o.keyName = o.contactEmail = QString();
        o.memberIdsUtf8.clear();
        m_rows.append(o);
    }
    OrgTableModel model;
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView view;
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setModel(&proxy);
    view.show();
    model.setOrganizations(m_rows);
    sortBy(proxy, OrgTableModel::Name, Qt::AscendingOrder);
    const QString id = m_rows.at(47).id;
    view.selectRow(proxy.mapFromSource(model.index(model.rowOf(id), 0)).row());
    const auto selectedId = [&] {
        const QModelIndexList rows = view.selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.first().data(OrgTableModel::IdRole).toString() : QString();
    };
    QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    for (const char *typed : {"t", "team", "team 4", "team 47", "team 4", "team"}) {
        m_filter = QString::fromLatin1(typed);
        proxy.setFilterText(m_filter);
        QVERIFY(sameAsPlain(model, proxy, typed));
        QCOMPARE(view.currentIndex().data(OrgTableModel::IdRole).toString(), id);
        QCOMPARE(selectedId(), id);
        QCOMPARE(view.verticalHeader()->count(), proxy.rowCount());
    }
    QCOMPARE(layouts.count(), 0);
    QVERIFY(removed.count() > 0);
    QVERIFY(inserted.count() > 0);
    model.addPage(m_rows); // a reload that reads the same rows
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(view.currentIndex().data(OrgTableModel::IdRole).toString(), id);
    // A filter that drops the current row leaves no current row (not a neighbour), as before.
    m_filter = QStringLiteral("team 5");
    proxy.setFilterText(m_filter);
    QVERIFY(sameAsPlain(model, proxy, "team 5"));
    QVERIFY(!view.currentIndex().isValid());
    QVERIFY(selectedId().isEmpty());
}

// A text column's order is kept from one sort by it to the next while the rows stay the same; any
// change (a renamed, added or removed row, a reload) makes the next sort find the order anew.
void TestOrgListScale::sortingAgainAfterChangesGivesThePlainResult()
{
    Data data(2026);
    for (int i = 0; i < 300; ++i)
        m_rows.append(data.organization());
    OrgTableModel model;
    OrgFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setOrganizations(m_rows);
    for (int round = 0; round < 40; ++round) {
        const int column = round % 2 ? OrgTableModel::Spend : kTextColumns.at(data.bounded(int(kTextColumns.size())));
        sortBy(proxy, column, data.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
        QVERIFY(sameAsPlain(model, proxy, "sorted again"));
        const int row = data.bounded(int(m_rows.size()));
        const int what = data.bounded(3);
        if (what == 0) { // renamed, a new owner and key elsewhere: its place changes in every text order
            Organization changed = data.organization();
            changed.id = m_rows.at(row).id;
            m_rows[row] = changed;
            model.upsert(changed);
        } else if (what == 1) {
            m_rows.append(data.organization());
            model.upsert(m_rows.constLast());
        } else {
            model.remove(m_rows.at(row).id);
            m_rows.removeAt(row);
        }
    }
    model.addPage(m_rows); // a reload of the same rows
    sortBy(proxy, OrgTableModel::Name, Qt::DescendingOrder);
    QVERIFY(sameAsPlain(model, proxy, "after a reload"));
}

QTEST_MAIN(TestOrgListScale)
#include "test_org_list_scale.moc"
