// /team/daily/activity read at the grain of day x team x model x key. The per-model entry names its
// keys in `api_key_breakdown`; the key's team comes from the key's own metadata there, else from the
// day's `api_keys` breakdown, else (one team asked for) from the request.
#include "services/litellm/DailyActivity.h"

#include "services/litellm/LiteLlmTypes.h"

#include <QJsonArray>

namespace OrgConsole {

namespace {
struct Figures {
    double spend = 0.0;
    qint64 requests = 0;
    qint64 tokens = 0;
};

// A breakdown entry's metrics: `{metrics: {...}}` in the newer shape, the entry itself in the older.
Figures figuresOf(const QJsonObject &entry)
{
    const QJsonObject m
        = entry.value(QStringLiteral("metrics")).isObject() ? entry.value(QStringLiteral("metrics")).toObject() : entry;
    Figures f;
    f.spend = parseOptionalNumber(m.value(QStringLiteral("spend"))).value_or(0.0);
    f.requests = m.value(QStringLiteral("api_requests")).toInteger();
    f.tokens = m.value(QStringLiteral("total_tokens")).toInteger();
    return f;
}

QString metadataText(const QJsonObject &entry, const QString &field)
{
    return entry.value(QStringLiteral("metadata")).toObject().value(field).toString();
}

struct DayContext {
    QDate day;
    QJsonObject keys; // the day's api_keys breakdown
    QString onlyTeam; // the one team asked for, or empty
};

ActivityRow rowFor(const DayContext &c, const QString &model, const Figures &f)
{
    ActivityRow r;
    r.day = c.day;
    r.model = model;
    r.teamId = c.onlyTeam;
    r.spend = f.spend;
    r.requests = f.requests;
    r.tokens = f.tokens;
    return r;
}

void addKeyRows(const DayContext &c, const QString &model, const QJsonObject &perKey, QList<ActivityRow> *out)
{
    for (auto k = perKey.constBegin(); k != perKey.constEnd(); ++k) {
        const QJsonObject entry = k.value().toObject();
        const QJsonObject dayKey = c.keys.value(k.key()).toObject();
        ActivityRow r = rowFor(c, model, figuresOf(entry));
        r.keyHash = k.key();
        r.keyAlias = metadataText(entry, QStringLiteral("key_alias"));
        if (r.keyAlias.isEmpty())
            r.keyAlias = metadataText(dayKey, QStringLiteral("key_alias"));
        QString team = metadataText(entry, QStringLiteral("team_id"));
        if (team.isEmpty())
            team = metadataText(dayKey, QStringLiteral("team_id"));
        if (!team.isEmpty())
            r.teamId = team;
        out->append(r);
    }
}

void addDay(const QJsonObject &result, const QString &onlyTeam, QList<ActivityRow> *out)
{
    DayContext c;
    c.day = QDate::fromString(result.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!c.day.isValid())
        return;
    c.onlyTeam = onlyTeam;
    const QJsonObject breakdown = result.value(QStringLiteral("breakdown")).toObject();
    c.keys = breakdown.value(QStringLiteral("api_keys")).toObject();
    const QJsonObject models = breakdown.value(QStringLiteral("models")).toObject();
    if (models.isEmpty()) { // no breakdown at all: the day's figures, model unknown
        const Figures f = figuresOf(result);
        if (f.spend != 0.0 || f.requests != 0)
            out->append(rowFor(c, QString(), f));
        return;
    }
    for (auto m = models.constBegin(); m != models.constEnd(); ++m) {
        const QJsonObject entry = m.value().toObject();
        const QJsonObject perKey = entry.value(QStringLiteral("api_key_breakdown")).toObject();
        if (!perKey.isEmpty())
            addKeyRows(c, m.key(), perKey, out);
        else
            out->append(rowFor(c, m.key(), figuresOf(entry)));
    }
}
} // namespace

std::optional<ActivityPage> parseActivityPage(const QJsonObject &reply, const QStringList &teamIds)
{
    const QJsonValue results = reply.value(QStringLiteral("results"));
    if (!results.isArray() && !results.isNull())
        return std::nullopt;
    ActivityPage page;
    const QString onlyTeam = teamIds.size() == 1 ? teamIds.constFirst() : QString();
    const QJsonArray days = results.toArray();
    for (const QJsonValue &d : days)
        addDay(d.toObject(), onlyTeam, &page.rows);
    const QJsonObject meta = reply.value(QStringLiteral("metadata")).toObject();
    page.page = meta.value(QStringLiteral("page")).toInt(1);
    page.totalPages = meta.value(QStringLiteral("total_pages")).toInt(0);
    page.hasMore = meta.value(QStringLiteral("has_more")).toBool(false);
    return page;
}

} // namespace OrgConsole
