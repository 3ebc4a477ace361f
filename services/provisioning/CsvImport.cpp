#include "services/provisioning/CsvImport.h"

#include "models/BudgetDuration.h"
#include "models/SafeText.h"
#include "models/Validation.h"

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
                current.error = QStringLiteral("text after a closing quote");
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        current.error = QStringLiteral("a quoted field is not closed");
    if (!field.isEmpty() || !current.fields.isEmpty() || !current.error.isEmpty())
        endRecord();
    return out;
}
} // namespace

namespace {
const QStringList &knownColumns()
{
    static const QStringList known {QStringLiteral("name"),         QStringLiteral("owner"),  QStringLiteral("budget"),
                                    QStringLiteral("duration"),     QStringLiteral("models"), QStringLiteral("contact_name"),
                                    QStringLiteral("contact_email")};
    return known;
}

// Line-level checks first: invalid UTF-8 and overlong lines, with their line numbers.
void checkLines(const QByteArray &content, CsvPlan &plan)
{
    const QList<QByteArray> rawLines = content.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const QByteArray &l = rawLines.at(i);
        if (l.size() > kCsvMaxLineBytes)
            plan.problems.append({int(i + 1),
                                  QStringLiteral("Line %1 is %2 bytes long; at most %3 are allowed.")
                                      .arg(i + 1)
                                      .arg(l.size())
                                      .arg(kCsvMaxLineBytes)});
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(l);
        Q_UNUSED(decoded)
        if (decoder.hasError())
            plan.problems.append({int(i + 1), QStringLiteral("Line %1 is not valid UTF-8.").arg(i + 1)});
    }
}

// Column name -> index. Header cells are quoted through printable(): the file is outside text
// and the messages go to a terminal.
QHash<QString, int> readHeader(const RawRecord &header, CsvPlan &plan)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = header.fields.at(i).trimmed().toLower();
        if (!knownColumns().contains(h))
            plan.problems.append({header.line,
                                  QStringLiteral("Line %1: unknown column \"%2\" (known: %3).")
                                      .arg(header.line)
                                      .arg(printable(header.fields.at(i), 80), knownColumns().join(QStringLiteral(", ")))});
        else if (column.contains(h))
            plan.problems.append(
                {header.line, QStringLiteral("Line %1: the column \"%2\" appears twice.").arg(header.line).arg(h)});
        column.insert(h, i);
    }
    for (const char *required : {"name", "owner"}) {
        if (!column.contains(QLatin1String(required)))
            plan.problems.append(
                {header.line,
                 QStringLiteral("Line %1: the header has no \"%2\" column.").arg(header.line).arg(QLatin1String(required))});
    }
    return column;
}

struct RowReader {
    CsvPlan &plan;
    const QHash<QString, int> &column;
    qsizetype headerSize;
    QHash<QString, int> seen; // normalized name -> line

    void read(const RawRecord &rec);
};

void RowReader::read(const RawRecord &rec)
{
    bool rowOk = true;
    auto problem = [&](const QString &m) {
        plan.problems.append({rec.line, QStringLiteral("Line %1: %2").arg(rec.line).arg(m)});
        rowOk = false;
    };
    if (!rec.error.isEmpty())
        return problem(rec.error + QLatin1Char('.'));
    if (rec.fields.size() != headerSize)
        return problem(QStringLiteral("%1 columns, but the header has %2.").arg(rec.fields.size()).arg(headerSize));
    auto value = [&](const char *name) {
        return column.contains(QLatin1String(name)) ? rec.fields.at(column.value(QLatin1String(name))).trimmed() : QString();
    };
    NewOrganization o;
    o.name = value("name");
    o.ownerUserId = value("owner");
    o.contactName = value("contact_name");
    o.contactEmail = value("contact_email");
    o.budgetDuration = value("duration");
    for (const QString &e : {validateOrgName(o.name), validateOwnerId(o.ownerUserId), validateContactName(o.contactName),
                             validateEmail(o.contactEmail), validateBudgetDuration(o.budgetDuration)}) {
        if (!e.isEmpty())
            problem(e);
    }
    const QString budget = value("budget");
    if (!budget.isEmpty() && budget.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) != 0) {
        const BudgetParse p = parseBudgetText(budget);
        if (!p.value)
            problem(p.error);
        o.maxBudget = p.value;
    }
    const QStringList models = value("models").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &m : models) {
        if (const QString e = validateModelName(m.trimmed()); !e.isEmpty())
            problem(e);
        o.models.append(m.trimmed());
    }
    const QString key = normalizeOrgName(o.name);
    if (!o.name.trimmed().isEmpty() && seen.contains(key))
        problem(QStringLiteral("\"%1\" repeats the name on line %2 (names are compared ignoring case and spaces).")
                    .arg(printable(o.name, 80))
                    .arg(seen.value(key)));
    seen.insert(key, rec.line);
    if (rowOk)
        plan.rows.append({rec.line, o});
}
} // namespace

CsvPlan parseOnboardingCsv(const QByteArray &content)
{
    CsvPlan plan;
    if (content.size() > kCsvMaxFileBytes) {
        plan.problems.append({0, QStringLiteral("The file is larger than %1 MB.").arg(kCsvMaxFileBytes / (1024 * 1024))});
        return plan;
    }
    checkLines(content, plan);
    if (!plan.problems.isEmpty())
        return plan;
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<RawRecord> records = splitRecords(text);
    if (records.isEmpty()) {
        plan.problems.append({1, QStringLiteral("The file is empty; it needs a header line (name,owner,...).")});
        return plan;
    }
    const QHash<QString, int> column = readHeader(records.first(), plan);
    if (!plan.problems.isEmpty())
        return plan;
    RowReader reader {plan, column, records.first().fields.size(), {}};
    for (qsizetype r = 1; r < records.size(); ++r)
        reader.read(records.at(r));
    if (plan.rows.isEmpty() && plan.problems.isEmpty())
        plan.problems.append({1, QStringLiteral("The file has a header but no organizations.")});
    return plan;
}

} // namespace OrgConsole
