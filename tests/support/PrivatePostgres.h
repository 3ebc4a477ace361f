#pragma once

#include "services/storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace OrgConsole::Test {

// A PostgreSQL server of the test's own, in a temporary folder on a free loopback port, that the
// test may stop and start again (the shared server of scripts/with-test-services is never touched).
// As root, the server runs as the `postgres` user, like scripts/with-test-services runs it.
class PrivatePostgres
{
public:
    PrivatePostgres();
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    // Each returns an empty string on success, else what went wrong (with the server's log).
    QString start(); // the first start makes the cluster (initdb)
    QString stop(); // a fast shutdown: open sessions are ended, as when an administrator stops it
    QString createDatabase(const QString &name);

    bool isRunning() const { return m_running; }
    DatabaseLocation location(const QString &database) const;

private:
    QString run(const QStringList &command, int timeoutMs = 60000);
    QString serverLog() const;

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_initialized = false;
    bool m_running = false;
};

} // namespace OrgConsole::Test
