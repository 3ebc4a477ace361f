// SecretStore against the real Secret Service (gnome-keyring in the test D-Bus session), and the
// "no keychain" path (no D-Bus session): specific message, memory only, nothing on disk.
#include "services/secrets/SecretStore.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgConsole;

class TestSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    SecretResult wait(std::function<void(std::function<void(SecretResult)>)> start)
    {
        std::optional<SecretResult> out;
        start([&](SecretResult r) { out = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000); }();
        return out.value_or(SecretResult {});
    }
    bool noBackendMode() const { return qEnvironmentVariable("ORGCONSOLE_TEST_SECRETS_MODE") == QLatin1String("nobackend"); }

private slots:
    void initTestCase()
    {
        if (noBackendMode()) {
            // The app's folders point into a fresh directory we can scan afterwards.
            qputenv("HOME", m_home.path().toUtf8());
            qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
            qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
            qputenv("XDG_CACHE_HOME", (m_home.path() + QStringLiteral("/cache")).toUtf8());
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/orgconsole-test-bus");
        } else if (qEnvironmentVariable("ORGCONSOLE_TEST_KEYRING") != QLatin1String("1")) {
            QFAIL("No test keyring: run this test through scripts/test (scripts/with-test-services starts gnome-keyring in a "
                  "D-Bus session).");
        }
    }

    void writeReadOverwriteDelete()
    {
        if (noBackendMode())
            return;
        SecretStore store(QStringLiteral("io.github.orgconsole.OrgConsole.test"));
        const QString key = SecretStore::masterKeyName(QStringLiteral("staging"));
        QCOMPARE(key, QStringLiteral("proxy/staging/master-key"));
        const QString secret = QStringLiteral("sk-master-%1").arg(QDateTime::currentMSecsSinceEpoch());

        SecretResult w = wait([&](auto cb) { store.write(key, secret, cb); });
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY(!w.memoryOnly);
        SecretResult r = wait([&](auto cb) { store.read(key, cb); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, secret);
        QVERIFY(!store.usingMemoryFallback());

        // A second store (another run of the app) sees it: it is really in the keychain.
        SecretStore other(QStringLiteral("io.github.orgconsole.OrgConsole.test"));
        r = wait([&](auto cb) { other.read(key, cb); });
        QCOMPARE(r.secret, secret);

        w = wait([&](auto cb) { store.write(key, secret + QStringLiteral("-rotated"), cb); });
        QVERIFY(w.ok);
        r = wait([&](auto cb) { other.read(key, cb); });
        QCOMPARE(r.secret, secret + QStringLiteral("-rotated"));

        SecretResult d = wait([&](auto cb) { store.remove(key, cb); });
        QVERIFY2(d.ok, qPrintable(d.error));
        r = wait([&](auto cb) { other.read(key, cb); });
        QVERIFY(!r.ok);
        QVERIFY(r.notFound);
        QVERIFY(r.error.isEmpty());

        // Service names keep apps apart.
        SecretStore foreign(QStringLiteral("some.other.app"));
        w = wait([&](auto cb) { store.write(key, secret, cb); });
        r = wait([&](auto cb) { foreign.read(key, cb); });
        QVERIFY(r.notFound);
        wait([&](auto cb) { store.remove(key, cb); });
    }

    void noBackendKeepsTheSecretInMemoryOnly()
    {
        if (!noBackendMode())
            return;
        SecretStore store(QStringLiteral("io.github.orgconsole.OrgConsole.test"));
        const QString key = SecretStore::masterKeyName(QStringLiteral("production"));
        const QString secret = QStringLiteral("sk-master-no-backend-4711");
        SecretResult w = wait([&](auto cb) { store.write(key, secret, cb); });
        QVERIFY2(w.ok, qPrintable(w.error));
        QVERIFY(w.memoryOnly);
        QVERIFY(store.usingMemoryFallback());
        QCOMPARE(w.error, SecretStore::noBackendMessage());
        QVERIFY(w.error.contains(QLatin1String("memory for this session only")));
        SecretResult r = wait([&](auto cb) { store.read(key, cb); });
        QVERIFY(r.ok);
        QCOMPARE(r.secret, secret);
        // A new store (the next run) has nothing: it was never written anywhere.
        SecretStore nextRun(QStringLiteral("io.github.orgconsole.OrgConsole.test"));
        r = wait([&](auto cb) { nextRun.read(key, cb); });
        QVERIFY(!r.ok);
        QVERIFY(r.memoryOnly);
        QCOMPARE(r.error, SecretStore::noBackendMessage());
        SecretResult d = wait([&](auto cb) { store.remove(key, cb); });
        QVERIFY(d.ok);
        // No file under the app's config, data or cache folders holds it (or exists at all).
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "test_secret_store.moc"
