#include "services/provisioning/CsvImport.h"

#include "models/BudgetDuration.h"
#include "models/Member.h"
#include "models/SafeText.h"
#include "models/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace OrgConsole {

namespace {
// Splits RFC 4180 records; quoted fields may hold commas, quotes ("") and line breaks.
struct RawRecord {
    int line = 0;
    QStringList fields;
    QString error;
};

QList<RawRecord> splitRecords(const QString &text)
{
    QList<RawRecord> out;
    RawRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank || !current.error.isEmpty())
            out.append(current);
        current = RawRecord {};
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            if (fieldStarted && !quoted && current.error.isEmpty() && !field.isEmpty() && text.at(i - 1) == QLatin1Char('"'))
                current.error = QCoreApplication::translate("CsvImport", "text after a closing quote");
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        current.error = QCoreApplication::translate("CsvImport", "a quoted field is not closed");
    if (!field.isEmpty() || !current.fields.isEmpty() || !current.error.isEmpty())
        endRecord();
    return out;
}
} // namespace

namespace {
// What a kind of file holds: its columns, the ones it needs, and what its rows are called.
struct CsvLayout {
    QStringList known;
    QStringList required;
    QString header; // "name,owner,..." for the message about an empty file
};

const CsvLayout &organizationLayout()
{
    static const CsvLayout layout {{QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("budget"),
                                    QStringLiteral("duration"), QStringLiteral("models"), QStringLiteral("contact_name"),
                                    QStringLiteral("contact_email")},
                                   {QStringLiteral("name"), QStringLiteral("owner")},
                                   QStringLiteral("name,owner,...")};
    return layout;
}

const CsvLayout &memberLayout()
{
    static const CsvLayout layout {{QStringLiteral("organization"), QStringLiteral("user_id"), QStringLiteral("email"),
                                    QStringLiteral("budget"), QStringLiteral("duration"), QStringLiteral("models")},
                                   {QStringLiteral("organization"), QStringLiteral("user_id")},
                                   QStringLiteral("organization,user_id,...")};
    return layout;
}

// Line-level checks first: invalid UTF-8 and overlong lines, with their line numbers.
void checkLines(const QByteArray &content, QList<CsvProblem> &problems)
{
    const QList<QByteArray> rawLines = content.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const QByteArray &l = rawLines.at(i);
        if (l.size() > kCsvMaxLineBytes)
            problems.append({int(i + 1),
                             QCoreApplication::translate("CsvImport", "Line %1 is %2 bytes long; at most %3 are allowed.")
                                 .arg(i + 1)
                                 .arg(l.size())
                                 .arg(kCsvMaxLineBytes)});
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(l);
        Q_UNUSED(decoded)
        if (decoder.hasError())
            problems.append({int(i + 1), QCoreApplication::translate("CsvImport", "Line %1 is not valid UTF-8.").arg(i + 1)});
    }
}

// Column name -> index. Header cells are quoted through printable(): the file is outside text
// and the messages go to a terminal.
QHash<QString, int> readHeader(const RawRecord &header, const CsvLayout &layout, QList<CsvProblem> &problems)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = header.fields.at(i).trimmed().toLower();
        if (!layout.known.contains(h))
            problems.append({header.line,
                             QCoreApplication::translate("CsvImport", "Line %1: unknown column \"%2\" (known: %3).")
                                 .arg(header.line)
                                 .arg(printable(header.fields.at(i), 80), layout.known.join(QStringLiteral(", ")))});
        else if (column.contains(h))
            problems.append(
                {header.line,
                 QCoreApplication::translate("CsvImport", "Line %1: the column \"%2\" appears twice.").arg(header.line).arg(h)});
        column.insert(h, i);
    }
    for (const QString &required : layout.required) {
        if (!column.contains(required))
            problems.append({header.line,
                             QCoreApplication::translate("CsvImport", "Line %1: the header has no \"%2\" column.")
                                 .arg(header.line)
                                 .arg(required)});
    }
    return column;
}

// The file's records after the checks every kind of file shares (size, lines, UTF-8, quoting,
// header); the first record is the header. Empty when the file is refused as a whole.
struct CsvTable {
    QList<RawRecord> records;
    QHash<QString, int> column;
};

CsvTable readTable(const QByteArray &content, const CsvLayout &layout, QList<CsvProblem> &problems)
{
    if (content.size() > kCsvMaxFileBytes) {
        problems.append(
            {0,
             QCoreApplication::translate("CsvImport", "The file is larger than %1 MB.").arg(kCsvMaxFileBytes / (1024 * 1024))});
        return {};
    }
    checkLines(content, problems);
    if (!problems.isEmpty())
        return {};
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    CsvTable table;
    table.records = splitRecords(text);
    if (table.records.isEmpty()) {
        problems.append(
            {1, QCoreApplication::translate("CsvImport", "The file is empty; it needs a header line (%1).").arg(layout.header)});
        return {};
    }
    table.column = readHeader(table.records.first(), layout, problems);
    if (!problems.isEmpty())
        return {};
    return table;
}

// One record's cells by column name; the problems of the row with its line number.
struct RowCells {
    const RawRecord &rec;
    const QHash<QString, int> &column;
    QList<CsvProblem> &problems;
    bool ok = true;

