#pragma once

#include "models/Organization.h"

#include <QJsonArray>
#include <QList>
#include <QTextStream>

namespace OrgConsole {

// Writes a JSON array a part at a time, byte for byte what QJsonDocument(array).toJson(Indented)
// writes for the whole array, so that a long list never has to be held as one document.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream &out)
        : m_out(out)
    {
    }
    void append(const QJsonArray &elements); // the next elements
    // The next elements already written as the array's document writes them (separated by ",\n").
    void appendWritten(const QString &elements);
    void finish(); // the closing bracket (and the opening one, for an empty array)

private:
    QTextStream &m_out;
    bool m_started = false;
};

// `orgctl org list`: the table or the JSON array, written page by page as the pages arrive (each
// page flushed), filtered by the name filter. Memory is bounded by a page, not by the list.
class OrgListPrinter
{
public:
    static constexpr int kPageSize = 5000;

    OrgListPrinter(QTextStream &out, bool json, const QString &nameFilter);
    void page(const QList<Organization> &organizations);
    void finish();
    qsizetype shown() const { return m_shown; }

private:
    void header();

    QTextStream &m_out;
    bool m_json;
    QString m_filter;
    JsonArrayWriter m_array;
    bool m_headerDone = false;
    qsizetype m_shown = 0;
};

} // namespace OrgConsole
