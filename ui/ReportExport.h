#pragma once

#include "services/reports/SpendReport.h"

#include <QString>

class QPainter;
class QPagedPaintDevice;
class QChartView;

namespace OrgConsole {

// A report on paper or in a PDF: title, range, when it was made and from which proxy profile, the
// chart, then the table with its total (more pages as needed).
void paintReport(QPainter &painter, QPagedPaintDevice &device, const SpendReport &report, QChartView *chart);
// Writes the report as CSV (reportCsv) or PDF to `path`, whole or not at all (a temporary file
// renamed at the end). Returns the error in words, empty on success.
QString exportReportCsv(const QString &path, const SpendReport &report);
QString exportReportPdf(const QString &path, const SpendReport &report, QChartView *chart);

} // namespace OrgConsole
