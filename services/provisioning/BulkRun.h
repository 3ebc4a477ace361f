#pragma once

#include <QObject>

namespace OrgConsole {

class LiteLlmClient;

// The part every bulk import shares (organizations, members): the rows a plan left pending are
// started at most `concurrency` at a time, each as its own compensated saga, and the next starts
// when one ends. A subclass holds the rows, starts one (startRow) and says when it ended (rowDone).
class BulkRun : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finishedRows == rowCount() && m_running == 0; }

signals:
    void rowStarted(int index);
    void finished();

protected:
    BulkRun(LiteLlmClient *client, QObject *parent);
    // Starts the pending rows; rows that are not pending (decided by a plan) count as finished.
    void runRows(int concurrency);
    // A row's saga ended (its row updated and its result emitted): the next one starts.
    void rowDone();

    virtual qsizetype rowCount() const = 0;
    virtual bool isPending(int index) const = 0;
    virtual void startRow(int index) = 0;

    LiteLlmClient *m_client;

private:
    void startMore();

    int m_concurrency = 4;
    qsizetype m_next = 0;
    int m_running = 0;
    qsizetype m_finishedRows = 0;
    bool m_announced = false;
};

} // namespace OrgConsole
