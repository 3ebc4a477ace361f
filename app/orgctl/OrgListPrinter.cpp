#include "app/orgctl/OrgListPrinter.h"

#include "app/orgctl/OrgJson.h"
#include "app/orgctl/Orgctl.h"
#include "models/Money.h"

#include <QJsonDocument>

namespace OrgConsole {

void JsonArrayWriter::append(const QJsonArray &elements)
{
    if (elements.isEmpty())
        return;
    // The part's own document is "[\n" + its elements, indented as in the whole array + "\n]\n".
    const QByteArray text = QJsonDocument(elements).toJson(QJsonDocument::Indented);
    m_out << (m_started ? ",\n" : "[\n") << QString::fromUtf8(text.constData() + 2, text.size() - 5);
    m_started = true;
}

void JsonArrayWriter::appendWritten(const QString &elements)
{
    if (elements.isEmpty())
        return;
    m_out << (m_started ? ",\n" : "[\n") << elements;
    m_started = true;
}

void JsonArrayWriter::finish()
{
    m_out << (m_started ? "\n]\n" : "[\n]\n");
}

OrgListPrinter::OrgListPrinter(QTextStream &out, bool json, const QString &nameFilter)
    : m_out(out)
    , m_json(json)
    , m_filter(nameFilter)
    , m_array(out)
{
}

void OrgListPrinter::header()
{
    m_headerDone = true;
    if (m_json)
        return;
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(QStringLiteral("NAME").leftJustified(32), QStringLiteral("STATUS").leftJustified(12),
                      QStringLiteral("BUDGET").rightJustified(14), QStringLiteral("SPEND").rightJustified(12),
                      QStringLiteral("REMAINING").rightJustified(14), QStringLiteral("KEY").leftJustified(11),
                      QStringLiteral("ID"));
}

void OrgListPrinter::page(const QList<Organization> &organizations)
{
    if (!m_headerDone)
        header();
    QString json; // the page's objects, written directly (OrgJson.h)
    for (const Organization &o : organizations) {
        if (!m_filter.isEmpty() && !o.name.contains(m_filter, Qt::CaseInsensitive))
            continue;
        ++m_shown;
        if (m_json) {
            if (!json.isEmpty())
                json += QLatin1String(",\n");
            appendOrganizationJson(json, o);
            continue;
        }
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(o.name.left(32).leftJustified(32), orgStatusToString(o.status).leftJustified(12),
                          formatUsd(o.maxBudget).rightJustified(14), formatUsd(o.spend).rightJustified(12),
                          formatUsd(o.remaining()).rightJustified(14), o.keyName.leftJustified(11), o.id);
    }
    m_array.appendWritten(json);
    m_out.flush();
}

void OrgListPrinter::finish()
{
    if (!m_headerDone)
        header();
    if (m_json)
        m_array.finish();
    m_out.flush();
}

} // namespace OrgConsole
