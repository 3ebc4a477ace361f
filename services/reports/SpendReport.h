#pragma once

#include "services/core/OperationError.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrgConsole {

// What a spend report is grouped by.
enum class ReportGrouping { Organization, Member, Model, Day };

QString groupingKey(ReportGrouping g); // "org", "member", "model", "day"
std::optional<ReportGrouping> groupingFromKey(const QString &key);
QString groupingTitle(ReportGrouping g); // "Organization", ...

// What the user asks for: an inclusive range of UTC days, a grouping, and optionally one
// organization (its id or name).
struct ReportRequest {
    QDate from;
    QDate to;
    ReportGrouping by = ReportGrouping::Organization;
    QString organization;
};

// The longest range one report covers. The proxy pages /team/daily/activity over raw rows and adds
// them up per day; a year of days keeps a report to a bounded number of pages.
constexpr int kMaxReportDays = 366;

// Why a request cannot run (a BadInput error in words), or no error. `today` is today's UTC date:
// a range may end today, not later.
OperationError checkReportRange(const QDate &from, const QDate &to, const QDate &today);
// "YYYY-MM-DD", strictly (no other form, a real day); invalid QDate otherwise.
QDate parseReportDate(const QString &text);

// USD amounts as integers: millionths as the figures are summed, cents as they are shown. The proxy
// sends doubles; each is turned into millionths once, so no sum drifts (no 13.760000000000002).
qint64 microsFromUsd(double usd);
qint64 centsFromMicros(qint64 micros); // half away from zero
QString centsText(qint64 cents); // "4.50", "1234.05", "-0.30": files and orgctl (CSV, JSON)
QString centsShown(qint64 cents); // "4.50", "1,234.05", "-0.30": what people read (table, PDF), as formatUsd

// The finest grain of a report: one organization's spend on a day, through one member's keys
// (userId empty: keys of no member), on one model.
struct SpendFact {
    QString organizationId;
    QString organizationName;
    QString userId;
    QString model;
    QDate day;
    qint64 micros = 0;
    qint64 requests = 0;
    qint64 tokens = 0;
};

// One line of a report: its group's values (`keys`, one per column of groupColumns()) and figures.
struct ReportLine {
    QStringList keys;
    qint64 micros = 0;
    qint64 requests = 0;
    qint64 tokens = 0;
    qint64 cents() const { return centsFromMicros(micros); }
    void add(const SpendFact &f);
};

// A finished report.
struct SpendReport {
    ReportRequest request;
    QString organizationName; // the filter's organization, resolved; empty for all
    QList<SpendFact> facts;
    QList<ReportLine> lines; // grouped as request.by says, largest spend first
    ReportLine total;
    QDateTime generatedAt;
    QString profileName;
    int requestsMade = 0; // to the proxy
    int storedDays = 0; // organization-days read from the database instead
};

// The columns of a grouping: ("Organization"), ("Organization", "Member"), ("Model"), ("Day").
QStringList groupColumns(ReportGrouping g);
// Groups facts: one line per group, largest spend first (then by the group's values); and the total.
QList<ReportLine> groupFacts(const QList<SpendFact> &facts, ReportGrouping g);
ReportLine totalOf(const QList<SpendFact> &facts);
// "(no member)" for a key of nobody, "(unknown model)" for figures the proxy gave without a model.
QString memberLabel(const QString &userId);
QString modelLabel(const QString &model);

} // namespace OrgConsole
