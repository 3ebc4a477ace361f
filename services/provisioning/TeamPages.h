#pragma once

#include "services/core/OperationError.h"
#include "services/litellm/LiteLlmTypes.h"

#include <QHash>
#include <QString>

#include <functional>

namespace OrgConsole {

class LiteLlmClient;

// Every team on the proxy, read from /v2/team/list pages of 100 (the proxy's largest page).
struct TeamPages {
    QHash<QString, TeamInfo> teams; // by team id
    int requests = 0;
    int pages = 0; // how many pages the proxy said there are (the next read's expectedPages)
    OperationError error; // the first page that failed; the teams read so far are not to be used
};

// The pages read: the first, which tells how many there are, then the others with up to
// `inFlight` requests at a time, so each request's latency overlaps the others' (a refresh of
// 10,000 teams is 100 pages: one at a time, it costs 100 latencies plus the proxy's and our work
// on each page, in turn). A slot's next request goes out as soon as its reply is in, while that
// page is decoded and converted on the thread pool. Stops at the first failed page or an empty
// one; replies still out then are dropped.
// `expectedPages` (the count the last read found): the first `inFlight` of them are asked at once
// instead of page 1 alone, so a refresh does not wait one latency for the count before it reads at
// full concurrency. A count that shrank costs an empty page or a few; one that grew is read on.
void readAllTeams(LiteLlmClient *client, int inFlight, std::function<void(TeamPages)> done, int expectedPages = 1);

// Pages a refresh reads at a time: as many as the budget doctor's requests.
inline constexpr int kTeamPagesInFlight = 4;

} // namespace OrgConsole
