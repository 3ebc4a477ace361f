// What the change listener remembers of 100,000 organizations, compact (OrgFingerprints): added in
// any order, found by id after sealing (non-ASCII ids too), a removed one no longer found, and a
// found one changed in place.
#include "services/storage/OrgFingerprints.h"

#include <QTest>

using namespace OrgConsole;

class TestOrgFingerprints : public QObject
{
    Q_OBJECT

    static OrgFingerprint fingerprint(qint64 version) { return OrgFingerprint {version, 1.5, -1, 7}; }

private slots:
    void foundByIdInAnyOrder()
    {
        OrgFingerprints f;
        const QStringList ids {QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("é-ß"), QStringLiteral("b"),
                               QStringLiteral("ab")};
        for (qsizetype i = 0; i < ids.size(); ++i)
            f.add(ids.at(i), fingerprint(i + 1));
        f.seal();
        QCOMPARE(f.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const OrgFingerprint *found = std::as_const(f).find(ids.at(i));
            QVERIFY2(found, qPrintable(ids.at(i)));
            QCOMPARE(*found, fingerprint(i + 1));
        }
        QVERIFY(!std::as_const(f).find(QStringLiteral("abc")));
        QVERIFY(!std::as_const(f).find(QString()));
        QStringList inOrder;
        for (qsizetype i = 0; i < f.size(); ++i)
            inOrder.append(f.idAt(i));
        QCOMPARE(inOrder,
                 (QStringList {QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("b"), QStringLiteral("c"),
                               QStringLiteral("é-ß")}));
    }

    void removedAndChanged()
    {
        OrgFingerprints f;
        for (int i = 0; i < 1000; ++i)
            f.add(QStringLiteral("org-%1").arg(i), fingerprint(i));
        f.seal();
        f.remove(QStringLiteral("org-500"));
        QVERIFY(!std::as_const(f).find(QStringLiteral("org-500")));
        f.find(QStringLiteral("org-7"))->rowVersion = 70;
        QCOMPARE(std::as_const(f).find(QStringLiteral("org-7"))->rowVersion, 70);
        QCOMPARE(std::as_const(f).find(QStringLiteral("org-999"))->rowVersion, 999);
        f.remove(QStringLiteral("org-missing")); // nothing happens
        QCOMPARE(f.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestOrgFingerprints)
#include "test_org_fingerprints.moc"
