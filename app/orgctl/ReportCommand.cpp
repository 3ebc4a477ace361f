// orgctl report: the spend report service (services/reports) from the command line.
#include "app/orgctl/ReportCommand.h"

#include "app/orgctl/Orgctl.h"
#include "app/orgctl/StopSignals.h"
#include "services/reports/ReportFormat.h"
#include "services/reports/SpendReports.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace OrgConsole {

namespace {
enum class Format { Table, Csv, Json };

struct ReportOptions {
    ReportRequest request;
    Format format = Format::Table;
    QString output;
};

std::optional<QDate> dateOption(Orgctl &ctl, const QString &name)
{
    if (!ctl.isSet(name)) {
        ctl.fail(OperationError::badInput(QStringLiteral("report needs --%1 YYYY-MM-DD; see orgctl help report.").arg(name)));
        return std::nullopt;
    }
    const QString text = ctl.value(name).trimmed();
    const QDate d = parseReportDate(text);
    if (!d.isValid()) {
        ctl.fail(OperationError::badInput(QStringLiteral("--%1 \"%2\" is not a day in the form YYYY-MM-DD.").arg(name, text)));
        return std::nullopt;
    }
    return d;
}

std::optional<Format> formatOption(Orgctl &ctl)
{
    const QString text = ctl.isSet(QStringLiteral("format")) ? ctl.value(QStringLiteral("format")).trimmed()
                                                             : (ctl.json() ? QStringLiteral("json") : QStringLiteral("table"));
    if (text == QLatin1String("table"))
        return Format::Table;
    if (text == QLatin1String("csv"))
        return Format::Csv;
    if (text == QLatin1String("json"))
        return Format::Json;
    ctl.fail(OperationError::badInput(QStringLiteral("--format \"%1\" is not one of table, csv, json.").arg(text)));
    return std::nullopt;
}

std::optional<ReportOptions> readOptions(Orgctl &ctl)
{
    ReportOptions o;
    const auto from = dateOption(ctl, QStringLiteral("from"));
    if (!from)
        return std::nullopt;
    const auto to = dateOption(ctl, QStringLiteral("to"));
    if (!to)
        return std::nullopt;
    o.request.from = *from;
    o.request.to = *to;
    const QString by = ctl.isSet(QStringLiteral("by")) ? ctl.value(QStringLiteral("by")).trimmed() : QStringLiteral("org");
    const auto grouping = groupingFromKey(by);
    if (!grouping) {
        ctl.fail(OperationError::badInput(QStringLiteral("--by \"%1\" is not one of org, member, model, day.").arg(by)));
        return std::nullopt;
    }
    o.request.by = *grouping;
    o.request.organization = ctl.value(QStringLiteral("org")).trimmed();
    if (ctl.isSet(QStringLiteral("org")) && o.request.organization.isEmpty()) {
        ctl.fail(OperationError::badInput(QStringLiteral("--org needs an organization's id or name.")));
        return std::nullopt;
    }
    const auto format = formatOption(ctl);
    if (!format)
        return std::nullopt;
    o.format = *format;
    o.output = ctl.value(QStringLiteral("output"));
    if (ctl.isSet(QStringLiteral("output")) && o.output.trimmed().isEmpty()) {
        ctl.fail(OperationError::badInput(QStringLiteral("--output needs a file name.")));
        return std::nullopt;
    }
    return o;
}

QByteArray render(const SpendReport &report, Format format)
{
    switch (format) {
    case Format::Csv:
        return reportCsv(report);
    case Format::Json:
        return QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    case Format::Table:
        break;
    }
    return (reportTitle(report) + QStringLiteral(", ") + reportRangeText(report.request) + QStringLiteral(" (USD)\n")
            + reportTable(report))
        .toUtf8();
}

// One report run: the output file opened first (a path that cannot be written fails before any
// request), the report, then the file committed whole, or nothing written at all.
class ReportRun : public QObject
{
public:
    ReportRun(Orgctl &ctl, ReportOptions options)
        : m_ctl(ctl)
        , m_options(std::move(options))
    {
        connect(&m_stop, &StopSignals::stopRequested, this, [this](int) { m_ctl.context().reports().cancel(); });
    }
    bool openOutput()
    {
        if (m_options.output.isEmpty())
            return true;
        m_file = std::make_unique<QSaveFile>(m_options.output);
        if (m_file->open(QIODevice::WriteOnly))
            return true;
        m_ctl.fail(OperationError::badInput(
            QStringLiteral("Cannot write %1: %2. Nothing was written.").arg(m_options.output, m_file->errorString())));
        return false;
    }
    void start()
    {
        SpendReports &reports = m_ctl.context().reports();
        connect(&reports, &SpendReports::progress, this,
                [this](int done, int total) { m_ctl.printBulkProgress(done, total, QStringLiteral("requests to the proxy")); });
        reports.run(m_options.request, [this](ReportOutcome outcome) { finished(std::move(outcome)); });
    }

private:
    void finished(ReportOutcome outcome)
    {
        if (outcome.error.isError()) {
            if (m_file)
                m_file->cancelWriting();
            return m_ctl.fail(outcome.error.kind == OperationError::Kind::Cancelled
                                  ? outcome.error.withContext({}, QStringLiteral(" Nothing was written."))
                                  : outcome.error);
        }
        const QByteArray bytes = render(*outcome.report, m_options.format);
        m_ctl.err() << QStringLiteral("%1 requests to the proxy, %2 organization-days from the database.")
                           .arg(outcome.report->requestsMade)
                           .arg(outcome.report->storedDays)
                    << Qt::endl;
        if (!m_file) {
            m_ctl.out() << QString::fromUtf8(bytes);
            return m_ctl.finish(ExitOk);
        }
        if (m_file->write(bytes) != bytes.size() || !m_file->commit())
            return m_ctl.fail(OperationError::other(
                QStringLiteral("Writing %1 failed: %2. Nothing was written.").arg(m_options.output, m_file->errorString())));
        m_ctl.err() << QStringLiteral("Wrote %1.").arg(m_options.output) << Qt::endl;
        m_ctl.finish(ExitOk);
    }

