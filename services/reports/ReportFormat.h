#pragma once

#include "services/reports/SpendReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace OrgConsole {

// A report as RFC 4180 CSV: a header (the group's columns, spend_usd, requests, tokens), a line per
// group, and a last line "Total"; CRLF line ends; amounts with two decimals ("4.50").
QByteArray reportCsv(const SpendReport &report);
// A report as JSON: the request, when and from which profile, the lines and the total; each amount
// as text with two decimals ("spend_usd": "4.50") and in cents ("spend_cents": 450).
QJsonObject reportJson(const SpendReport &report);
// A report as a text table for a terminal, with the total under it.
QString reportTable(const SpendReport &report);
// "2026-10-01 to 2026-10-31" and the report's title ("Spend by member, Acme Corp").
QString reportRangeText(const ReportRequest &request);
QString reportTitle(const SpendReport &report);

} // namespace OrgConsole
