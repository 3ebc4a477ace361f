#include "services/reports/ReportFormat.h"

#include "models/SafeText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace OrgConsole {

namespace {
QString columnKey(const QString &title)
{
    return title.toLower();
}

QJsonObject lineJson(const ReportLine &line, const QStringList &columns)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size(); ++i)
        o.insert(columnKey(columns.at(i)), line.keys.value(i));
    o.insert(QStringLiteral("spend_usd"), centsText(line.cents()));
    o.insert(QStringLiteral("spend_cents"), line.cents());
    o.insert(QStringLiteral("requests"), line.requests);
    o.insert(QStringLiteral("tokens"), line.tokens);
    return o;
}
} // namespace

QString reportRangeText(const ReportRequest &request)
{
    return QCoreApplication::translate("ReportFormat", "%1 to %2")
        .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
}

QString reportTitle(const SpendReport &report)
{
    const QString by = QCoreApplication::translate("ReportFormat", "Spend by %1").arg(groupingTitle(report.request.by).toLower());
    return report.organizationName.isEmpty() ? by : QStringLiteral("%1, %2").arg(by, report.organizationName);
}

QByteArray reportCsv(const SpendReport &report)
{
    const QStringList columns = groupColumns(report.request.by);
    QStringList header;
    for (const QString &c : columns)
        header.append(columnKey(c));
    header << QStringLiteral("spend_usd") << QStringLiteral("requests") << QStringLiteral("tokens");
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const auto row = [&out, &columns](const ReportLine &line) {
        QStringList cells;
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells.append(csvCell(line.keys.value(i)));
        cells << centsText(line.cents()) << QString::number(line.requests) << QString::number(line.tokens);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const ReportLine &line : report.lines)
        row(line);
    row(report.total);
    return out.toUtf8();
}

QJsonObject reportJson(const SpendReport &report)
{
    const QStringList columns = groupColumns(report.request.by);
    QJsonArray lines;
    for (const ReportLine &line : report.lines)
        lines.append(lineJson(line, columns));
    QJsonObject total = lineJson(report.total, {});
    return QJsonObject {
        {QStringLiteral("from"), report.request.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.request.to.toString(Qt::ISODate)},
        {QStringLiteral("by"), groupingKey(report.request.by)},
        {QStringLiteral("organization"), report.organizationName.isEmpty() ? QJsonValue() : QJsonValue(report.organizationName)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
        {QStringLiteral("generated_at"), report.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("profile"), report.profileName},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total"), total},
    };
}

QString reportTable(const SpendReport &report)
{
    QList<QStringList> cells;
    QStringList header = groupColumns(report.request.by);
    const qsizetype keyColumns = header.size();
    header << QCoreApplication::translate("ReportFormat", "Spend (USD)")
           << QCoreApplication::translate("ReportFormat", "Requests") << QCoreApplication::translate("ReportFormat", "Tokens");
    cells.append(header);
    const auto add = [&cells](const ReportLine &line, qsizetype keyCount) {
        QStringList row;
        for (qsizetype i = 0; i < keyCount; ++i)
            row.append(printable(line.keys.value(i)));
        row << centsText(line.cents()) << QString::number(line.requests) << QString::number(line.tokens);
        cells.append(row);
    };
    for (const ReportLine &line : report.lines)
        add(line, keyColumns);
    add(report.total, keyColumns);
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(cells))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    QString text;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        QStringList padded;
        for (qsizetype i = 0; i < cells[r].size(); ++i)
            padded.append(i < keyColumns ? cells[r].at(i).leftJustified(widths[i]) : cells[r].at(i).rightJustified(widths[i]));
        if (r == cells.size() - 1)
            text += QString(QLatin1Char('-')).repeated(padded.join(QStringLiteral("  ")).size()) + QLatin1Char('\n');
        text += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace OrgConsole
