#include "ui/OrgListIndex.h"

#include "services/core/ParallelWork.h"

#include <algorithm>
#include <cstring>
#include <iterator>

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

QCollator OrgListIndex::newCollator()
{
    QCollator collator(collationLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "Organization 9" before "Organization 10"
    return collator;
}

OrgListIndex::OrgListIndex()
    : m_collator(newCollator())
{
}

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

QCollatorSortKey OrgListIndex::makeKey(TextKey which, const Organization &o) const
{
    return m_collator.sortKey(keyText(which, o));
}

QCollatorSortKey OrgListIndex::makeKey(TextKey which, const OrgListRow &o) const
{
    return m_collator.sortKey(keyText(which, o));
}

void OrgListIndex::reserve(int rows)
{
    if (size_t(rows) <= m_spans.size())
        return;
    const qsizetype perRow = m_spans.empty() ? 0 : (m_text.size() - m_garbage) / qsizetype(m_spans.size());
    m_text.reserve(qsizetype(rows) * (perRow + perRow / 8));
    m_spans.reserve(size_t(rows));
    for (auto &keys : m_keys) {
        if (keys)
            keys->reserve(size_t(rows));
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
            m_keys[k]->push_back(makeKey(TextKey(k), o));
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
            (*m_keys[k])[size_t(row)] = makeKey(TextKey(k), o);
    }
    compactIfWasteful();
}

void OrgListIndex::remove(int row)
{
    ++m_generation;
    m_garbage += m_spans[size_t(row)].length;
    m_spans.erase(m_spans.begin() + row);
    for (auto &keys : m_keys) {
        if (keys)
            keys->erase(keys->begin() + row);
    }
    compactIfWasteful();
}

// Replaced and removed rows leave their old text behind; once that is half the buffer, copy the
// live texts into a new one.
void OrgListIndex::compactIfWasteful()
{
    if (m_garbage < 4096 || m_garbage * 2 < m_text.size())
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_garbage);
    for (Span &span : m_spans) {
        const qsizetype start = text.size();
        text += QByteArrayView(m_text).sliced(span.start, span.length);
        span.start = start;
    }
    m_text = std::move(text);
    m_garbage = 0;
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

// The first sort by a text column keys every row: for 100,000 rows ~90 ms of one core, most of a
// first sort by owner (bench_console). The rows are cut into one part per core, each keyed by its
// own collator (copies of a QCollator share one ICU collator), then joined in order.
void OrgListIndex::buildKeys(TextKey which, const QList<OrgListRow> &rows)
{
    ++m_generation;
    const int parts = workParts(rows.size(), kRowsPerKeyRun);
    const qsizetype length = (rows.size() + parts - 1) / parts;
    std::vector<std::vector<QCollatorSortKey>> keyed(static_cast<size_t>(parts));
    runParts(parts, [&](int part) {
        const QCollator collator = newCollator();
        const qsizetype from = std::min(rows.size(), part * length);
        const qsizetype to = std::min(rows.size(), from + length);
        std::vector<QCollatorSortKey> &run = keyed[size_t(part)];
        run.reserve(size_t(to - from));
        for (qsizetype i = from; i < to; ++i)
            run.push_back(collator.sortKey(keyText(which, rows.at(i))));
    });
    std::vector<QCollatorSortKey> keys = std::move(keyed.front());
    keys.reserve(size_t(rows.size()));
    for (size_t part = 1; part < keyed.size(); ++part)
        std::move(keyed[part].begin(), keyed[part].end(), std::back_inserter(keys));
    m_keys[which] = std::move(keys);
}

} // namespace OrgConsole
