#include "app/orgctl/TerminalOutput.h"

#include "models/SafeText.h"

namespace OrgConsole {

TerminalOutput::TerminalOutput(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    // The decoder keeps a multi-byte sequence split across two writes.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = (m_json ? jsonSafe(text) : printableKeepingLines(text)).toUtf8();
    if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace OrgConsole
