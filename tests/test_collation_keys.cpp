// The list's collation keys (CollationKeys) order texts as QCollator does at the list's settings
// (case-insensitive, numbers by value) in several locales, for texts that stress collation
// (accents, combined and precomposed characters, case, digits, CJK, emoji, long texts whose keys
// outgrow the first guess of their length, a lone surrogate, the empty text), and they stay right
// through replaced and removed rows and the buffer's compaction.
#include "ui/CollationKeys.h"
#include "ui/OrgListIndex.h"

#include <QCollator>
#include <QRandomGenerator>
#include <QTest>

using namespace OrgConsole;

namespace {
const QStringList kParts = {
    QStringLiteral(""),
    QStringLiteral("a"),
    QStringLiteral("A"),
    QStringLiteral("á"),
    QStringLiteral("a\u0301"),
    QStringLiteral("e\u0301cole"),
    QStringLiteral("école"),
    QStringLiteral("Ecole"),
    QStringLiteral("9"),
    QStringLiteral("10"),
    QStringLiteral("010"),
    QStringLiteral("Organization 9"),
    QStringLiteral("organization 10"),
    QStringLiteral("kc-12"),
    QStringLiteral("kc_12"),
    QStringLiteral("kc 12"),
    QStringLiteral("\u0130stanbul"),
    QStringLiteral("ıstanbul"),
    QStringLiteral("Straße"),
    QStringLiteral("STRASSE"),
    QStringLiteral("Åse"),
    QStringLiteral("Ähre"),
    QStringLiteral("Zoë"),
    QStringLiteral("東京"),
    QStringLiteral("北京大学"),
    QStringLiteral("\U0001F680"),
    QStringLiteral("Ｏｒｇ"),
    QStringLiteral("ΣΊΣΥΦΟΣ"),
    QStringLiteral("-"),
    QStringLiteral(" "),
    QStringLiteral("\u00AD"), // characters collation ignores: a soft hyphen, a zero-width space
    QStringLiteral("\u200B"),
};

QString randomText(QRandomGenerator &random)
{
    QString text;
    const int parts = int(random.bounded(4));
    for (int i = 0; i < parts; ++i)
        text += kParts.at(int(random.bounded(int(kParts.size()))));
    if (random.bounded(20) == 0) // a long text of characters that collate as many (keys outgrow the first guess)
        text += QString(int(random.bounded(5, 60)), QChar(random.bounded(2) ? 0xFDFA : 0x3300 + int(random.bounded(0x58))));
    if (random.bounded(50) == 0)
        text += QChar(0xD800); // a lone high surrogate
    return text;
}

int sign(int c)
{
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}
} // namespace

class TestCollationKeys : public QObject
{
    Q_OBJECT
private slots:
    void ordersAsQCollator_data();
    void ordersAsQCollator();
    void changedRowsKeepTheOrder();
};

void TestCollationKeys::ordersAsQCollator_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("list locale") << OrgListIndex::collationLocale();
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("sv_SE") << QLocale(QLocale::Swedish, QLocale::Sweden);
    QTest::newRow("tr_TR") << QLocale(QLocale::Turkish, QLocale::Turkey);
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan);
}

// Every pair of 300 random texts compares as QCollator::compare says (its own string comparison,
// not its keys).
void TestCollationKeys::ordersAsQCollator()
{
    QFETCH(QLocale, locale);
    QRandomGenerator random(16);
    QStringList texts = kParts;
    while (texts.size() < 300)
        texts.append(randomText(random));
    CollationKeys keys(locale);
    for (const QString &t : std::as_const(texts))
        keys.append(t);
    QCOMPARE(keys.size(), int(texts.size()));
    const QCollator collator = CollationKeys::qtCollator(locale);
    for (int a = 0; a < texts.size(); ++a) {
        for (int b = 0; b < texts.size(); ++b) {
            const int expected = sign(collator.compare(texts.at(a), texts.at(b)));
            if (sign(keys.compare(a, b)) != expected)
                QFAIL(qPrintable(QStringLiteral("\"%1\" against \"%2\": %3, QCollator %4")
                                     .arg(texts.at(a), texts.at(b))
                                     .arg(keys.compare(a, b))
                                     .arg(expected)));
        }
    }
    QVERIFY(keys.compare(kParts.indexOf(QStringLiteral("9")), kParts.indexOf(QStringLiteral("10"))) < 0);
    QCOMPARE(keys.compare(kParts.indexOf(QStringLiteral("a")), kParts.indexOf(QStringLiteral("A"))), 0);
    QVERIFY(keys.compare(kParts.indexOf(QStringLiteral("")), kParts.indexOf(QStringLiteral("a"))) < 0);
}

// Rows replaced (many times over, so the buffer compacts) and removed keep the order of the texts
// they hold now.
void TestCollationKeys::changedRowsKeepTheOrder()
{
    const QLocale locale = OrgListIndex::collationLocale();
    const QCollator collator = CollationKeys::qtCollator(locale);
    QRandomGenerator random(19);
    QStringList texts;
    CollationKeys keys(locale);
    keys.reserve(400, 4);
    for (int i = 0; i < 400; ++i) {
        texts.append(randomText(random));
        keys.append(texts.last());
    }
    for (int round = 0; round < 2000; ++round) {
        const int row = int(random.bounded(int(texts.size())));
        if (round % 10 == 9) {
            texts.removeAt(row);
            keys.remove(row);
        } else {
            texts[row] = randomText(random) + QString(int(random.bounded(30)), QLatin1Char('x'));
            keys.replace(row, texts.at(row));
        }
    }
    QCOMPARE(keys.size(), int(texts.size()));
    for (int a = 0; a < texts.size(); ++a) {
        for (int b = 0; b < texts.size(); ++b)
            QCOMPARE(sign(keys.compare(a, b)), sign(collator.compare(texts.at(a), texts.at(b))));
    }
}

QTEST_GUILESS_MAIN(TestCollationKeys)
#include "test_collation_keys.moc"
