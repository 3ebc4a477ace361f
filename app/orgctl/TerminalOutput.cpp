#include "app/orgctl/TerminalOutput.h"

#include "models/SafeText.h"

namespace OrgConsole {

TerminalOutput::TerminalOutput(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

namespace {

// Whether the filter would give the bytes back unchanged: ASCII only, and nothing it escapes (JSON:
// DEL; text: DEL and the control characters but line breaks and tabs). Branch-free, for the 60 MB
// of orgctl org list --json.
bool passesUnchanged(const char *data, qint64 size, bool json)
{
    unsigned escaped = 0;
    for (qint64 i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        escaped |= unsigned(c >= 0x7f) | (unsigned(!json) & unsigned(c < 0x20) & unsigned(c != '\n') & unsigned(c != '\t'));
    }
    return escaped == 0;
}

} // namespace

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    // ASCII the filter leaves alone goes out as it is, unless the write before ended inside a
    // multi-byte sequence that the decoder still holds (its last byte was not ASCII).
    const bool unchanged = m_lastByteAscii && passesUnchanged(data, size, m_json);
    QByteArray safe;
    if (!unchanged) {
        // The decoder keeps a multi-byte sequence split across two writes.
        const QString text = m_decoder.decode(QByteArrayView(data, size));
        safe = (m_json ? jsonSafe(text) : printableKeepingLines(text)).toUtf8();
    }
    if (size > 0)
        m_lastByteAscii = static_cast<unsigned char>(data[size - 1]) < 0x80;
    const char *out = unchanged ? data : safe.constData();
    const size_t length = unchanged ? size_t(size) : size_t(safe.size());
    if (std::fwrite(out, 1, length, m_stream) != length)
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace OrgConsole
