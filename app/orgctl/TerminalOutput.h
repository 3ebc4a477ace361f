#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace OrgConsole {

// orgctl's standard output and error: everything written passes through printableKeepingLines()
// (or jsonSafe() in --json mode) on its way to the terminal, so no value from a proxy, a CSV file
// or a database can send an escape sequence (clear screen, window title, OSC 52 clipboard write)
// or a text-direction override to the user's terminal, whichever output path printed it.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(FILE *stream);
    void setJson(bool json) { m_json = json; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    QStringDecoder m_decoder {QStringDecoder::Utf8};
    bool m_json = false;
    bool m_lastByteAscii = true; // the decoder holds nothing
};

} // namespace OrgConsole
