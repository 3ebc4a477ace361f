#pragma once

#include "models/Organization.h"
#include "ui/CollationKeys.h"
#include "ui/OrgListRow.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace OrgConsole {

// What the organization list filters and sorts by, built once per row (not per keystroke or per
// comparison): one casefolded search text per row, kept side by side in one buffer as UTF-8 (half
// the memory of UTF-16 for the ids, names and e-mail addresses it holds: ~14 MiB less for 100,000
// organizations with 500,000 members), and for the text columns a collation key (CollationKeys),
// built the first time the list is sorted by that column. A UTF-8 text holds a UTF-8 filter
// exactly where the UTF-16 text holds the UTF-16 filter (a byte match can only start at a
// character's first byte).
class OrgListIndex
{
public:
    enum TextKey { NameKey, OwnerKey, KeyNameKey, TextKeyCount };

    OrgListIndex();
    // The locale the text columns sort in: the user's, or English where that is "C" (whose
    // collation compares bytes, not the case-insensitive, numbers-aware order the list wants).
    static QLocale collationLocale();

    int size() const { return int(m_spans.size()); }
    void clear();
    // Room for `rows` rows' texts and keys, the texts as long as the average so far.
    void reserve(int rows);
    void append(const Organization &o);
    // `keepMembers`: the row keeps the member user ids of its previous text (`o` was read alone,
    // without them).
    void replace(int row, const Organization &o, bool keepMembers = false);
    void remove(int row);

    // Whether the row's search text holds `folded` (casefolded, trimmed, not empty): name, owner,
    // key name, contact email and member user ids anywhere, the id as its beginning.
    bool matches(int row, QByteArrayView folded) const;
    // The filter text as matches() wants it (UTF-8).
    static QByteArray foldFilter(const QString &text);
    // The row's search text (casefolded, UTF-8): the id, then the other fields, separated by a
    // character no filter holds.
    static QByteArray searchText(const Organization &o);
    static constexpr QChar kSeparator = Organization::kMemberIdSeparator; // member ids come separated so

    // Changes with every change to the rows' texts or keys (what a cache of sort orders checks).
    quint64 generation() const { return m_generation; }
    bool hasKeys(TextKey which) const { return m_keys[which].has_value(); }
    // Builds the collation keys of one text column for all rows (the first sort by that column).
    void buildKeys(TextKey which, const QList<OrgListRow> &rows);
    // How rows a and b compare in the column's collation (its keys built): <0, 0 or >0. Safe on
    // several threads at once while the rows stay as they are.
    int compareKeys(TextKey which, int a, int b) const { return m_keys[which]->compare(a, b); }

private:
    struct Span {
        qsizetype start = 0; // in bytes, as the lengths
        int idLength = 0;
        int length = 0;
    };

    QByteArray m_text; // every row's search text (UTF-8), one after the other
    qsizetype m_garbage = 0; // characters of replaced or removed rows still in m_text
    std::vector<Span> m_spans;
    std::array<std::optional<CollationKeys>, TextKeyCount> m_keys;
    quint64 m_generation = 0;
};

} // namespace OrgConsole
