#include "services/storage/OrgFingerprints.h"

#include <algorithm>

namespace OrgConsole {

void OrgFingerprints::reserve(qsizetype count)
{
    m_entries.reserve(size_t(count));
    m_ids.reserve(count * 36); // UUIDs
}

void OrgFingerprints::add(QByteArrayView utf8, const OrgFingerprint &fingerprint)
{
    Entry e;
    e.idStart = quint32(m_ids.size());
    e.idLength = quint32(utf8.size());
    e.removed = 0;
    e.fingerprint = fingerprint;
    m_ids += utf8;
    m_entries.push_back(e);
}

void OrgFingerprints::seal()
{
    std::sort(m_entries.begin(), m_entries.end(), [this](const Entry &a, const Entry &b) { return idOf(a) < idOf(b); });
    m_ids.squeeze();
    m_entries.shrink_to_fit();
}

qsizetype OrgFingerprints::indexOf(QByteArrayView id) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), id,
                                     [this](const Entry &e, QByteArrayView key) { return idOf(e) < key; });
    return it != m_entries.end() && !it->removed && idOf(*it) == id ? qsizetype(it - m_entries.begin()) : -1;
}

const OrgFingerprint *OrgFingerprints::find(QByteArrayView id) const
{
    const qsizetype i = indexOf(id);
    return i >= 0 ? &m_entries[size_t(i)].fingerprint : nullptr;
}

OrgFingerprint *OrgFingerprints::find(const QString &id)
{
    const qsizetype i = indexOf(id.toUtf8());
    return i >= 0 ? &m_entries[size_t(i)].fingerprint : nullptr;
}

void OrgFingerprints::remove(const QString &id)
{
    if (const qsizetype i = indexOf(id.toUtf8()); i >= 0)
        m_entries[size_t(i)].removed = 1;
}

} // namespace OrgConsole
