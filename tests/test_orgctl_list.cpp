// `orgctl org list --json` as a user runs it (the real binary), on SQLite and on a real PostgreSQL
// (ORGCONSOLE_TEST_ENGINE selects the engine; issue 19): the streamed output is byte for byte the
// document a full read of the list gives (Unicode, quotes, backslashes and control characters,
// several pages, the filter, an empty list), and a database that fails while the list is being
// written ends it with the error and exit code 4, the array left open: never a shorter list that
// reads as complete.
#include "app/orgctl/Orgctl.h"
#include "models/SafeText.h"
#include "services/storage/Migrations.h"
#include "services/storage/OrgRepository.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgConsole;
using OrgConsole::Test::TestDatabase;

namespace {

constexpr int kPage = 1000; // OrgListPrinter::kPageSize, which the fault tests count on

// Values another program may have written: quotes, backslashes, control characters, escapes,
// text-direction overrides, C1 controls, characters outside the Basic Multilingual Plane.
const QStringList kTricky = {QStringLiteral("Zürich \"AG\" \\ back\\slash"),
                             QStringLiteral("tab\there, line\nbreak, cr\r, nul-ish \x01 \x1f"),
                             QStringLiteral("escape \x1b[2J clear"),
                             QStringLiteral("rtl \u202e override \u2066 isolate"),
                             QStringLiteral("del \x7f c1 \u0085 nbsp \u00a0 soft\u00adhyphen"),
                             QStringLiteral("emoji 😀 flags \U0001F1E9\U0001F1EA tag \U000E0001"),
                             QStringLiteral("東京 Καλημέρα Łódź Straße"),
                             QStringLiteral("line sep \u2028 para \u2029 bom \ufeff")};

} // namespace

