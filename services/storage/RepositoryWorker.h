#pragma once

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace OrgConsole {

// Runs repository work on its own thread with its own connection, so the GUI never blocks on the
// database. Results come back on the caller's thread through the callback (dropped if `context`
// was destroyed meanwhile).
// A PostgreSQL server that restarted or went away does not need a restart of the program: before
// work, a connection that failed last time or has been idle a while is checked (SELECT 1) and opened
// again when it is gone. Audit entries kept while the database was away are written first.
class RepositoryWorker : public QObject
{
    Q_OBJECT
public:
    explicit RepositoryWorker(DatabaseLocation location, QObject *parent = nullptr);
    ~RepositoryWorker() override;

    // Opens the connection and migrates the schema; the callback gets an empty string on success.
    void open(QObject *context, std::function<void(QString)> done);
    // After open: a caution for the user (an unencrypted connection to a remote server), or empty.
    QString warning() const { return m_warning; }

    template<typename T>
    void run(std::function<Stored<T>(OrgRepository &)> work, QObject *context, std::function<void(Stored<T>)> done)
    {
        QPointer<QObject> ctx(context);
        const bool here = context && context->thread() == thread();
        QMetaObject::invokeMethod(m_threadObject, [this, work = std::move(work), ctx, here, done = std::move(done)]() {
            // The work runs even when the database is away, so that what it keeps for later (an
            // audit entry) is kept; its error is then the one that says the database is away.
            const StorageError unavailable = prepareConnection();
            Stored<T> result = m_repository ? work(*m_repository) : Stored<T> {std::nullopt, unavailable};
            if (unavailable.isError() && result.error.kind == StorageError::Kind::Database)
                result.error = unavailable;
            noteOutcome(&result.error);
            // Moved on, not copied: a copy shares its list with this capture until the capture goes,
            // and the receiver's first write to it (the list loader moving rows out of its page) then
            // copied the whole page on the window's thread (4,000 organizations: tens of ms).
            deliver(ctx, here, [done, result = std::move(result)]() mutable { done(std::move(result)); });
        });
    }

    // How long a PostgreSQL connection may sit unused before the next work checks it first.
    static constexpr qint64 kIdleCheckMs = 1000;
    // Another connection to the database was lost (the change feed's): the next work checks this
    // one first, however recently it was used. From any thread.
    void suspectConnection() { m_suspect = true; }

private:
    // From the worker thread: `answer` to run on the context's thread while the context lives. For a
    // context on this object's thread (`here`: nearly all), through this object, which outlives every
    // job, the context checked there: an event posted to the context itself from this thread could
    // race its deletion on its own (queued after its destructor dropped its events, then delivered to
    // freed memory).
    template<typename Answer> void deliver(const QPointer<QObject> &ctx, bool here, Answer answer)
    {
        if (here)
            QMetaObject::invokeMethod(this, [ctx, answer = std::move(answer)]() mutable {
                if (ctx)
                    answer();
            });
        else if (ctx)
            QMetaObject::invokeMethod(ctx, std::move(answer));
    }
    // On the worker thread: the connection ready for work, or why not (naming the database).
    StorageError prepareConnection();
    // Remembers a failure for the next work's check; names the database in a message that does not.
    void noteOutcome(StorageError *error);
    bool connectionAlive();

    DatabaseLocation m_location;
    QThread m_thread;
    QObject *m_threadObject = nullptr;
    std::unique_ptr<OrgRepository> m_repository; // used only on m_thread
    QString m_connectionName;
    QString m_warning; // read and written on the owner's thread only
    // The last work failed in the database, or suspectConnection(); when the connection was last
    // used (only on m_thread).
    std::atomic<bool> m_suspect = false;
    QElapsedTimer m_lastUsed;
};

} // namespace OrgConsole
