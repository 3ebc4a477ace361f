#include "services/provisioning/TeamPages.h"

#include "services/litellm/LiteLlmClient.h"

#include <algorithm>
#include <memory>

namespace OrgConsole {

namespace {
constexpr int kPageSize = 100;
constexpr int kMaxPages = 100000; // 10 million teams at 100 a page

// The read under way. Each request in flight holds it; nothing else does, so when the client goes
// away with requests in flight (their callbacks dropped unanswered), it goes too.
class TeamPageReader : public std::enable_shared_from_this<TeamPageReader>
{
public:
    TeamPageReader(LiteLlmClient *client, int inFlight, std::function<void(TeamPages)> done)
        : m_client(client)
        , m_inFlight(std::max(inFlight, 1))
        , m_done(std::move(done))
    {
    }

    void start(int expectedPages)
    {
        // Pages past the first one asked before page 1 told the count: an empty one bounds the read.
        m_nextPage = 1;
        const int first = std::clamp(expectedPages, 1, m_inFlight);
        while (m_nextPage <= first)
            request(m_nextPage++);
    }

private:
    void request(int page)
    {
        ++m_pending;
        auto self = shared_from_this();
        m_client->listTeams(
            page, kPageSize, {}, [self, page](Result<TeamPage> r) { self->received(page, std::move(r)); },
            [self](bool failed) { self->replyIn(failed); });
    }

    // A reply is in, not yet decoded: its slot takes the next page now, so the next request's
    // latency runs while this page is decoded and converted (on the thread pool) and its teams
    // kept. Only once a page told the count (before that, as many pages as were asked at once),
    // and not after a reply that failed already.
    void replyIn(bool failed)
    {
        --m_pending;
        ++m_converting;
        if (!failed && !m_finished && m_countKnown)
            requestMore();
    }

    void requestMore()
    {
        while (m_pending < m_inFlight && m_nextPage <= m_lastPage)
            request(m_nextPage++);
    }

    void received(int page, Result<TeamPage> r)
    {
        --m_converting;
        ++m_result.requests;
        if (m_finished)
            return; // a page after a failed one
        if (!r.ok()) {
            m_result.error = OperationError(r.error);
            return finish();
        }
        m_countKnown = true;
        m_result.pages = std::max(m_result.pages, std::min(r.value->totalPages, kMaxPages));
        // The count can grow while we read (teams added); an empty page ends it, so a bogus count
        // cannot keep us reading forever.
        if (r.value->teams.isEmpty())
            m_endPage = std::min(m_endPage, page - 1);
        else
            m_lastPage = std::max(m_lastPage, std::min(r.value->totalPages, kMaxPages));
        m_lastPage = std::min(m_lastPage, m_endPage);
        // Requests the count just told of go out before this page's teams are kept.
        requestMore();
        // Room for every team announced (up to 100,000 ahead): no rehash of thousands on this thread.
        const qsizetype expected = qsizetype(std::min(m_lastPage, 1000)) * kPageSize;
        if (m_result.teams.capacity() < expected)
            m_result.teams.reserve(expected);
        for (const TeamInfo &t : std::as_const(r.value->teams))
            m_result.teams.insert(t.teamId, t);
        if (m_pending == 0 && m_converting == 0)
            finish();
    }

    void finish()
    {
        m_finished = true;
        m_done(std::move(m_result));
    }

    LiteLlmClient *m_client;
    const int m_inFlight;
    std::function<void(TeamPages)> m_done;
    TeamPages m_result;
    int m_nextPage = 1;
    int m_lastPage = 1;
    int m_endPage = kMaxPages; // before the first empty page
    int m_pending = 0; // requests sent whose reply is not in yet
    int m_converting = 0; // replies in, not yet converted to teams
    bool m_countKnown = false; // a page told how many there are
    bool m_finished = false;
};
} // namespace

void readAllTeams(LiteLlmClient *client, int inFlight, std::function<void(TeamPages)> done, int expectedPages)
{
    std::make_shared<TeamPageReader>(client, inFlight, std::move(done))->start(expectedPages);
}

} // namespace OrgConsole
