// Validation rules of the create flow's first step, and the duration/money helpers.
#include "models/BudgetDuration.h"
#include "models/Money.h"
#include "models/Organization.h"
#include "models/SafeText.h"
#include "models/Validation.h"

#include <QTest>

#include <limits>

using namespace OrgConsole;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void normalizeName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << "Acme Corp"
                              << "ACME corp" << true;
        QTest::newRow("outer spaces") << "  Acme Corp "
                                      << "Acme Corp" << true;
        QTest::newRow("inner spaces") << "Acme    Corp"
                                      << "Acme Corp" << true;
        QTest::newRow("tabs") << "Acme\tCorp"
                              << "acme corp" << true;
        QTest::newRow("german sharp s folds") << QString::fromUtf8("STRASSE") << QString::fromUtf8("straße") << false;
        QTest::newRow("different") << "Acme"
                                   << "Acme Inc" << false;
        QTest::newRow("unicode case") << QString::fromUtf8("Ωmega") << QString::fromUtf8("ωMEGA") << true;
    }
    void normalizeName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(normalizeOrgName(a) == normalizeOrgName(b), same);
    }

    void orgName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("ok") << "Acme Corp"
                            << "";
        QTest::newRow("sql-looking") << "Robert'); DROP TABLE organizations;--"
                                     << "";
        QTest::newRow("emoji") << QString::fromUtf8("Café 🚀") << "";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("only spaces") << "    "
                                     << "empty";
        QTest::newRow("255 chars") << QString(255, QLatin1Char('a')) << "";
        QTest::newRow("256 chars") << QString(256, QLatin1Char('a')) << "at most 255";
        QTest::newRow("newline") << "Acme\nCorp"
                                 << "control characters";
        QTest::newRow("nul") << QString::fromUtf8("Acme\0Corp", 9) << "control characters";
    }
    void orgName()
    {
        QFETCH(QString, name);
        QFETCH(QString, errorContains);
        const QString error = validateOrgName(name);
        if (errorContains.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is optional") << "" << true;
        QTest::newRow("plain") << "ana@example.com" << true;
        QTest::newRow("plus") << "ana+ops@example.co.uk" << true;
        QTest::newRow("no at") << "ana.example.com" << false;
        QTest::newRow("no domain dot") << "ana@example" << false;
        QTest::newRow("space") << "ana @example.com" << false;
        QTest::newRow("two ats") << "a@b@example.com" << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(validateEmail(email).isEmpty(), valid);
    }

    void budgetText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << "500" << true << 500.0;
        QTest::newRow("dollar and comma") << "$1,000.50" << true << 1000.5;
        QTest::newRow("USD suffix") << "20 USD" << true << 20.0;
        QTest::newRow("zero") << "0" << true << 0.0;
        QTest::newRow("negative") << "-1" << false << 0.0;
        QTest::newRow("words") << "lots" << false << 0.0;
        QTest::newRow("nan") << "nan" << false << 0.0;
        QTest::newRow("inf") << "inf" << false << 0.0;
        QTest::newRow("exponent") << "1e400" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
    }
    void budgetText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const BudgetParse p = parseBudgetText(text);
        QCOMPARE(p.value.has_value(), valid);
        QCOMPARE(p.error.isEmpty(), valid);
        if (valid)
            QCOMPARE(*p.value, value);
    }

    void budgetValue()
    {
        QVERIFY(validateBudget(std::nullopt).isEmpty());
        QVERIFY(!validateBudget(std::numeric_limits<double>::infinity()).isEmpty());
        QVERIFY(!validateBudget(std::numeric_limits<double>::quiet_NaN()).isEmpty());
        QVERIFY(!validateBudget(-0.01).isEmpty());
        QVERIFY(validateBudget(0.0).isEmpty());
    }

    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("nextReset"); // from 2026-11-26T14:25:10Z
        QTest::newRow("1d -> next midnight") << "1d" << true << "2026-11-27T00:00:00Z";
        QTest::newRow("30d") << "30d" << true << "2026-12-26T00:00:00Z";
        QTest::newRow("1mo") << "1mo" << true << "2026-12-26T00:00:00Z";
        QTest::newRow("2h boundary") << "2h" << true << "2026-11-26T16:00:00Z";
        QTest::newRow("30m is minutes") << "30m" << true << "2026-11-26T14:30:00Z";
        QTest::newRow("1w") << "1w" << true << "2026-12-03T00:00:00Z";
        QTest::newRow("zero") << "0d" << false << "";
        QTest::newRow("no unit") << "30" << false << "";
        QTest::newRow("unknown unit") << "3y" << false << "";
        QTest::newRow("negative") << "-1d" << false << "";
    }
    void duration()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, nextReset);
        const auto d = BudgetDuration::parse(text);
        QCOMPARE(d.has_value(), valid);
        QCOMPARE(validateBudgetDuration(text).isEmpty(), valid);
        if (!valid)
            return;
        QCOMPARE(d->toString(), text);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-26T14:25:10Z"), Qt::ISODate);
        QCOMPARE(d->nextReset(now).toString(Qt::ISODate), nextReset);
    }

    void contactName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty is optional") << ""
                                           << "";
        QTest::newRow("plain") << "Ada Lovelace"
                               << "";
        QTest::newRow("accents and apostrophe") << QString::fromUtf8("Zoë O'Brien-Núñez") << "";
        QTest::newRow("200 chars") << QString(200, QLatin1Char('a')) << "";
        QTest::newRow("201 chars") << QString(201, QLatin1Char('a')) << "at most 200";
        QTest::newRow("megabytes") << QString(4 * 1024 * 1024, QLatin1Char('a')) << "at most 200";
        QTest::newRow("ESC clear screen") << (QStringLiteral("Eve") + QChar(0x1b) + QStringLiteral("[2J")) << "\"Eve\\e[2J\"";
        QTest::newRow("NUL") << (QStringLiteral("Eve") + QChar(0) + QStringLiteral("x")) << "Eve\\x00x";
        QTest::newRow("RLO") << (QStringLiteral("Eve ") + QChar(0x202e) + QStringLiteral("txt.exe")) << "Eve <U+202E>txt.exe";
        QTest::newRow("newline") << QStringLiteral("Eve\nMallory") << "Eve\\nMallory";
        QTest::newRow("DEL and C1") << (QStringLiteral("Eve") + QChar(0x7f) + QChar(0x9b)) << "Eve\\x7f\\x9b";
    }
    void contactName()
    {
        QFETCH(QString, name);
        QFETCH(QString, errorContains);
        const QString error = validateContactName(name);
        if (errorContains.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        QVERIFY2(error.contains(QLatin1String("contact name")), qPrintable(printable(error)));
        QVERIFY2(error.contains(errorContains), qPrintable(printable(error)));
        QVERIFY(!hasUnsafeCharacters(error));
        QVERIFY(error.size() < 400); // a megabyte of input is not echoed back
    }

    // A message that quotes what the user gave must not replay its control characters onto the
    // terminal (orgctl import prints them): the input shows escaped, the message itself is clean.
    void messagesQuoteInputVisibly_data()
    {
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        const QString esc(QChar(0x1b));
        const QString rlo(QChar(0x202e));
        const QString nul(QChar(0));
        QTest::newRow("email ESC OSC BEL") << "email" << (QStringLiteral("a") + esc + QStringLiteral("]0;x\a@b.c"))
                                           << "a\\e]0;x\\x07@b.c";
        QTest::newRow("email NUL") << "email" << (QStringLiteral("a") + nul + QStringLiteral("b@c.de")) << "a\\x00b@c.de";
        QTest::newRow("email RLO") << "email" << (QStringLiteral("ab") + rlo + QStringLiteral("c@d.ef")) << "ab<U+202E>c@d.ef";
        QTest::newRow("budget ESC") << "budget" << (QStringLiteral("12") + esc + QStringLiteral("[2J")) << "12\\e[2J";
        QTest::newRow("budget RLO") << "budget" << (rlo + QStringLiteral("005")) << "<U+202E>005";
        QTest::newRow("budget NUL") << "budget" << (QStringLiteral("5") + nul) << "5\\x00";
        QTest::newRow("duration ESC") << "duration" << (QStringLiteral("30d") + esc + QStringLiteral("[31m")) << "30d\\e[31m";
        QTest::newRow("duration RLO") << "duration" << (QStringLiteral("d03") + rlo) << "d03<U+202E>";
        QTest::newRow("duration NUL") << "duration" << (QStringLiteral("3") + nul + QStringLiteral("0d")) << "3\\x000d";
        QTest::newRow("model ESC") << "model" << (QStringLiteral("gpt") + esc + QStringLiteral("[2J")) << "gpt\\e[2J";
        QTest::newRow("model RLO") << "model" << (QStringLiteral("gpt") + rlo + QStringLiteral("o4")) << "gpt<U+202E>o4";
        QTest::newRow("model NUL") << "model" << (QStringLiteral("gpt") + nul) << "gpt\\x00";
        QTest::newRow("long email is cut") << "email" << (QString(100000, QLatin1Char('a')) + esc) << "more characters";
    }
    void messagesQuoteInputVisibly()
    {
        QFETCH(QString, validator);
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QString message;
        if (validator == QLatin1String("email"))
            message = validateEmail(input);
        else if (validator == QLatin1String("budget"))
            message = parseBudgetText(input).error;
        else if (validator == QLatin1String("duration"))
            message = validateBudgetDuration(input);
        else
            message = validateModelName(input);
        QVERIFY2(!message.isEmpty(), qPrintable(validator));
        QVERIFY2(!hasUnsafeCharacters(message), qPrintable(printable(message)));
        QVERIFY2(message.contains(shown), qPrintable(message));
        QVERIFY2(message.size() < 400, qPrintable(QString::number(message.size())));
    }

    void moneyAndKeys()
    {
        QCOMPARE(formatUsd(1234.5), QStringLiteral("$1,234.50"));
        QCOMPARE(formatUsd(std::nullopt), QStringLiteral("unlimited"));
        QCOMPARE(keyDisplayName(QStringLiteral("sk-Fn8Ej39NxjAXrvpUGKghGw")), QStringLiteral("sk-...ghGw"));
        QCOMPARE(keyAliasForOrg(QStringLiteral("abc")), QStringLiteral("orgconsole-abc"));
        Organization o;
        o.maxBudget = 10;
        o.spend = 12;
        QCOMPARE(o.remaining().value(), 0.0);
        o.spend = 2.5;
        QCOMPARE(o.remaining().value(), 7.5);
        o.maxBudget.reset();
        QVERIFY(!o.remaining());
        for (auto s : {OrgStatus::Provisioning, OrgStatus::Active, OrgStatus::Failed, OrgStatus::Deleting})
            QCOMPARE(orgStatusFromString(orgStatusToString(s)), s);
        QVERIFY(!orgStatusFromString(QStringLiteral("bogus")));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
