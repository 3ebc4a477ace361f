#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace OrgConsole {

// What the change listener's comparison remembers of one organization: anything a committed change
// moves.
struct OrgFingerprint {
    qint64 rowVersion = 0;
    double spend = 0;
    double maxBudget = -1;
    qint64 memberChanges = 0; // counted by the database on every change to one of its members
    bool operator==(const OrgFingerprint &) const = default;
};

// The fingerprints of every organization (100,000 of them), compact: one array sorted by id, the
// ids side by side in one UTF-8 buffer, ~90 bytes an organization where a QHash<QString,
// OrgFingerprint> took ~200 (and a comparison holds two sets). Filled with add() in any order, then
// sealed (sorted) before it is looked up.
class OrgFingerprints
{
public:
    void reserve(qsizetype count);
    void add(const QString &id, const OrgFingerprint &fingerprint) { add(QByteArrayView(id.toUtf8()), fingerprint); }
    void add(QByteArrayView utf8Id, const OrgFingerprint &fingerprint);
    void seal();

    qsizetype size() const { return qsizetype(m_entries.size()); }
    // The i-th in id order (a removed one included: check isRemoved).
    QString idAt(qsizetype i) const { return QString::fromUtf8(idOf(m_entries[size_t(i)])); }
    QByteArrayView idViewAt(qsizetype i) const { return idOf(m_entries[size_t(i)]); }
    const OrgFingerprint &at(qsizetype i) const { return m_entries[size_t(i)].fingerprint; }
    bool isRemoved(qsizetype i) const { return m_entries[size_t(i)].removed; }

    // Null when the organization is not there (or removed).
    const OrgFingerprint *find(QByteArrayView id) const;
    const OrgFingerprint *find(const QString &id) const { return find(QByteArrayView(id.toUtf8())); }
    OrgFingerprint *find(const QString &id);
    void remove(const QString &id);

private:
    struct Entry {
        quint32 idStart = 0;
        quint32 idLength : 31;
        quint32 removed : 1;
        OrgFingerprint fingerprint;
    };
    QByteArrayView idOf(const Entry &e) const { return QByteArrayView(m_ids).sliced(e.idStart, e.idLength); }
    qsizetype indexOf(QByteArrayView id) const;

    QByteArray m_ids;
    std::vector<Entry> m_entries;
};

} // namespace OrgConsole