class TestOrgctlList : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_testDb;
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    QString m_connection;
    int m_counter = 0;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        if (values.isEmpty()) { // PostgreSQL prepares no ALTER TABLE
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
            return;
        }
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }

    QString url() const
    {
        return m_location.engine == DatabaseLocation::Engine::Sqlite ? m_location.sqlitePath : m_location.displayUrl();
    }

    // One organization through the repository, then `index`'s tricky values written over its
    // fields as another program might have.
    void addTricky(int index)
    {
        OrgRepository repo(db());
        NewOrganization n;
        n.name = QStringLiteral("Tricky %1").arg(index);
        n.ownerUserId = QStringLiteral("kc-%1").arg(index);
        n.maxBudget = index % 3 == 0 ? std::optional<double>() : std::optional<double>(12.5 * index);
        n.budgetDuration = index % 2 ? QStringLiteral("30d") : QString();
        const Stored<Organization> o = repo.reserve(n, QStringLiteral("test"));
        QVERIFY2(o.ok(), qPrintable(o.error.message));
        const QString t = kTricky.at(index % kTricky.size());
        exec(QStringLiteral("UPDATE organizations SET name = ?, contact_name = ?, contact_email = ?, last_error = ?, models = ?,"
                            " created_by = ?, key_name = ?, key_blocked = ?, spend = ?, budget_reset_at = ?, team_id = ?"
                            " WHERE id = ?"),
             {QStringLiteral("%1 %2").arg(t).arg(index), t, QStringLiteral("c%1@example.com").arg(index), t,
              QStringLiteral("gpt-4o,%1").arg(t), t, QStringLiteral("sk-...%1").arg(index), index % 2, 0.37 * index,
              index % 2 ? QStringLiteral("2026-12-%1T00:00:00.000Z").arg(10 + index % 10)
                        : QVariant(QMetaType(QMetaType::QString)),
              t, o.value->id});
    }

    // `count` plain organizations "Bulk 00001"... in one statement, their name order their number's.
    void addBulk(int count)
    {
        OrgRepository repo(db());
        NewOrganization n;
        n.name = QStringLiteral("Template");
        n.ownerUserId = QStringLiteral("kc-template");
        n.maxBudget = 100.0;
        const Stored<Organization> t = repo.reserve(n, QStringLiteral("test"));
        QVERIFY2(t.ok(), qPrintable(t.error.message));
        QVERIFY(repo.setStatus(t.value->id, OrgStatus::Active).ok()); // and no longer owned
        QStringList rest;
        const QSqlRecord record = db().record(QStringLiteral("organizations"));
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (column != QLatin1String("id") && column != QLatin1String("name") && column != QLatin1String("normalized_name")
                && column != QLatin1String("contact_email"))
                rest.append(column);
        }
        const QString number = QStringLiteral("SUBSTR(CAST(100000 + n.i AS TEXT), 2)");
        exec(QStringLiteral("INSERT INTO organizations (id, name, normalized_name, contact_email, %1)"
                            " SELECT 'bulk-' || %2, 'Bulk ' || %2, 'bulk ' || %2, 'ops-' || %2 || '@marker.example', %1"
                            " FROM organizations o, (WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %3)"
                            " SELECT i FROM s) n WHERE o.id = ?")
                 .arg(rest.join(QStringLiteral(", ")), number)
                 .arg(count),
             {t.value->id});
        exec(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {t.value->id});
    }

    // What a full read gives: every organization read at once and written as one document,
    // through the filter that orgctl's output passes.
    QByteArray fullRead(const QString &filter = {})
    {
        OrgRepository repo(db());
        const Stored<QList<Organization>> all = repo.listAll();
        if (!all.ok())
            return "listAll failed: " + all.error.message.toUtf8();
        QJsonArray array;
        for (const Organization &o : *all.value) {
            if (filter.isEmpty() || o.name.contains(filter, Qt::CaseInsensitive))
                array.append(organizationJson(o));
        }
        return jsonSafe(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))).toUtf8();
    }

    QStringList arguments(const QStringList &extra) const
    {
        return QStringList {QStringLiteral("--config"), m_dir.filePath(QStringLiteral("orgctl")),
                            QStringLiteral("--db"),     url(),
                            QStringLiteral("org"),      QStringLiteral("list"),
                            QStringLiteral("--json")}
        + extra;
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &extra = {})
    {
        QProcess orgctl;
        orgctl.start(qEnvironmentVariable("ORGCTL"), arguments(extra));
        Run r;
        if (!orgctl.waitForFinished(60000))
            return r;
        r.exitCode = orgctl.exitCode();
        r.out = orgctl.readAllStandardOutput();
        r.err = orgctl.readAllStandardError();
        return r;
    }

    // The complete objects at the start of a document cut short: the text up to the last "\n    }".
    static qsizetype completeObjects(const QByteArray &out) { return out.count("\n    }"); }

    // A run stopped by a database fault: exit 4, the error on stderr as JSON, standard output the
    // first whole pages of `whole` (at least `fewest`, at most `most` objects) and the array never
    // closed (not a JSON document).
    static void verifyCutShort(const Run &r, const QByteArray &whole, qsizetype fewest, qsizetype most)
    {
        QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1, stderr %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QJsonObject error = QJsonDocument::fromJson(r.err).object();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("database"));
        QCOMPARE(error.value(QStringLiteral("exit_code")).toInt(), 4);
        QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(whole.startsWith(r.out));
        const qsizetype objects = completeObjects(r.out);
        QVERIFY2(objects % kPage == 0 && objects >= fewest && objects <= most, qPrintable(QString::number(objects)));
        QVERIFY(!r.out.endsWith("]\n"));
        QJsonParseError parse;
        QJsonDocument::fromJson(r.out, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);
    }