    Orgctl &m_ctl;
    ReportOptions m_options;
    std::unique_ptr<QSaveFile> m_file;
    StopSignals m_stop;
};
} // namespace

ReportCommand::ReportCommand()
    : Command(QStringLiteral("report"), QStringLiteral("Spend per organization, member, model or day over a range of days"))
{
    addUsage(QStringLiteral("report --from YYYY-MM-DD --to YYYY-MM-DD [--by org|member|model|day] [--org ORG]\n"
                            "         [--format table|csv|json] [--output FILE]"));
    addOption(QStringLiteral("from"), QStringLiteral("First day of the range (UTC), inclusive."), QStringLiteral("YYYY-MM-DD"));
    addOption(QStringLiteral("to"),
              QStringLiteral("Last day of the range (UTC), inclusive; today at the latest; at most %1 days in all.")
                  .arg(kMaxReportDays),
              QStringLiteral("YYYY-MM-DD"));
    addOption(QStringLiteral("by"), QStringLiteral("Group by organization, member, model or day (default org)."),
              QStringLiteral("org|member|model|day"));
    addOption(QStringLiteral("org"), QStringLiteral("Only this organization (id or name)."), QStringLiteral("ORG"));
    addOption(QStringLiteral("format"), QStringLiteral("table (default; json with --json), csv (RFC 4180) or json."),
              QStringLiteral("FORMAT"));
    addOption(QStringLiteral("output"), QStringLiteral("Write to FILE (whole, or not at all) instead of stdout."),
              QStringLiteral("FILE"));
}

void ReportCommand::run(Orgctl &ctl, const QStringList &args)
{
    if (!args.isEmpty())
        return ctl.fail(OperationError::badInput(
            QStringLiteral("report takes no arguments (\"%1\"); see orgctl help report.").arg(args.first())));
    std::optional<ReportOptions> options = readOptions(ctl);
    if (!options)
        return;
    // The dates are checked before anything opens; today is the report service's (UTC).
    const OperationError bad
        = checkReportRange(options->request.from, options->request.to, QDateTime::currentDateTimeUtc().date());
    if (bad.isError())
        return ctl.fail(bad);
    auto *run = new ReportRun(ctl, *options);
    run->setParent(&ctl);
    if (!run->openOutput())
        return;
    ctl.withContext(true, [run] { run->start(); });
}

} // namespace OrgConsole
