#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace OrgConsole {

// Rows' bytes kept side by side in one buffer, each row a span of it (its start and length):
// the list's search texts (OrgListIndex) and collation keys (CollationKeys). A replaced or
// removed row leaves its old bytes behind as garbage; once that is half the buffer (and 4 KiB at
// least), the live spans are copied into a new one, in row order.
template<typename Span> void compactIfWasteful(QByteArray &bytes, std::vector<Span> &spans, qsizetype &garbage)
{
    if (garbage < 4096 || garbage * 2 < bytes.size())
        return;
    QByteArray live;
    live.reserve(bytes.size() - garbage);
    for (Span &span : spans) {
        const qsizetype start = live.size();
        live += QByteArrayView(bytes).sliced(qsizetype(span.start), qsizetype(span.length));
        span.start = decltype(span.start)(start);
    }
    bytes = std::move(live);
    garbage = 0;
}

} // namespace OrgConsole
