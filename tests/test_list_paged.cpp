// OrgQueries::listPaged, the keyset pages the console's list loads in (issue 19), run unchanged on
// SQLite and on a real PostgreSQL server (ORGCONSOLE_TEST_ENGINE selects the engine): the pages
// together are listAll() with the members' user ids, whatever the page size; writes between pages;
// a database fault midway; a receiver destroyed midway.
#include "services/core/OrgQueries.h"
#include "services/storage/RepositoryWorker.h"
#include "tests/support/TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace OrgConsole;
using OrgConsole::Test::TestDatabase;

namespace {

// Every stored field of the organization, comparable (Organization has no operator==).
QStringList fields(const Organization &o)
{
    auto time = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs); };
    return {o.id,
            o.name,
            o.normalizedName,
            orgStatusToString(o.status),
            o.ownerUserId,
            o.contactName,
            o.contactEmail,
            o.teamId,
            o.keyAlias,
            o.keyHash,
            o.keyName,
            o.maxBudget ? QString::number(*o.maxBudget) : QStringLiteral("unlimited"),
            o.budgetDuration,
            o.models.join(u'|'),
            QString::number(o.spend),
            time(o.budgetResetAt),
            QString::number(o.keyBlocked),
            time(o.createdAt),
            time(o.updatedAt),
            time(o.provisionedAt),
            o.createdBy,
            QString::number(o.rowVersion),
            o.lastError,
            o.owner.host,
            QString::number(o.owner.pid),
            QString::number(o.owner.started),
            time(o.heartbeatAt),
            o.databaseId,
            QString::number(o.memberCount)};
}

// The fields the console's list reads (OrgRepository::PageColumns::List).
QStringList listFields(const Organization &o)
{
    auto time = [](const QDateTime &t) { return t.toString(Qt::ISODateWithMs); };
    return {o.id,
            o.name,
            o.normalizedName,
            orgStatusToString(o.status),
            o.ownerUserId,
            o.contactEmail,
            o.keyName,
            o.maxBudget ? QString::number(*o.maxBudget) : QStringLiteral("unlimited"),
            QString::number(o.spend),
            time(o.budgetResetAt),
            QString::number(o.keyBlocked),
            time(o.createdAt),
            QString::number(o.rowVersion),
            o.lastError,
            o.owner.host,
            QString::number(o.owner.pid),
            QString::number(o.owner.started),
            o.databaseId,
            QString::number(o.memberCount),
            o.memberUserIds().join(u'|')};
}

QString randomName(QRandomGenerator &rng, int i)
{
    static const QStringList words = {QStringLiteral("Ärzte"),    QStringLiteral("Zürich"), QStringLiteral("東京"),
                                      QStringLiteral("Ωmega"),    QStringLiteral("façade"), QStringLiteral("Straße"),
                                      QStringLiteral("Καλημέρα"), QStringLiteral("Acme"),   QStringLiteral("Łódź")};
    return QStringLiteral("%1 %2 %3").arg(words.at(rng.bounded(words.size())), words.at(rng.bounded(words.size()))).arg(i);
}

} // namespace

