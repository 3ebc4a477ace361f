#include "tests/support/PrivatePostgres.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OrgConsole::Test {

namespace {
// The newest installed server, as scripts/with-test-services picks it.
QString postgresBinDir()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    return versions.isEmpty() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// As root the server must not run as root: its folders belong to `postgres`.
bool giveToServerUser(const QString &path)
{
    if (::geteuid() != 0)
        return true;
    const passwd *pw = ::getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}
} // namespace

PrivatePostgres::PrivatePostgres()
    : m_bin(postgresBinDir())
{
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755); // the server user walks into it
}

PrivatePostgres::~PrivatePostgres()
{
    if (m_running)
        stop();
}

QString PrivatePostgres::run(const QStringList &command, int timeoutMs)
{
    QStringList argv = command;
    if (::geteuid() == 0)
        argv = QStringList {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")}
            + command;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.takeFirst(), argv);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2 %3")
            .arg(command.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()), serverLog());
    return {};
}

QString PrivatePostgres::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000)) : QString();
}

QString PrivatePostgres::start()
{
    if (m_bin.isEmpty())
        return QStringLiteral("No PostgreSQL server is installed under /usr/lib/postgresql (scripts/setup installs it).");
    const QString data = m_dir.filePath(QStringLiteral("pg"));
    const QString sockets = m_dir.filePath(QStringLiteral("sockets"));
    if (!m_initialized) {
        QDir().mkpath(data);
        QDir().mkpath(sockets);
        QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!giveToServerUser(data) || !giveToServerUser(sockets) || !giveToServerUser(m_dir.path()))
            return QStringLiteral("Cannot hand %1 to the postgres user.").arg(m_dir.path());
        if (const QString e
            = run({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                   QStringLiteral("-U"), QStringLiteral("orgconsole"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
            !e.isEmpty())
            return e;
        m_initialized = true;
        m_port = freePort();
    }
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(sockets);
    if (const QString e
        = run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-l"),
               m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options, QStringLiteral("start")});
        !e.isEmpty())
        return e;
    m_running = true;
    return {};
}

QString PrivatePostgres::stop()
{
    m_running = false;
    return run({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("pg")),
                QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

DatabaseLocation PrivatePostgres::location(const QString &database) const
{
    QString error;
    return DatabaseLocation::parse(QStringLiteral("postgresql://orgconsole@127.0.0.1:%1/%2").arg(m_port).arg(database), &error);
}

QString PrivatePostgres::createDatabase(const QString &name)
{
    const QString connection = QStringLiteral("private-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error = openDatabase(location(QStringLiteral("postgres")), connection);
    if (error.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace OrgConsole::Test
