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
    appendWritten(text.mid(2, text.size() - 5));
}

void JsonArrayWriter::appendWritten(const QByteArray &elements)
{
    if (elements.isEmpty())
        return;
    m_out.write(m_started ? ",\n" : "[\n");
    m_out.write(elements);
    m_started = true;
}

void JsonArrayWriter::finish()
{
    m_out.write(m_started ? "\n]\n" : "[\n]\n");
}

OrgListPrinter::OrgListPrinter(QTextStream &out, bool json, const QString &nameFilter)
    : m_out(out)
    , m_json(json)
    , m_filter(nameFilter)
    , m_array(*out.device())
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

bool OrgListPrinter::shows(const Organization &o) const
{
    return m_filter.isEmpty() || o.name.contains(m_filter, Qt::CaseInsensitive);
}

void OrgListPrinter::page(const QList<Organization> &organizations)
{
    if (!m_headerDone)
        header();
    if (m_json)
        return jsonPage(organizations);
    for (const Organization &o : organizations) {
        if (!shows(o))
            continue;
        ++m_shown;
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(o.name.left(32).leftJustified(32), orgStatusToString(o.status).leftJustified(12),
                          formatUsd(o.maxBudget).rightJustified(14), formatUsd(o.spend).rightJustified(12),
                          formatUsd(o.remaining()).rightJustified(14), o.keyName.leftJustified(11), o.id);
    }
    m_out.flush();
}

// The page's objects as one block of UTF-8 (OrgJson.h), written with one write.
void OrgListPrinter::jsonPage(const QList<Organization> &organizations)
{
    QByteArray json;
    json.reserve(organizations.size() * 640);
    for (const Organization &o : organizations) {
        if (!shows(o))
            continue;
        ++m_shown;
        if (!json.isEmpty())
            json.append(",\n", 2);
        appendOrganizationJson(json, o);
    }
    m_out.flush(); // anything written as text before goes first
    m_array.appendWritten(json);
}

void OrgListPrinter::finish()
{
    if (!m_headerDone)
        header();
    m_out.flush();
    if (m_json)
        m_array.finish();
}

} // namespace OrgConsole