class TestListPaged : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_testDb;
    std::unique_ptr<RepositoryWorker> m_worker;
    std::unique_ptr<OrgQueries> m_queries;
    DatabaseLocation m_location;
    int m_counter = 0;

    template<typename T> Stored<T> repo(std::function<Stored<T>(OrgRepository &)> work)
    {
        std::optional<Stored<T>> out;
        m_worker->run<T>(work, this, [&](Stored<T> r) { out = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 30000); }();
        return out.value_or(Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("test: no answer")));
    }
    // `count` organizations with random Unicode names, each with up to 4 members, in one transaction.
    // Every `ownedEvery`th organization (when not 0) with an operation under way (an owner recorded).
    void seed(int count, quint32 seed, int ownedEvery = 0)
    {
        const auto r = repo<bool>([count, seed, ownedEvery](OrgRepository &repo) {
            return repo.inTransaction<bool>([&]() {
                QRandomGenerator rng(seed);
                for (int i = 0; i < count; ++i) {
                    NewOrganization n;
                    n.name = randomName(rng, i);
                    n.ownerUserId = QStringLiteral("kc-%1").arg(i);
                    n.contactEmail = QStringLiteral("ops%1@example.com").arg(i);
                    if (rng.bounded(2))
                        n.maxBudget = rng.bounded(1000);
                    const OperationOwner owner = ownedEvery > 0 && i % ownedEvery == 0
                        ? OperationOwner {QStringLiteral("desk-%1").arg(i), 4242, 99, QStringLiteral("Ann"), {}}
                        : OperationOwner {};
                    const Stored<Organization> o = repo.reserve(n, QStringLiteral("test"), owner);
                    if (!o.ok())
                        return Stored<bool> {std::nullopt, o.error};
                    for (int m = int(rng.bounded(5)); m > 0; --m) {
                        Member member;
                        member.organizationId = o.value->id;
                        member.userId = QStringLiteral("user-%1-ü%2").arg(i).arg(m);
                        member.email = QStringLiteral("u%1.%2@example.com").arg(i).arg(m);
                        const Stored<Member> added = repo.members().reserve(member, {});
                        if (!added.ok())
                            return Stored<bool> {std::nullopt, added.error};
                    }
                }
                return Stored<bool>::success(true);
            });
        });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }
    struct Loaded {
        QList<QList<Organization>> pages;
        std::optional<Stored<int>> done;
        int doneCalls = 0;
        QList<Organization> rows() const
        {
            QList<Organization> all;
            for (const auto &p : pages)
                all += p;
            return all;
        }
    };
    // Starts the paged list; `onPage` runs after each page is recorded.
    void startPaged(Loaded &loaded, QObject *receiver, int pageSize, std::function<void()> onPage = {})
    {
        m_queries->listPaged(
            receiver, pageSize,
            [&loaded, onPage](QList<Organization> page) {
                loaded.pages.append(page);
                if (onPage)
                    onPage();
            },
            [&loaded](Stored<int> total) {
                loaded.done = total;
                ++loaded.doneCalls;
            });
    }
    // Waits until the worker has run everything queued before now.
    void drainWorker()
    {
        repo<bool>([](OrgRepository &) { return Stored<bool>::success(true); });
    }
    // Compares the rows with listAll(): the same organizations, each field, and their members.
    void compareWithListAll(const QList<Organization> &rows)
    {
        // listAll() and every organization's members, read in one job.
        using Expected = QPair<QList<Organization>, QHash<QString, QStringList>>;
        const auto read = repo<Expected>([](OrgRepository &r) {
            Expected e;
            e.first = r.listAll().value.value_or(QList<Organization> {});
            for (const Organization &o : std::as_const(e.first)) {
                for (const Member &m : r.members().list(o.id).value.value_or(QList<Member> {}))
                    e.second[o.id].append(m.userId);
            }
            return Stored<Expected>::success(e);
        });
        QVERIFY(read.ok());
        const auto &[all, members] = *read.value;
        QHash<QString, Organization> byId;
        for (const Organization &o : rows) {
            QVERIFY2(!byId.contains(o.id), qPrintable(QStringLiteral("delivered twice: ") + o.name));
            byId.insert(o.id, o);
        }
        QCOMPARE(byId.size(), all.size());
        for (const Organization &expected : all) {
            QVERIFY2(byId.contains(expected.id), qPrintable(QStringLiteral("missing: ") + expected.name));
            const Organization &got = byId.value(expected.id);
            QCOMPARE(fields(got), fields(expected));
            QStringList ids = members.value(expected.id);
            QStringList gotIds = got.memberUserIds();
            ids.sort();
            gotIds.sort();
            QCOMPARE(gotIds, ids);
            QCOMPARE(got.memberCount, int(ids.size()));
        }
    }
    // A new connection, as a program that lists first thing has (nothing read or cached yet).
    void reopen()
    {
        m_queries.reset();
        m_worker.reset();
        m_worker = std::make_unique<RepositoryWorker>(m_location);
        std::optional<QString> opened;
        m_worker->open(this, [&](QString e) { opened = e; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 30000);
        QCOMPARE(*opened, QString());
        m_queries = std::make_unique<OrgQueries>(m_worker.get(), [] { return nullptr; });
    }

    // Every organization, in pages of 7 by id, with `columns`.
    Stored<QList<Organization>> readAllById(OrgRepository::PageColumns columns)
    {
        return repo<QList<Organization>>([columns](OrgRepository &r) {
            QList<Organization> all;
            for (QString after;;) {
                Stored<QList<Organization>> page = r.listAfter(OrgRepository::PageKey::Id, after, 7, true, columns);
                if (!page.ok() || page.value->size() < 7)
                    return page.ok() ? Stored<QList<Organization>>::success(all + *page.value) : page;
                all += *page.value;
                after = page.value->constLast().id;
            }
        });
    }
    void execSql(const QString &sql)
    {
        const auto r = repo<bool>([sql](OrgRepository &repo) {
            QSqlQuery q(repo.database());
            return q.exec(sql) ? Stored<bool>::success(true)
                               : Stored<bool>::failure(StorageError::Kind::Database, q.lastError().text());
        });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
    }

private slots:
    void init()
    {
        const QString name
            = QStringLiteral("paged_%1_%2").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_counter);
        const QString error = m_testDb.create(name, &m_location);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        reopen();
    }
    void cleanup()
    {
        m_queries.reset();
        m_worker.reset();
    }

    void pagesAreListAll_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("more than all") << 1000;
    }
    void pagesAreListAll()
    {
        QFETCH(int, pageSize);
        const int count = 45;
        seed(count, quint32(pageSize) * 7919u);
        reopen(); // the list first on a fresh connection, as orgctl org list runs it
        Loaded loaded;
        startPaged(loaded, this, pageSize);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.done.has_value(), 30000);
        QVERIFY2(loaded.done->ok(), qPrintable(loaded.done->error.message));
        QCOMPARE(*loaded.done->value, count);
        QCOMPARE(loaded.pages.size(), (count + pageSize - 1) / pageSize);
        for (qsizetype i = 0; i + 1 < loaded.pages.size(); ++i)
            QCOMPARE(loaded.pages.at(i).size(), pageSize);
        compareWithListAll(loaded.rows());
        drainWorker();
        QCOMPARE(loaded.doneCalls, 1);
    }

    // The console's pages (PageColumns::List): each row's list fields as a whole page reads them, the
    // other fields left empty; a row with an operation under way (an owner recorded) read whole.
    void listColumnsAreTheWholeRowsListFields()
    {
        seed(45, 31, 4);
        const auto readAll = [this](OrgRepository::PageColumns columns) { return readAllById(columns); };
        const Stored<QList<Organization>> whole = readAll(OrgRepository::PageColumns::All);
        const Stored<QList<Organization>> list = readAll(OrgRepository::PageColumns::List);
        QVERIFY(whole.ok() && list.ok());
        QCOMPARE(list.value->size(), 45);
        QCOMPARE(whole.value->size(), 45);
        int owned = 0;
        for (qsizetype i = 0; i < 45; ++i) {
            const Organization &w = whole.value->at(i);
            const Organization &l = list.value->at(i);
            QCOMPARE(listFields(l), listFields(w));
            if (!w.owner.isEmpty()) {
                ++owned;
                QCOMPARE(fields(l), fields(w));
                QCOMPARE(l.owner.operatorName, QStringLiteral("Ann"));
                continue;
            }
            QVERIFY(l.updatedAt.isNull() && l.budgetDuration.isEmpty()); // not read
        }
        QCOMPARE(owned, 12);
    }

    // Values the console's pages read on the connection's own handle as Qt's driver reads them: no
    // key name, a budget and spend with decimals, a reset time, a blocked key, a last error, a
    // member id with a quote; on SQLite also text another program stored that is not UTF-8 (a lone
    // surrogate's bytes, a stray 0xFF, a cut sequence), which such a page reads through Qt's driver.
    void listColumnsOfUnusualValues()
    {
        seed(30, 11, 0);
        const QString some = QStringLiteral(" WHERE id IN (SELECT id FROM organizations ORDER BY id LIMIT 9)");
        execSql(QStringLiteral("UPDATE organizations SET key_name = NULL, max_budget = 0.125, spend = 1e-3, key_blocked = 1,"
                               " budget_reset_at = '2026-12-31T23:59:59.999Z', last_error = 'proxy said \"no\" ü',"
                               " member_ids = 'o''brien'")
                + some);
        if (m_location.engine == DatabaseLocation::Engine::Sqlite)
            execSql(QStringLiteral(
                        "UPDATE organizations SET name = CAST(X'41EDA08042' AS TEXT), last_error = CAST(X'FF20C3' AS TEXT),"
                        " member_ids = CAST(X'75C3' AS TEXT)")
                    + QStringLiteral(" WHERE id IN (SELECT id FROM organizations ORDER BY id DESC LIMIT 2)"));
        const Stored<QList<Organization>> whole = readAllById(OrgRepository::PageColumns::All);
        const Stored<QList<Organization>> list = readAllById(OrgRepository::PageColumns::List);
        QVERIFY(whole.ok() && list.ok());
        QCOMPARE(list.value->size(), 30);
        int unusual = 0;
        for (qsizetype i = 0; i < 30; ++i) {
            QCOMPARE(listFields(list.value->at(i)), listFields(whole.value->at(i)));
            unusual += list.value->at(i).keyBlocked && list.value->at(i).keyName.isEmpty() ? 1 : 0;
        }
        QCOMPARE(unusual, 9);
        QCOMPARE(list.value->at(0).memberUserIds(), QStringList {QStringLiteral("o'brien")});
    }

    // The console's pages follow the normalized names, each page after the key listAfter said its
    // last row has: every organization once, a row added after the first page (its name after every
    // name read so far) included.
    void namePagesAreListAll()
    {
        seed(45, 97, 5);
        const auto read = repo<QList<Organization>>([](OrgRepository &r) {
            QList<Organization> all;
            QString after;
            for (int page = 0;; ++page) {
                QString last;
                Stored<QList<Organization>> p
                    = r.listAfter(OrgRepository::PageKey::NormalizedName, after, 7, true, OrgRepository::PageColumns::All, &last);
                if (!p.ok())
                    return p;
                all += *p.value;
                if (p.value->size() < 7)
                    return Stored<QList<Organization>>::success(all);
                if (last.isEmpty() || last <= after)
                    return Stored<QList<Organization>>::failure(StorageError::Kind::Database, QStringLiteral("no next key"));
                after = last;
                if (page != 0)
                    continue;
                NewOrganization n;
                n.name = QStringLiteral("Zz Nachzügler");
                n.ownerUserId = QStringLiteral("kc-late");
                if (!r.reserve(n, QStringLiteral("test")).ok())
                    return Stored<QList<Organization>>::failure(StorageError::Kind::Database, QStringLiteral("test: insert"));
            }
        });
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QCOMPARE(read.value->size(), 46);
        QVERIFY(std::any_of(read.value->cbegin(), read.value->cend(),
                            [](const Organization &o) { return o.ownerUserId == QLatin1String("kc-late"); }));
        compareWithListAll(*read.value);
    }

    // The rows' times are parsed directly in the stored form: the same values QDateTime's parser gives.
    void storedTimesReadAsBefore()
    {
        QRandomGenerator rng(5);
        QStringList texts = {QStringLiteral("2024-02-29T23:59:59.999Z"),
                             QStringLiteral("2026-02-30T10:00:00.000Z"),
                             QStringLiteral("2026-11-30T24:00:00.000Z"),
                             QStringLiteral("2026-11-30T10:44:25Z"),
                             QStringLiteral("2026-11-30T10:44:25.123+02:00"),
                             QStringLiteral("2026-1x-30T10:44:25.123Z"),
                             QStringLiteral("garbage"),
                             QString()};
        for (int i = 0; i < 200; ++i)
            texts.append(toDbTime(QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(4102444800.0) * 1000), Qt::UTC)));
        for (const QString &text : std::as_const(texts)) {
            QDateTime before = QDateTime::fromString(text, Qt::ISODateWithMs);
            before.setTimeSpec(Qt::UTC);
            const QDateTime now = fromDbTime(text);
            QCOMPARE(now.isValid(), before.isValid());
            if (before.isValid()) {
                QCOMPARE(now, before);
                QCOMPARE(now.timeSpec(), Qt::UTC);
                QCOMPARE(toDbTime(now), toDbTime(before));
            }
        }
    }

    void emptyDatabase()
    {
        Loaded loaded;
        startPaged(loaded, this, 7);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.done.has_value(), 30000);
        QCOMPARE(loaded.done->value, std::optional<int>(0));
        QVERIFY(loaded.pages.isEmpty());
    }

    // A save queued while the list loads runs before the next page, not behind all of them; an
    // organization inserted after the cursor arrives once, one inserted before it is not repeated.
    void writesBetweenPages()
    {
        seed(30, 42);
        Loaded loaded;
        std::optional<qsizetype> pagesWhenSaved;
        startPaged(loaded, this, 7, [&] {
            if (loaded.pages.size() != 1)
                return;
            m_worker->run<bool>(
                [](OrgRepository &repo) {
                    for (const QString &id : {QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                              QStringLiteral("ffffffff-ffff-4fff-bfff-ffffffffffff")}) {
                        NewOrganization n;
                        n.name = QStringLiteral("Später %1").arg(id.left(1));
                        n.ownerUserId = QStringLiteral("kc-late");
                        const Stored<Organization> o = repo.reserve(n, QStringLiteral("test"));
                        QSqlQuery q(repo.database());
                        q.prepare(QStringLiteral("UPDATE organizations SET id = ? WHERE id = ?"));
                        q.addBindValue(id);
                        q.addBindValue(o.value.value_or(Organization {}).id);
                        if (!o.ok() || !q.exec() || q.numRowsAffected() != 1)
                            return Stored<bool>::failure(StorageError::Kind::Database, QStringLiteral("test: insert"));
                    }
                    return Stored<bool>::success(true);
                },
                this, [&](Stored<bool> r) { pagesWhenSaved = r.ok() ? loaded.pages.size() : -1; });
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.done.has_value(), 30000);
        QVERIFY(loaded.done->ok());
        QCOMPARE(pagesWhenSaved, std::optional<qsizetype>(1)); // ran between the first and the second page
        QList<Organization> rows = loaded.rows();
        QCOMPARE(*loaded.done->value, int(rows.size()));
        QCOMPARE(rows.size(), 31); // 30, and the one after the cursor
        QCOMPARE(rows.constLast().id, QStringLiteral("ffffffff-ffff-4fff-bfff-ffffffffffff"));
        // What listAll() has now, less the organization inserted before the cursor.
        const auto early = std::find_if(rows.cbegin(), rows.cend(), [](const Organization &o) {
            return o.id == QLatin1String("00000000-0000-4000-8000-000000000000");
        });
        QVERIFY(early == rows.cend());
        repo<bool>([](OrgRepository &r) { return r.remove(QStringLiteral("00000000-0000-4000-8000-000000000000")); });
        compareWithListAll(rows);
    }

    // A real fault midway (the organizations table renamed away): the pages before it, then the
    // error, once.
    void databaseFaultMidway()
    {
        seed(20, 7);
        Loaded loaded;
        startPaged(loaded, this, 5, [&] {
            if (loaded.pages.size() != 2)
                return;
            m_worker->run<bool>(
                [](OrgRepository &repo) {
                    QSqlQuery q(repo.database());
                    return q.exec(QStringLiteral("ALTER TABLE organizations RENAME TO organizations_gone"))
                        ? Stored<bool>::success(true)
                        : Stored<bool>::failure(StorageError::Kind::Database, QStringLiteral("test: drop"));
                },
                this, [](Stored<bool> r) { QVERIFY2(r.ok(), qPrintable(r.error.message)); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.done.has_value(), 30000);
        QVERIFY(!loaded.done->ok());
        QCOMPARE(loaded.done->error.kind, StorageError::Kind::Database);
        QVERIFY(!loaded.done->error.message.isEmpty());
        QCOMPARE(loaded.pages.size(), 2);
        QCOMPARE(loaded.rows().size(), 10);
        drainWorker();
        QCOMPARE(loaded.doneCalls, 1);
        QCOMPARE(loaded.pages.size(), 2);
    }

    // A damaged SQLite file: a row in the middle of a page cannot be read. The page is an error, not
    // a shorter last page: the console never shows part of the list as if it were all of it.
    void damagedRowMidPage()
    {
        if (m_location.engine != DatabaseLocation::Engine::Sqlite)
            QSKIP("a damaged file is SQLite's fault; PostgreSQL's mid-list fault is databaseFaultMidway");
        seed(2000, 17);
        cleanup(); // the last connection closed: the write-ahead log is in the file
        const QString damaged = Test::zeroSqlitePageHolding(m_location.sqlitePath, "ops1500@example.com");
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        reopen();
        Loaded loaded;
        startPaged(loaded, this, 500);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.done.has_value(), 30000);
        QVERIFY2(!loaded.done->ok(), qPrintable(QStringLiteral("%1 rows read as all").arg(loaded.rows().size())));
        QCOMPARE(loaded.done->error.kind, StorageError::Kind::Database);
        QVERIFY(loaded.rows().size() < 2000);
    }

    // The receiver destroyed by its page handler, and destroyed before the first page: no more calls.
    void receiverDestroyed()
    {
        seed(20, 9);
        Loaded loaded;
        auto *receiver = new QObject;
        startPaged(loaded, receiver, 3, [&] {
            if (loaded.pages.size() == 2)
                delete receiver;
        });
        QTRY_COMPARE_WITH_TIMEOUT(loaded.pages.size(), 2, 30000);
        Loaded never;
        auto *gone = new QObject;
        startPaged(never, gone, 3);
        delete gone;
        drainWorker();
        drainWorker();
        QCOMPARE(loaded.pages.size(), 2);
        QVERIFY(!loaded.done.has_value());
        QVERIFY(never.pages.isEmpty());
        QVERIFY(!never.done.has_value());
    }
};

QTEST_GUILESS_MAIN(TestListPaged)
#include "test_list_paged.moc"
