// Database URLs: libpq parameters (sslmode, sslrootcert, target_session_attrs, ...) are passed on,
// unknown ones are refused, and sslmode=require against a server that declines TLS stops before
// the user name or password leaves this machine.
#include "services/storage/Database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtEndian>

using namespace OrgConsole;

namespace {
// Speaks just enough of the PostgreSQL protocol to decline TLS ('N' to the SSLRequest) and records
// every byte the client sends.
class DecliningServer : public QObject
{
public:
    DecliningServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onRead(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;
    bool sslRequested = false;

private:
    void onRead(QTcpSocket *s)
    {
        const QByteArray data = s->readAll();
        received += data;
        // SSLRequest: length 8, code 80877103.
        if (data.size() >= 8 && qFromBigEndian<quint32>(data.constData() + 4) == 80877103u) {
            sslRequested = true;
            s->write("N");
            return;
        }
        // Anything else is a startup message sent in clear: ask for a clear-text password and
        // close after it arrives, which is what a hostile server would do.
        if (!s->property("askedPassword").toBool()) {
            const char auth[] = {'R', 0, 0, 0, 8, 0, 0, 0, 3}; // AuthenticationCleartextPassword
            s->write(auth, sizeof auth);
            s->setProperty("askedPassword", true);
            return;
        }
        s->disconnectFromHost();
    }
    QTcpServer m_server;
};

// openDatabase() blocks in libpq: run it on a thread while this one serves the fake server.
QString openOnThread(const DatabaseLocation &loc)
{
    QString result = QStringLiteral("(not finished)");
    const QString name = QStringLiteral("loc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QThread *t = QThread::create([&] {
        result = openDatabase(loc, name);
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    });
    t->start();
    QElapsedTimer timer;
    timer.start();
    while (!t->isFinished() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    t->wait();
    delete t;
    return result;
}

DatabaseLocation parsed(const QString &url)
{
    QString error;
    DatabaseLocation loc = DatabaseLocation::parse(url, &error);
    [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
    return loc;
}
} // namespace

class TestDatabaseLocation : public QObject
{
    Q_OBJECT
private slots:
    void optionsAreKept()
    {
        const DatabaseLocation loc
            = parsed(QStringLiteral("postgresql://ana@db.example.com:6543/orgs?sslmode=verify-full&sslrootcert=/etc/ssl/"
                                    "corp%20ca.pem&target_session_attrs=read-write"));
        QCOMPARE(loc.host, QStringLiteral("db.example.com"));
        QCOMPARE(loc.port, 6543);
        QCOMPARE(loc.database, QStringLiteral("orgs"));
        QCOMPARE(loc.options.size(), 3);
        QCOMPARE(loc.options.at(0), qMakePair(QStringLiteral("sslmode"), QStringLiteral("verify-full")));
        QCOMPARE(loc.options.at(1), qMakePair(QStringLiteral("sslrootcert"), QStringLiteral("/etc/ssl/corp ca.pem")));
        QVERIFY(loc.displayUrl().contains(QStringLiteral("sslmode=verify-full")));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("unknown parameter") << "postgresql://a@h/db?sslmod=require"
                                           << "sslmod";
        QTest::newRow("password in the query") << "postgresql://a@h/db?password=x"
                                               << "password";
        QTest::newRow("semicolon smuggles a parameter") << "postgresql://a@h/db?application_name=x%3Bsslmode%3Ddisable"
                                                        << "';'";
        QTest::newRow("control character") << "postgresql://a@h/db?application_name=x%0Ay"
                                           << "control character";
    }
    void badOptionsAreRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, errorContains);
        QString error;
        DatabaseLocation::parse(url, &error);
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void sslRequiredStopsBeforeTheUserNameIsSent()
    {
        DecliningServer server;
        DatabaseLocation loc
            = parsed(QStringLiteral("postgresql://secret-user@127.0.0.1:%1/db?sslmode=require").arg(server.port()));
        loc.password = QStringLiteral("secret-password");
        const QString error = openOnThread(loc);
        QVERIFY2(error.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(server.sslRequested);
        QVERIFY2(!server.received.contains("secret-user"), server.received.toHex().constData());
        QVERIFY(!server.received.contains("secret-password"));
    }

    void withoutSslModeTheFakeServerSeesTheUser()
    {
        // The same server with sslmode=disable: proves it would have read the user name in clear,
        // so the test above fails if sslmode is dropped from the URL.
        DecliningServer server;
        const DatabaseLocation loc
            = parsed(QStringLiteral("postgresql://secret-user@127.0.0.1:%1/db?sslmode=disable").arg(server.port()));
        const QString error = openOnThread(loc);
        QVERIFY(!error.isEmpty());
        QVERIFY(server.received.contains("secret-user"));
    }

    void realServerHonoursTheOptions()
    {
        const QString admin = qEnvironmentVariable("ORGCONSOLE_TEST_PG_ADMIN_URL");
        if (admin.isEmpty())
            QFAIL("ORGCONSOLE_TEST_PG_ADMIN_URL is not set: run through scripts/test (it starts PostgreSQL).");
        // The test server runs without TLS, like one that refuses it.
        QString error = openOnThread(parsed(admin + QStringLiteral("?sslmode=require")));
        QVERIFY2(error.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(error));
        error = openOnThread(
            parsed(admin + QStringLiteral("?sslmode=disable&target_session_attrs=read-write&application_name=orgconsole-test")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = openOnThread(parsed(admin)); // the default, prefer, falls back to clear text on loopback
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "test_database_location.moc"
