// Outside text made safe to print, plain-text fields, and CSV cells safe from formula injection.
#include "models/SafeText.h"

#include <QTest>

using namespace OrgConsole;

class TestSafeText : public QObject
{
    Q_OBJECT
private slots:
    void printable_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Acme Corp") << QStringLiteral("Acme Corp");
        QTest::newRow("unicode kept") << QString::fromUtf8("Café 🚀 Ωmega") << QString::fromUtf8("Café 🚀 Ωmega");
        QTest::newRow("clear screen") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\e[2Jb");
        QTest::newRow("window title (OSC 0, BEL)") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\e]0;pwned\\x07");
        QTest::newRow("OSC 52 clipboard") << QStringLiteral("\x1b]52;c;cm0gLXJmIH4=\x1b\\")
                                          << QStringLiteral("\\e]52;c;cm0gLXJmIH4=\\e\\");
        QTest::newRow("newline and CR") << QStringLiteral("line1\r\nline2") << QStringLiteral("line1\\r\\nline2");
        QTest::newRow("NUL") << QString::fromUtf8("a\0b", 3) << QStringLiteral("a\\x00b");
        QTest::newRow("DEL and C1 CSI") << QString(QStringLiteral("x\x7f") + QChar(0x9b) + QStringLiteral("31m"))
                                        << QStringLiteral("x\\x7f\\x9b31m");
        QTest::newRow("bidi override") << QString(QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fdp.exe"))
                                       << QStringLiteral("abc<U+202E>fdp.exe");
        QTest::newRow("isolate and zero width")
            << QString(QChar(0x2066) + QStringLiteral("x") + QChar(0x200B)) << QStringLiteral("<U+2066>x<U+200B>");
        QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b"))
                                        << QStringLiteral("a<U+2028>b");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringLiteral("<U+D800>");
    }
    void printable()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(OrgConsole::printable(in), out);
        QVERIFY(!hasUnsafeCharacters(OrgConsole::printable(in)));
    }

    void printableCutsLongText()
    {
        const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
        const QString shown = OrgConsole::printable(huge, 100);
        QVERIFY(shown.startsWith(QString(100, QLatin1Char('x'))));
        QVERIFY2(shown.size() < 200, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.contains(QStringLiteral("10485660 more characters")));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("name") << QString::fromUtf8("Zoë O'Brien-Søndergaard") << QString();
        QTest::newRow("escape") << QStringLiteral("Eve\x1b[2J") << QStringLiteral("control or invisible");
        QTest::newRow("newline") << QStringLiteral("Eve\nforged line") << QStringLiteral("control or invisible");
        QTest::newRow("nul") << QString::fromUtf8("Eve\0", 4) << QStringLiteral("control or invisible");
        QTest::newRow("bidi") << QString(QStringLiteral("Eve") + QChar(0x202E)) << QStringLiteral("control or invisible");
        QTest::newRow("too long") << QString(201, QLatin1Char('a')) << QStringLiteral("at most 200");
    }
    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorContains);
        const QString error = validatePlainText(text, QStringLiteral("contact name"), 200);
        if (errorContains.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } else {
            QVERIFY2(error.contains(errorContains), qPrintable(error));
            QVERIFY(error.contains(QStringLiteral("contact name")));
            QVERIFY(!hasUnsafeCharacters(error)); // the message itself is safe to print
        }
    }

    void csvCell_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("comma forges a column") << QStringLiteral("sk-...ab,created") << QStringLiteral("\"sk-...ab,created\"");
        QTest::newRow("newline forges a row") << QStringLiteral("x\nEvil,row") << QStringLiteral("\"x\nEvil,row\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("inner equals is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void csvCell()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(OrgConsole::csvCell(in), out);
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "test_safe_text.moc"
