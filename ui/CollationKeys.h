#pragma once

#include <QByteArray>
#include <QCollator>
#include <QLocale>
#include <QStringView>

#include <memory>
#include <vector>
#if !defined(ORGCONSOLE_ICU_KEYS)
#include <QCollatorSortKey>
#endif

namespace OrgConsole {

// The collation keys of one text column, one per row of the organization list, kept side by side
// in one buffer and compared with memcmp: the order of QCollator at the list's settings (the
// locale given, case-insensitive, numbers by their value, accents and punctuation counted).
//
// Where Qt collates with ICU (Linux), the keys are ICU's own sort keys for the collator QCollator
// would open, made with one call each into a buffer kept for the purpose. QCollator's sortKey()
// makes each key in two allocations of its own (and keys a text twice when its first guess of the
// key's length is short); for the first sort of 100,000 owners that cost ~55 ms on two cores
// where ICU's own work took ~17 ms on one, and the ~130 bytes per key held ~13 MiB for a column
// (now ~20 bytes a key). Elsewhere QCollator's keys are kept as they are.
class CollationKeys
{
public:
    explicit CollationKeys(const QLocale &locale);
    ~CollationKeys();
    CollationKeys(CollationKeys &&other) noexcept;
    CollationKeys &operator=(CollationKeys &&other) noexcept;
    CollationKeys(const CollationKeys &) = delete;
    CollationKeys &operator=(const CollationKeys &) = delete;

    // The QCollator whose order the keys are: the locale's, case-insensitive, numbers by value.
    static QCollator qtCollator(const QLocale &locale);

    int size() const;
    void reserve(int rows, qsizetype bytesPerRow = 24);
    void append(QStringView text);
    void replace(int row, QStringView text);
    void remove(int row);
    // <0, 0 or >0 as row a's text sorts before, with or after row b's. Safe on several threads at
    // once while the keys do not change.
    int compare(int a, int b) const;

private:
#if defined(ORGCONSOLE_ICU_KEYS)
    struct Span {
        quint32 start = 0;
        quint32 length = 0;
    };
    struct Collator;
    Span write(QStringView text);

    std::unique_ptr<Collator> m_collator;
    QByteArray m_bytes; // every row's key, one after the other, without ICU's closing NUL
    qsizetype m_garbage = 0; // bytes of replaced or removed rows' keys still in m_bytes
    std::vector<Span> m_spans;
#else
    QCollator m_collator;
    std::vector<QCollatorSortKey> m_keys;
#endif
};

} // namespace OrgConsole
