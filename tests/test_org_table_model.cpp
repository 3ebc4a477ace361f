// The organization table says trouble in words: a blocked key, an organization over its budget or
// with its budget used up, a failed row; over-budget figures are red as well, never colour alone.
#include "ui/OrgTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace OrgConsole;

namespace {
Organization org(const QString &name, std::optional<double> budget, double spend, OrgStatus status = OrgStatus::Active,
                 bool blocked = false)
{
    Organization o;
    o.id = name.toLower();
    o.name = name;
    o.normalizedName = name.toLower();
    o.status = status;
    o.maxBudget = budget;
    o.spend = spend;
    o.keyBlocked = blocked;
    o.keyName = QStringLiteral("sk-...abcd");
    return o;
}
} // namespace

class TestOrgTableModel : public QObject
{
    Q_OBJECT
private slots:
    void troubleIsSaidInWords_data()
    {
        QTest::addColumn<Organization>("o");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("remaining");
        QTest::addColumn<bool>("red");
        QTest::newRow("healthy") << org(QStringLiteral("A"), 20.0, 5.0) << "active"
                                 << "$15.00" << false;
        QTest::newRow("over budget") << org(QStringLiteral("B"), 20.0, 23.4) << "over budget"
                                     << "over by $3.40" << true;
        QTest::newRow("used up") << org(QStringLiteral("C"), 20.0, 20.0) << "budget used up"
                                 << "$0.00" << false;
        QTest::newRow("unlimited") << org(QStringLiteral("D"), std::nullopt, 1e6) << "active"
                                   << "unlimited" << false;
        QTest::newRow("blocked key") << org(QStringLiteral("E"), 20.0, 1.0, OrgStatus::Active, true) << "key blocked"
                                     << "$19.00" << false;
        QTest::newRow("failed") << org(QStringLiteral("F"), 20.0, 0.0, OrgStatus::Failed) << "failed"
                                << "$20.00" << false;
    }
    void troubleIsSaidInWords()
    {
        QFETCH(Organization, o);
        QFETCH(QString, status);
        QFETCH(QString, remaining);
        QFETCH(bool, red);
        OrgTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganizations({o});
        QCOMPARE(model.index(0, OrgTableModel::Status).data().toString(), status);
        QCOMPARE(model.index(0, OrgTableModel::Remaining).data().toString(), remaining);
        const QVariant colour = model.index(0, OrgTableModel::Remaining).data(Qt::ForegroundRole);
        QCOMPARE(colour.isValid() && colour.value<QColor>() == QColor(0xc6, 0x28, 0x28), red);
    }
};

QTEST_MAIN(TestOrgTableModel)
#include "test_org_table_model.moc"
