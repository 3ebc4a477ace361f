#include "ui/OrgListIndex.h"

#include "ui/SpanBuffer.h"

#include <algorithm>
#include <cstring>

namespace OrgConsole {

namespace {
QString toText(QStringView field)
{
    return field.toString();
}
QString toText(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8);
}
unsigned codeOf(QChar c)
{
    return c.unicode();
}
unsigned codeOf(char c)
{
    return static_cast<unsigned char>(c);
}

// Appends the field casefolded, as UTF-8: ASCII (nearly every id, name, user id and e-mail address)
// a character at a time without a copy of the field, anything else through QString's casefolding.
// The field is UTF-16 (QStringView) or UTF-8 already (QByteArrayView: the member user ids).
template<typename View> void appendFolded(QByteArray &text, View field)
{
    const qsizetype at = text.size();
    text.resize(at + field.size());
    char *out = text.data() + at;
    for (const auto c : field) {
        const unsigned u = codeOf(c);
        if (u >= 0x80) {
            text.truncate(at);
            text += toText(field).toCaseFolded().toUtf8();
            return;
        }
        *out++ = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
}

template<typename View> void addField(QByteArray &text, View field)
{
    text += char(OrgListIndex::kSeparator.unicode());
    appendFolded(text, field);
}

// The id's length in a search text (UTF-8 bytes): up to the first separator (ids are UUIDs).
int idLength(const QByteArray &text)
{
    return int(text.indexOf(char(OrgListIndex::kSeparator.unicode())));
}
} // namespace

QLocale OrgListIndex::collationLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

OrgListIndex::OrgListIndex() = default;

void OrgListIndex::clear()
{
    ++m_generation;
    m_text.clear();
    m_garbage = 0;
    m_spans.clear();
    for (auto &keys : m_keys)
        keys.reset();
}

QByteArray OrgListIndex::searchText(const Organization &o)
{
    QByteArray text;
    text.reserve(o.id.size() + o.name.size() + o.ownerUserId.size() + o.keyName.size() + o.contactEmail.size()
                 + o.memberIdsUtf8.size() + 5);
    appendFolded(text, QStringView(o.id));
    addField(text, QStringView(o.name));
    addField(text, QStringView(o.ownerUserId));
    addField(text, QStringView(o.keyName));
    addField(text, QStringView(o.contactEmail));
    if (!o.memberIdsUtf8.isEmpty()) // the ids already separated as the fields are
        addField(text, QByteArrayView(o.memberIdsUtf8));
    return text;
}

QByteArray OrgListIndex::foldFilter(const QString &text)
{
    QString folded = text.trimmed().toCaseFolded();
    folded.remove(kSeparator); // a filter never spans two fields
    return folded.toUtf8();
}

namespace {
// The text a key column sorts by, of a list row or of a whole organization (a row arriving or
// changing), read in place.
template<typename Row> const QString &keyText(OrgListIndex::TextKey which, const Row &o)
{
    switch (which) {
    case OrgListIndex::OwnerKey:
        return o.ownerUserId;
    case OrgListIndex::KeyNameKey:
        return o.keyName;
    default:
        return o.name;
    }
}
} // namespace

void OrgListIndex::reserve(int rows)
{
    if (size_t(rows) <= m_spans.size())
        return;
    const qsizetype perRow = m_spans.empty() ? 0 : (m_text.size() - m_garbage) / qsizetype(m_spans.size());
    m_text.reserve(qsizetype(rows) * (perRow + perRow / 8));
    m_spans.reserve(size_t(rows));
    for (auto &keys : m_keys) {
        if (keys)
            keys->reserve(rows);
    }
}

void OrgListIndex::append(const Organization &o)
{
    ++m_generation;
    const QByteArray text = searchText(o);
    m_spans.push_back({m_text.size(), idLength(text), int(text.size())});
    m_text += text;
    for (int k = 0; k < TextKeyCount; ++k) {
        if (m_keys[k])
            m_keys[k]->append(keyText(TextKey(k), o));
    }
}

void OrgListIndex::replace(int row, const Organization &o, bool keepMembers)
{
    ++m_generation;
    Span &span = m_spans[size_t(row)];
    QByteArray text = searchText(o);
    if (keepMembers) { // the member ids follow the fifth separator (id, name, owner, key name, email)
        const QByteArrayView old = QByteArrayView(m_text).sliced(span.start, span.length);
        qsizetype at = -1;
        for (int field = 0; field < 5 && (at = old.indexOf(char(kSeparator.unicode()), at + 1)) >= 0; ++field) { }
        if (at >= 0)
            text += old.sliced(at);
    }
    if (text.size() <= span.length) { // in place (a reload of the same rows leaves no garbage)
        std::copy(text.cbegin(), text.cend(), m_text.begin() + span.start);
        m_garbage += span.length - text.size();
        span = {span.start, idLength(text), int(text.size())};
    } else {
        m_garbage += span.length;
        span = {m_text.size(), idLength(text), int(text.size())};
        m_text += text;
    }
    for (int k = 0; k < TextKeyCount; ++k) {
        if (m_keys[k])
            m_keys[k]->replace(row, keyText(TextKey(k), o));
    }
    compactIfWasteful(m_text, m_spans, m_garbage);
}

void OrgListIndex::remove(int row)
{
    ++m_generation;
    m_garbage += m_spans[size_t(row)].length;
    m_spans.erase(m_spans.begin() + row);
    for (auto &keys : m_keys) {
        if (keys)
            keys->remove(row);
    }
    compactIfWasteful(m_text, m_spans, m_garbage);
}

// On every keystroke for up to 100,000 rows: a plain byte search (glibc's memmem, several times
// faster here than a general one for the short filters typed).
bool OrgListIndex::matches(int row, QByteArrayView folded) const
{
    const Span &span = m_spans[size_t(row)];
    const char *text = m_text.constData() + span.start;
    if (folded.size() <= span.length && std::memcmp(text, folded.data(), size_t(folded.size())) == 0)
        return true;
    const qsizetype from = span.idLength + 1;
    if (from >= span.length)
        return false;
#if defined(__GLIBC__)
    return memmem(text + from, size_t(span.length - from), folded.data(), size_t(folded.size())) != nullptr;
#else
    return QByteArrayView(text + from, span.length - from).indexOf(folded) >= 0;
#endif
}

// The first sort by a text column keys every row: for 100,000 short texts ~20 ms.
void OrgListIndex::buildKeys(TextKey which, const QList<OrgListRow> &rows)
{
    ++m_generation;
    CollationKeys keys(collationLocale());
    keys.reserve(int(rows.size()));
    for (const OrgListRow &row : rows)
        keys.append(keyText(which, row));
    m_keys[which] = std::move(keys);
}

} // namespace OrgConsole
