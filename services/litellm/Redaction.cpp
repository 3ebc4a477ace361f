#include "services/litellm/Redaction.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <vector>

namespace OrgConsole {

namespace {
// A run this long from a secret is treated as the secret: an echo cut short ("sk-abcdefgh…")
// still gives most of it away.
constexpr qsizetype kRun = 8;

struct Registered {
    QString secret;
    QSet<QString> runs; // every kRun-character piece, case-folded
    QStringList encoded; // base64 / base64url forms, at each of the three byte alignments
};

QMutex g_mutex;
std::vector<Registered> &secrets()
{
    static std::vector<Registered> list;
    return list;
}

// The part of base64(prefix + secret) that depends on the secret alone, for prefixes of 0, 1
// and 2 bytes: whatever the secret is embedded in, one of the three appears in its encoding.
QStringList base64Forms(const QString &secret)
{
    QStringList forms;
    const QByteArray raw = secret.toUtf8();
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + raw;
        for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray enc = padded.toBase64(option | QByteArray::OmitTrailingEquals);
            const qsizetype skip = shift == 0 ? 0 : (shift * 8 + 5) / 6; // characters touched by the prefix
            const qsizetype stable = (padded.size() * 8) / 6 - skip; // drop the last partial character
            if (stable >= kRun)
                forms.append(QString::fromLatin1(enc.mid(skip, stable)));
        }
    }
    forms.removeDuplicates();
    return forms;
}

// Marks every position covered by a kRun-long piece of a secret (case-insensitive).
void markRuns(const QString &folded, const Registered &s, std::vector<bool> &hidden)
{
    if (s.secret.size() < kRun) {
        for (qsizetype at = folded.indexOf(s.secret.toCaseFolded()); at >= 0;
             at = folded.indexOf(s.secret.toCaseFolded(), at + 1))
            std::fill(hidden.begin() + at, hidden.begin() + at + s.secret.size(), true);
        return;
    }
    for (qsizetype i = 0; i + kRun <= folded.size(); ++i) {
        if (s.runs.contains(folded.mid(i, kRun)))
            std::fill(hidden.begin() + i, hidden.begin() + i + kRun, true);
    }
}

QString hideMarked(const QString &text, const std::vector<bool> &hidden)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!hidden[size_t(i)])
            out += text.at(i);
        else if (i == 0 || !hidden[size_t(i - 1)])
            out += QStringLiteral("***");
    }
    return out;
}
} // namespace

void registerSecretForRedaction(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&g_mutex);
    for (const Registered &r : secrets()) {
        if (r.secret == secret)
            return;
    }
    Registered r;
    r.secret = secret;
    const QString folded = secret.toCaseFolded();
    for (qsizetype i = 0; i + kRun <= folded.size(); ++i)
        r.runs.insert(folded.mid(i, kRun));
    r.encoded = base64Forms(secret);
    secrets().push_back(std::move(r));
}

QString redactSecrets(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&g_mutex);
        for (const Registered &s : secrets()) {
            for (const QString &form : s.encoded)
                out.replace(form, QStringLiteral("***"));
        }
        const QString folded = out.toCaseFolded();
        if (folded.size() == out.size()) { // case folding kept positions: mark on the folded text
            std::vector<bool> hidden(size_t(out.size()), false);
            for (const Registered &s : secrets())
                markRuns(folded, s, hidden);
            out = hideMarked(out, hidden);
        } else {
            for (const Registered &s : secrets())
                out.replace(s.secret, QStringLiteral("***"), Qt::CaseInsensitive);
        }
    }
    // "sk-...abcd" (already a display name) is kept; a longer sk- token is a raw key.
    static const QRegularExpression rawKey(QStringLiteral(R"(sk-(?!\.\.\.)[A-Za-z0-9_\-]{6,})"));
    out.replace(rawKey, QStringLiteral("sk-***"));
    return out;
}

} // namespace OrgConsole
