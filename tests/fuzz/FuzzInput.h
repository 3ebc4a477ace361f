#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace OrgConsole::Fuzz {

// The fuzzer's bytes as Qt sees outside input: raw, or decoded as UTF-8 (invalid sequences become
// U+FFFD, as they do when a reply or a file is read).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace OrgConsole::Fuzz
