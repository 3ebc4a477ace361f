#include "ui/ReportExport.h"

#include "services/reports/ReportFormat.h"

#include <QChartView>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace OrgConsole {

namespace {
// The table's rows as text cells: header, lines, total.
QList<QStringList> tableCells(const SpendReport &report)
{
    QList<QStringList> rows;
    QStringList header = groupColumns(report.request.by);
    const qsizetype keys = header.size();
    header << QCoreApplication::translate("ReportExport", "Spend (USD)")
           << QCoreApplication::translate("ReportExport", "Requests") << QCoreApplication::translate("ReportExport", "Tokens");
    rows.append(header);
    auto add = [&rows, keys](const ReportLine &l) {
        QStringList r;
        for (qsizetype i = 0; i < keys; ++i)
            r.append(l.keys.value(i));
        r << centsShown(l.cents()) << QLocale().toString(l.requests) << QLocale().toString(l.tokens);
        rows.append(r);
    };
    for (const ReportLine &l : report.lines)
        add(l);
    add(report.total);
    return rows;
}

// Draws one table row across `width` from `y`; figures right-aligned.
void paintRow(QPainter &p, const QStringList &cells, qsizetype keyColumns, int y, int width, int lineHeight)
{
    const int figureWidth = width / 8;
    const int keyWidth = (width - 3 * figureWidth) / int(std::max<qsizetype>(1, keyColumns));
    int x = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool figure = i >= keyColumns;
        const int w = figure ? figureWidth : keyWidth;
        const QString text = p.fontMetrics().elidedText(cells.at(i), Qt::ElideRight, w - 10);
        p.drawText(QRect(x, y, w - 10, lineHeight), (figure ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
        x += w;
    }
}
} // namespace

void paintReport(QPainter &p, QPagedPaintDevice &device, const SpendReport &report, QChartView *chart)
{
    const int width = p.viewport().width();
    const int height = p.viewport().height();
    QFont title = p.font();
    title.setPointSize(16);
    title.setBold(true);
    p.setFont(title);
    const int titleHeight = p.fontMetrics().height() * 3 / 2;
    p.drawText(QRect(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, reportTitle(report));
    QFont body = title;
    body.setPointSize(9);
    body.setBold(false);
    p.setFont(body);
    const int line = p.fontMetrics().height() * 5 / 4;
    int y = titleHeight;
    const QStringList about {
        QCoreApplication::translate("ReportExport", "Range: %1 (UTC days), amounts in USD").arg(reportRangeText(report.request)),
        QCoreApplication::translate("ReportExport", "Generated at: %1")
            .arg(report.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
        QCoreApplication::translate("ReportExport", "Proxy profile: %1")
            .arg(report.profileName.isEmpty() ? QCoreApplication::translate("ReportExport", "(none)") : report.profileName),
        QCoreApplication::translate("ReportExport", "Total: $%1").arg(centsShown(report.total.cents()))};
    for (const QString &text : about) {
        p.drawText(QRect(0, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    }
    y += line / 2;
    if (chart) {
        const int chartHeight = height / 3;
        chart->render(&p, QRectF(0, y, width, chartHeight));
        y += chartHeight + line;
    }
    const QList<QStringList> rows = tableCells(report);
    const qsizetype keys = groupColumns(report.request.by).size();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (y + line > height) {
            device.newPage();
            y = 0;
        }
        QFont f = body;
        f.setBold(r == 0 || r == rows.size() - 1);
        p.setFont(f);
        paintRow(p, rows.at(r), keys, y, width, line);
        y += line;
        if (r == 0 || r == rows.size() - 2)
            p.drawLine(0, y, width, y);
    }
}

QString exportReportCsv(const QString &path, const SpendReport &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReportExport", "Cannot write %1: %2").arg(path, file.errorString());
    const QByteArray bytes = reportCsv(report);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("ReportExport", "Writing %1 failed: %2").arg(path, file.errorString());
    return {};
}

QString exportReportPdf(const QString &path, const SpendReport &report, QChartView *chart)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReportExport", "Cannot write %1: %2").arg(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(reportTitle(report));
        pdf.setCreator(QStringLiteral("OrgConsole"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        QPainter painter(&pdf);
        if (!painter.isActive())
            return QCoreApplication::translate("ReportExport", "Cannot draw the PDF.");
        paintReport(painter, pdf, report, chart);
    }
    if (!file.commit())
        return QCoreApplication::translate("ReportExport", "Writing %1 failed: %2").arg(path, file.errorString());
    return {};
}

} // namespace OrgConsole