    QString value(const char *name) const
    {
        return column.contains(QLatin1String(name)) ? rec.fields.at(column.value(QLatin1String(name))).trimmed() : QString();
    }
    void problem(const QString &m)
    {
        problems.append({rec.line, QCoreApplication::translate("CsvImport", "Line %1: %2").arg(rec.line).arg(m)});
        ok = false;
    }
    // A broken record, or one with another number of cells than the header.
    bool wellFormed(qsizetype headerSize)
    {
        if (!rec.error.isEmpty())
            problem(rec.error + QLatin1Char('.'));
        else if (rec.fields.size() != headerSize)
            problem(QCoreApplication::translate("CsvImport", "%1 columns, but the header has %2.")
                        .arg(rec.fields.size())
                        .arg(headerSize));
        return ok;
    }
    // Empty or "unlimited": no budget.
    std::optional<double> budget()
    {
        const QString text = value("budget");
        if (text.isEmpty() || text.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
            return std::nullopt;
        const BudgetParse p = parseBudgetText(text);
        if (!p.value)
            problem(p.error);
        return p.value;
    }
    QStringList models() const
    {
        QStringList out;
        for (const QString &m : value("models").split(QLatin1Char(';'), Qt::SkipEmptyParts))
            out.append(m.trimmed());
        return out;
    }
};

void readOrganization(const RawRecord &rec, const CsvTable &table, QHash<QString, int> &seen, CsvPlan &plan)
{
    RowCells cells {rec, table.column, plan.problems};
    if (!cells.wellFormed(table.records.first().fields.size()))
        return;
    NewOrganization o;
    o.name = cells.value("name");
    o.ownerUserId = cells.value("owner");
    o.contactName = cells.value("contact_name");
    o.contactEmail = cells.value("contact_email");
    o.budgetDuration = cells.value("duration");
    for (const QString &e : {validateOrgName(o.name), validateOwnerId(o.ownerUserId), validateContactName(o.contactName),
                             validateEmail(o.contactEmail), validateBudgetDuration(o.budgetDuration)}) {
        if (!e.isEmpty())
            cells.problem(e);
    }
    o.maxBudget = cells.budget();
    o.models = cells.models();
    for (const QString &m : std::as_const(o.models)) {
        if (const QString e = validateModelName(m); !e.isEmpty())
            cells.problem(e);
    }
    const QString key = normalizeOrgName(o.name);
    if (!o.name.trimmed().isEmpty() && seen.contains(key))
        cells.problem(QCoreApplication::translate(
                          "CsvImport", "\"%1\" repeats the name on line %2 (names are compared ignoring case and spaces).")
                          .arg(printable(o.name, 80))
                          .arg(seen.value(key)));
    seen.insert(key, rec.line);
    if (cells.ok)
        plan.rows.append({rec.line, o});
}

// A member row: the organization by name or id, the user id exactly as the proxy compares it.
void readMember(const RawRecord &rec, const CsvTable &table, QHash<QString, int> &seen, MemberCsvPlan &plan)
{
    RowCells cells {rec, table.column, plan.problems};
    if (!cells.wellFormed(table.records.first().fields.size()))
        return;
    NewMember m;
    m.organization = cells.value("organization");
    m.userId = cells.value("user_id");
    m.email = cells.value("email");
    m.budgetDuration = cells.value("duration");
    m.maxBudget = cells.budget();
    m.models = cells.models();
    for (const QString &p : memberInputProblems(m))
        cells.problem(p);
    const QString key = normalizeOrgName(m.organization) + QLatin1Char('\n') + m.userId;
    if (!m.organization.isEmpty() && !m.userId.isEmpty() && seen.contains(key))
        cells.problem(QCoreApplication::translate("CsvImport", "\"%1\" in \"%2\" repeats line %3.")
                          .arg(printable(m.userId, 80), printable(m.organization, 80))
                          .arg(seen.value(key)));
    seen.insert(key, rec.line);
    if (cells.ok)
        plan.rows.append({rec.line, m});
}
} // namespace

CsvPlan parseOnboardingCsv(const QByteArray &content)
{
    CsvPlan plan;
    const CsvTable table = readTable(content, organizationLayout(), plan.problems);
    if (table.records.isEmpty())
        return plan;
    QHash<QString, int> seen; // normalized name -> line
    for (qsizetype r = 1; r < table.records.size(); ++r)
        readOrganization(table.records.at(r), table, seen, plan);
    if (plan.rows.isEmpty() && plan.problems.isEmpty())
        plan.problems.append({1, QCoreApplication::translate("CsvImport", "The file has a header but no organizations.")});
    return plan;
}

MemberCsvPlan parseMemberCsv(const QByteArray &content)
{
    MemberCsvPlan plan;
    const CsvTable table = readTable(content, memberLayout(), plan.problems);
    if (table.records.isEmpty())
        return plan;
    QHash<QString, int> seen; // normalized organization + user id -> line
    for (qsizetype r = 1; r < table.records.size(); ++r)
        readMember(table.records.at(r), table, seen, plan);
    if (plan.rows.isEmpty() && plan.problems.isEmpty())
        plan.problems.append({1, QCoreApplication::translate("CsvImport", "The file has a header but no members.")});
    return plan;
}

} // namespace OrgConsole
