// The bulk-onboarding CSV parser: every problem is reported with its line, and a message that
// quotes the file shows its control characters escaped, never raw (orgctl prints them to a terminal).
#include "models/SafeText.h"
#include "services/provisioning/CsvImport.h"

#include <QTest>

using namespace OrgConsole;

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void problems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("contains");
        QTest::newRow("ESC in a header") << QByteArray("name,owner,na\x1b[2Jme\nA,kc-1,x\n") << 1
                                         << "unknown column \"na\\e[2Jme\"";
        QTest::newRow("RLO in a header") << QByteArray("name,owner,\xe2\x80\xae"
                                                       "eman\nA,kc-1,x\n")
                                         << 1 << "unknown column \"<U+202E>eman\"";
        QTest::newRow("ESC and BEL in an email") << QByteArray("name,owner,contact_email\nA,kc-1,a\x1b]0;x\a@b.c\n") << 2
                                                 << "\"a\\e]0;x\\x07@b.c\" is not a valid email";
        QTest::newRow("NUL in a budget") << (QByteArray("name,owner,budget\nA,kc-1,5") + '\0' + "\n") << 2
                                         << "\"5\\x00\" is not a number";
        QTest::newRow("ESC in a duration") << QByteArray("name,owner,duration\nA,kc-1,30d\x1b[31m\n") << 2
                                           << "\"30d\\e[31m\" is not a budget duration";
        QTest::newRow("RLO in a model") << QByteArray("name,owner,models\nA,kc-1,gpt-4o;gpt\xe2\x80\xae"
                                                      "o4\n")
                                        << 2 << "The model name \"gpt<U+202E>o4\"";
        QTest::newRow("ESC in a contact name") << QByteArray("name,owner,contact_name\nA,kc-1,Eve\x1b[2J\n") << 2
                                               << "The contact name contains control or invisible characters";
        QTest::newRow("long contact name") << (QByteArray("name,owner,contact_name\nA,kc-1,") + QByteArray(300, 'x') + "\n") << 2
                                           << "The contact name is 300 characters long; at most 200";
        QTest::newRow("repeated name with ESC") << QByteArray("name,owner\nA\x1b"
                                                              "B,kc-1\na\x1b"
                                                              "b,kc-2\n")
                                                << 3 << "\"a\\eb\" repeats the name on line 2";
        QTest::newRow("line after a quoted line break")
            << QByteArray("name,owner\n\"A\nB\",kc-1\nC,kc-2,x\n") << 4 << "Line 4: 3 columns, but the header has 2.";
        QTest::newRow("invalid UTF-8 beside an ESC")
            << QByteArray("name,owner\nA,kc-1\nCaf\xe9\x1b[2J,kc-2\n") << 3 << "Line 3 is not valid UTF-8.";
    }
    void problems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, contains);
        const CsvPlan plan = parseOnboardingCsv(csv);
        QVERIFY(!plan.problems.isEmpty());
        bool found = false;
        for (const CsvProblem &p : plan.problems) {
            QVERIFY2(!hasUnsafeCharacters(p.message), qPrintable(printable(p.message)));
            if (p.line == line && p.message.contains(contains))
                found = true;
        }
        QVERIFY2(found, qPrintable(printable(plan.problems.constFirst().message)));
    }

    void cleanFileGivesRows()
    {
        const CsvPlan plan = parseOnboardingCsv(QByteArray("name,owner,budget,contact_name\nAcme,kc-1,500,Ada Lovelace\n"
                                                           "\"=Formula, Inc\",kc-2,unlimited,\n"));
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).organization.contactName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(plan.rows.at(1).line, 3);
        QCOMPARE(plan.rows.at(1).organization.name, QStringLiteral("=Formula, Inc"));
        QVERIFY(!plan.rows.at(1).organization.maxBudget);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csv_import.moc"
