// orgctl's commands as a library: the one mapping from an error's kind to the exit code, and the
// errors of the proxy and the database typed on their way to it.
#include "app/orgctl/ExitCode.h"
#include "app/orgctl/OrgListPrinter.h"
#include "app/orgctl/Orgctl.h"
#include "app/orgctl/TerminalOutput.h"
#include "models/SafeText.h"
#include "services/storage/OrgRepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTest>

#include <cstdio>

using namespace OrgConsole;

Q_DECLARE_METATYPE(OperationError)

class TestOrgctlCommands : public QObject
{
    Q_OBJECT
private slots:
    void exitCodeForKind_data()
    {
        QTest::addColumn<OperationError>("error");
        QTest::addColumn<int>("code");
        using K = OperationError::Kind;
        QTest::newRow("none") << OperationError() << 0;
        QTest::newRow("bad input") << OperationError::badInput(QStringLiteral("budget is negative")) << 2;
        QTest::newRow("not found") << OperationError::notFound(QStringLiteral("no such organization")) << 2;
        QTest::newRow("conflict") << OperationError::conflict(QStringLiteral("changed elsewhere")) << 2;
        QTest::newRow("proxy") << OperationError(K::Proxy, QStringLiteral("server error")) << 3;
        QTest::newRow("database") << OperationError::database(QStringLiteral("disk I/O error")) << 4;
        QTest::newRow("partial") << OperationError(K::Partial, QStringLiteral("2 of 6 rows failed")) << 5;
        QTest::newRow("cancelled") << OperationError::cancelled(QStringLiteral("the name did not match")) << 6;
        QTest::newRow("other") << OperationError::other(QStringLiteral("the keychain is locked")) << 1;
        // The words never decide: a proxy error that mentions the database is still a proxy error.
        QTest::newRow("proxy talking of its database")
            << OperationError(LiteLlmError {ErrorCategory::Server, 500, {}, {}, QStringLiteral("Database not connected")}) << 3;
        QTest::newRow("database error in other words")
            << OperationError(StorageError {StorageError::Kind::Database, QStringLiteral("Commit failed.")}) << 4;
        QTest::newRow("proxy validation") << OperationError(LiteLlmError {ErrorCategory::Validation, 400, {}, {}, {}}) << 3;
        QTest::newRow("proxy not found") << OperationError(LiteLlmError {ErrorCategory::NotFound, 404, {}, {}, {}}) << 3;
        QTest::newRow("no proxy error") << OperationError(LiteLlmError {}) << 0;
        QTest::newRow("name taken") << OperationError(StorageError {StorageError::Kind::NameTaken, {}}) << 2;
        QTest::newRow("stale row") << OperationError(StorageError {StorageError::Kind::Stale, {}}) << 2;
        QTest::newRow("row not found") << OperationError(StorageError {StorageError::Kind::NotFound, {}}) << 2;
        QTest::newRow("schema too new") << OperationError(StorageError {StorageError::Kind::SchemaTooNew, {}}) << 4;
        QTest::newRow("no storage error") << OperationError(StorageError {}) << 0;
    }
    void exitCodeForKind()
    {
        QFETCH(OperationError, error);
        QFETCH(int, code);
        QCOMPARE(exitCodeFor(error), code);
        QCOMPARE(exitCodeFor(error.withContext(QStringLiteral("database "), QStringLiteral(" proxy"))), code);
    }

    void proxyErrorKeepsItsCategoryAndWords()
    {
        const OperationError e(LiteLlmError {
            ErrorCategory::Auth, 401, QStringLiteral("auth_error"), {}, QStringLiteral("The proxy refused the key.")});
        QCOMPARE(e.kind, OperationError::Kind::Proxy);
        QCOMPARE(e.proxyCategory, ErrorCategory::Auth);
        QCOMPARE(e.message, QStringLiteral("The proxy refused the key."));
        QVERIFY2(e.detail.contains(QLatin1String("HTTP 401")) && e.detail.contains(QLatin1String("auth_error")),
                 qPrintable(e.detail));
        const OperationError wrapped = e.withContext(QStringLiteral("Deleting the team failed: "));
        QCOMPARE(wrapped.kind, OperationError::Kind::Proxy);
        QCOMPARE(wrapped.proxyCategory, ErrorCategory::Auth);
        QCOMPARE(wrapped.message, QStringLiteral("Deleting the team failed: The proxy refused the key."));
    }

    void kindNamesAreDistinct()
    {
        QSet<QString> names;
        for (int k = int(OperationError::Kind::None); k <= int(OperationError::Kind::Other); ++k) {
            const QString name = errorKindName(OperationError::Kind(k));
            QVERIFY(!name.isEmpty());
            names.insert(name);
        }
        QCOMPARE(names.size(), int(OperationError::Kind::Other) + 1);
    }