private slots:
    void init()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("ORGCTL"));
        const QString error = m_testDb.create(QStringLiteral("orgctl_list"), &m_location);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_connection = QStringLiteral("orgctl-list-%1").arg(++m_counter);
        QVERIFY2(openDatabase(m_location, m_connection).isEmpty(), "open");
        QSqlDatabase d = db();
        const QString migrated = migrate(d);
        QVERIFY2(migrated.isEmpty(), qPrintable(migrated));
    }
    void cleanup()
    {
        db().close();
        QSqlDatabase::removeDatabase(m_connection);
    }

    void emptyList()
    {
        const Run r = run();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("[\n]\n"));
        QCOMPARE(r.out, fullRead());
    }

    // Several pages, tricky values in every printed field, the last page full or not.
    void streamedIsTheFullRead_data()
    {
        QTest::addColumn<int>("bulk");
        QTest::newRow("one short page") << 10;
        QTest::newRow("pages, the last one full") << 2 * kPage - int(kTricky.size()) * 2;
        QTest::newRow("pages, the last one short") << 2 * kPage + 17;
    }
    void streamedIsTheFullRead()
    {
        QFETCH(int, bulk);
        for (int i = 0; i < kTricky.size() * 2; ++i)
            addTricky(i);
        addBulk(bulk);
        const QByteArray whole = fullRead();
        const Run r = run();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.size(), whole.size());
        QCOMPARE(r.out, whole);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), bulk + kTricky.size() * 2);
    }

    // Text another program stored that is not UTF-8 (a lone surrogate's bytes, a stray 0xFF, a
    // cut sequence) reads as the full read reads it: SQLite's conversion, not a replacement.
    void textThatIsNotUtf8()
    {
        if (m_location.engine != DatabaseLocation::Engine::Sqlite)
            QSKIP("PostgreSQL refuses text that is not UTF-8");
        addBulk(kPage + 3);
        exec(QStringLiteral(
            "UPDATE organizations SET contact_name = CAST(X'41EDA08042' AS TEXT), last_error = CAST(X'FF20C3' AS TEXT)"
            " WHERE id = 'bulk-00002' OR id = 'bulk-01002'"));
        exec(QStringLiteral("UPDATE organizations SET name = ? WHERE id = 'bulk-00003'"),
             {QString(QStringLiteral("lone ") + QChar(0xdc00) + QStringLiteral(" surrogate"))});
        const QByteArray whole = fullRead();
        const Run r = run();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, whole);
    }

    void filterIsTheFullReadFiltered_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("case and umlaut") << QStringLiteral("zÜRICH \"ag\" \\");
        QTest::newRow("pages of matches") << QStringLiteral("bulk 01");
        QTest::newRow("a control character") << QStringLiteral("\t");
        QTest::newRow("nothing matches") << QStringLiteral("no such organization");
    }
    void filterIsTheFullReadFiltered()
    {
        QFETCH(QString, filter);
        for (int i = 0; i < kTricky.size(); ++i)
            addTricky(i);
        addBulk(kPage + 500);
        const Run r = run({QStringLiteral("--filter"), filter});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, fullRead(filter));
    }

    // The table renamed while orgctl writes the first page (its standard output not read, so it
    // waits there): the pages read before are written, the next read fails.
    void databaseFailsBetweenPages()
    {
        addBulk(3 * kPage + 500);
        const QByteArray whole = fullRead();
        QProcess orgctl;
        orgctl.start(qEnvironmentVariable("ORGCTL"), arguments({}));
        QVERIFY(orgctl.waitForReadyRead(60000));
        // Writing page 1 now; at most pages 2 and 3 are read ahead while it waits (whether they
        // are read before the table goes depends on the threads).
        exec(QStringLiteral("ALTER TABLE organizations RENAME TO organizations_moved"));
        QVERIFY(orgctl.waitForFinished(60000));
        Run r;
        r.exitCode = orgctl.exitCode();
        r.out = orgctl.readAllStandardOutput();
        r.err = orgctl.readAllStandardError();
        verifyCutShort(r, whole, kPage, 3 * kPage);
    }

    // A damaged SQLite file: a row in the middle of the second page cannot be read. The page is
    // an error, not a shorter last page: the list never ends early as if complete.
    void damagedRowMidPage()
    {
        if (m_location.engine != DatabaseLocation::Engine::Sqlite)
            QSKIP("a damaged file is SQLite's fault; PostgreSQL's mid-stream fault is databaseFailsBetweenPages");
        addBulk(2 * kPage + 500);
        const QByteArray whole = fullRead();
        cleanup(); // the last connection closed: the write-ahead log is in the file
        const QString damaged = Test::zeroSqlitePageHolding(m_location.sqlitePath, "ops-01500@marker.example");
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        QVERIFY(openDatabase(m_location, m_connection).isEmpty()); // for cleanup()
        verifyCutShort(run(), whole, kPage, kPage);
    }
};

QTEST_GUILESS_MAIN(TestOrgctlList)
#include "test_orgctl_list.moc"
