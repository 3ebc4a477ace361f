#include "services/storage/RepositoryWorker.h"

#include "services/storage/Migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace OrgConsole {

RepositoryWorker::RepositoryWorker(DatabaseLocation location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_connectionName(QStringLiteral("orgconsole-worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_threadObject = new QObject;
    m_threadObject->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_threadObject, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("database"));
    m_thread.start();
}

RepositoryWorker::~RepositoryWorker()
{
    QMetaObject::invokeMethod(
        m_threadObject,
        [this] {
            m_repository.reset();
            QSqlDatabase::removeDatabase(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RepositoryWorker::open(QObject *context, std::function<void(QString)> done)
{
    QPointer<QObject> ctx(context);
    const bool here = context && context->thread() == thread();
    QMetaObject::invokeMethod(m_threadObject, [this, ctx, here, done]() {
        QString warning;
        QString error = openDatabase(m_location, m_connectionName, &warning);
        if (error.isEmpty()) {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName);
            error = migrate(db);
            if (error.isEmpty())
                m_repository = std::make_unique<OrgRepository>(db);
            else
                error = QCoreApplication::translate("RepositoryWorker", "%1 (database %2)").arg(error, m_location.displayUrl());
            m_lastUsed.start();
        }
        deliver(ctx, here, [this, done, error, warning] {
            m_warning = warning;
            done(error);
        });
    });
}

bool RepositoryWorker::connectionAlive()
{
    QSqlQuery ping(m_repository->database());
    return ping.exec(QStringLiteral("SELECT 1")) && ping.next();
}

StorageError RepositoryWorker::prepareConnection()
{
    if (!m_repository)
        return {StorageError::Kind::Database,
                QCoreApplication::translate("RepositoryWorker", "The database %1 is not open.").arg(m_location.displayUrl())};
    const bool server = m_location.engine == DatabaseLocation::Engine::Postgres;
    if (server && (m_suspect || m_lastUsed.elapsed() >= kIdleCheckMs) && !connectionAlive()) {
        QSqlDatabase db = m_repository->database();
        db.close();
        if (!db.open()) {
            m_suspect = true;
            return {StorageError::Kind::Database,
                    describeSqlError(db.lastError(), m_location.displayUrl(),
                                     QCoreApplication::translate("RepositoryWorker", "connecting again"))};
        }
    }
    m_repository->flushPendingAudit();
    return {};
}

void RepositoryWorker::noteOutcome(StorageError *error)
{
    m_suspect = error->kind == StorageError::Kind::Database;
    m_lastUsed.start();
    const QString database = m_repository ? databaseLabel(m_repository->database()) : m_location.displayUrl();
    if (m_suspect && !error->message.contains(database))
        error->message = QCoreApplication::translate("RepositoryWorker", "%1 (database %2)").arg(error->message, database);
}

} // namespace OrgConsole