    void auditOutcomeNamesAreTheStoredStrings_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("stored");
        QTest::newRow("ok") << int(AuditOutcome::Ok) << "ok";
        QTest::newRow("failed") << int(AuditOutcome::Failed) << "failed";
        QTest::newRow("cleaned up") << int(AuditOutcome::FailedCleanedUp) << "failed, cleaned up";
        QTest::newRow("cleanup incomplete") << int(AuditOutcome::FailedCleanupIncomplete) << "failed, cleanup incomplete";
        QTest::newRow("rolled back") << int(AuditOutcome::RolledBack) << "rolled back";
        QTest::newRow("deleted") << int(AuditOutcome::Deleted) << "deleted";
        QTest::newRow("finished") << int(AuditOutcome::Finished) << "finished";
    }
    void auditOutcomeNamesAreTheStoredStrings()
    {
        QFETCH(int, outcome);
        QFETCH(QString, stored);
        QCOMPARE(auditOutcomeName(AuditOutcome(outcome)), stored);
        QCOMPARE(auditOutcomeFromName(stored), AuditOutcome(outcome));
        QCOMPARE(auditOutcomeFromName(QStringLiteral("written by a newer version")), AuditOutcome::Unknown);
    }

    // `org list --json` streams its array: byte for byte the document it used to build whole.
    void streamedJsonArrayIsTheWholeDocument_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("five") << 5;
    }
    void streamedJsonArrayIsTheWholeDocument()
    {
        QFETCH(int, count);
        QJsonArray whole;
        QBuffer streamed;
        streamed.open(QIODevice::WriteOnly);
        JsonArrayWriter writer(streamed);
        QJsonArray part; // written in parts of two, as pages are
        for (int i = 0; i < count; ++i) {
            const QJsonObject o {{QStringLiteral("name"), QStringLiteral("Zürich \"%1\"\nline").arg(i)},
                                 {QStringLiteral("models"), QJsonArray {QStringLiteral("a"), i}},
                                 {QStringLiteral("none"), QJsonArray {}},
                                 {QStringLiteral("nested"), QJsonObject {{QStringLiteral("x"), QJsonObject {}}}},
                                 {QStringLiteral("budget"), i == 1 ? QJsonValue() : QJsonValue(12.5 * i)}};
            whole.append(o);
            part.append(o);
            if (part.size() == 2 || i == count - 1) {
                writer.append(part);
                writer.append(QJsonArray {}); // an empty part (a page the filter emptied) writes nothing
                part = {};
            }
        }
        writer.finish();
        QCOMPARE(streamed.data(), QJsonDocument(whole).toJson(QJsonDocument::Indented));
    }

    // `org list --json` writes each organization directly: byte for byte the document
    // QJsonDocument writes for organizationJson(), plain values and those it falls back for.
    void directOrganizationJsonIsTheDocument()
    {
        QList<Organization> organizations;
        const QList<std::optional<double>> budgets
            = {std::nullopt, 0.0, 100.0, 12.5, 0.1, 999999.0, 1000000.0, 1e7, 1e15, 1e21, -3.0, 1234.5678};
        const QStringList names = {QStringLiteral("Acme"),
                                   QStringLiteral("Zürich \"AG\" \\ / x"),
                                   QStringLiteral("tab\there"),
                                   QStringLiteral("line\nbreak\r\x01\x1f"),
                                   QStringLiteral("del\x7f"),
                                   QStringLiteral("emoji 😀 €"),
                                   QString(QChar(0xd800)) + QStringLiteral("lone"),
                                   QStringLiteral("rtl \u202e override"),
                                   QString()};
        for (int i = 0; i < 24; ++i) {
            Organization o;
            o.id = QStringLiteral("id-%1").arg(i);
            o.name = names.at(i % names.size());
            o.status = i % 2 ? OrgStatus::Active : OrgStatus::Failed;
            o.ownerUserId = QStringLiteral("kc-%1").arg(i);
            o.contactName = names.at((i + 3) % names.size());
            o.contactEmail = QStringLiteral("c%1@example.com").arg(i);
            o.keyName = i % 3 ? QStringLiteral("sk-...ab%1").arg(i) : QString();
            o.keyBlocked = i % 4 == 0;
            o.maxBudget = budgets.at(i % budgets.size());
            o.spend = i % 5 == 0 ? 0.0 : 0.37 * i + (i % 7 == 0 ? 2e6 : 0);
            o.budgetDuration = i % 2 ? QStringLiteral("30d") : QString();
            o.models = i % 3 ? QStringList {QStringLiteral("gpt-4o"), names.at(i % names.size())} : QStringList {};
            o.createdAt = QDateTime(QDate(2026, 1, 1 + i % 28), QTime(i % 24, 7, 9, 123), Qt::UTC);
            if (i % 2)
                o.budgetResetAt = o.createdAt.addDays(30);
            o.createdBy = QStringLiteral("op");
            o.lastError = i % 6 == 1 ? names.at(i % names.size()) : QString();
            organizations.append(o);
        }
        QJsonArray whole;
        for (const Organization &o : organizations)
            whole.append(organizationJson(o));
        QBuffer streamed;
        streamed.open(QIODevice::WriteOnly);
        QTextStream out(&streamed);
        OrgListPrinter printer(out, true, QString());
        printer.page(organizations.mid(0, 10));
        printer.page(organizations.mid(10));
        printer.finish();
        QCOMPARE(streamed.data(), QJsonDocument(whole).toJson(QJsonDocument::Indented));
    }

    // The UTF-8 writer against QJsonDocument for every UTF-16 unit (256 to a name: ASCII with the
    // quotes, backslash and control characters, two- and three-byte characters, lone surrogates),
    // valid pairs, and the times: stored UTC times, years outside four digits, a local time.
    void directOrganizationJsonSpellsEveryCharacter()
    {
        QList<Organization> organizations;
        for (int block = 0; block < 256; ++block) {
            Organization o;
            o.id = QStringLiteral("id-%1").arg(block);
            for (int u = 0; u < 256; ++u)
                o.name.append(QChar(char16_t(block * 256 + u)));
            o.models = {o.name.left(7), QStringLiteral("m\"\\")};
            organizations.append(o);
        }
        Organization pairs;
        pairs.name = QStringLiteral("😀 \U0001F1E9\U0001F1EA \U000E0001 \U0010FFFF \U00010000");
        pairs.contactName = pairs.name + QChar(0xdbff); // a pair, then a high surrogate at the end
        organizations.append(pairs);
        const QList<QDateTime> times = {QDateTime(QDate(2026, 11, 30), QTime(16, 45, 9, 586), Qt::UTC),
                                        QDateTime(QDate(1000, 1, 1), QTime(0, 0), Qt::UTC),
                                        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
                                        QDateTime(QDate(999, 12, 31), QTime(23, 59, 59), Qt::UTC),
                                        QDateTime(QDate(10000, 1, 1), QTime(0, 0, 1), Qt::UTC),
                                        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
                                        QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::OffsetFromUTC, 3600),
                                        QDateTime(QDate(2026, 7, 1), QTime(9, 5, 7), Qt::LocalTime)};
        for (const QDateTime &t : times) {
            Organization o;
            o.name = QStringLiteral("times");
            o.createdAt = t;
            o.budgetResetAt = t.addSecs(7);
            organizations.append(o);
        }
        QJsonArray whole;
        for (const Organization &o : organizations)
            whole.append(organizationJson(o));
        QBuffer streamed;
        streamed.open(QIODevice::WriteOnly);
        QTextStream out(&streamed);
        OrgListPrinter printer(out, true, QString());
        printer.page(organizations);
        printer.finish();
        QCOMPARE(streamed.data(), QJsonDocument(whole).toJson(QJsonDocument::Indented));
    }

    // What orgctl writes passes the terminal filter; the ASCII that passes through it unchanged is
    // written without it, and the result is the same either way, a character split across writes
    // included.
    void terminalOutputWritesWhatTheFilterWrites_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<QByteArrayList>("writes");
        const QByteArray u = QStringLiteral("ü").toUtf8();
        const QByteArray rlo = QStringLiteral("\u202e").toUtf8();
        for (const bool json : {true, false}) {
            const char *mode = json ? "json" : "text";
            QTest::addRow("%s: ascii", mode) << json << QByteArrayList {"[\n    {\"a\": 1}", "\n]\n"};
            QTest::addRow("%s: controls", mode) << json << QByteArrayList {"a\x1b[2Jb\tc\r\n", "d\x7f", "e\x01"};
            QTest::addRow("%s: split character", mode) << json << QByteArrayList {"a" + u.left(1), u.mid(1) + "b", "c"};
            QTest::addRow("%s: broken character, then ascii", mode) << json << QByteArrayList {"a" + u.left(1), "bc", "d"};
            QTest::addRow("%s: override", mode) << json << QByteArrayList {"x" + rlo + "y", "z\n", rlo.left(2), rlo.mid(2)};
        }
    }
    void terminalOutputWritesWhatTheFilterWrites()
    {
        QFETCH(bool, json);
        QFETCH(QByteArrayList, writes);
        FILE *file = std::tmpfile();
        QVERIFY(file);
        {
            TerminalOutput terminal(file);
            terminal.setJson(json);
            for (const QByteArray &w : writes)
                QCOMPARE(terminal.write(w), w.size());
        }
        QByteArray written(4096, '\0');
        std::rewind(file);
        written.resize(qsizetype(std::fread(written.data(), 1, size_t(written.size()), file)));
        std::fclose(file);
        // The filter applied to each write as it came, with one decoder for the whole output.
        QStringDecoder decoder(QStringDecoder::Utf8);
        QByteArray expected;
        for (const QByteArray &w : writes) {
            const QString text = decoder.decode(w);
            expected += (json ? jsonSafe(text) : printableKeepingLines(text)).toUtf8();
        }
        QCOMPARE(written, expected);
    }
};

QTEST_GUILESS_MAIN(TestOrgctlCommands)
#include "test_orgctl_commands.moc"
