// The Reports window and the detail pane's chart, offscreen, against litellm-sim: choose a range and
// a grouping by keyboard, see the totals, sort with the total kept last, export CSV and PDF (the PDF's
// text, read back with pdftotext, holds the totals); the empty state says what to do; the chart's
// axis steps are round, its tooltip tells a day's figures, and a budget that resets draws its line.
#include "services/reports/ReportFormat.h"
#include "services/reports/SpendReports.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/Mnemonics.h"
#include "ui/ReportsWindow.h"
#include "ui/SpendChartView.h"

#include <QBarCategoryAxis>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace OrgConsole;
using namespace OrgConsole::Test;

class TestConsoleReports : public QObject
{
    Q_OBJECT
    ConsoleFixture f;
    QDate m_today;

    void record(const Organization &org, double spend, const QString &model, int daysAgo)
    {
        QVERIFY(f.sim->recordSpend(org.keyHash, spend, model, m_today.addDays(-daysAgo).toString(Qt::ISODate), 100, 10));
    }
    QString cell(QTableView *table, int row, int column) { return table->model()->index(row, column).data().toString(); }

    // Export CSV and PDF of the report on show (13.05 by model): the CSV byte for byte, the PDF's text.
    void exportsCsvAndPdf(ReportsWindow &window)
    {
        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("spend.csv"));
        ReportsWindow::setNextSavePaths({csvPath});
        QTest::mouseClick(childNamed<QPushButton>(&window, "exportCsv"), Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(),
                 QByteArray("model,spend_usd,requests,tokens\r\ngpt-4o,8.55,3,330\r\nclaude-3,4.50,1,110\r\n"
                            "Total,13.05,4,440\r\n"));

        const QString pdfPath = out.filePath(QStringLiteral("spend.pdf"));
        ReportsWindow::setNextSavePaths({pdfPath});
        QTest::mouseClick(childNamed<QPushButton>(&window, "exportPdf"), Qt::LeftButton);
        QVERIFY(QFileInfo(pdfPath).size() > 1000);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(20000), "pdftotext (Debian package poppler-utils) did not run");
        QString pdf = QString::fromUtf8(text.readAllStandardOutput());
        pdf.replace(QChar(0xFB01), QLatin1String("fi")).replace(QChar(0xFB00), QLatin1String("ff")); // ligatures
        QVERIFY2(pdf.contains(QLatin1String("Spend by model")), qPrintable(pdf));
        QVERIFY2(pdf.contains(QLatin1String("Total: $13.05")), qPrintable(pdf));
        QVERIFY2(pdf.contains(QRegularExpression(QStringLiteral("Total\\s+13\\.05\\s+4\\s+440"))), qPrintable(pdf));
        QVERIFY2(pdf.contains(QLatin1String("Generated at: ")), qPrintable(pdf));
        QVERIFY2(pdf.contains(QLatin1String("Proxy profile: ") + window.report()->profileName), qPrintable(pdf));
        QVERIFY(!window.report()->profileName.isEmpty());
        QVERIFY2(pdf.contains(reportRangeText(window.report()->request)), qPrintable(pdf));
    }

