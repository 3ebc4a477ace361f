#pragma once

#include "models/Organization.h"

#include <QIODevice>
#include <QJsonArray>
#include <QList>
#include <QTextStream>

namespace OrgConsole {

// Writes a JSON array a part at a time as UTF-8 bytes, byte for byte what
// QJsonDocument(array).toJson(Indented) writes for the whole array, so that a long list never has
// to be held as one document.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QIODevice &out)
        : m_out(out)
    {
    }
    void append(const QJsonArray &elements); // the next elements
    // The next elements already written as the array's document writes them (separated by ",\n").
    void appendWritten(const QByteArray &elements);
    void finish(); // the closing bracket (and the opening one, for an empty array)

private:
    QIODevice &m_out;
    bool m_started = false;
};

// `orgctl org list`: the table or the JSON array, written page by page as the pages arrive (each
// page flushed), filtered by the name filter. Memory is bounded by a page, not by the list. The
// JSON goes to the stream's device as bytes (each page's UTF-8 written once, not through the
// stream's QString), so `out` must write to a device.
//
// A read that fails midway ends the output where it stands: the pages before it are written, the
// array is never closed, and orgctl exits with the database's code (4) and the error on stderr.
// Standard output is one complete JSON document only when orgctl exits 0; a consumer that reads
// the array as it comes must check the exit code before it trusts the end of the list.
class OrgListPrinter
{
public:
    static constexpr int kPageSize = 1000;

    OrgListPrinter(QTextStream &out, bool json, const QString &nameFilter);
    void page(const QList<Organization> &organizations);
    void finish();
    qsizetype shown() const { return m_shown; }

private:
    void header();
    void jsonPage(const QList<Organization> &organizations);
    bool shows(const Organization &o) const;

    QTextStream &m_out;
    bool m_json;
    QString m_filter;
    JsonArrayWriter m_array;
    bool m_headerDone = false;
    qsizetype m_shown = 0;
};

} // namespace OrgConsole
