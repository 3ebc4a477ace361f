#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OrgConsole {

// One figure of /team/daily/activity at the finest grain the proxy gives: a day, a team, a model
// and an API key (by hash, with its alias when the proxy names it). `teamId` is empty when the reply
// does not say whose it is (an older proxy without per-key figures, asked for several teams).
struct ActivityRow {
    QDate day;
    QString teamId;
    QString model;
    QString keyHash;
    QString keyAlias;
    double spend = 0.0; // USD, as the proxy sends it
    qint64 requests = 0;
    qint64 tokens = 0;
};

// One page of /team/daily/activity. Pages are over the proxy's raw rows, not days.
struct ActivityPage {
    QList<ActivityRow> rows;
    int page = 1;
    int totalPages = 0;
    bool hasMore = false;
};

// Parses a page in both breakdown shapes: `{metrics, metadata, api_key_breakdown}` per model (2025
// and later) and plain metrics per model (early 2025). `teamIds` are the teams asked for: with one,
// every row is that team's. nullopt when the reply has no list of results.
std::optional<ActivityPage> parseActivityPage(const QJsonObject &reply, const QStringList &teamIds);

} // namespace OrgConsole