private slots:
    void init()
    {
        QVERIFY(f.start());
        m_today = QDateTime::currentDateTimeUtc().date();
    }
    void cleanup() { f.stop(); }

    void chooseRangeAndGroupSeeTotalsExport()
    {
        const Organization acme = f.createDirectly(QStringLiteral("Acme Corp"));
        const Organization globex = f.createDirectly(QStringLiteral("Globex"));
        record(acme, 0.1, QStringLiteral("gpt-4o"), 1);
        record(acme, 0.2, QStringLiteral("gpt-4o"), 1);
        record(acme, 4.5, QStringLiteral("claude-3"), 2);
        record(globex, 8.25, QStringLiteral("gpt-4o"), 0);

        ReportsWindow window(f.context.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(childNamed<QLabel>(&window, "reportEmpty")->isVisible()); // says what to do
        QVERIFY(childNamed<QLabel>(&window, "reportEmpty")->text().contains(QLatin1String("Run report")));
        QVERIFY(!childNamed<QPushButton>(&window, "exportCsv")->isEnabled());
        QCOMPARE(mnemonicClashes(&window), QStringList());

        // By keyboard: the range preset "Last 30 days", group by model, Ctrl+R.
        auto *preset = childNamed<QComboBox>(&window, "reportPreset");
        preset->setFocus();
        QTest::keyClick(preset, Qt::Key_Down);
        QTest::keyClick(preset, Qt::Key_Down);
        QCOMPARE(preset->currentText(), QStringLiteral("Last 30 days"));
        auto *grouping = childNamed<QComboBox>(&window, "reportGrouping");
        grouping->setFocus();
        QTest::keyClick(grouping, Qt::Key_Down);
        QTest::keyClick(grouping, Qt::Key_Down);
        QCOMPARE(grouping->currentText(), QStringLiteral("Model"));
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.report().has_value(), 15000);
        auto *table = childNamed<QTableView>(&window, "reportTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("gpt-4o"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("8.55"));
        QCOMPARE(cell(table, 1, 1), QStringLiteral("4.50"));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("Total"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("13.05"));
        QVERIFY(childNamed<QLabel>(&window, "reportStatus")->text().contains(QLatin1String("$13.05")));
        // Sorted by spend, either way: the total stays last.
        table->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("claude-3"));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("Total"));
        table->sortByColumn(1, Qt::DescendingOrder);
        QCOMPARE(cell(table, 0, 0), QStringLiteral("gpt-4o"));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("Total"));
        // The chart: a bar per day of the range, stacked by model.
        auto *chart = childNamed<SpendChartView>(&window, "reportChart");
        QCOMPARE(chart->dayCount(), 30);
        QVERIFY(chart->dayTooltip(29).contains(QLatin1String("$8.25")));

        exportsCsvAndPdf(window);
        if (QTest::currentTestFailed())
            return;

        // A range without spend: the empty state says so and what to do.
        preset->setCurrentIndex(int(ReportsWindow::Preset::Custom));
        childNamed<QDateEdit>(&window, "reportFrom")->setDate(m_today.addDays(-80));
        childNamed<QDateEdit>(&window, "reportTo")->setDate(m_today.addDays(-70));
        QTest::mouseClick(childNamed<QPushButton>(&window, "runReport"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(childNamed<QLabel>(&window, "reportEmpty")->isVisible(), 15000);
        QVERIFY(childNamed<QLabel>(&window, "reportEmpty")->text().contains(QLatin1String("No spend")));
    }

    void presets()
    {
        using P = ReportsWindow::Preset;
        const QDate d(2026, 3, 15);
        QCOMPARE(ReportsWindow::presetRange(P::ThisMonth, d), std::make_pair(QDate(2026, 3, 1), d));
        QCOMPARE(ReportsWindow::presetRange(P::LastMonth, d), std::make_pair(QDate(2026, 2, 1), QDate(2026, 2, 28)));
        QCOMPARE(ReportsWindow::presetRange(P::Last30Days, d), std::make_pair(QDate(2026, 2, 14), d));
        QCOMPARE(ReportsWindow::presetRange(P::Last90Days, d), std::make_pair(QDate(2025, 12, 16), d));
        QCOMPARE(ReportsWindow::presetRange(P::LastMonth, QDate(2026, 1, 1)),
                 std::make_pair(QDate(2025, 12, 1), QDate(2025, 12, 31)));
    }

    void roundAxisSteps_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("top");
        QTest::newRow("71.88") << 71.88 << 20.0 << 80.0;
        QTest::newRow("53.91") << 53.91 << 20.0 << 60.0;
        QTest::newRow("cents") << 0.37 << 0.1 << 0.4;
        QTest::newRow("exact") << 5.0 << 1.0 << 5.0;
        QTest::newRow("thousands") << 1234.0 << 500.0 << 1500.0;
        QTest::newRow("nothing") << 0.0 << 1.0 << 1.0;
    }
    void roundAxisSteps()
    {
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(double, top);
        QCOMPARE(SpendChartView::roundStep(max), step);
        QValueAxis axis;
        SpendChartView::applyRoundAxis(&axis, max);
        QCOMPARE(axis.min(), 0.0);
        QVERIFY2(qFuzzyCompare(axis.max(), top), qPrintable(QString::number(axis.max())));
        QCOMPARE(axis.tickCount(), qRound(top / step) + 1);
    }

    void dayChartTooltipAndBudgetLine()
    {
        SpendChartView view;
        view.resize(800, 300);
        const QDate from(2026, 10, 1);
        const QList<SpendFact> facts {
            {QStringLiteral("o"), QStringLiteral("Acme"), {}, QStringLiteral("gpt-4o"), from, 1'500'000, 3, 30},
            {QStringLiteral("o"), QStringLiteral("Acme"), {}, QStringLiteral("claude-3"), from, 250'000, 1, 10},
            {QStringLiteral("o"), QStringLiteral("Acme"), {}, QStringLiteral("gpt-4o"), from.addDays(2), 71'880'000, 1, 10}};
        view.showDays(from, from.addDays(6), facts, true, 16.67, QStringLiteral("Budget pace"));
        QCOMPARE(view.dayCount(), 7);
        const QString tip = view.dayTooltip(0);
        QVERIFY2(tip.contains(QLatin1String("$1.75")) && tip.contains(QLatin1String("gpt-4o: $1.50"))
                     && tip.contains(QLatin1String("claude-3: $0.25")),
                 qPrintable(tip));
        const auto series = view.chart()->series();
        QCOMPARE(series.size(), 2);
        auto *bars = qobject_cast<QStackedBarSeries *>(series.at(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2); // one set per model
        auto *line = qobject_cast<QLineSeries *>(series.at(1));
        QVERIFY(line);
        QCOMPARE(line->at(0).y(), 16.67);
        auto *y = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).first());
        QCOMPARE(y->max(), 80.0); // $71.88 on the highest day: $0 to $80 in steps of $20
        // Not stacked: one set.
        view.showDays(from, from.addDays(6), facts, false);
        QCOMPARE(qobject_cast<QStackedBarSeries *>(view.chart()->series().at(0))->count(), 1);
        QCOMPARE(view.chart()->series().size(), 1); // no budget, no line
    }
};

QTEST_MAIN(TestConsoleReports)
#include "test_console_reports.moc"
