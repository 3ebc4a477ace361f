#pragma once

#include "services/storage/Database.h"
#include "services/storage/OrgRepository.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace OrgConsole {

// Runs repository work on its own thread with its own connection, so the GUI never blocks on the
// database. Results come back on the caller's thread through the callback (dropped if `context`
// was destroyed meanwhile).
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
        QMetaObject::invokeMethod(m_threadObject, [this, work = std::move(work), ctx, done = std::move(done)]() {
            Stored<T> result = m_repository
                ? work(*m_repository)
                : Stored<T>::failure(StorageError::Kind::Database, QStringLiteral("The database is not open."));
            if (ctx)
                QMetaObject::invokeMethod(ctx, [done, result = std::move(result)]() { done(result); });
        });
    }

private:
    DatabaseLocation m_location;
    QThread m_thread;
    QObject *m_threadObject = nullptr;
    std::unique_ptr<OrgRepository> m_repository; // used only on m_thread
    QString m_connectionName;
    QString m_warning; // read and written on the owner's thread only
};

} // namespace OrgConsole
