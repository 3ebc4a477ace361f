#include "ui/CollationKeys.h"

#include "ui/SpanBuffer.h"

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(ORGCONSOLE_ICU_KEYS)
#include <unicode/ucol.h>
#endif

namespace OrgConsole {

QCollator CollationKeys::qtCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "Organization 9" before "Organization 10"
    return collator;
}

#if defined(ORGCONSOLE_ICU_KEYS)

// ICU's collator with the attributes QCollator sets for a case-insensitive, numeric collation
// (qcollator_icu.cpp in Qt 6.4: normalization on, secondary strength, numeric collation,
// punctuation not ignored), for the locale named as Qt names it to ICU.
struct CollationKeys::Collator {
    UCollator *handle = nullptr;

    explicit Collator(const QLocale &locale)
    {
        UErrorCode status = U_ZERO_ERROR;
        handle = ucol_open(locale.bcp47Name().replace(QLatin1Char('-'), QLatin1Char('_')).toLatin1().constData(), &status);
        if (U_FAILURE(status)) { // ICU's root order (ucol_open itself falls back to it for a locale it lacks)
            status = U_ZERO_ERROR;
            handle = ucol_open("", &status);
        }
        if (U_FAILURE(status)) {
            handle = nullptr;
            return;
        }
        set(UCOL_NORMALIZATION_MODE, UCOL_ON);
        set(UCOL_STRENGTH, UCOL_SECONDARY);
        set(UCOL_NUMERIC_COLLATION, UCOL_ON);
        set(UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE);
    }
    ~Collator()
    {
        if (handle)
            ucol_close(handle);
    }
    Collator(const Collator &) = delete;
    Collator &operator=(const Collator &) = delete;

    void set(UColAttribute attribute, UColAttributeValue value)
    {
        UErrorCode status = U_ZERO_ERROR;
        ucol_setAttribute(handle, attribute, value, &status);
    }

    // The text's key, written to `out` when it fits in `room` bytes; its length either way, without
    // the closing NUL ICU writes. Without a collator (ICU's data missing, where QCollator compares
    // the texts case-insensitively) the key is the casefolded text's UTF-16 code units, high byte
    // first.
    qsizetype key(QStringView text, uint8_t *out, qsizetype room) const
    {
        if (handle) {
            const int length = ucol_getSortKey(handle, reinterpret_cast<const UChar *>(text.utf16()), int(text.size()), out,
                                               int(std::min<qsizetype>(room, std::numeric_limits<int>::max())));
            return std::max(length - 1, 0); // 0: ICU failed, an empty key
        }
        const QString folded = text.toString().toCaseFolded();
        const qsizetype length = folded.size() * 2;
        for (qsizetype i = 0; length < room && i < folded.size(); ++i) {
            out[2 * i] = uint8_t(folded[i].unicode() >> 8);
            out[2 * i + 1] = uint8_t(folded[i].unicode() & 0xff);
        }
        return length;
    }
};

CollationKeys::CollationKeys(const QLocale &locale)
    : m_collator(std::make_unique<Collator>(locale))
{
}

CollationKeys::~CollationKeys() = default;
CollationKeys::CollationKeys(CollationKeys &&other) noexcept = default;
CollationKeys &CollationKeys::operator=(CollationKeys &&other) noexcept = default;

int CollationKeys::size() const
{
    return int(m_spans.size());
}

void CollationKeys::reserve(int rows, qsizetype bytesPerRow)
{
    m_spans.reserve(size_t(rows));
    m_bytes.reserve(std::max(m_bytes.size(), qsizetype(rows) * bytesPerRow));
}

// The text's key at the end of the buffer. The empty text's key is empty: QCollator puts it before
// every other text, also before one of characters collation ignores (ICU's key of those is the
// empty text's).
CollationKeys::Span CollationKeys::write(QStringView text)
{
    Q_ASSERT(m_collator); // not moved from
    const qsizetype start = m_bytes.size();
    Q_ASSERT(start <= qsizetype(std::numeric_limits<quint32>::max()) - 16 - text.size() * 3);
    if (text.isEmpty())
        return {quint32(start), 0};
    qsizetype room = 16 + text.size() * 3; // most keys fit: ~2 bytes a character at most levels
    for (;;) {
        m_bytes.resize(start + room);
        const qsizetype length = m_collator->key(text, reinterpret_cast<uint8_t *>(m_bytes.data() + start), room);
        if (length < room) {
            m_bytes.resize(start + length);
            return {quint32(start), quint32(length)};
        }
        room = length + 1;
    }
}

void CollationKeys::append(QStringView text)
{
    m_spans.push_back(write(text));
}

void CollationKeys::replace(int row, QStringView text)
{
    m_garbage += m_spans[size_t(row)].length;
    m_spans[size_t(row)] = write(text);
    compactIfWasteful(m_bytes, m_spans, m_garbage);
}

void CollationKeys::remove(int row)
{
    m_garbage += m_spans[size_t(row)].length;
    m_spans.erase(m_spans.begin() + row);
    compactIfWasteful(m_bytes, m_spans, m_garbage);
}

// ICU's keys hold no NUL before their end, so this is the order of the whole keys (a key that is
// the beginning of another sorts first).
int CollationKeys::compare(int a, int b) const
{
    const Span &l = m_spans[size_t(a)];
    const Span &r = m_spans[size_t(b)];
    const int c = std::memcmp(m_bytes.constData() + l.start, m_bytes.constData() + r.start, std::min(l.length, r.length));
    return c != 0 ? c : (l.length < r.length ? -1 : (r.length < l.length ? 1 : 0));
}

#else // QCollator's own keys

CollationKeys::CollationKeys(const QLocale &locale)
    : m_collator(qtCollator(locale))
{
}

CollationKeys::~CollationKeys() = default;
CollationKeys::CollationKeys(CollationKeys &&other) noexcept = default;
CollationKeys &CollationKeys::operator=(CollationKeys &&other) noexcept = default;

int CollationKeys::size() const
{
    return int(m_keys.size());
}

void CollationKeys::reserve(int rows, qsizetype)
{
    m_keys.reserve(size_t(rows));
}

void CollationKeys::append(QStringView text)
{
    m_keys.push_back(m_collator.sortKey(text.toString()));
}

void CollationKeys::replace(int row, QStringView text)
{
    m_keys[size_t(row)] = m_collator.sortKey(text.toString());
}

void CollationKeys::remove(int row)
{
    m_keys.erase(m_keys.begin() + row);
}

int CollationKeys::compare(int a, int b) const
{
    return m_keys[size_t(a)].compare(m_keys[size_t(b)]);
}

#endif

} // namespace OrgConsole
