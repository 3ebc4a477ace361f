// A LiteLLM reply as the client reads it: JSON, then the bounds every reply must keep
// (checkReplyValues), then each of the typed readers, on the whole reply and on the objects the
// endpoints nest (team_info, data, info, teams, keys, results).
#include "services/litellm/LiteLlmTypes.h"
#include "services/litellm/ReplyValues.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace OrgConsole;

namespace {
void readAs(const QJsonObject &o)
{
    (void)parseTeam(o);
    (void)parseKey(o);
    (void)parseGeneratedKey(o);
    bool hasMore = false;
    (void)parseDailyActivity(o, &hasMore);
    (void)parseTeamDetail(o);
    (void)parseTeamPage(o);
    (void)parseKeyPage(o);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    (void)checkReplyValues(doc);
    const QJsonObject o = doc.object();
    readAs(o);
    for (const char *nested : {"team_info", "data", "info"})
        readAs(o.value(QLatin1String(nested)).toObject());
    const QJsonArray items = doc.isArray() ? doc.array() : o.value(QStringLiteral("teams")).toArray();
    for (const QJsonValue &v : items)
        readAs(v.toObject());
    return 0;
}
